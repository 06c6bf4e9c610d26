// Memoised series of one set of stored inputs, owned by whoever keeps those inputs
// between evaluations (the worker). Every entry is keyed by the input object itself, so
// an input that is dropped takes its entries with it, and a new cache forgets them all.
import type { MonitorMinutes, ProbeMinutes } from './observations';
import type { StateRuns } from './state-runs';

export class EvaluationCache {
  /** Runs of minutes holding checks, per monitor. */
  readonly checkRuns = new WeakMap<ProbeMinutes, Float64Array>();
  /** A monitor's states as runs, per minute rule and down codes. */
  readonly ownStates = new WeakMap<ProbeMinutes, Map<string, StateRuns>>();
  /** Check and state logs combined as runs, independent of any period range, by rule and combination. */
  readonly ownService = new WeakMap<readonly MonitorMinutes[], Map<string, StateRuns>>();
  /** The service series over the last range asked. */
  readonly service = new WeakMap<readonly MonitorMinutes[], { key: string; service: Uint8Array }>();
}
