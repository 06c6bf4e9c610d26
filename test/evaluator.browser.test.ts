// The page's evaluator: an evaluation that runs past its limit is stopped and says so,
// while other contracts' evaluations, stopped with the shared worker, ask again and finish.
import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createEvaluator, type EvalRequest, type EvalState } from '../src/app/state/evaluator';
import type { EvaluateOutcome, ImportBridge } from '../src/app/worker-bridge';
import { PRESETS } from '../src/engine/presets';

const until = async (ok: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** A stand-in worker bridge that only evaluates, as given. */
const evaluatingBridge = (evaluateContract: ImportBridge['evaluateContract']): ImportBridge => ({
  importFile: () => Promise.reject(new Error('not used')),
  builtInHolidays: () => Promise.reject(new Error('not used')),
  openBundle: () => Promise.reject(new Error('not used')),
  sniffFile: () => Promise.reject(new Error('not used')),
  fingerprintsSettled: () => Promise.resolve(),
  prepareEvaluation: () => Promise.resolve(),
  prepareImport: () => Promise.resolve(),
  evaluateContract,
  stop: () => {},
});

/** A stand-in worker: contract 1 never finishes; stopping it stops every call in flight, as terminating the worker does. */
function stuckWorker() {
  const inFlight = new Set<(e: Error) => void>();
  let calls = 0;
  const bridge = evaluatingBridge(
    (contractId, _policy, _asOf, hooks = {}) =>
      new Promise<EvaluateOutcome>((resolve, reject) => {
        calls++;
        inFlight.add(reject);
        hooks.signal?.addEventListener('abort', () => {
          for (const r of inFlight) r(new DOMException('stopped', 'AbortError'));
          inFlight.clear();
        });
        if (contractId === 2)
          setTimeout(() => {
            inFlight.delete(reject);
            resolve({ status: 'failed', error: { type: 'request', message: 'answered' } });
          }, 150);
      }),
  );
  return { bridge, calls: () => calls };
}

const request = (contractId: number): EvalRequest => ({
  contractId,
  policy: PRESETS.medos!,
  asOf: '2026-11-21',
  stamp: '',
});

describe('createEvaluator', () => {
  it('stops an overlong evaluation and names it; the other contract asks again and is answered', async () => {
    const { bridge, calls } = stuckWorker();
    const states: (() => EvalState)[] = [];
    const dispose = createRoot((d) => {
      const [one] = createSignal(request(1));
      const [two] = createSignal(request(2));
      states.push(
        createEvaluator(one, { bridge, limitMs: 100 }),
        createEvaluator(two, { bridge, limitMs: 5000 }),
      );
      return d;
    });
    await until(() => states[0]!().status === 'failed' && states[1]!().status === 'failed');
    expect(states[0]!()).toEqual({ status: 'failed', error: { type: 'tooLong', seconds: 0.1 } });
    expect(states[1]!()).toEqual({ status: 'failed', error: { type: 'request', message: 'answered' } });
    // Contract 2 was stopped once with the worker and asked again.
    expect(calls()).toBe(3);
    dispose();
  });

  it('a request asked again while it runs, the same in all but identity, is evaluated once', async () => {
    let calls = 0;
    let answer: ((o: EvaluateOutcome) => void) | null = null;
    const bridge = evaluatingBridge(
      () =>
        new Promise<EvaluateOutcome>((resolve) => {
          calls++;
          answer = resolve;
        }),
    );
    let state: () => EvalState = () => ({ status: 'idle' });
    const [req, setReq] = createSignal<EvalRequest | null>(request(2));
    const dispose = createRoot((d) => {
      state = createEvaluator(req, { bridge });
      return d;
    });
    await until(() => calls === 1);
    // As the page's request does when the stored datasets are read again: none for a
    // moment, then an equal request as a new object.
    setReq(null);
    setReq(request(2));
    answer!({ status: 'failed', error: { type: 'request', message: 'answered' } });
    await until(() => state().status === 'failed');
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toBe(1);
    expect(state()).toEqual({ status: 'failed', error: { type: 'request', message: 'answered' } });

    // A request that does differ is evaluated after it.
    setReq({ ...request(2), stamp: 'another dataset' });
    await until(() => calls === 2);
    dispose();
  });
});
