// A file's bytes as a stream of chunks read into two reused buffers: a 1 GB file then
// leaves no gigabyte of spent chunks for the collector, which on a phone is the
// difference between a steady import and a killed tab. Where the browser's file stream
// takes no buffer of ours (not a byte stream), its own chunks are passed on instead.
// A read that stays unanswered for long (seen, rarely, with two workers reading one
// large file) is given up and the file read on from where it stood.

const CHUNK_BYTES = 2 << 20;
const STALL_MS = 15_000;

/** The part of a file the reader needs: Blob itself, or a stand-in (tests). */
export type ChunkSource = Pick<Blob, 'size' | 'slice' | 'stream'>;

/**
 * Chunks of the blob, in order. A chunk is only valid until the next one is asked for:
 * whoever reads them keeps no hold on one (the importer copies what it must keep).
 */
export async function* fileChunks(blob: ChunkSource, stallMs = STALL_MS): AsyncGenerator<Uint8Array> {
  let offset = 0;
  // Two buffers: the browser copies the next chunk into one while the reader works on the
  // other, so reading the file and reading its rows overlap instead of taking turns.
  const buffers = [new ArrayBuffer(CHUNK_BYTES), new ArrayBuffer(CHUNK_BYTES)];
  let next = 0;
  for (;;) {
    const stream = offset === 0 ? blob.stream() : blob.slice(offset).stream();
    let reader: ReadableStreamBYOBReader;
    try {
      reader = stream.getReader({ mode: 'byob' });
    } catch {
      if (offset > 0) throw new Error('fileChunks: cannot read on after a stalled read');
      yield* ownChunks(stream.getReader());
      return;
    }
    const readInto = (i: number) => {
      const read = reader.read(new Uint8Array(buffers[i]!));
      // A read still under way when the reader lets go (or cancels) rejects; nobody waits for it then.
      read.catch(() => {});
      return read;
    };
    let pending = readInto(next);
    let stalled = false;
    try {
      for (;;) {
        const read = await withinTime(pending, stallMs);
        if (read === null) {
          stalled = true;
          break;
        }
        const { done, value } = read;
        if (done || value === undefined) return;
        offset += value.length;
        // The read hands the same memory back under a new buffer object.
        buffers[next] = value.buffer as ArrayBuffer;
        next ^= 1;
        pending = readInto(next);
        yield value;
      }
    } finally {
      if (stalled) void reader.cancel().catch(() => {});
      else reader.releaseLock();
    }
    if (offset >= blob.size) return;
    // The stalled read keeps its buffer: read on into a new one.
    buffers[next] = new ArrayBuffer(CHUNK_BYTES);
  }
}

/** The promise's value, or null when it has not settled within `ms`. */
function withinTime<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** A stream's own chunks, as the browser hands them over. */
export async function* ownChunks(
  reader: ReadableStreamDefaultReader<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
