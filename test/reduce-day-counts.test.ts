// A class's day kept as a list of its minutes or as a whole day's counts gives the same
// minutes either way: checks in any order, saturated counts, a day that outgrows its list,
// and a series read in two parts and merged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactCounts } from '../src/engine/check-outcomes';
import { MinuteReducer } from '../src/ingest/reduce';

const DAY_MS = 86_400_000;

interface Check {
  ms: number;
  outcome: number;
}

/** The counts of every class over the series' whole days, by counting each check in turn. */
function reference(checks: readonly Check[]) {
  const days = checks.map((c) => Math.floor(c.ms / DAY_MS));
  const first = Math.min(...days);
  const spanMinutes = (Math.max(...days) - first + 1) * 1440;
  const dense = new Map<number, Uint16Array>();
  for (const c of checks) {
    const counts = dense.get(c.outcome) ?? new Uint16Array(spanMinutes);
    dense.set(c.outcome, counts);
    const m = Math.floor(c.ms / 60_000) - first * 1440;
    if (counts[m]! < 65_535) counts[m]!++;
  }
  return {
    firstMinute: first * 1440,
    spanMinutes,
    classes: [...dense.keys()].sort((a, b) => a - b).map((o) => compactCounts(o, dense.get(o)!)),
  };
}

function minutesOf(parts: readonly (readonly Check[])[]) {
  const [head, ...rest] = parts.map((part) => {
    const reducer = new MinuteReducer();
    for (const c of part) reducer.addCheck('probes', 'api', c.ms, c.outcome);
    return reducer;
  });
  for (const r of rest) head!.absorbChecks(r.exportChecks());
  const [m] = head!.finish();
  if (m?.kind !== 'probes') throw new Error('no checks');
  return { firstMinute: m.firstMinute, spanMinutes: m.spanMinutes, classes: m.classes };
}

const BASE = Date.UTC(2026, 2, 1);
/** Checks over three days, crowded into a few minutes so that lists fill and overflow. */
const check = fc.record({
  ms: fc.oneof(
    fc.integer({ min: 0, max: 3 * DAY_MS - 1 }),
    fc.integer({ min: 0, max: 200 }).map((m) => m * 60_000 + 7),
  ),
  outcome: fc.constantFrom(0, 1, 2, 200, 503),
});

describe('a day of one outcome class, listed or whole', () => {
  it('gives every class exactly the counts of adding each check in turn, in any order', () => {
    fc.assert(
      fc.property(fc.array(check, { minLength: 1, maxLength: 600 }), (raw) => {
        const checks = raw.map((c) => ({ ms: BASE + c.ms, outcome: c.outcome }));
        expect(minutesOf([checks])).toEqual(reference(checks));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same when the checks are read in two parts and merged', () => {
    fc.assert(
      fc.property(fc.array(check, { minLength: 2, maxLength: 600 }), fc.nat(), (raw, cut) => {
        const checks = raw.map((c) => ({ ms: BASE + c.ms, outcome: c.outcome }));
        const at = 1 + (cut % (checks.length - 1));
        expect(minutesOf([checks.slice(0, at), checks.slice(at)])).toEqual(reference(checks));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a steady prober whole and its rare codes listed, one day after another', () => {
    const checks: Check[] = [];
    for (let s = 0; s < 5 * 2880; s++)
      checks.push({ ms: BASE + 30_000 * s, outcome: s % 997 === 0 ? 503 : 200 });
    const minutes = minutesOf([checks]);
    expect(minutes.classes.map((c) => [c.outcome, c.offsets === null, c.counts.length])).toEqual([
      [200, true, 7200],
      [503, false, 15],
    ]);
    expect(minutes).toEqual(reference(checks));
  });

  it('holds 65 535 checks of one outcome in a minute, and refuses one more, within a reducer and when merging', () => {
    const many = (n: number): Check[] => Array.from({ length: n }, () => ({ ms: BASE + 5, outcome: 503 }));
    const full = many(65_535);
    expect(minutesOf([full.slice(0, 40_000), full.slice(40_000)]).classes).toEqual([
      { outcome: 503, offsets: Uint32Array.of(0), counts: Uint16Array.of(65_535) },
    ]);
    const refusal =
      'input: monitor "api" has more than 65\u2009535 checks of one outcome in the minute from 2026-03-01 00:00 UTC; SLA Witness counts at most 65\u2009535 a minute, so it cannot read that minute\'s share of failed checks';
    expect(() => minutesOf([many(65_536)])).toThrow(refusal);
    // Each part alone fits; together they do not.
    expect(() => minutesOf([many(40_000), many(25_536)])).toThrow(refusal);
    // A listed day (few minutes with checks) as well as a whole one.
    expect(() => minutesOf([many(30_000), many(30_000), many(5_536)])).toThrow(refusal);
  });
});
