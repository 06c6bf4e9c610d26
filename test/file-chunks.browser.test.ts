// The import worker's file reader: every byte once, in order, through two reused buffers.
import { describe, expect, it } from 'vitest';
import { type ChunkSource, fileChunks } from '../workers/file-chunks';

describe('fileChunks', () => {
  it('gives every byte of a file in order, in views of two buffers taking turns', async () => {
    const bytes = new Uint8Array(5_000_003).map((_, i) => (i * 31 + (i >> 11)) & 255);
    const seen = new Uint8Array(bytes.length);
    const buffers = new Set<ArrayBufferLike>();
    let at = 0;
    let chunks = 0;
    for await (const chunk of fileChunks(new Blob([bytes]))) {
      // The next chunk is read meanwhile into the other buffer: this one stays as it was
      // until the next is asked for.
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.set(chunk, at);
      at += chunk.length;
      chunks++;
      buffers.add(chunk.buffer);
    }
    expect(at).toBe(bytes.length);
    // Deep equality of five million elements is slow: the first differing index instead.
    expect(seen.findIndex((b, i) => b !== bytes[i])).toBe(-1);
    expect(chunks).toBeGreaterThan(1);
    // Chromium's file stream is a byte stream: two buffers' memory throughout, each read
    // detaching the buffer object it was given, so only the last two are left whole.
    expect([...buffers].filter((b) => b.byteLength > 0).length).toBeLessThanOrEqual(2);
    expect(buffers.size).toBe(chunks);
  });

  it('gives nothing for an empty file', async () => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of fileChunks(new Blob([]))) chunks.push(chunk);
    expect(chunks).toEqual([]);
  });

  it('reads on from where it stood when a read goes unanswered', async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) & 255);
    const opened: number[] = [];
    /** A file whose first stream answers reads of up to 50 000 bytes, then stops answering after 120 000. */
    const source = (from: number): ChunkSource => ({
      size: bytes.length - from,
      slice: (start?: number) => source(from + (start ?? 0)) as Blob,
      stream: () => {
        opened.push(from);
        let at = from;
        return new ReadableStream({
          type: 'bytes',
          pull(controller) {
            const request = controller.byobRequest!;
            if (from === 0 && at >= 120_000) return new Promise<void>(() => {});
            if (at >= bytes.length) {
              controller.close();
              request.respond(0);
              return;
            }
            const view = request.view!;
            const n = Math.min(view.byteLength, 50_000, bytes.length - at);
            new Uint8Array(view.buffer, view.byteOffset, n).set(bytes.subarray(at, at + n));
            at += n;
            request.respond(n);
          },
        }) as ReadableStream<Uint8Array<ArrayBuffer>>;
      },
    });
    const seen: number[] = [];
    for await (const chunk of fileChunks(source(0), 50)) seen.push(...chunk);
    expect(opened).toEqual([0, 150_000]);
    expect(seen.length).toBe(bytes.length);
    expect(seen.findIndex((b, i) => b !== bytes[i])).toBe(-1);
  });
});
