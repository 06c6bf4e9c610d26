// The evaluation as the worker posts it and the page reads it back: the same evaluation,
// field for field, with its outages (the whole service's and each scope's) as columns.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine/evaluate';
import type { Evaluation } from '../src/engine/model';
import { effectivePolicy, type Policy, parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { loadCsv } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';
import { evaluationFromWire, evaluationOnWire } from '../workers/evaluation-wire';

function evaluated(policy: Policy, file: string, asOf: string): Evaluation {
  const reducer = new MinuteReducer();
  const loaded = loadCsv(
    file,
    new Uint8Array(readFileSync(file)),
    { kind: 'probes', sourceZone: effectivePolicy(policy).timezone },
    reducer,
  );
  return evaluate({ policy, monitors: reducer.finish(), exclusions: [], inputs: [loaded.summary], asOf });
}

/** Posted as the worker posts it (its buffers moved), and read as the page reads it. */
function roundTrip(e: Evaluation): { back: Evaluation; moved: number } {
  const { wire, moved } = evaluationOnWire(e);
  return { back: evaluationFromWire(structuredClone(wire, { transfer: moved })), moved: moved.length };
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
});
