// A million-row probe file with one row in ten damaged, imported in real Chromium through
// both parsers: the same minutes, the same count of skipped rows, the same first reasons.
import { expect, it } from 'vitest';
import { CsvImporter, type ImportTuning } from '../src/ingest/importer';
import { MinuteReducer } from '../src/ingest/reduce';

const ROWS = 1_000_000;

/** Deterministic rows; every tenth is damaged in one of five ways. */
function makeFile(): Uint8Array {
  const damages = [
    (t: string) => `${t},m1`, // a field short
    () => 'not a time,m1,200',
    (t: string) => `${t},m1,maybe`,
    (t: string) => `${t.slice(0, 10)}T25:00:00Z,m1,200`,
    () => '\u0000\u0001garbage\u00ff',
  ];
  const lines = ['time,monitor,status'];
  const start = Date.UTC(2026, 2, 1);
  for (let i = 0; i < ROWS; i++) {
    const t = new Date(start + i * 15_000).toISOString();
    if (i % 10 === 7) lines.push(damages[((i / 10) % 5) | 0]!(t));
    else lines.push(`${t},m${i % 3},${i % 997 === 0 ? 503 : 200}`);
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

function run(bytes: Uint8Array, tuning: ImportTuning) {
  const reducer = new MinuteReducer();
  const importer = new CsvImporter(
    'garbage.csv',
    {
      kind: 'probes',
      sourceZone: 'UTC',
    },
    reducer,
    tuning,
  );
  for (let at = 0; at < bytes.length; at += 1 << 20) importer.push(bytes.subarray(at, at + (1 << 20)));
  const result = importer.finish();
  const minutes = reducer.finish();
  return { result, minutes, parser: importer.parser };
}

const sameArray = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  a.length === b.length && Array.prototype.every.call(a, (v: number, i: number) => v === b[i]);

it('both paths agree on a 1 M-row file with 10 % garbage rows', () => {
  const bytes = makeFile();
  const fast = run(bytes, {});
  const papa = run(bytes, { parser: 'papaparse' });
  expect(fast.parser).toBe('bytes');
  expect(papa.parser).toBe('papaparse');
  expect(fast.result.summary.rows).toBe(ROWS - ROWS / 10);
  expect(fast.result.summary.skippedRows).toBe(ROWS / 10);
  expect(papa.result.summary).toEqual(fast.result.summary);
  expect(fast.result.summary.skipped.slice(0, 5).map((s) => s.line)).toEqual([9, 19, 29, 39, 49]);
  expect(fast.result.summary.skipped[0]!.reason).toBe('expected 3 fields, found 2');
  expect(papa.minutes.length).toBe(fast.minutes.length);
  for (const [i, m] of fast.minutes.entries()) {
    const p = papa.minutes[i]!;
    expect(p.monitor).toBe(m.monitor);
    if (m.kind !== 'events' && p.kind !== 'events') {
      expect(p.firstMinute).toBe(m.firstMinute);
      expect(p.medianGapMsTimes2).toBe(m.medianGapMsTimes2);
      expect(p.spanMinutes).toBe(m.spanMinutes);
      expect(p.classes.map((c) => [c.outcome, c.offsets === null])).toEqual(
        m.classes.map((c) => [c.outcome, c.offsets === null]),
      );
      for (const [k, c] of m.classes.entries()) {
        expect(sameArray(p.classes[k]!.counts, c.counts)).toBe(true);
        if (c.offsets) expect(sameArray(p.classes[k]!.offsets!, c.offsets)).toBe(true);
      }
    }
  }
});
