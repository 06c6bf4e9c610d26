// Checks kept by outcome class and judged at evaluation (src/engine/check-outcomes.ts):
// what each cell combination is kept as, which classes a policy calls down, and that the
// reducer's counts per class (in either form) give exactly the up and down counts that
// judging every check at import gave.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bothOutcomes,
  compactCounts,
  isDownOutcome,
  isOutcome,
  OUTCOME_DOWN,
  OUTCOME_TIMEOUT,
  OUTCOME_UP,
  type OutcomeRules,
  sliceCounts,
} from '../src/engine/check-outcomes';
import type { ProbeMinutes } from '../src/engine/observations';
import { MinuteReducer } from '../src/ingest/reduce';
import { classifyCheck } from '../src/ingest/status';
import { denseOf, upDown } from './support/check-counts';

const FIVES: OutcomeRules = { downCodes: [{ from: 500, to: 599 }], timeoutIsDown: true };
const NO_TIMEOUTS: OutcomeRules = { downCodes: [{ from: 500, to: 599 }], timeoutIsDown: false };

describe('what a check is kept as', () => {
  const outcome = (code?: string, status?: string, error?: string) => {
    const r = classifyCheck(code, status, error);
    return r.ok ? r.outcome : r.reason;
  };

  it('a code, a timeout, a status word or number, and both columns', () => {
    expect(outcome('503')).toBe(503);
    expect(outcome('0')).toBe(OUTCOME_TIMEOUT);
    expect(outcome('', undefined, 'connect ECONNREFUSED')).toBe(OUTCOME_TIMEOUT);
    expect(outcome(undefined, 'down')).toBe(OUTCOME_DOWN);
    expect(outcome(undefined, 'ok')).toBe(OUTCOME_UP);
    // Uptime Kuma: 0 down, 1 up, 2 pending (down), 3 maintenance (up); larger numbers are HTTP codes.
    expect([0, 1, 2, 3, 404].map((n) => outcome(undefined, String(n)))).toEqual([
      OUTCOME_DOWN,
      OUTCOME_UP,
      OUTCOME_DOWN,
      OUTCOME_UP,
      404,
    ]);
    // A status that says down settles it; one that says up leaves it to the code.
    expect(outcome('200', 'down')).toBe(OUTCOME_DOWN);
    expect(outcome('503', 'up')).toBe(503);
    // Two parts the policy rules on stay a pair, down when either is.
    expect(outcome('0', '503')).toBe(bothOutcomes(OUTCOME_TIMEOUT, 503));
    expect(outcome('404', '503')).toBe(bothOutcomes(404, 503));
    expect(outcome('', 'bogus')).toBe(
      'unknown status (expected up or down, a word such as ok or failed, 0–3, or an HTTP code)',
    );
  });

  it('is down as the policy says, when it is evaluated', () => {
    expect([503, 404, OUTCOME_TIMEOUT, OUTCOME_UP, OUTCOME_DOWN].map((o) => isDownOutcome(o, FIVES))).toEqual(
      [true, false, true, false, true],
    );
    expect(isDownOutcome(OUTCOME_TIMEOUT, NO_TIMEOUTS)).toBe(false);
    expect(isDownOutcome(bothOutcomes(OUTCOME_TIMEOUT, 404), NO_TIMEOUTS)).toBe(false);
    expect(isDownOutcome(bothOutcomes(OUTCOME_TIMEOUT, 404), FIVES)).toBe(true);
    expect(isDownOutcome(bothOutcomes(404, 503), NO_TIMEOUTS)).toBe(true);
    expect(isDownOutcome(404, { downCodes: [{ from: 400, to: 404 }], timeoutIsDown: false })).toBe(true);
  });

  it('every class the readers make is one stored data may hold, and nothing else', () => {
    for (const o of [
      OUTCOME_TIMEOUT,
      OUTCOME_UP,
      OUTCOME_DOWN,
      100,
      599,
      bothOutcomes(0, 599),
      bothOutcomes(100, 599),
    ])
      expect(isOutcome(o), String(o)).toBe(true);
    for (const o of [-1, 3, 99, 600, 999, 1000, 0.5, bothOutcomes(OUTCOME_UP, 503), 101100])
      expect(isOutcome(o), String(o)).toBe(false);
  });
});

describe('counts per class in their smaller form', () => {
  it('keeps a class seen in under a third of the minutes as those minutes alone', () => {
    const rare = compactCounts(503, Uint16Array.of(0, 2, 0, 0, 0, 1, 0))!;
    expect([rare.offsets && [...rare.offsets], [...rare.counts]]).toEqual([
      [1, 5],
      [2, 1],
    ]);
    const usual = compactCounts(200, Uint16Array.of(1, 1, 0))!;
    expect([usual.offsets, [...usual.counts]]).toEqual([null, [1, 1, 0]]);
    expect(compactCounts(200, new Uint16Array(4))).toBeNull();
    // A month's slice takes the smaller form of its own minutes: one check in three is dense.
    const slice = sliceCounts(rare, 4, 7)!;
    expect([slice.offsets, [...slice.counts]]).toEqual([null, [0, 1, 0]]);
    const wider = sliceCounts(rare, 0, 7)!;
    expect([wider.offsets && [...wider.offsets], [...wider.counts]]).toEqual([
      [1, 5],
      [2, 1],
    ]);
    expect(sliceCounts(rare, 2, 5)).toBeNull();
  });
});

describe('the reducer and the engine together', () => {
  const CLASSES = [
    200,
    404,
    500,
    503,
    OUTCOME_TIMEOUT,
    OUTCOME_UP,
    OUTCOME_DOWN,
    bothOutcomes(OUTCOME_TIMEOUT, 404),
  ];
  const DAY = 86_400_000;
  const START = Date.UTC(2026, 5, 1);
  const rules = fc.record({
    downCodes: fc.array(
      fc.tuple(fc.integer({ min: 100, max: 599 }), fc.integer({ min: 0, max: 120 })).map(([from, n]) => ({
        from,
        to: Math.min(599, from + n),
      })),
      { maxLength: 3 },
    ),
    timeoutIsDown: fc.boolean(),
  });
  const checks = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 3 * DAY - 1 }), fc.constantFrom(...CLASSES), fc.nat(40)),
    { minLength: 1, maxLength: 300 },
  );

  it('gives exactly the up and down counts judging each check on import gave, under any rules', () => {
    fc.assert(
      fc.property(checks, rules, (list, r) => {
        const reducer = new MinuteReducer();
        // Runs of one class, as probes repeat themselves: some classes end up in few minutes.
        for (const [at, outcome, run] of list)
          for (let k = 0; k <= run; k++) reducer.addCheck('probes', 'm', START + at + k * 60_000, outcome);
        const [m] = reducer.finish() as ProbeMinutes[];
        const up = new Uint16Array(m!.spanMinutes);
        const down = new Uint16Array(m!.spanMinutes);
        for (const [at, outcome, run] of list)
          for (let k = 0; k <= run; k++) {
            const i = Math.floor((START + at + k * 60_000) / 60_000) - m!.firstMinute;
            (isDownOutcome(outcome, r) ? down : up)[i]!++;
          }
        const counts = upDown(m!, r);
        expect([...counts.up]).toEqual([...up]);
        expect([...counts.down]).toEqual([...down]);
        // Each class in the form that takes less room, and ascending.
        for (const c of m!.classes) {
          const used = denseOf(c, m!.spanMinutes).filter((n) => n > 0).length;
          expect(c.offsets !== null).toBe(3 * used < m!.spanMinutes);
        }
        expect(m!.classes.map((c) => c.outcome)).toEqual(
          [...new Set(list.map(([, o]) => o))].sort((a, b) => a - b),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('judges anew when the rules change', () => {
    const reducer = new MinuteReducer();
    reducer.addCheck('probes', 'm', START, OUTCOME_TIMEOUT);
    reducer.addCheck('probes', 'm', START + 60_000, 200);
    const [m] = reducer.finish() as ProbeMinutes[];
    expect([...upDown(m!, FIVES).down.subarray(0, 2)]).toEqual([1, 0]);
    expect([...upDown(m!, NO_TIMEOUTS).down.subarray(0, 2)]).toEqual([0, 0]);
  });
});
