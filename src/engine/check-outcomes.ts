// Check outcomes (SPEC §3) as import keeps them, and which of them the policy counts as
// down. Import records what each check said, not whether it was down, so the policy's
// down codes and timeout reading apply when the contract is evaluated and a change of
// either changes the verdict at once, with no file read again.
import { forEachHeld, heldLength, type MinuteRange, piecesOf, rangeHolding } from './held';
import type { OutcomeCounts, ProbeMinutes } from './observations';
import { nextZeroCount } from './tally';

/**
 * An outcome class is a small integer:
 * - 0: a timeout or connection error (code 0, or an empty code with an error text);
 * - 100–599: that HTTP status code (in a code column, or a status column's number);
 * - OUTCOME_UP / OUTCOME_DOWN: up or down whatever the policy says (a status word, or
 *   Uptime Kuma's 0–3);
 * - above 1000: a check whose code and status columns each leave it to the policy (say a
 *   timeout with an HTTP status beside it), down when either part is; see `bothOutcomes`.
 * Every part a policy can rule on stays distinguishable, and nothing else is kept.
 */
export const OUTCOME_TIMEOUT = 0;
export const OUTCOME_UP = 1;
export const OUTCOME_DOWN = 2;

/** The policy fields that decide whether a check was down. */
export interface OutcomeRules {
  downCodes: readonly { from: number; to: number }[];
  timeoutIsDown: boolean;
}

/** Checks per minute that were up and down under one set of rules (saturating at 65 535). */
export interface CheckCounts {
  up: Uint16Array;
  down: Uint16Array;
}

export const MAX_COUNT = 65_535;
const PAIR = 1000;

/** A check two of whose parts leave it to the policy: down when either part is down. */
export function bothOutcomes(a: number, b: number): number {
  if (a === b) return a;
  return a < b ? PAIR * (a + 1) + b : PAIR * (b + 1) + a;
}

/** An HTTP status or a timeout: a part of a check the policy rules on. */
const isRuledPart = (n: number) => n === OUTCOME_TIMEOUT || (n >= 100 && n <= 599);

/** Whether a number is an outcome class (as stored data must hold). */
export function isOutcome(n: number): boolean {
  if (!Number.isInteger(n) || n < 0) return false;
  if (n < PAIR) return n === OUTCOME_UP || n === OUTCOME_DOWN || isRuledPart(n);
  const a = Math.floor(n / PAIR) - 1;
  const b = n % PAIR;
  return a < b && isRuledPart(a) && isRuledPart(b);
}

/** Whether a check of this outcome class is down under the rules. */
export function isDownOutcome(outcome: number, rules: OutcomeRules): boolean {
  if (outcome >= PAIR)
    return isDownOutcome(Math.floor(outcome / PAIR) - 1, rules) || isDownOutcome(outcome % PAIR, rules);
  if (outcome === OUTCOME_TIMEOUT) return rules.timeoutIsDown;
  if (outcome === OUTCOME_UP) return false;
  if (outcome === OUTCOME_DOWN) return true;
  return rules.downCodes.some((r) => outcome >= r.from && outcome <= r.to);
}

/** The rules as a cache key: two sets of rules with one key judge every check alike. */
export function outcomeRulesKey(rules: OutcomeRules): string {
  return `${rules.downCodes.map((r) => `${r.from}-${r.to}`).join(',')}/${rules.timeoutIsDown ? 't' : ''}`;
}

/** Adds a class's counts into `into` from minute `at` of it on, saturating. */
export function addCounts(into: Uint16Array, c: OutcomeCounts, at = 0): void {
  const { offsets, counts } = c;
  if (offsets === null) {
    for (let i = 0; i < counts.length; i++) into[at + i] = Math.min(into[at + i]! + counts[i]!, MAX_COUNT);
    return;
  }
  for (let k = 0; k < offsets.length; k++) {
    const i = at + offsets[k]!;
    into[i] = Math.min(into[i]! + counts[k]!, MAX_COUNT);
  }
}

/**
 * Whether a class with checks in `used` of `length` minutes is kept as those minutes
 * alone: when they are under a third of all (six bytes each against two a minute).
 */
export const keptSparse = (used: number, length: number): boolean => 3 * used < length;

/** The first index of ascending `offsets` at or after `minute`. */
export function lowerBound(offsets: Uint32Array, minute: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid]! < minute) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Minutes in [from, to) of a class's counts that have a check. */
export function minutesWithChecks(c: OutcomeCounts, from: number, to: number): number {
  if (c.offsets !== null) return lowerBound(c.offsets, to) - lowerBound(c.offsets, from);
  let used = 0;
  for (let i = from; i < to; i++) if (c.counts[i]! > 0) used++;
  return used;
}

/**
 * A class's counts in the smaller form: only the minutes with checks, or one count a
 * minute (`dense` itself, not a copy). Null when no minute has a check.
 */
export function compactCounts(outcome: number, dense: Uint16Array): OutcomeCounts | null {
  let used = 0;
  for (let i = 0; i < dense.length; i++) if (dense[i]! > 0) used++;
  if (used === 0) return null;
  if (!keptSparse(used, dense.length)) return { outcome, offsets: null, counts: dense };
  const offsets = new Uint32Array(used);
  const counts = new Uint16Array(used);
  let k = 0;
  for (let i = 0; i < dense.length; i++)
    if (dense[i]! > 0) {
      offsets[k] = i;
      counts[k++] = dense[i]!;
    }
  return { outcome, offsets, counts };
}

/** Minutes [from, to) of a class's counts, in the smaller form, offsets from `from`; null when none has a check. */
export function sliceCounts(c: OutcomeCounts, from: number, to: number): OutcomeCounts | null {
  const dense = new Uint16Array(to - from);
  if (c.offsets === null) dense.set(c.counts.subarray(from, to));
  else
    for (let k = lowerBound(c.offsets, from), end = lowerBound(c.offsets, to); k < end; k++)
      dense[c.offsets[k]! - from] = c.counts[k]!;
  return compactCounts(c.outcome, dense);
}

/**
 * The runs of minutes with a check of any class, as ascending [start, end) minute pairs
 * (epoch minutes), merged where they touch: as many as the data has, whatever its span.
 */
export function checkedRuns(p: Pick<ProbeMinutes, 'firstMinute' | 'classes'>): Float64Array {
  const stretches: number[] = [];
  for (const { offsets, counts } of p.classes) {
    if (offsets === null) {
      for (let i = 0; i < counts.length; ) {
        while (i < counts.length && counts[i] === 0) i++;
        if (i === counts.length) break;
        const end = nextZeroCount(counts, i);
        stretches.push(p.firstMinute + i, p.firstMinute + end);
        i = end;
      }
      continue;
    }
    for (let k = 0; k < offsets.length; ) {
      const start = offsets[k]!;
      let end = start + 1;
      for (k++; k < offsets.length && offsets[k] === end; k++) end++;
      stretches.push(p.firstMinute + start, p.firstMinute + end);
    }
  }
  return mergedRuns(stretches);
}

/** Stretches (flat [start, end) minute pairs, in any order, may overlap) as ascending runs merged where they touch. */
export function mergedRuns(stretches: readonly number[]): Float64Array {
  const runs = rangeHolding(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, stretches).pieces!;
  const out = new Float64Array(2 * runs.length);
  runs.forEach((r, k) => {
    out[2 * k] = r.startMinute;
    out[2 * k + 1] = r.endMinute;
  });
  return out;
}

/**
 * The monitor's checks up and down under the rules for each minute `range` holds (laid
 * out as its series), summed over the classes and saturating: built only where the range
 * holds minutes, never over the monitor's whole span.
 */
export function checkCountsOn(p: ProbeMinutes, rules: OutcomeRules, range: MinuteRange): CheckCounts {
  const length = heldLength(range);
  const up = new Uint16Array(length);
  const down = new Uint16Array(length);
  const written = new Set<Uint16Array>();
  const spanEnd = p.firstMinute + p.spanMinutes;
  for (const c of p.classes) {
    const into = isDownOutcome(c.outcome, rules) ? down : up;
    const { offsets, counts } = c;
    if (offsets === null) {
      // The first class into a series is copied, the others added.
      const fresh = !written.has(into);
      forEachHeld(range, p.firstMinute, spanEnd, (start, end, at) => {
        const from = start - p.firstMinute;
        if (fresh) into.set(counts.subarray(from, from + end - start), at);
        else
          for (let i = 0; i < end - start; i++)
            into[at + i] = Math.min(into[at + i]! + counts[from + i]!, MAX_COUNT);
      });
      written.add(into);
      continue;
    }
    const pieces = piecesOf(range);
    let k = 0;
    for (let j = 0; j < offsets.length; j++) {
      const minute = p.firstMinute + offsets[j]!;
      while (k < pieces.length && pieces[k]!.endMinute <= minute) k++;
      const piece = pieces[k];
      if (!piece || piece.startMinute > minute) continue;
      const i = piece.at + minute - piece.startMinute;
      into[i] = Math.min(into[i]! + counts[j]!, MAX_COUNT);
    }
    written.add(into);
  }
  return { up, down };
}
