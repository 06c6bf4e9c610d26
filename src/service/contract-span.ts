// A contract's monitoring, however many files it came in, may span at most as long as one
// monitor may: the evaluation holds every minute from the first period to the last, so a
// file of stray dates decades from the rest would otherwise cost memory for the span
// between them rather than for its data.
import type { MonitorMinutes } from '../engine/observations';
import { DAY_MS, formatDate, localDate, MINUTE_MS } from '../engine/time';
import { LIMITS } from '../ingest/reduce';
import { InputError } from '../ingest/stream-input';
import { clip } from '../ingest/timestamps';
import type { EvaluationSources } from './inputs';

interface End {
  ms: number;
  monitor: string;
}

function endsOf(m: MonitorMinutes): [End, End] | null {
  if (m.kind === 'events') {
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const s of m.spans) {
      first = Math.min(first, s.coverage?.startMs ?? s.firstMs);
      last = Math.max(last, s.coverage?.endMs ?? s.lastMs);
    }
    return Number.isFinite(first)
      ? [
          { ms: first, monitor: m.monitor },
          { ms: last, monitor: m.monitor },
        ]
      : null;
  }
  if (m.spanMinutes <= 0) return null;
  return [
    { ms: m.firstMinute * MINUTE_MS, monitor: m.monitor },
    { ms: (m.firstMinute + m.spanMinutes - 1) * MINUTE_MS, monitor: m.monitor },
  ];
}

/** Refuses monitoring spread over more days than one monitor may span, naming the file at the far end. */
export function checkContractSpan(sources: EvaluationSources): void {
  let first: End | null = null;
  let last: End | null = null;
  for (const m of sources.monitors) {
    const ends = endsOf(m);
    if (!ends) continue;
    if (first === null || ends[0].ms < first.ms) first = ends[0];
    if (last === null || ends[1].ms > last.ms) last = ends[1];
  }
  if (first === null || last === null) return;
  const days = Math.floor(last.ms / DAY_MS) - Math.floor(first.ms / DAY_MS) + 1;
  if (days <= LIMITS.spanDays) return;
  // The file holding the later end is named: stray dates are most often far in the future.
  const file = sources.inputs.find((i) => i.monitors.includes(last.monitor))?.name ?? last.monitor;
  const day = (ms: number) => formatDate(localDate('UTC', ms));
  throw new InputError(
    file,
    null,
    `the contract's monitoring runs from ${day(first.ms)} (monitor "${clip(first.monitor)}") to ${day(last.ms)} (monitor "${clip(last.monitor)}"), ${days} days; a contract may span at most 20 years (${LIMITS.spanDays} days): remove the file with the stray dates or split the contract`,
  );
}
