// Shared by the benchmark's Node section and its Chromium worker: the import options the
// probe file is read with, and the re-evaluation figures (a policy switch on minutes
// already reduced, without reading the file again): the zone reading, and the down codes,
// which before checks were kept by outcome class took reading the file again.
import { EvaluationCache, evaluate } from '../../src/engine/evaluate';
import type { ExclusionRecord, InputSummary, MonitorMinutes } from '../../src/engine/observations';
import { chooseReading, type Policy } from '../../src/engine/policy';
import { PRESETS } from '../../src/engine/presets';
import type { LoadOptions } from '../../src/ingest/stream-input';

/** How the benchmark reads its probe file in every environment. */
export const PROBE_OPTIONS: LoadOptions = {
  kind: 'probes',
  sourceZone: 'UTC',
};

/** After the probe file's last day (2025-12-13 for 10 M rows), so every period is closed. */
const AS_OF = '2026-06-30';
const PRESET = 'clarus-lis';
const RUNS = 5;

export interface Reevaluation {
  /** Median of the runs: chooseReading plus evaluate, each on a fresh policy object. */
  reevalMs: number;
  /** The first evaluation (the preset as written), which also warms the code and the caches. */
  reevalFirstMs: number;
  reevalRunsMs: number[];
  /** Median of the runs after a down-code change (HTTP 503 down, then not), zone kept. */
  downCodesReevalMs: number;
  downCodesRunsMs: number[];
}

/** Clarus LIS with HTTP 503 down (as written) or not. */
const withDownCodes = (policy: Policy, count503: boolean): Policy => ({
  ...policy,
  downCodes: count503
    ? [{ from: 500, to: 599 }]
    : [
        { from: 500, to: 502 },
        { from: 504, to: 599 },
      ],
});

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Evaluates clarus-lis once (warm), then five times after switching its timezone
 * interpretation, alternating fixed UTC+2 and Cairo civil time so that every run is a
 * real switch (and the zone change defeats the service-series cache each time). The
 * monitors array is the same object throughout, as the app keeps it.
 */
export function measureReevaluation(
  monitors: readonly MonitorMinutes[],
  exclusions: readonly ExclusionRecord[],
  inputs: readonly InputSummary[],
): Reevaluation {
  const preset = PRESETS[PRESET];
  if (!preset) throw new Error(`no preset ${PRESET}`);
  // The cache lives as long as the monitors, as the worker keeps it.
  const cache = new EvaluationCache();
  let t = performance.now();
  const first = evaluate({
    policy: structuredClone(preset),
    monitors,
    exclusions,
    inputs,
    asOf: AS_OF,
    cache,
  });
  const reevalFirstMs = performance.now() - t;
  if (first.periods.length === 0) throw new Error('re-evaluation: the report has no periods');
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    const policy = chooseReading(preset, 'timezone', i % 2 === 0 ? 'fixed' : 'cairo');
    evaluate({ policy, monitors, exclusions, inputs, asOf: AS_OF, cache });
    runs.push(performance.now() - t);
  }
  // The down codes: the checks' outcome classes are summed anew into up and down.
  const fixed = chooseReading(preset, 'timezone', 'fixed');
  const downCodesRuns: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    // The zone of the last run above is kept, so only the down codes change.
    evaluate({ policy: withDownCodes(fixed, i % 2 === 1), monitors, exclusions, inputs, asOf: AS_OF, cache });
    downCodesRuns.push(performance.now() - t);
  }
  return {
    reevalMs: median(runs),
    reevalFirstMs,
    reevalRunsMs: runs,
    downCodesReevalMs: median(downCodesRuns),
    downCodesRunsMs: downCodesRuns,
  };
}
