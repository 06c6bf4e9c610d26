// The scale case of `npm run bench`, inside a module worker as the app evaluates: a
// contract's probe checks generated straight into the reducer (no file to read), stored
// in IndexedDB as the import worker stores them, and later, in a fresh worker after the
// page reloads, loaded, then evaluated and re-evaluated after a policy change (two calls, so
// that the driver can count what each costs the whole browser). Driven by
// scale-page.ts and scripts/bench-scale.ts.
import * as Comlink from 'comlink';
import { EvaluationCache, evaluate } from '../../src/engine/evaluate';
import { chooseReading, type Policy, parsePolicy } from '../../src/engine/policy';
import { PRESETS } from '../../src/engine/presets';
import { MinuteReducer } from '../../src/ingest/reduce';
import { deleteAllData, openStore } from '../../src/storage';
import type { ContractInputs } from '../../src/storage/inputs';
import { evaluationOnWire, PostedMinutes } from '../../workers/evaluation-wire';

const START_MS = Date.UTC(2021, 0, 1);
const STEP_MS = 30_000;
const STEPS_PER_YEAR = 365 * 2880;
/** After the last generated day of five years, so every period is closed. */
const AS_OF = '2026-06-30';
const PRESET = 'clarus-lis';
/** One outage about every ten days per monitor, 1 to 20 minutes long. */
const MEAN_GAP_STEPS = 10 * 2880;

/** mulberry32, as the probe file's generator: the same data everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface Stored {
  checks: number;
  generateMs: number;
  saveMs: number;
  /** The browser's storage estimate grew by this much. */
  storedBytes: number;
}

export interface Evaluated {
  /** Loading the stored minutes (IndexedDB → typed arrays). */
  loadMs: number;
  /** The first evaluation on them. */
  firstEvaluateMs: number;
  /** Re-evaluation after the target changes (99.9 ↔ 99.5), the zone kept: median of 3. */
  targetChangeMs: number;
  /** Re-evaluation after the zone reading switches (Cairo ↔ fixed UTC+2): median of 3. */
  zoneChangeMs: number;
  periods: number;
  outages: number;
}

/** The inputs `load` read, until `evaluateLoaded` takes them. */
let loaded: ContractInputs | null = null;

const api = {
  async generate(storeName: string, monitors: number, years: number): Promise<Stored> {
    await deleteAllData(storeName);
    const before = (await navigator.storage.estimate()).usage ?? 0;
    const store = await openStore(storeName);
    const contractId = await store.addContract({
      name: `scale ${monitors}×${years}`,
      policy: { kind: 'preset', presetId: PRESET },
      timezone: 'Africa/Cairo',
      fee: 1000,
      currency: 'EGP',
      tier: null,
      effectiveDate: null,
    });
    const t0 = performance.now();
    const reducer = new MinuteReducer();
    const steps = Math.round(years * STEPS_PER_YEAR);
    for (let m = 0; m < monitors; m++) {
      const series = reducer.checkSeries('probes', `m${m}`);
      const rand = prng(m + 1);
      const offsetMs = m * 250;
      const late = prng(1000 + m);
      let downFrom = Math.floor(rand() * 2 * MEAN_GAP_STEPS);
      let downTo = downFrom + 2 + Math.floor(rand() * 40);
      for (let i = 0; i < steps; i++) {
        if (i >= downTo) {
          downFrom = i + Math.floor(rand() * 2 * MEAN_GAP_STEPS);
          downTo = downFrom + 2 + Math.floor(rand() * 40);
        }
        // As a prober writes them: HTTP 200, and 503 while the service is down, each check
        // up to a second late (its own response time), so no two gaps need be alike.
        series.add(START_MS + i * STEP_MS + offsetMs + Math.floor(late() * 1000), i >= downFrom ? 503 : 200);
      }
    }
    const checks = monitors * steps;
    const minutes = reducer.finish();
    const t1 = performance.now();
    await store.saveImport(contractId, {
      dataset: {
        name: 'generated.csv',
        size: checks * 36,
        kind: 'probes',
        mapping: {},
        where: [],
        whereNot: [],
        sourceZone: 'UTC',
        checksum: `generated-${monitors}-${years}`,
        filteredRows: 0,
      },
      minutes,
      checkTimes: (monitor, fromMs, toMs) => reducer.logBetween('probes', monitor, fromMs, toMs),
      exclusions: [],
      summary: {
        name: 'generated.csv',
        kind: 'probes',
        rows: checks,
        skippedRows: 0,
        monitors: minutes.map((m) => m.monitor),
        skipped: [],
      },
    });
    const t2 = performance.now();
    store.close();
    const after = (await navigator.storage.estimate()).usage ?? 0;
    return { checks, generateMs: t1 - t0, saveMs: t2 - t1, storedBytes: after - before };
  },

  /** What the app does first after a reload: the stored minutes loaded, kept for `evaluateLoaded`. */
  async load(storeName: string): Promise<{ loadMs: number }> {
    const store = await openStore(storeName);
    const [contract] = await store.listContracts();
    if (!contract) throw new Error('scale: no stored contract');
    const t0 = performance.now();
    const inputs = await store.loadContractInputs(contract.id);
    const loadMs = performance.now() - t0;
    store.close();
    loaded = inputs;
    return { loadMs };
  },

  /** The first evaluation of what `load` loaded, then re-evaluations after two policy changes. */
  evaluateLoaded(): Omit<Evaluated, 'loadMs'> {
    const inputs = loaded;
    if (!inputs) throw new Error('scale: nothing loaded');
    loaded = null;
    const preset = PRESETS[PRESET]!;
    // Each evaluation as the app's worker makes it and readies it for the page: with one
    // cache for the stored inputs, its per-minute arrays posted unless the page holds them
    // (it holds those of the evaluation before), its outages as columns.
    const cache = new EvaluationCache();
    const posted = new PostedMinutes();
    let pageHolds: number | null = null;
    const evaluated = (policy: Policy) => {
      const e = evaluate({ policy, ...inputs, holidays: [], asOf: AS_OF, cache });
      pageHolds = evaluationOnWire(e, posted, pageHolds).wire.minutes.id;
      return e;
    };
    const t1 = performance.now();
    const policy = parsePolicy(structuredClone(preset));
    const first = evaluated(policy);
    const t2 = performance.now();
    const timed = (run: () => void) => {
      const t = performance.now();
      run();
      return performance.now() - t;
    };
    // Each change three times over (alternating, so each run is a real change), the median taken.
    const targetRuns = [99.5, 99.9, 99.5].map((target) => timed(() => evaluated({ ...policy, target })));
    const zoneRuns = (['fixed', 'cairo', 'fixed'] as const).map((reading) =>
      timed(() => evaluated(chooseReading(preset, 'timezone', reading))),
    );
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    return {
      firstEvaluateMs: t2 - t1,
      targetChangeMs: median(targetRuns),
      zoneChangeMs: median(zoneRuns),
      periods: first.periods.length,
      outages: first.outages.length,
    };
  },

  async drop(storeName: string): Promise<void> {
    await deleteAllData(storeName);
  },
};

export type ScaleWorkerApi = typeof api;

Comlink.expose(api);
