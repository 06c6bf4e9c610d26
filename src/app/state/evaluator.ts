// Keeps a contract's evaluation up to date through the evaluation worker: the latest request
// wins, at most one evaluation of a contract runs at a time, and a newer request waits for
// it. An evaluation that runs past its limit is stopped with the worker, so one contract
// with absurd data cannot keep every other contract's card waiting; the others, stopped
// with it, simply ask again.
import { type Accessor, createEffect, createSignal, onCleanup } from 'solid-js';
import type { Evaluation } from '../../engine/model';
import type { Policy } from '../../engine/policy';
import type { MinuteArrays } from '../components/types';
import {
  type EvaluateOutcome,
  evaluationBridge,
  type ImportBridge,
  type JobFailure,
  type WhatIfSwitches,
} from '../worker-bridge';

/** Far above a real contract's evaluation (tens of ms to a second or two). */
const EVALUATION_LIMIT_MS = 20_000;

export interface EvalRequest {
  contractId: number;
  policy: Policy;
  asOf: string;
  /** Anything whose change must re-evaluate (dataset ids, contract terms). */
  stamp: string;
  /** What-if switches, applied by the worker's evaluation. */
  whatIf?: WhatIfSwitches;
}

export type EvalState =
  | { status: 'idle' }
  | { status: 'running'; previous: Evaluated | null }
  | Evaluated
  | { status: 'failed'; error: EvalFailure };

export type EvalFailure =
  | JobFailure
  /** `error` is worded when shown (the worker crashed, say), `message` is its English. */
  | { type: 'unexpected'; message: string; error: unknown }
  | { type: 'tooLong'; seconds: number };

export interface Evaluated {
  status: 'evaluated';
  evaluation: Evaluation;
  /** The country whose built-in holidays could not be loaded, so none were counted; null when they were. */
  holidaysUnavailable: string | null;
  minutes: MinuteArrays;
  ms: number;
  /** The request this evaluation answers. */
  request: EvalRequest;
}

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

export function createEvaluator(
  request: Accessor<EvalRequest | null>,
  {
    bridge = evaluationBridge,
    limitMs = EVALUATION_LIMIT_MS,
  }: { bridge?: ImportBridge; limitMs?: number } = {},
): Accessor<EvalState> {
  const [state, setState] = createSignal<EvalState>({ status: 'idle' });
  let latest: EvalRequest | null = null;
  let busy = false;
  let disposed = false;

  const lastGood = (): Evaluated | null => {
    const s = state();
    return s.status === 'evaluated' ? s : s.status === 'running' ? s.previous : null;
  };

  async function pump(): Promise<void> {
    if (busy || disposed) return;
    const req = latest;
    if (!req) return;
    busy = true;
    setState({ status: 'running', previous: lastGood() });
    let outcome: EvaluateOutcome | null = null;
    let failure: EvalState | null = null;
    const started = performance.now();
    const limit = new AbortController();
    const timer = setTimeout(() => limit.abort(), limitMs);
    try {
      outcome = await bridge.evaluateContract(req.contractId, req.policy, req.asOf, {
        signal: limit.signal,
        ...(req.whatIf ? { whatIf: req.whatIf } : {}),
      });
    } catch (e) {
      // Stopped by its own limit: say so. Stopped with the worker for another contract's
      // overlong evaluation: simply ask again.
      if (limit.signal.aborted)
        failure = { status: 'failed', error: { type: 'tooLong', seconds: limitMs / 1000 } };
      else if (!isAbort(e))
        failure = {
          status: 'failed',
          error: { type: 'unexpected', message: (e as Error).message, error: e },
        };
    } finally {
      clearTimeout(timer);
    }
    busy = false;
    if (disposed) return;
    // The latest request takes this answer, also when it was made again while this one
    // ran, asking the same (the stored data blinked out of reach for a moment, say, as a
    // dataset's row was updated), rather than a second evaluation.
    if (latest !== null && requestKey(latest) === requestKey(req)) {
      if (outcome?.status === 'evaluated')
        setState({
          status: 'evaluated',
          evaluation: outcome.evaluation,
          holidaysUnavailable: outcome.holidaysUnavailable,
          minutes: outcome.evaluation,
          ms: performance.now() - started,
          request: req,
        });
      else if (outcome?.status === 'failed') setState({ status: 'failed', error: outcome.error });
      else if (failure) setState(failure);
      else return void pump();
      latest = null;
      return;
    }
    void pump();
  }

  createEffect(() => {
    const req = request();
    if (!req) return;
    latest = req;
    void pump();
  });
  onCleanup(() => {
    disposed = true;
  });
  return state;
}

/** A stable text of what a request depends on, for comparing requests. */
export function requestKey(r: EvalRequest): string {
  return `${r.contractId}|${r.asOf}|${r.stamp}|${JSON.stringify(r.whatIf ?? null)}|${JSON.stringify(r.policy)}`;
}
