// A monitor whose failed checks are few gets its states by judging only those minutes:
// exactly the states the minute-by-minute walk gives (rules 1 and 2), for every minute
// rule, every reading of which checks are down, and every hold.
import { describe, expect, it } from 'vitest';
import { EvaluationCache } from '../src/engine/cache';
import { OUTCOME_DOWN, OUTCOME_TIMEOUT, OUTCOME_UP, type OutcomeRules } from '../src/engine/check-outcomes';
import { fewDownRuns } from '../src/engine/few-down';
import { rangeHolding } from '../src/engine/held';
import { type CheckRule, DOWN, UP } from '../src/engine/intervals';
import { checkRuns, holdMinutes, probeRuns, walkedRuns } from '../src/engine/minutes';
import type { OutcomeCounts, ProbeMinutes } from '../src/engine/observations';
import { random } from './support/random';

/** A sparse class at a share of the span's minutes, a few checks each. */
function sparse(
  rand: () => number,
  outcome: number,
  span: number,
  share: number,
  dense: Uint16Array | null,
): OutcomeCounts {
  const offsets: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < span; i++)
    if (rand() < share) {
      offsets.push(i);
      counts.push(1 + Math.floor(rand() * 3));
    }
  // Where the dense class has a gap, a sparse check may fill it or not.
  if (dense && rand() < 0.5) for (const o of offsets) if (rand() < 0.3) dense[o] = 0;
  return { outcome, offsets: Uint32Array.from(offsets), counts: Uint16Array.from(counts) };
}

function monitor(rand: () => number): ProbeMinutes {
  const span = 200 + Math.floor(rand() * 3000);
  const dense = new Uint16Array(span);
  for (let i = 0; i < span; i++) dense[i] = 1 + Math.floor(rand() * 2);
  // Stretches without checks: the states carried over them, or no data.
  for (let g = 0; g < 6; g++) {
    const at = Math.floor(rand() * span);
    dense.fill(0, at, at + Math.floor(rand() * 40));
  }
  dense[0] = 1;
  const classes: OutcomeCounts[] = [
    sparse(rand, OUTCOME_TIMEOUT, span, 0.01, null),
    { outcome: 200, offsets: null, counts: dense },
    sparse(rand, 429, span, 0.02, null),
    rand() < 0.15
      ? { outcome: 503, offsets: null, counts: Uint16Array.from(dense, () => (rand() < 0.05 ? 1 : 0)) }
      : sparse(rand, 503, span, rand() < 0.3 ? 0.3 : 0.03, dense),
  ];
  if (rand() < 0.3) classes.splice(1, 0, sparse(rand, OUTCOME_UP, span, 0.05, null));
  if (rand() < 0.3) classes.splice(1, 0, sparse(rand, OUTCOME_DOWN, span, 0.01, dense));
  const hold = [null, 1, 3, 17, Number.POSITIVE_INFINITY][Math.floor(rand() * 5)]!;
  return {
    monitor: 'm',
    kind: hold === Number.POSITIVE_INFINITY ? 'states' : 'probes',
    firstMinute: 29_000_000 + Math.floor(rand() * 1000),
    spanMinutes: span,
    classes,
    medianGapMsTimes2: rand() < 0.5 ? null : 60_000 + Math.floor(rand() * 300_000),
    holdMinutesOverride: hold,
  };
}

const RULES: CheckRule[] = [
  { rule: 'any', errorRate: null, minChecks: 1, intervalMinutes: 1 },
  { rule: 'majority', errorRate: null, minChecks: 1, intervalMinutes: 1 },
  { rule: 'all', errorRate: null, minChecks: 1, intervalMinutes: 1 },
  { rule: 'errorRate', errorRate: { n: 30n, d: 1n }, minChecks: 3, intervalMinutes: 1 },
];
const READINGS: OutcomeRules[] = [
  { downCodes: [{ from: 500, to: 599 }], timeoutIsDown: true },
  { downCodes: [{ from: 500, to: 599 }], timeoutIsDown: false },
  { downCodes: [{ from: 400, to: 599 }], timeoutIsDown: true },
];

describe('the states of a monitor with few failed checks', () => {
  it('equal the minute-by-minute walk', () => {
    const rand = random(3);
    let taken = 0;
    for (let trial = 0; trial < 300; trial++) {
      const p = monitor(rand);
      const rule = RULES[trial % RULES.length]!;
      const reading = READINGS[Math.floor(trial / RULES.length) % READINGS.length]!;
      const cache = new EvaluationCache();
      // The minutes with checks, as probeRuns takes them for a rule of single minutes.
      const checks = rangeHolding(p.firstMinute, p.firstMinute + p.spanMinutes, [...checkRuns(p, cache)]);
      const walked = walkedRuns(p, rule, reading, checks, holdMinutes(p));
      const fast = fewDownRuns(p, rule, reading, checks, holdMinutes(p));
      if (fast) {
        taken++;
        expect(fast, `trial ${trial}`).toEqual(walked);
      }
      expect(probeRuns(p, rule, reading, cache), `trial ${trial}`).toEqual(walked);
    }
    // Most monitors take the short way; the others (a down class kept per minute) walk.
    expect(taken).toBeGreaterThan(200);
    expect(taken).toBeLessThan(300);
  });

  it('adds the failed checks of every down class at a minute before judging it', () => {
    // Two passed checks a minute. Minute 0: a timeout and two HTTP 503s, 3 of 5 failed:
    // down by majority, though each class alone is outnumbered. Minute 1: a timeout, 1 of
    // 3. Minute 2: one 503, 1 of 3. Minute 3: a timeout and a 503, 2 of 4, not a majority.
    const p: ProbeMinutes = {
      monitor: 'm',
      kind: 'probes',
      firstMinute: 29_000_000,
      spanMinutes: 4,
      classes: [
        { outcome: OUTCOME_TIMEOUT, offsets: Uint32Array.of(0, 1, 3), counts: Uint16Array.of(1, 1, 1) },
        { outcome: 200, offsets: null, counts: Uint16Array.of(2, 2, 2, 2) },
        { outcome: 503, offsets: Uint32Array.of(0, 2, 3), counts: Uint16Array.of(2, 1, 1) },
      ],
      medianGapMsTimes2: 120_000,
      holdMinutesOverride: null,
    };
    const rule = RULES[1]!;
    const reading = READINGS[0]!;
    const checks = rangeHolding(p.firstMinute, p.firstMinute + 4, [p.firstMinute, p.firstMinute + 4]);
    const fast = fewDownRuns(p, rule, reading, checks, holdMinutes(p))!;
    expect(fast).toEqual(walkedRuns(p, rule, reading, checks, holdMinutes(p)));
    // Down in minute 0 only; up from minute 1, carried one minute past the last check (a
    // median gap of one minute holds two).
    const at = (m: number) => p.firstMinute + m;
    expect([...fast.bounds]).toEqual([at(0), at(1), at(1), at(5)]);
    expect([...fast.states]).toEqual([DOWN, UP]);
  });
});
