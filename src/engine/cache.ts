// Memoised series of one set of stored inputs, owned by whoever keeps those inputs
// between evaluations (the worker). Every entry is keyed by the input object itself, so
// an input that is dropped takes its entries with it, and a new cache forgets them all.
import type { ExclusionVerdict } from './exclusions';
import type { MinuteRange } from './held';
import type { ExclusionRecord, MonitorMinutes, ProbeMinutes } from './observations';
import type { Outage } from './outages';
import type { Period } from './periods';
import type { StateRuns } from './state-runs';

/** What the minute rules measure of one set of inputs, shared by the evaluations that reuse it. */
export interface Measured {
  periods: readonly Period[];
  range: MinuteRange;
  service: Uint8Array;
  verdicts: readonly (ExclusionVerdict & { switchedOff: boolean })[];
  excluded: Uint8Array;
  outages: readonly Outage[];
  counted: Uint8Array;
}

export class EvaluationCache {
  /** Runs of minutes holding checks, per monitor. */
  readonly checkRuns = new WeakMap<ProbeMinutes, Float64Array>();
  /** A monitor's states as runs, per minute rule and down codes. */
  readonly ownStates = new WeakMap<ProbeMinutes, Map<string, StateRuns>>();
  /** Check and state logs combined as runs, independent of any period range, by rule and combination. */
  readonly ownService = new WeakMap<readonly MonitorMinutes[], Map<string, StateRuns>>();
  /** The service series over the last range asked. */
  readonly service = new WeakMap<readonly MonitorMinutes[], { key: string; service: Uint8Array }>();
  /** The last series measured, with the terms and exclusion records they were measured under. */
  readonly measured = new WeakMap<
    readonly MonitorMinutes[],
    { key: string; exclusions: readonly ExclusionRecord[]; measured: Measured }
  >();
}
