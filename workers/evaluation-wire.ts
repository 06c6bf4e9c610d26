// An evaluation on its way from the evaluation worker to the page. Its outages travel as
// columns: structured clone took about 90 ms, between the two threads, for the 43 000
// outage objects of a harsh year (the benchmark's), on every evaluation; their columns
// move in a few, and the page makes the objects again in about 20. Everything else
// (periods, credits, tickets) is small and goes as it is; the per-minute arrays move.
import type { Evaluation, OutageFinding, ScopeEvaluation } from '../src/engine/model';
import type { EvaluateOutcome } from './outcomes';

/** A list of outages, a row per outage: six numbers each, and whether it qualifies. */
export interface OutageColumns {
  /** id, startMs, endMs, minutes, excludedMinutes, countedMinutes (all exact in a double). */
  numbers: Float64Array<ArrayBuffer>;
  qualifies: Uint8Array<ArrayBuffer>;
}

type WithColumns<T extends { outages: OutageFinding[] }> = Omit<T, 'outages'> & { outages: OutageColumns };

export type EvaluationOnWire = WithColumns<Omit<Evaluation, 'scopes'>> & {
  scopes?: WithColumns<ScopeEvaluation>[];
};

/** An evaluation outcome as the worker posts it. */
export type EvaluateOutcomeOnWire =
  | (Omit<Extract<EvaluateOutcome, { status: 'evaluated' }>, 'evaluation'> & { evaluation: EvaluationOnWire })
  | Extract<EvaluateOutcome, { status: 'failed' }>;

const FIELDS = 6;

function columnsOf(outages: readonly OutageFinding[], moved: Transferable[]): OutageColumns {
  const numbers = new Float64Array(outages.length * FIELDS);
  const qualifies = new Uint8Array(outages.length);
  outages.forEach((o, i) => {
    const at = i * FIELDS;
    numbers[at] = o.id;
    numbers[at + 1] = o.startMs;
    numbers[at + 2] = o.endMs;
    numbers[at + 3] = o.minutes;
    numbers[at + 4] = o.excludedMinutes;
    numbers[at + 5] = o.countedMinutes;
    qualifies[i] = o.qualifies ? 1 : 0;
  });
  moved.push(numbers.buffer, qualifies.buffer);
  return { numbers, qualifies };
}

function outagesOf({ numbers, qualifies }: OutageColumns): OutageFinding[] {
  const outages: OutageFinding[] = new Array(qualifies.length);
  for (let i = 0; i < qualifies.length; i++) {
    const at = i * FIELDS;
    outages[i] = {
      id: numbers[at]!,
      startMs: numbers[at + 1]!,
      endMs: numbers[at + 2]!,
      minutes: numbers[at + 3]!,
      qualifies: qualifies[i] === 1,
      excludedMinutes: numbers[at + 4]!,
      countedMinutes: numbers[at + 5]!,
    };
  }
  return outages;
}

/**
 * The evaluation as it is posted, and the buffers to move rather than copy. Its per-minute
 * arrays are the worker's cached series, which later evaluations reuse: copies of them move.
 */
export function evaluationOnWire(e: Evaluation): { wire: EvaluationOnWire; moved: Transferable[] } {
  const { outages, scopes, service, excluded, counted, ...rest } = e;
  const minutes = { service: service.slice(), excluded: excluded.slice(), counted: counted.slice() };
  const moved: Transferable[] = [minutes.service.buffer, minutes.excluded.buffer, minutes.counted.buffer];
  const wire: EvaluationOnWire = { ...rest, ...minutes, outages: columnsOf(outages, moved) };
  if (scopes) wire.scopes = scopes.map((s) => ({ ...s, outages: columnsOf(s.outages, moved) }));
  return { wire, moved };
}

/** The evaluation the page reads, from what was posted. */
export function evaluationFromWire(w: EvaluationOnWire): Evaluation {
  const { outages, scopes, ...rest } = w;
  const e: Evaluation = { ...rest, outages: outagesOf(outages) };
  if (scopes) e.scopes = scopes.map((s) => ({ ...s, outages: outagesOf(s.outages) }));
  return e;
}
