// Shared by the ingest tests: a monitor's checks per minute that were up and down, as the
// engine counts them from the stored outcome classes under a policy's down codes and
// timeout rule (SPEC §3's defaults unless given).
import {
  addCounts,
  type CheckCounts,
  checkCountsOn,
  type OutcomeRules,
} from '../../src/engine/check-outcomes';
import { wholeRange } from '../../src/engine/held';
import type { OutcomeCounts, ProbeMinutes } from '../../src/engine/observations';

export const DEFAULT_RULES: OutcomeRules = { downCodes: [{ from: 500, to: 599 }], timeoutIsDown: true };

/** Over the monitor's whole span, as the engine lays them out where a range holds minutes. */
export const upDown = (m: ProbeMinutes, rules: OutcomeRules = DEFAULT_RULES): CheckCounts =>
  checkCountsOn(m, rules, wholeRange(m.firstMinute, m.firstMinute + m.spanMinutes));

/** A class's counts with one count for every minute of the monitor's span, whichever form it is kept in. */
export function denseOf(c: OutcomeCounts, spanMinutes: number): Uint16Array {
  const out = new Uint16Array(spanMinutes);
  addCounts(out, c);
  return out;
}

/** Every class of a monitor as [outcome, its counts one a minute]. */
export const denseClasses = (m: ProbeMinutes): [number, Uint16Array][] =>
  m.classes.map((c) => [c.outcome, denseOf(c, m.spanMinutes)]);
