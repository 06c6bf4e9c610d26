// Memoised series of one set of stored inputs, owned by whoever keeps those inputs
// between evaluations (the worker). Every entry is keyed by the input object itself, so
// an input that is dropped takes its entries with it, and a new cache forgets them all.
import type { CheckCounts } from './check-outcomes';
import type { MinuteRange } from './held';
import type { MonitorMinutes, ProbeMinutes } from './observations';

/** A monitor's minute states over the minutes its own data speaks of, independent of any period range. */
export interface OwnStates {
  range: MinuteRange;
  states: Uint8Array;
  /** The state and minute of the last check: a log that holds forever keeps it past `range`. */
  lastState: number;
  lastMinute: number;
}

/** Monitors combined over the minutes their data speaks of; what monitors holding forever show after them. */
export interface OwnService {
  span: MinuteRange;
  states: Uint8Array;
  tail: number;
}

export class EvaluationCache {
  /** Checks up and down per minute, per monitor, under the down codes and timeout rule last asked. */
  readonly checkCounts = new WeakMap<ProbeMinutes, { key: string; counts: CheckCounts }>();
  /** Runs of minutes holding checks, per monitor. */
  readonly checkRuns = new WeakMap<ProbeMinutes, Float64Array>();
  /** A monitor's states per minute rule. */
  readonly ownStates = new WeakMap<ProbeMinutes, Map<string, OwnStates>>();
  /** The combined service series per monitor set, by rule and combination, and per range. */
  readonly ownService = new WeakMap<readonly MonitorMinutes[], Map<string, OwnService>>();
  readonly service = new WeakMap<readonly MonitorMinutes[], { key: string; service: Uint8Array }>();
}
