// A file's bytes as a stream of chunks read into one reused buffer: a 1 GB file then
// leaves no gigabyte of spent chunks for the collector, which on a phone is the
// difference between a steady import and a killed tab. Where the browser's file stream
// takes no buffer of ours (not a byte stream), its own chunks are passed on instead.

const CHUNK_BYTES = 2 << 20;

/**
 * Chunks of the blob, in order. A chunk is only valid until the next one is asked for:
 * whoever reads them keeps no hold on one (the importer copies what it must keep).
 */
export async function* fileChunks(blob: Blob): AsyncGenerator<Uint8Array> {
  const stream = blob.stream();
  let reader: ReadableStreamBYOBReader;
  try {
    reader = stream.getReader({ mode: 'byob' });
  } catch {
    yield* ownChunks(stream.getReader());
    return;
  }
  try {
    let buffer = new ArrayBuffer(CHUNK_BYTES);
    for (;;) {
      const { done, value } = await reader.read(new Uint8Array(buffer));
      if (done || value === undefined) return;
      yield value;
      // The read hands the same memory back under a new buffer object.
      buffer = value.buffer as ArrayBuffer;
    }
  } finally {
    reader.releaseLock();
  }
}

async function* ownChunks(reader: ReadableStreamDefaultReader<Uint8Array>): AsyncGenerator<Uint8Array> {
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
