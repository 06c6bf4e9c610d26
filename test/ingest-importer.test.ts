// The streaming importer's contract: chunks of any kind (one whole-file chunk included),
// progress after each chunk, cancellation between chunks, no hold on the caller's
// buffers, loadCsv as its one-chunk case, and the reducer's check times kept exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOME_DOWN, OUTCOME_UP } from '../src/engine/check-outcomes';
import { medianGapMsTimes2 } from '../src/engine/minutes';
import type { ProbeMinutes } from '../src/engine/observations';
import { TimeLog } from '../src/engine/time-log';
import { CsvImporter, importChunks } from '../src/ingest/importer';
import { type LoadOptions, loadCsv } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';

const OPTIONS: LoadOptions = {
  kind: 'probes',
  sourceZone: 'UTC',
};

function probeCsv(rows: number): string {
  const lines = ['time,monitor,status'];
  for (let i = 0; i < rows; i++)
    lines.push(
      `${new Date(Date.UTC(2026, 5, 1) + i * 30_000).toISOString()},m${i % 3},${i % 17 ? 200 : 503}`,
    );
  return `${lines.join('\n')}\n`;
}

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

describe('importChunks', () => {
  const bytes = new TextEncoder().encode(probeCsv(5000));

  it('gives what loadCsv gives, for one whole-file chunk or many', async () => {
    const reference = new MinuteReducer();
    const expected = loadCsv('p.csv', bytes, OPTIONS, reference);
    for (const size of [bytes.length, 1 << 16, 4093]) {
      const reducer = new MinuteReducer();
      expect(await importChunks('p.csv', chunksOf(bytes, size), OPTIONS, reducer)).toEqual(expected);
      expect(reducer.finish()).toEqual(reference.finish());
    }
  });

  it('reports progress after each chunk, in bytes and rows', async () => {
    const seen: { bytes: number; rows: number }[] = [];
    await importChunks('p.csv', chunksOf(bytes, 50_000), OPTIONS, new MinuteReducer(), {
      onProgress: (p) => seen.push(p),
    });
    expect(seen).toHaveLength(Math.ceil(bytes.length / 50_000));
    expect(seen.at(-1)!.bytes).toBe(bytes.length);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.bytes).toBeGreaterThan(seen[i - 1]!.bytes);
      expect(seen[i]!.rows).toBeGreaterThanOrEqual(seen[i - 1]!.rows);
    }
    expect(seen.at(-1)!.rows).toBeGreaterThan(4000);
  });

  it('stops with an AbortError between chunks once cancelled', async () => {
    const controller = new AbortController();
    let chunks = 0;
    const run = importChunks('p.csv', chunksOf(bytes, 10_000), OPTIONS, new MinuteReducer(), {
      signal: controller.signal,
      onProgress: () => {
        if (++chunks === 3) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(chunks).toBe(3);
  });

  it('refuses to start with a signal already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      importChunks('p.csv', chunksOf(bytes, 10_000), OPTIONS, new MinuteReducer(), {
        signal: controller.signal,
      }),
    ).rejects.toBeInstanceOf(DOMException);
  });

  it('refuses a column it would read whose name the header has twice, naming the role', () => {
    const read = (header: string) =>
      loadCsv(
        'd.csv',
        new TextEncoder().encode(`${header}\n2026-06-01T00:00:00Z,a,up,down\n`),
        OPTIONS,
        new MinuteReducer(),
      );
    expect(() => read('time,monitor,result,result')).toThrow(
      'd.csv:1: the status column "result" is named twice in the header: rename one, so that the right one is read',
    );
    // A column no role reads may be named twice.
    expect(read('time,monitor,status,Note').summary.rows).toBe(1);
    expect(read('time,note,status,Note').summary.rows).toBe(1);
  });

  it('says an event without an end was still open, where the file has no duration to give one', () => {
    const read = (text: string) =>
      loadCsv('e.csv', new TextEncoder().encode(text), { ...OPTIONS, kind: 'events' }, new MinuteReducer())
        .summary.skipped;
    expect(read('start,end\n2026-06-01T00:00:00Z,2026-06-01T01:00:00Z\n2026-06-02T00:00:00Z,\n')).toEqual([
      { line: 3, reason: 'no end yet (still open when the file was saved; save it again once it has ended)' },
    ]);
    expect(read('start,end,duration\n2026-06-01T00:00:00Z,,600\n2026-06-02T00:00:00Z,,\n')).toEqual([
      { line: 3, reason: 'no end or duration' },
    ]);
  });

  it('passes InputErrors through', async () => {
    const empty = new TextEncoder().encode('time,status\n');
    await expect(importChunks('h.csv', chunksOf(empty, 3), OPTIONS, new MinuteReducer())).rejects.toThrow(
      /h\.csv: no usable rows \(header only\)/,
    );
  });
});

describe('CsvImporter', () => {
  it('keeps no hold on a chunk once push returns: the caller may reuse its buffer', () => {
    const bytes = new TextEncoder().encode(probeCsv(4000));
    const expected = loadCsv('p.csv', bytes, OPTIONS, new MinuteReducer());
    for (const size of [7, 1000, 70_000]) {
      const importer = new CsvImporter('p.csv', OPTIONS, new MinuteReducer());
      const buffer = new Uint8Array(size);
      for (let at = 0; at < bytes.length; at += size) {
        const part = bytes.subarray(at, at + size);
        buffer.set(part);
        importer.push(buffer.subarray(0, part.length));
        buffer.fill(0x2c);
      }
      expect(importer.finish()).toEqual(expected);
    }
  });

  it('counts bytes, rows and skipped rows as it goes, and says which parser it chose', () => {
    const importer = new CsvImporter('p.csv', OPTIONS, new MinuteReducer());
    expect(importer.parser).toBeNull();
    const head = new TextEncoder().encode('time,status\n2026-06-01T00:00:00Z,up\nnonsense,up\n');
    importer.push(head);
    // Under 64 KiB the importer waits for more bytes before deciding how to read them.
    expect(importer.rows).toBe(0);
    expect(importer.bytesRead).toBe(head.length);
    const result = importer.finish();
    expect(importer.parser).toBe('bytes');
    expect([importer.rows, importer.skippedRows]).toEqual([1, 1]);
    expect(result.summary.skipped).toEqual([
      {
        line: 3,
        reason: 'time: unreadable time (expected a date and time, or epoch seconds or milliseconds)',
      },
    ]);
    expect(() => importer.push(head)).toThrow(/after finish/);
  });
});

describe('MinuteReducer check times', () => {
  it('keeps every check time exactly, sorted, across days and out of order', () => {
    const reducer = new MinuteReducer();
    const times = [
      Date.UTC(2026, 5, 2, 0, 0, 0, 1),
      Date.UTC(2026, 5, 1, 23, 59, 59, 999),
      Date.UTC(2026, 5, 1),
      Date.UTC(2026, 5, 1),
      Date.UTC(1969, 11, 31, 23, 59, 59, 999),
      Date.UTC(2026, 5, 3, 12),
    ];
    for (const t of times) reducer.addCheck('probes', 'a', t, OUTCOME_UP);
    reducer.addCheck('states', 'a', Date.UTC(2026, 0, 1), OUTCOME_DOWN);
    const sorted = [...times].sort((x, y) => x - y);
    expect(Array.from(reducer.sortedTimes('probes', 'a'))).toEqual(sorted);
    expect(Array.from(reducer.sortedTimes('states', 'a'))).toEqual([Date.UTC(2026, 0, 1)]);
    expect(reducer.sortedTimes('probes', 'nobody')).toHaveLength(0);
    reducer.addCheck('probes', 'a', Date.UTC(2026, 5, 1, 12), OUTCOME_DOWN);
    expect(Array.from(reducer.sortedTimes('probes', 'a'))).toEqual(
      [...sorted, Date.UTC(2026, 5, 1, 12)].sort((x, y) => x - y),
    );
  });

  it('keeps times exactly in its compact day logs: steady runs, jitter, repeats, backwards, whole days apart', () => {
    const day = Date.UTC(2026, 5, 1);
    const check = fc.oneof(
      // A run at a fixed pace, forwards or backwards, from anywhere in three days.
      fc
        .tuple(
          fc.integer({ min: 0, max: 3 * 86_400_000 }),
          fc.constantFrom(1, 1000, 30_000, 86_399_999),
          fc.nat(40),
          fc.boolean(),
        )
        .map(([from, step, n, back]) =>
          Array.from({ length: n }, (_, i) => day + from + (back ? -1 : 1) * i * step),
        ),
      // Jittered or arbitrary single checks, repeats included.
      fc.array(fc.integer({ min: day - 86_400_000, max: day + 4 * 86_400_000 }), { maxLength: 20 }),
    );
    fc.assert(
      fc.property(
        fc.array(check, { maxLength: 8 }),
        fc.nat(5 * 86_400_000),
        fc.nat(6 * 86_400_000),
        fc.boolean(),
        fc.boolean(),
        (parts, from, span, inOrder, fromMidnight) => {
          const times = parts.flat();
          const sorted = Float64Array.from(times).sort();
          const reducer = new MinuteReducer();
          // Checks in time order are logged as runs, and whole days of them copied run by run.
          for (const t of inOrder ? sorted : times) reducer.addCheck('probes', 'a', t, OUTCOME_UP);
          expect(Array.from(reducer.sortedTimes('probes', 'a'))).toEqual(Array.from(sorted));
          const lo = day - 86_400_000 + (fromMidnight ? 86_400_000 * Math.floor(from / 86_400_000) : from);
          const { count, log } = reducer.logBetween('probes', 'a', lo, lo + span);
          const offsets = new Uint32Array(count);
          TimeLog.of(log, 0).decode(offsets);
          expect(Array.from(offsets, (o) => lo + o)).toEqual(
            Array.from(sorted.filter((t) => t >= lo && t < lo + span)),
          );
          const finished = reducer.finish() as ProbeMinutes[];
          expect(finished[0]?.medianGapMsTimes2 ?? null).toBe(
            times.length ? medianGapMsTimes2(sorted) : null,
          );
          // Only times stay after finish, and they stay exact.
          expect(Array.from(reducer.sortedTimes('probes', 'a'))).toEqual(Array.from(sorted));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hands the engine the median gap of the sorted times, as before', () => {
    const reducer = new MinuteReducer();
    const times: number[] = [];
    for (let i = 0; i < 3000; i++) times.push(Date.UTC(2026, 5, 1) + ((i * 7919) % 3000) * 45_000 + (i % 5));
    for (const t of times) reducer.addCheck('probes', 'a', t, t % 2 === 0 ? OUTCOME_DOWN : OUTCOME_UP);
    const [m] = reducer.finish() as ProbeMinutes[];
    expect(m!.medianGapMsTimes2).toBe(medianGapMsTimes2(Float64Array.from(times).sort()));
    expect(m!.firstMinute).toBe(Math.floor(Date.UTC(2026, 5, 1) / 60_000));
  });
});
