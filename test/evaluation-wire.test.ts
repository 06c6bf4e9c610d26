// The evaluation as the worker posts it and the page reads it back: the same evaluation,
// field for field, with its outages (the whole service's and each scope's) as columns,
// and its per-minute arrays posted only when the page does not hold the same ones.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EvaluationCache, evaluate } from '../src/engine/evaluate';
import type { Evaluation } from '../src/engine/model';
import { effectivePolicy, type Policy, parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { loadCsv } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';
import {
  evaluationFromWire,
  evaluationOnWire,
  type HeldMinutes,
  PostedMinutes,
} from '../workers/evaluation-wire';

/** A probe file read for `policy`, as an evaluation takes it on `asOf`. */
function inputsOf(policy: Policy, file: string, asOf: string) {
  const reducer = new MinuteReducer();
  const loaded = loadCsv(
    file,
    new Uint8Array(readFileSync(file)),
    { kind: 'probes', sourceZone: effectivePolicy(policy).timezone },
    reducer,
  );
  return { monitors: reducer.finish(), exclusions: [], inputs: [loaded.summary], asOf };
}

const evaluated = (policy: Policy, file: string, asOf: string): Evaluation =>
  evaluate({ policy, ...inputsOf(policy, file, asOf) });

/** Posted as the worker posts it (its buffers moved), and read as the page reads it. */
function roundTrip(
  e: Evaluation,
  posted = new PostedMinutes(),
  held: HeldMinutes | null = null,
): { back: Evaluation; moved: number; held: HeldMinutes } {
  const { wire, moved } = evaluationOnWire(e, posted, held?.id ?? null);
  const read = evaluationFromWire(structuredClone(wire, { transfer: moved }), held);
  return { back: read.evaluation, moved: moved.length, held: read.held };
}

describe('an evaluation on its way to the page', () => {
  it('comes back the same, its outages and per-minute arrays included', () => {
    // Outages from 5 minutes: some of the sample's qualify, some do not.
    const policy = { ...parsePolicy(PRESETS['clarus-lis']), minOutageMinutes: 5 };
    const e = evaluated(policy, 'public/samples/clarus-lis/probes.csv', '2026-11-21');
    const expected = structuredClone(e);
    expect(e.outages.length).toBeGreaterThan(10);
    expect(e.outages.some((o) => o.qualifies) && e.outages.some((o) => !o.qualifies)).toBe(true);
    const { back, moved } = roundTrip(e);
    expect(back).toStrictEqual(expected);
    // Copies of the three per-minute arrays and the outages' two columns are moved; the
    // evaluation keeps its own arrays, which the worker's cache shares with later ones.
    expect(moved).toBe(5);
    expect(e.service).toEqual(expected.service);
    expect(e.counted.byteLength).toBe(expected.counted.byteLength);
  });

  it('brings each scope’s outages back with it', () => {
    const policy = parsePolicy(
      JSON.parse(readFileSync('public/policies/google-cloud-functions.json', 'utf8')),
    );
    const e = evaluated(policy, 'test/fixtures/policies/gcf-executions.csv', '2026-04-15');
    expect(e.scopes?.length).toBe(2);
    expect(e.scopes!.every((s) => s.outages.length > 0)).toBe(true);
    const expected = structuredClone(e);
    const { back, moved } = roundTrip(e);
    expect(back).toStrictEqual(expected);
    expect(moved).toBe(3 + 2 * 3);
  });

  describe('its per-minute arrays', () => {
    // The sample as in one worker: one cache, one record of what was posted.
    const base = parsePolicy(PRESETS['clarus-lis']);
    const inputs = inputsOf(base, 'public/samples/clarus-lis/probes.csv', '2026-11-21');
    const cache = new EvaluationCache();
    const posted = new PostedMinutes();
    const first = evaluate({ policy: base, ...inputs, cache });
    const sent = roundTrip(first, posted);

    it('go with the first evaluation', () => {
      expect(sent.moved).toBe(5);
      expect(sent.held.id).toBe(1);
      expect(Buffer.compare(sent.back.counted, first.counted)).toBe(0);
    });

    it('stay with the page when a target change reuses them, and the page reads the same evaluation', () => {
      const e = evaluate({ policy: { ...base, target: 99 }, ...inputs, cache });
      expect(e.service).toBe(first.service);
      const expected = structuredClone(e);
      const again = roundTrip(e, posted, sent.held);
      // Only the outages' two columns move.
      expect(again.moved).toBe(2);
      expect(again.held).toBe(sent.held);
      expect(again.back.service).toBe(sent.held.series.service);
      expect(again.back).toStrictEqual(expected);
    });

    it('go again to a page that holds none, or other ones', () => {
      const e = evaluate({ policy: { ...base, target: 99.5 }, ...inputs, cache });
      expect(roundTrip(e, posted, null).moved).toBe(5);
      const other: HeldMinutes = { id: 7, series: sent.held.series };
      expect(roundTrip(e, posted, other)).toMatchObject({ moved: 5, held: { id: 1 } });
    });

    it('go under a new name when the series are measured again', () => {
      const e = evaluate({ policy: { ...base, minOutageMinutes: 5 }, ...inputs, cache });
      const expected = structuredClone(e);
      const changed = roundTrip(e, posted, sent.held);
      expect(changed.moved).toBe(5);
      expect(changed.held.id).toBe(2);
      expect(changed.back).toStrictEqual(expected);
    });

    it('are refused when the page does not hold the ones named', () => {
      const e = evaluate({ policy: { ...base, minOutageMinutes: 5 }, ...inputs, cache });
      const { wire } = evaluationOnWire(e, posted, 2);
      expect(wire.minutes).toEqual({ id: 2, series: null });
      expect(() => evaluationFromWire(wire, { id: 1, series: sent.held.series })).toThrow(
        'the evaluation names per-minute arrays 2, which the page does not hold',
      );
    });
  });
});
