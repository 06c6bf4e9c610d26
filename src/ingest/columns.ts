// Column roles matched by name (case-insensitive, common synonyms, first match wins),
// with user overrides for what detection cannot guess. Synonyms are only ever appended,
// so a file that mapped one way keeps mapping that way.

import { isTokenLike } from './plain-text';
import { clip } from './timestamps';

export type FileKind = 'probes' | 'states' | 'events' | 'exclusions';

export type Role =
  | 'time'
  | 'monitor'
  | 'code'
  | 'status'
  | 'error'
  | 'latency'
  | 'requests'
  | 'failures'
  | 'start'
  | 'end'
  | 'duration'
  | 'cause'
  | 'kind'
  | 'announcedAt'
  | 'note';

const SYNONYMS: Record<Role, string[]> = {
  time: [
    'time',
    'timestamp',
    'ts',
    'datetime',
    'date_time',
    'checked_at',
    'check_time',
    'time_utc',
    'timestamp_utc',
    'date',
    'created_at',
    'event_time',
  ],
  monitor: [
    'monitor',
    'monitor_name',
    'site',
    'service',
    'check',
    'check_name',
    'name',
    'friendly_name',
    'host',
    'target',
    'url',
    'monitor_id',
    'endpoint',
    'endpoint_name',
  ],
  code: ['http_code', 'status_code', 'http_status', 'response_code', 'code', 'statuscode'],
  status: ['status', 'state', 'result', 'up', 'success', 'ok', 'outcome'],
  error: ['error', 'message', 'msg', 'error_message', 'details', 'errors'],
  // A row of an API client's own log that stands for many requests: how many, and how many failed.
  requests: ['requests', 'request_count', 'requests_total', 'total_requests', 'executions', 'calls'],
  failures: ['failures', 'failed', 'failed_requests', 'error_count', 'errors_count', 'failed_calls'],
  latency: [
    'latency_ms',
    'latency',
    'response_time_ms',
    'response_time',
    'responsetime',
    'ping',
    'duration_ms',
    'rtt',
  ],
  start: [
    'start',
    'started_at',
    'start_time',
    'downtime_start',
    'from',
    'begin',
    'starts_at',
    'start_at',
    'outage_start',
    'time_from',
    'timefrom',
    'period_start',
  ],
  end: [
    'end',
    'ended_at',
    'end_time',
    'downtime_end',
    'to',
    'finish',
    'resolved_at',
    'ends_at',
    'end_at',
    'outage_end',
    'recovered_at',
    'time_to',
    'timeto',
    'period_end',
  ],
  duration: ['duration', 'duration_seconds', 'duration_s', 'duration_minutes', 'duration_min', 'length'],
  cause: ['cause', 'reason', 'title', 'description', 'summary'],
  kind: ['kind', 'type', 'category', 'exclusion_kind'],
  announcedAt: ['announced_at', 'announced', 'notice_at', 'notified_at', 'published_at', 'notice_given_at'],
  note: ['note', 'notes', 'comment', 'description', 'title'],
};

export const ROLES_OF: Record<FileKind, { required: Role[][]; optional: Role[] }> = {
  // Each inner list of `required` needs at least one of its roles.
  probes: {
    required: [['time'], ['code', 'status', 'requests']],
    optional: ['monitor', 'error', 'latency', 'failures'],
  },
  states: { required: [['time'], ['code', 'status']], optional: ['monitor', 'error', 'latency'] },
  events: { required: [['start'], ['end', 'duration']], optional: ['monitor', 'cause'] },
  exclusions: { required: [['start'], ['end', 'duration'], ['kind']], optional: ['announcedAt', 'note'] },
};

export const normaliseHeader = (h: string) =>
  h
    .trim()
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_');

/**
 * A row that repeats the header cell for cell: files joined one after another (`cat a.csv
 * b.csv`, an export appended to), whose second header was skipped or refused as a bad time,
 * severity or date.
 */
export function isHeaderAgain(cells: readonly string[], header: readonly string[]): boolean {
  return (
    cells.length === header.length &&
    cells.every((c, i) => normaliseHeader(c) === normaliseHeader(header[i]!))
  );
}

export const HEADER_AGAIN = 'the header again, as where files were joined one after another';

export type ColumnMap = Partial<Record<Role, number>>;

/**
 * Maps roles to column indexes; `overrides` name columns per role (role=column). An
 * override with an empty column name leaves that role unmapped even where a synonym
 * would match (a layout uses it to keep, e.g., StatusCake's millisecond `duration` from
 * being read as seconds).
 */
export function mapColumns(
  header: readonly string[],
  kind: FileKind,
  overrides: Readonly<Record<string, string>> = {},
): { map: ColumnMap; problems: string[] } {
  const names = header.map(normaliseHeader);
  const roles = ROLES_OF[kind];
  const wanted = [...roles.required.flat(), ...roles.optional];
  const map: ColumnMap = {};
  const problems: string[] = [];
  const taken = new Set<number>();
  const unmapped = new Set<string>();
  for (const [role, column] of Object.entries(overrides)) {
    if (!isRole(role)) {
      problems.push(`--map ${role}=${column}: unknown role "${role}" (roles: ${ROLE_NAMES})`);
      continue;
    }
    if (column.trim() === '') {
      unmapped.add(role);
      continue;
    }
    const idx = names.indexOf(normaliseHeader(column));
    if (idx < 0) problems.push(`--map ${role}=${column}: no column "${column}" (${columnList(header)})`);
    else {
      map[role as Role] = idx;
      taken.add(idx);
    }
  }
  for (const role of wanted) {
    if (map[role] !== undefined || unmapped.has(role)) continue;
    for (const synonym of SYNONYMS[role]) {
      const idx = names.indexOf(synonym);
      if (idx >= 0 && !taken.has(idx)) {
        map[role] = idx;
        taken.add(idx);
        break;
      }
    }
  }
  // In a request log, "errors" beside "requests" counts failed requests, not an error text.
  if (
    map.requests !== undefined &&
    map.failures === undefined &&
    map.error !== undefined &&
    !Object.hasOwn(overrides, 'error') &&
    names[map.error] === 'errors'
  ) {
    map.failures = map.error;
    delete map.error;
  }
  if (map.requests !== undefined && map.failures === undefined)
    problems.push(
      `a requests column needs a column of failed requests beside it (${columnList(header)}); name it with --map failures=COLUMN`,
    );
  for (const group of roles.required)
    if (!group.some((r) => map[r] !== undefined))
      problems.push(
        `no ${group.join(' or ')} column (${columnList(header)}); name one with --map ${group[0]}=COLUMN`,
      );
  return { map, problems };
}

/**
 * The roles read from a column whose name the header has twice: the first would be taken
 * without a word, and a mapping by name cannot choose the other. A role at no column
 * (undefined or -1) has nothing to say.
 */
export function twiceNamed(
  header: readonly string[],
  map: Readonly<Record<string, number | undefined>>,
): string[] {
  const names = header.map(normaliseHeader);
  return Object.entries(map).flatMap(([role, idx]) =>
    idx === undefined || idx < 0 || names.indexOf(names[idx]!) === names.lastIndexOf(names[idx]!)
      ? []
      : [
          `the ${role} column "${clip(header[idx]!.trim())}" is named twice in the header: rename one, so that the right one is read`,
        ],
  );
}

/** Whether `name` is a column role a mapping may name (`--map role=column`). */
export function isRole(name: string): name is Role {
  return Object.hasOwn(SYNONYMS, name);
}

/** The roles a mapping may name, for a message. */
export const ROLE_NAMES = Object.keys(SYNONYMS).join(', ');

/**
 * Columns a file may have: Grafana's wide export has one per series, so hundreds are real;
 * tens of thousands are not, and would cost the page a table it cannot draw.
 */
export const MAX_COLUMNS = 2000;

/** A monitor name is a label or a name field; one longer than this is a value pasted in the wrong place. */
export const MAX_MONITOR_CHARS = 1000;

/** The count when the whole header was read; detection, which reads the first 64 KiB, says "more than". */
export const tooManyColumns = (count: number | null) =>
  `the header has ${count === null ? `more than ${MAX_COLUMNS}` : count} columns; SLA Witness reads files of at most ${MAX_COLUMNS} columns`;

/** How many of a header's columns a message names. */
const NAMED_COLUMNS = 8;

/** A cell that is a value rather than a column's name: a number, a date or a time. */
const VALUE_CELL =
  /^\s*(?:[-+]?\d+(?:[.,]\d+)?|\d{4}-\d{2}-\d{2}(?:[T ].*)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?: .*)?)\s*$/;

/** A cell that reads as text someone wrote (more than four words) rather than a column's name. */
const isProse = (h: string) => h.trim().split(/\s+/).length > 4;

/** A cell of JSON read as CSV (a document whose first byte is damaged): its keys and values. */
const isJsonText = (h: string) => /[{[]\s*"|"\s*:/.test(h);

/**
 * A setting rather than a name: `KEY=value` (an .env or config file read as a CSV), or a
 * key or token (plain-text.ts). A Prometheus series name (`probe_success{job="x"}`) sets
 * nothing: its `=` is inside braces.
 */
const isSetting = (h: string) => /^\s*[A-Za-z_][\w.-]*\s*=(?!=)/.test(h) || isTokenLike(h);

/**
 * A header as a message names it: "columns: " and the first few, each clipped, then how
 * many more. Naming the columns is what lets a user fix a mapping; naming them all would
 * let a header of thousands of long names (or a binary file read as one) make a message
 * as large as the file. A first line holding values (a file without a header), prose (a
 * text file read as a CSV) or settings (an .env file, a key) is not named at all: its cells
 * are the file's content.
 */
export function columnList(header: readonly string[]): string {
  if (header.some((h) => VALUE_CELL.test(h))) return 'its first line holds values, not column names';
  if (header.some((h) => isProse(h) || isJsonText(h) || isSetting(h)))
    return 'its first line is not a header of column names';
  const named = header.slice(0, NAMED_COLUMNS).map((h) => clip(h.trim()));
  const more = header.length - named.length;
  return more > 0
    ? `columns: ${named.join(', ')} and ${more.toLocaleString('en-US').replace(/,/g, '\u2009')} more`
    : `columns: ${named.join(', ')}`;
}
