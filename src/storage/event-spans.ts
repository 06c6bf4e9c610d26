// An event log covers, for every monitor it names, the months its events span (SPEC §3):
// each monitor's span is the whole log's. Event rows stored or exported before the reader
// gave it so carry each monitor's own events' span; these widen them to the log's.
import { widenSpan } from '../engine/observations';
import type { EventRow } from './rows';

type Span = EventRow['spans'][number];

/**
 * Gives every row of one log (rows with one `logOf`) the log's span where its span is
 * the events' own (no coverage of its own); spans a log's file stated keep theirs.
 */
export function withLogSpans<R extends { spans: Span[] }>(
  rows: readonly R[],
  logOf: (row: R) => number,
): R[] {
  const logs = new Map<number, { firstMs: number; lastMs: number }>();
  for (const r of rows)
    for (const s of r.spans) if (s.coverage === null) widenSpan(logs, logOf(r), s.firstMs, s.lastMs);
  return rows.map((r) => {
    const log = logs.get(logOf(r));
    if (!log || !r.spans.some((s) => s.coverage === null)) return r;
    const spans = [...r.spans.filter((s) => s.coverage !== null), { ...log, coverage: null }];
    return { ...r, spans: spans.sort((a, b) => a.firstMs - b.firstMs || a.lastMs - b.lastMs) };
  });
}
