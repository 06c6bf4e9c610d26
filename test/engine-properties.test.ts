// Properties of the evaluation over generated probe logs (SPEC §4 rules 6, 8, 9, 13).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availabilityCredit, uptimeOf } from '../src/engine/credits';
import { ratio } from '../src/engine/exact';
import { effectivePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { reportJson, type SlaReport } from '../src/engine/report';
import { evaluateCsv } from './support/evaluate-csv';

const NUM_RUNS = 40;
const _encoder = new TextEncoder();

interface Row {
  sec: number;
  monitor: string;
  down: boolean;
}
interface Exclusion {
  sec: number;
  minutes: number;
}
interface FileSpec {
  name: string;
  kind: 'probes' | 'states' | 'exclusions';
  csv: string;
}

/** 1 June 2026 00:00 IST; June + July = 61 days. */
const BASE_MS = Date.parse('2026-06-01T00:00:00+05:30');
const SPAN_S = 61 * 86_400;

const iso = (sec: number) => new Date(BASE_MS + sec * 1000).toISOString();
const csvOf = (rows: readonly Row[]) =>
  `time,monitor,status\n${rows.map((r) => `${iso(r.sec)},${r.monitor},${r.down ? 'down' : 'up'}`).join('\n')}\n`;
// Third-party records: excluded without notice in both MedOS and Clarus.
const exclusionsCsv = (xs: readonly Exclusion[]) =>
  `start,end,kind\n${xs.map((x) => `${iso(x.sec)},${iso(x.sec + x.minutes * 60)},third-party`).join('\n')}\n`;

function run(policyId: string, files: FileSpec[], asOf = '2026-09-01'): SlaReport {
  const policy = structuredClone(PRESETS[policyId]!);
  return evaluateCsv(policy, files, asOf);
}

const filesOf = (rows: readonly Row[], xs: readonly Exclusion[], kind: 'probes' | 'states' = 'probes') => {
  const files: FileSpec[] = [{ name: 'probes.csv', kind, csv: csvOf(rows) }];
  if (xs.length) files.push({ name: 'x.csv', kind: 'exclusions', csv: exclusionsCsv(xs) });
  return files;
};

/** Rows clustered in a window of an hour, a day or the whole two months. */
const rowsArb = (minLength = 1) =>
  fc
    .tuple(
      fc.constantFrom(3600, 86_400, SPAN_S),
      fc.integer({ min: 0, max: SPAN_S - 1 }),
      fc.array(
        fc.record({
          sec: fc.integer({ min: 0, max: SPAN_S - 1 }),
          monitor: fc.constantFrom('a', 'b', 'c'),
          down: fc.boolean(),
        }),
        { minLength, maxLength: 60 },
      ),
    )
    .map(([width, start, rows]) =>
      rows.map((r) => ({ ...r, sec: Math.min(SPAN_S - 1, start + (r.sec % width)) })),
    );

const exclusionsArb = fc.array(
  fc.record({ sec: fc.integer({ min: 0, max: SPAN_S - 1 }), minutes: fc.integer({ min: 1, max: 600 }) }),
  { maxLength: 3 },
);

const policyArb = fc.constantFrom('medos', 'clarus-lis');

const withoutInputs = (r: SlaReport) => {
  const { inputs: _inputs, ...rest } = r;
  return JSON.stringify(rest);
};

describe('evaluation properties', () => {
  it('downtime ≤ total − excluded, nodata ≤ total, uptime within 0…100', () => {
    fc.assert(
      fc.property(
        policyArb,
        rowsArb(),
        exclusionsArb,
        fc.constantFrom('probes', 'states'),
        (id, rows, xs, kind) => {
          const r = run(id, filesOf(rows, xs, kind as 'probes' | 'states'));
          expect(r.periods.length).toBeGreaterThan(0);
          for (const p of r.periods) {
            expect(p.downtimeMinutes).toBeGreaterThanOrEqual(0);
            expect(p.downtimeMinutes).toBeLessThanOrEqual(p.totalMinutes - p.excludedMinutes);
            expect(p.nodataMinutes).toBeLessThanOrEqual(p.totalMinutes);
            expect(p.partial).toBe(p.nodataMinutes > 0);
            if (p.uptimePercent !== null) {
              expect(p.uptimePercent).toBeGreaterThanOrEqual(0);
              expect(p.uptimePercent).toBeLessThanOrEqual(100);
            }
          }
          // Counted minutes of the outages never exceed their length less excluded minutes.
          for (const o of r.outages) {
            expect(o.countedMinutes).toBe(o.qualifies ? o.minutes - o.excludedMinutes : 0);
          }
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('with the total formula and nodata available, uptime is (total − downtime) / total', () => {
    fc.assert(
      fc.property(policyArb, rowsArb(), exclusionsArb, (id, rows, xs) => {
        const r = run(id, filesOf(rows, xs));
        for (const p of r.periods)
          expect(p.uptimePercent).toBe((100 * (p.totalMinutes - p.downtimeMinutes)) / p.totalMinutes);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('an extra down probe at an existing probe’s instant never raises a period’s uptime', () => {
    // Same instant: the set of probe times, hence the median gap and the hold, is unchanged.
    fc.assert(
      fc.property(policyArb, rowsArb(), exclusionsArb, fc.nat(), (id, rows, xs, pick) => {
        const at = rows[pick % rows.length]!;
        const before = run(id, filesOf(rows, xs));
        const after = run(id, filesOf([...rows, { ...at, down: true }], xs));
        expect(after.periods.map((p) => p.label)).toEqual(before.periods.map((p) => p.label));
        after.periods.forEach((p, i) => {
          const b = before.periods[i]!;
          expect(p.downtimeMinutes).toBeGreaterThanOrEqual(b.downtimeMinutes);
          if (p.uptimePercent !== null && b.uptimePercent !== null)
            expect(p.uptimePercent).toBeLessThanOrEqual(b.uptimePercent);
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('an extra down row in a state-change log never raises the uptime of a period reported before', () => {
    fc.assert(
      fc.property(
        policyArb,
        rowsArb(),
        fc.integer({ min: 0, max: SPAN_S - 1 }),
        fc.constantFrom('a', 'b', 'c'),
        (id, rows, sec, monitor) => {
          const before = run(id, filesOf(rows, [], 'states'));
          const after = run(id, filesOf([...rows, { sec, monitor, down: true }], [], 'states'));
          for (const b of before.periods) {
            const a = after.periods.find((p) => p.label === b.label)!;
            expect(a).toBeDefined();
            expect(a.downtimeMinutes).toBeGreaterThanOrEqual(b.downtimeMinutes);
            if (a.uptimePercent !== null && b.uptimePercent !== null)
              expect(a.uptimePercent).toBeLessThanOrEqual(b.uptimePercent);
          }
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('the credit never falls as uptime falls (bands, perStep, extension days)', () => {
    const policies = ['clarus-lis', 'elevatefinance', 'medos', 'patientiq'].map((id) =>
      effectivePolicy(structuredClone(PRESETS[id]!)),
    );
    const total = 43_200;
    fc.assert(
      fc.property(
        fc.constantFrom(...policies),
        fc.integer({ min: 0, max: total }),
        fc.integer({ min: 0, max: total }),
        (policy, a, b) => {
          const [less, more] = a <= b ? [a, b] : [b, a];
          const basis = (lost: number) => ({
            lostMinutes: lost,
            periodMinutes: total,
            measurableMinutes: total,
            events: 0,
            fee: ratio(1000),
          });
          const high = availabilityCredit(uptimeOf(total - less, total, policy), policy, basis(less));
          const low = availabilityCredit(uptimeOf(total - more, total, policy), policy, basis(more));
          expect(low.percent ?? 0).toBeGreaterThanOrEqual(high.percent ?? 0);
          expect(low.days ?? 0).toBeGreaterThanOrEqual(high.days ?? 0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the JSON report does not depend on row order', () => {
    fc.assert(
      fc.property(
        policyArb,
        rowsArb().chain((rows) =>
          fc.tuple(
            fc.constant(rows),
            fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
          ),
        ),
        exclusionsArb,
        (id, [rows, shuffled], xs) => {
          expect(reportJson(run(id, filesOf(shuffled, xs)))).toBe(reportJson(run(id, filesOf(rows, xs))));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('the report does not depend on how rows are split across files', () => {
    fc.assert(
      fc.property(
        policyArb,
        rowsArb(2).chain((rows) =>
          fc.tuple(
            fc.constant(rows),
            fc.array(fc.boolean(), { minLength: rows.length, maxLength: rows.length }),
          ),
        ),
        exclusionsArb,
        (id, [rows, side], xs) => {
          // Row 0 always goes to the first file and row 1 to the second, so neither is empty.
          const first = rows.filter((_, i) => i === 0 || (i !== 1 && side[i]));
          const second = rows.filter((_, i) => i === 1 || (i !== 0 && !side[i]));
          const split: FileSpec[] = [
            { name: 'part-1.csv', kind: 'probes', csv: csvOf(first) },
            { name: 'part-2.csv', kind: 'probes', csv: csvOf(second) },
          ];
          if (xs.length) split.push({ name: 'x.csv', kind: 'exclusions', csv: exclusionsCsv(xs) });
          expect(withoutInputs(run(id, split))).toBe(withoutInputs(run(id, filesOf(rows, xs))));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('two runs on the same inputs give byte-identical JSON', () => {
    fc.assert(
      fc.property(policyArb, rowsArb(), exclusionsArb, (id, rows, xs) => {
        const a = reportJson(run(id, filesOf(rows, xs)));
        const b = reportJson(run(id, filesOf(rows, xs)));
        expect(a).toBe(b);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
