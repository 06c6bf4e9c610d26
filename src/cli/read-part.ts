// Reading a byte range of a file for the command line's two readers (split-import.ts
// and its part thread, part-worker.ts): one reused buffer, and the cut at a line end.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { CsvImporter, type ImportPart } from '../ingest/importer';
import type { LoadOptions } from '../ingest/load';
import type { MinuteReducer } from '../ingest/reduce';
import type { Fingerprint } from './fingerprint';

/** How far past the half the first line end must be for the file to be cut there. */
const LOOKAHEAD_BYTES = 1 << 20;
/** One reused read buffer per reader: the importer keeps no hold on a chunk it was given. */
const CHUNK_BYTES = 1 << 20;
const LF = 10;

/** What the part thread is asked to read. */
export interface PartRequest {
  path: string;
  name: string;
  /** Where its look-ahead starts; it reads from just past the first line end there. */
  from: number;
  options: LoadOptions;
  continuation: { delimiter: string; header: string[] };
}

/** The part thread's answer: null when no line end was close enough past `from`. */
export type PartReply = { from: number; part: ImportPart } | null | { error: string };

/** The part thread asked for a file's fingerprint instead (split-import.ts, fingerprintApart). */
export interface FingerprintRequest {
  fingerprint: string;
}

export type FingerprintReply = Fingerprint | { error: string };

/** Reads [from, to) of an open file into one reused buffer, handing each filled view to `push`. */
export function readRange(fd: number, from: number, to: number, push: (bytes: Uint8Array) => void): void {
  const buffer = new Uint8Array(Math.min(CHUNK_BYTES, Math.max(1, to - from)));
  let at = from;
  while (at < to) {
    const n = readSync(fd, buffer, 0, Math.min(buffer.length, to - at), at);
    if (n === 0) break;
    push(n === buffer.length ? buffer : buffer.subarray(0, n));
    at += n;
  }
}

/** The bytes from `from` up to and with the first LF of the look-ahead, or null when it holds none. */
export function cutAfter(fd: number, from: number, size: number): Uint8Array | null {
  const window = new Uint8Array(Math.min(LOOKAHEAD_BYTES, size - from));
  const n = window.length > 0 ? readSync(fd, window, 0, window.length, from) : 0;
  const lf = window.subarray(0, n).indexOf(LF);
  return lf < 0 ? null : window.slice(0, lf + 1);
}

/** The part thread's job: the records after the first line end past `from`. */
export function readPart(request: PartRequest, reducer: MinuteReducer): PartReply {
  const fd = openSync(request.path, 'r');
  try {
    const { size } = fstatSync(fd);
    const head = cutAfter(fd, request.from, size);
    if (head === null) return null;
    const importer = new CsvImporter(request.name, request.options, reducer, {
      continuation: request.continuation,
    });
    readRange(fd, request.from + head.length, size, (bytes) => importer.push(bytes));
    return { from: request.from + head.length, part: importer.finishPart() };
  } finally {
    closeSync(fd);
  }
}
