// The check lane's WebAssembly loop alone (src/ingest/scan-wasm.ts) on the benchmark file's
// layout, over bytes held in memory: every record found and read, each row's triple handed
// to a series that keeps nothing. It is the most one reader can do before any row is
// counted, and `npm run bench` prints it in Node and in Chromium's worker.
import { COMMA, LF } from '../../src/ingest/scan-bytes';
import { CheckReader } from '../../src/ingest/scan-check';
import { WasmLane } from '../../src/ingest/scan-wasm';

/** The file's first bytes the loop is timed on. */
export const LANE_LOOP_BYTES = 64 * 1024 * 1024;

export interface LaneLoop {
  /** The best pass. */
  seconds: number;
  /** Bytes of whole records after the header. */
  bytes: number;
  rows: number;
}

/**
 * Five timed passes after one that compiles, the best kept. Throws where the loop leaves a
 * record to the JavaScript lane, which would make the figure that of less than the whole.
 */
export function laneLoop(head: Uint8Array): LaneLoop {
  const from = head.indexOf(LF) + 1;
  const to = head.lastIndexOf(LF) + 1;
  const header = new TextDecoder().decode(head.subarray(0, from)).trim().split(',');
  const nothing = { add() {}, addInDay() {} };
  const lane = WasmLane.create(
    {
      delimiter: COMMA,
      fields: header.length,
      time: header.indexOf('ts'),
      monitor: header.indexOf('monitor'),
      check: header.indexOf('status'),
      readings: new CheckReader().numberReadings(true),
    },
    () => nothing,
    () => nothing,
  );
  if (!lane) throw new Error('the WebAssembly loop cannot run here');
  let seconds = Number.POSITIVE_INFINITY;
  let rows = 0;
  for (let pass = 0; pass < 6; pass++) {
    const t0 = performance.now();
    rows = 0;
    for (let at = from; at < to; ) {
      const next = lane.read(head, at, to);
      if (next === at) throw new Error(`the WebAssembly loop left the record at byte ${at}`);
      rows += lane.taken;
      at = next;
    }
    if (pass > 0) seconds = Math.min(seconds, (performance.now() - t0) / 1000);
  }
  return { seconds, bytes: to - from, rows };
}
