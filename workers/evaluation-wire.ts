// An evaluation on its way from the evaluation worker to the page. Its outages travel as
// columns: structured clone took about 90 ms, between the two threads, for the 43 000
// outage objects of a harsh year (the benchmark's), on every evaluation; their columns
// move in a few, and the page makes the objects again in about 20. Everything else
// (periods, credits, tickets) is small and goes as it is. The per-minute arrays (a few
// megabytes each for years of data) are the worker's cached series: copies of them move,
// and only when the page does not already hold the same ones, as after a change of target
// or credit, which reuses the series.
import type { Evaluation, OutageFinding, ScopeEvaluation } from '../src/engine/model';
import type { EvaluateOutcome } from './outcomes';

/** A list of outages, a row per outage: six numbers each, and whether it qualifies. */
export interface OutageColumns {
  /** id, startMs, endMs, minutes, excludedMinutes, countedMinutes (all exact in a double). */
  numbers: Float64Array<ArrayBuffer>;
  qualifies: Uint8Array<ArrayBuffer>;
}

type WithColumns<T extends { outages: OutageFinding[] }> = Omit<T, 'outages'> & { outages: OutageColumns };

/** An evaluation's per-minute arrays. */
export type MinuteSeries = Pick<Evaluation, 'service' | 'excluded' | 'counted'>;

/** Per-minute arrays the page holds, under the worker's name for them. */
export interface HeldMinutes {
  id: number;
  series: MinuteSeries;
}

/** An evaluation's per-minute arrays as posted: their name, and the arrays unless the page holds them. */
export interface MinutesOnWire {
  id: number;
  series: MinuteSeries | null;
}

export type EvaluationOnWire = WithColumns<Omit<Evaluation, 'scopes' | keyof MinuteSeries>> & {
  minutes: MinutesOnWire;
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
 * The per-minute arrays a worker has posted, each set named once: arrays the page says it
 * holds under that name go as the name alone. A set is the same only as the same three
 * arrays, which the worker's cache never changes once made.
 */
export class PostedMinutes {
  private last: HeldMinutes | null = null;
  private named = 0;

  post(series: MinuteSeries, pageHolds: number | null, moved: Transferable[]): MinutesOnWire {
    const last = this.last;
    const same =
      last !== null &&
      last.series.service === series.service &&
      last.series.excluded === series.excluded &&
      last.series.counted === series.counted;
    const id = same ? last.id : ++this.named;
    if (!same) this.last = { id, series };
    if (same && pageHolds === id) return { id, series: null };
    const copies = {
      service: series.service.slice(),
      excluded: series.excluded.slice(),
      counted: series.counted.slice(),
    };
    moved.push(copies.service.buffer, copies.excluded.buffer, copies.counted.buffer);
    return { id, series: copies };
  }
}

/**
 * The evaluation as it is posted, and the buffers to move rather than copy; `pageHolds`
 * names the per-minute arrays the page holds (null: none).
 */
export function evaluationOnWire(
  e: Evaluation,
  posted: PostedMinutes,
  pageHolds: number | null,
): { wire: EvaluationOnWire; moved: Transferable[] } {
  const { outages, scopes, service, excluded, counted, ...rest } = e;
  const moved: Transferable[] = [];
  const minutes = posted.post({ service, excluded, counted }, pageHolds, moved);
  const wire: EvaluationOnWire = { ...rest, minutes, outages: columnsOf(outages, moved) };
  if (scopes) wire.scopes = scopes.map((s) => ({ ...s, outages: columnsOf(s.outages, moved) }));
  return { wire, moved };
}

/**
 * The evaluation the page reads, from what was posted and the per-minute arrays the page
 * said it held when it asked; also the arrays it holds now.
 */
export function evaluationFromWire(
  w: EvaluationOnWire,
  held: HeldMinutes | null,
): { evaluation: Evaluation; held: HeldMinutes } {
  const { outages, scopes, minutes, ...rest } = w;
  let now: HeldMinutes;
  if (minutes.series) now = { id: minutes.id, series: minutes.series };
  else if (held?.id === minutes.id) now = held;
  else throw new Error(`the evaluation names per-minute arrays ${minutes.id}, which the page does not hold`);
  const evaluation: Evaluation = { ...rest, ...now.series, outages: outagesOf(outages) };
  if (scopes) evaluation.scopes = scopes.map((s) => ({ ...s, outages: outagesOf(s.outages) }));
  return { evaluation, held: now };
}
