// Support tickets from CSV (`id, severity, opened_at, first_response_at, resolved_at,
// report_published_at`): unusable rows are skipped and reported like any other input.
import { type InputSummary, SKIPPED_EXAMPLES, type SkippedRow } from '../engine/observations';
import { normaliseSeverity, type TicketRecord } from '../engine/tickets';
import { columnList, HEADER_AGAIN, isHeaderAgain } from './columns';
import { InputError } from './load';
import { TICKET_COLUMNS } from './record-columns';
import { smallFileText, smallTable } from './small-table';
import { clip, parseTimestamp } from './timestamps';

const COLUMNS = TICKET_COLUMNS;

export interface TicketLoad {
  tickets: TicketRecord[];
  summary: InputSummary;
}

/**
 * `severityMap` maps a file's own labels (case-insensitive) to P0…P4 before the defaults;
 * `columns` names the file's column for a ticket column (`opened_at` → `Created`).
 */
export function loadTickets(
  name: string,
  bytes: Uint8Array,
  sourceZone: string,
  severityMap: Readonly<Record<string, string>> = {},
  columns: Readonly<Record<string, string>> = {},
): TicketLoad {
  const text = smallFileText(name, bytes, 'a CSV text file');
  const { header, at, rows } = smallTable(
    name,
    text,
    COLUMNS,
    ['id', 'severity', 'openedAt'],
    (missing, header) => `no ${missing.map((r) => COLUMNS[r][0]).join(', ')} column (${columnList(header)})`,
    columns,
  );
  const map = new Map(Object.entries(severityMap).map(([k, v]) => [k.trim().toLowerCase(), v]));
  const tickets: TicketRecord[] = [];
  /** The line each ticket id was read on: a second row of one ticket would be judged twice. */
  const lineOfId = new Map<string, number>();
  const skipped: SkippedRow[] = [];
  let skippedRows = 0;
  const skip = (line: number, reason: string) => {
    skippedRows++;
    if (skipped.length < SKIPPED_EXAMPLES) skipped.push({ line, reason });
  };
  for (const { line, fields } of rows) {
    if (fields.length !== header.length) {
      skip(line, `expected ${header.length} fields, found ${fields.length}`);
      continue;
    }
    if (isHeaderAgain(fields, header)) {
      skip(line, HEADER_AGAIN);
      continue;
    }
    const id = fields[at.id]!.trim();
    if (!id) {
      skip(line, 'empty id');
      continue;
    }
    const first = lineOfId.get(id);
    if (first !== undefined) {
      skip(line, `the id of the ticket on line ${first} again (each ticket is judged once)`);
      continue;
    }
    const rawSeverity = fields[at.severity]!.trim();
    const severity = map.get(rawSeverity.toLowerCase()) ?? normaliseSeverity(rawSeverity);
    if (!severity) {
      skip(line, 'unknown severity (expected P0–P4, or a word such as critical, high, medium or low)');
      continue;
    }
    const times: Record<string, number | null> = {};
    let bad: string | null = null;
    for (const role of ['openedAt', 'firstResponseAt', 'resolvedAt', 'reportPublishedAt'] as const) {
      const raw = at[role] >= 0 ? fields[at[role]]!.trim() : '';
      if (raw === '') {
        if (role === 'openedAt') bad = 'empty opened_at';
        times[role] = null;
        continue;
      }
      const t = parseTimestamp(raw, sourceZone);
      if (!t.ok) {
        bad = `${clip(header[at[role]]!.trim())}: ${t.reason}`;
        break;
      }
      times[role] = t.ms;
    }
    if (bad) {
      skip(line, bad);
      continue;
    }
    if (times.firstResponseAt !== null && times.firstResponseAt! < times.openedAt!) {
      skip(line, 'first response before opened');
      continue;
    }
    // A resolution before the ticket was opened would meet any target and start the report's
    // clock before the incident: a row that cannot be right, not a fast fix.
    if (times.resolvedAt !== null && times.resolvedAt! < times.openedAt!) {
      skip(line, 'resolved before opened');
      continue;
    }
    lineOfId.set(id, line);
    tickets.push({
      id,
      severity,
      openedAtMs: times.openedAt!,
      firstResponseAtMs: times.firstResponseAt ?? null,
      resolvedAtMs: times.resolvedAt ?? null,
      reportPublishedAtMs: times.reportPublishedAt ?? null,
      source: name.split(/[\\/]/).pop() ?? name,
      line,
    });
  }
  if (tickets.length === 0)
    throw new InputError(
      name,
      null,
      skippedRows
        ? `no usable rows: all ${skippedRows} skipped (first: line ${skipped[0]!.line}, ${skipped[0]!.reason})`
        : 'no usable rows (header only)',
    );
  return {
    tickets,
    summary: {
      name: name.split(/[\\/]/).pop() ?? name,
      kind: 'tickets',
      rows: tickets.length,
      skippedRows,
      monitors: [],
      skipped,
    },
  };
}
