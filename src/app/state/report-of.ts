// What the page shows of an evaluation state: the new evaluation, or the last one while a
// newer one runs (so the page does not flicker on every change); and whether it lists every
// file read with its SHA-256, which the letter and the report wait for.
import type { Evaluation } from '../../engine/model';
import type { EvalState, Evaluated } from './evaluator';

export function shownEvaluation(s: EvalState): Evaluated | null {
  if (s.status === 'evaluated') return s;
  if (s.status === 'running') return s.previous;
  return null;
}

/** Whether a file the evaluation read is listed without its SHA-256, which may still be coming. */
function lacksFingerprint(evaluation: Evaluation): boolean {
  return evaluation.inputs.some((i) => i.size !== undefined && !i.sha256);
}

/**
 * Waits, where the evaluation lists a file without its SHA-256, until `fingerprinted`
 * settles (or fails: then none is coming), with `waiting` on meanwhile; null, at once,
 * where there is nothing to wait for. What the letter and the report's download do before
 * a claim goes out.
 */
export function awaitFingerprints(
  evaluation: Evaluation,
  fingerprinted: (() => Promise<void>) | undefined,
  waiting: (on: boolean) => void,
): Promise<void> | null {
  if (!fingerprinted || !lacksFingerprint(evaluation)) return null;
  waiting(true);
  return fingerprinted()
    .catch(() => {})
    .then(() => waiting(false));
}
