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
export function lacksFingerprint(evaluation: Evaluation): boolean {
  return evaluation.inputs.some((i) => i.size !== undefined && !i.sha256);
}
