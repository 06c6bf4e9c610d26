// The import worker's file reader: every byte once, in order, through one reused buffer.
import { describe, expect, it } from 'vitest';
import { fileChunks } from '../workers/file-chunks';

describe('fileChunks', () => {
  it('gives every byte of a file in order, in views of one reused buffer', async () => {
    const bytes = new Uint8Array(5_000_003).map((_, i) => (i * 31 + (i >> 11)) & 255);
    const seen = new Uint8Array(bytes.length);
    const buffers = new Set<ArrayBufferLike>();
    let at = 0;
    let chunks = 0;
    for await (const chunk of fileChunks(new Blob([bytes]))) {
      seen.set(chunk, at);
      at += chunk.length;
      chunks++;
      buffers.add(chunk.buffer);
    }
    expect(at).toBe(bytes.length);
    // Deep equality of five million elements is slow: the first differing index instead.
    expect(seen.findIndex((b, i) => b !== bytes[i])).toBe(-1);
    expect(chunks).toBeGreaterThan(1);
    // Chromium's file stream is a byte stream: one buffer's memory throughout, so each
    // read detaches the last view's buffer object.
    for (const b of buffers) expect(b.byteLength === 0 || buffers.size === 1).toBe(true);
  });

  it('gives nothing for an empty file', async () => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of fileChunks(new Blob([]))) chunks.push(chunk);
    expect(chunks).toEqual([]);
  });
});
