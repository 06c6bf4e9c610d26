// The columns of the files a contract keeps beside its checks (a tickets file, an obligation
// log), each by the name its documentation gives it and its other spellings, and how a
// header's columns are found for them: by those names, or as the user chose. Kept apart
// from the readers so the page can show and edit the mapping without loading them.
import { columnList, normaliseHeader } from './columns';

/** A tickets file's columns (SPEC §3 Tickets), each by its documented name and its other spellings. */
export const TICKET_COLUMNS = {
  id: ['id', 'ticket', 'ticket_id', 'key', 'number', 'case', 'case_id'],
  severity: ['severity', 'priority', 'sev', 'level', 'severity_level'],
  openedAt: ['opened_at', 'created_at', 'created', 'opened', 'reported_at', 'submitted_at'],
  firstResponseAt: [
    'first_response_at',
    'responded_at',
    'first_reply_at',
    'first_response',
    'acknowledged_at',
  ],
  resolvedAt: ['resolved_at', 'resolved', 'closed_at', 'solved_at'],
  reportPublishedAt: ['report_published_at', 'postmortem_published_at', 'rca_published_at', 'report_at'],
} as const;

/** An obligation log's columns, each by its documented name and its other spellings. */
export const OBLIGATION_COLUMNS = {
  obligation: ['obligation', 'obligation_id', 'promise', 'id'],
  startedAt: ['started_at', 'start', 'started', 'clock_started_at', 'from'],
  fulfilledAt: ['fulfilled_at', 'fulfilled', 'done_at', 'completed_at', 'to'],
  note: ['note', 'notes', 'comment'],
} as const;

/** Each kind of file's columns. */
export const RECORD_COLUMNS: Readonly<
  Record<'tickets' | 'obligations', Readonly<Record<string, readonly string[]>>>
> = { tickets: TICKET_COLUMNS, obligations: OBLIGATION_COLUMNS };

/** The columns of each kind of file that hold times, whose zone its summary states. */
export const RECORD_TIME_COLUMNS: Readonly<
  Record<'tickets' | 'obligations', Readonly<Record<string, readonly string[]>>>
> = {
  tickets: {
    openedAt: TICKET_COLUMNS.openedAt,
    firstResponseAt: TICKET_COLUMNS.firstResponseAt,
    resolvedAt: TICKET_COLUMNS.resolvedAt,
    reportPublishedAt: TICKET_COLUMNS.reportPublishedAt,
  },
  obligations: { startedAt: OBLIGATION_COLUMNS.startedAt, fulfilledAt: OBLIGATION_COLUMNS.fulfilledAt },
};

/** Columns a file must have, by their documented names. */
export const REQUIRED_COLUMNS = {
  tickets: [TICKET_COLUMNS.id[0], TICKET_COLUMNS.severity[0], TICKET_COLUMNS.openedAt[0]],
  obligations: [OBLIGATION_COLUMNS.obligation[0], OBLIGATION_COLUMNS.startedAt[0]],
} as const;

/** Each column's documented name, in the order the file's documentation lists them. */
export const namesOf = (columns: Readonly<Record<string, readonly string[]>>): string[] =>
  Object.values(columns).map((names) => names[0]!);

/**
 * Each role's column in the header: the one the user chose for it (`overrides`, keyed by the
 * role's first name; '' for none), else the first column with one of its names; -1 when
 * none. A chosen column the header lacks is named in `unknown`.
 */
export function locateColumns<R extends string>(
  header: readonly string[],
  names: Readonly<Record<R, readonly string[]>>,
  overrides: Readonly<Record<string, string>> = {},
): { at: Record<R, number>; unknown: string[] } {
  const cols = header.map(normaliseHeader);
  const unknown: string[] = [];
  const at = {} as Record<R, number>;
  for (const r of Object.keys(names) as R[]) {
    const chosen = Object.hasOwn(overrides, names[r][0]!) ? overrides[names[r][0]!]! : null;
    if (chosen === null) at[r] = cols.findIndex((c) => names[r].includes(c));
    else if (chosen.trim() === '') at[r] = -1;
    else {
      at[r] = cols.indexOf(normaliseHeader(chosen));
      if (at[r] < 0)
        unknown.push(`--map ${names[r][0]}=${chosen}: no column "${chosen}" (${columnList(header)})`);
    }
  }
  return { at, unknown };
}

/** Each role, by its first name → the file's column it is read from ('' for none), as `smallTable` finds it. */
export function chosenColumns<R extends string>(
  header: readonly string[],
  names: Readonly<Record<R, readonly string[]>>,
  overrides: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const { at } = locateColumns(header, names, overrides);
  return Object.fromEntries(
    (Object.keys(names) as R[]).map((r) => [
      names[r][0]!,
      at[r] < 0 ? '' : header[at[r]]!.trim().replace(/^\uFEFF/, ''),
    ]),
  );
}
