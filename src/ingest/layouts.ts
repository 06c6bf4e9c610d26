// Known exporters' CSV layouts, recognised by their headers (and a glance at the first
// rows) so their files are mapped without asking (SPEC §3); any other file falls back to
// column roles, with the spacing of its rows telling a probe log from a state-change log.
// Each layout names the public source that defines it; JSON layouts are in json-layouts.ts.
import { columnList, type FileKind, isHeaderAgain, mapColumns, normaliseHeader } from './columns';
import { isGrafanaValue } from './grafana-values';
import { isValueName, RESHAPED_COLUMNS, type Reshape, type ValueForm } from './reshape';
import { parseTimestamp } from './timestamps';

export interface RowFilter {
  column: string;
  values: string[];
}

export interface Layout {
  id: string;
  name: string;
  kind: FileKind;
  /**
   * role → header as written in the file, ready for `LoadOptions.columns`. An empty
   * header leaves the role unmapped even where a synonym would match.
   */
  columns: Record<string, string>;
  /** The zone of zone-less times when the exporter fixes it (e.g. UTC); null when the
   * times carry their zone or are local to an account zone the file does not name. */
  sourceZone: string | null;
  /** Rows to keep, as `LoadOptions.where`: part of what the layout means (Pingdom's and
   * StatusCake's down rows are the outages), so always applied. */
  where?: RowFilter[];
  /** Rows to leave out, as `LoadOptions.whereNot`: a suggested default (GitHub's
   * maintenance windows) that the user may drop. */
  whereNot?: RowFilter[];
  note: string;
  /** The public repository file or vendor reference that defines this layout. */
  source: string;
  /** Records holding several monitors' checks, reshaped to one check each (reshape.ts). */
  reshape?: Reshape;
  /** How a reshaped record's values are written (reshape.ts); stored values when absent. */
  values?: ValueForm;
  /** The vendor's own published incidents (a status page) rather than a measurement. */
  vendorRecord?: boolean;
}

export interface KindGuess {
  kind: FileKind;
  columns: Record<string, string>;
  /** `layout`: a known exporter; `columns`: column roles and enough rows to decide;
   * `guess`: too little to go on, so the user should confirm. */
  confidence: 'layout' | 'columns' | 'guess';
  layout: Layout | null;
  reason: string;
}

/** The header, looked up by normalised name, handing back each column's own spelling. */
class Header {
  private readonly names: string[];

  private readonly sample: readonly (readonly string[])[];

  constructor(
    readonly raw: readonly string[],
    sample: readonly (readonly string[])[],
  ) {
    this.names = raw.map(normaliseHeader);
    // Files joined one after another repeat their header; the reading skips it on its line.
    this.sample = sample.filter((row) => !isHeaderAgain(row, raw));
  }

  private index(candidates: readonly string[]): number {
    for (const c of candidates) {
      const i = this.names.indexOf(c);
      if (i >= 0) return i;
    }
    return -1;
  }

  /** The first of the candidate names the file has, as the file spells it. */
  find(...candidates: string[]): string | undefined {
    const i = this.index(candidates);
    return i < 0 ? undefined : this.raw[i]!.trim().replace(/^\uFEFF/, '');
  }

  has(...candidates: string[]): boolean {
    return this.index(candidates) >= 0;
  }

  /** The sample's non-empty cells of a column, trimmed and lower-cased. */
  values(column: string | undefined): string[] {
    return this.cells(column)
      .map((v) => v.trim().toLowerCase())
      .filter((v) => v !== '');
  }

  /** The sample's cells of a column, row by row ('' where a row is short). */
  cells(column: string | undefined): string[] {
    const i = column === undefined ? -1 : this.names.indexOf(normaliseHeader(column));
    return i < 0 ? [] : this.sample.map((row) => row[i] ?? '');
  }

  /** Positive gaps (ms) between consecutive sampled rows of the same monitor. */
  gaps(timeColumn: string | undefined, monitorColumn: string | undefined): number[] {
    const times = this.cells(timeColumn);
    const monitors = this.cells(monitorColumn);
    const byMonitor = new Map<string, number[]>();
    times.forEach((raw, row) => {
      // Gaps do not depend on the zone, bar a DST change inside the sample.
      const t = parseTimestamp(raw, 'UTC');
      if (!t.ok) return;
      const key = monitors[row]?.trim() ?? '';
      const list = byMonitor.get(key);
      if (list) list.push(t.ms);
      else byMonitor.set(key, [t.ms]);
    });
    const gaps: number[] = [];
    for (const list of byMonitor.values()) {
      list.sort((a, b) => a - b);
      for (let i = 1; i < list.length; i++) if (list[i]! > list[i - 1]!) gaps.push(list[i]! - list[i - 1]!);
    }
    return gaps;
  }
}

/**
 * Whether sampled values are a layout's: all but one in ten at most (vacuously true for an
 * empty sample). A damaged cell is skipped on its line when the file is read; it must not
 * make a known export unknown, nor read Uptime Kuma's UTC times in another zone. Fewer than
 * ten values must all be the layout's: there one odd value may say the file is another kind.
 */
const mostly = (values: readonly string[], isValue: (v: string) => boolean) =>
  values.filter((v) => !isValue(v)).length <= Math.floor(values.length / 10);

const allIn = (values: readonly string[], allowed: readonly string[]) =>
  mostly(values, (v) => allowed.includes(v));

/**
 * A known exporter's CSV, as data: its detection signature (`matches`: the header names it
 * must have and what its sampled values must look like), its field mapping (each role's
 * column is the first of the names listed that the file has; reshaped records have the
 * reshaped rows' own columns), the zone of its zone-less times, its kind, the rows it leaves
 * out by default, and the public source that defines it. JSON layouts, the same data with a
 * JSON signature and a reader of values, are in json-layouts.ts.
 */
interface CsvLayout {
  id: string;
  name: string;
  kind: FileKind;
  source: string;
  note: string;
  /** The zone of zone-less times when the exporter fixes it; null when the times carry it or the file does not say. */
  sourceZone: string | null;
  reshape?: Reshape;
  values?: ValueForm;
  matches(h: Header): boolean;
  columns: Readonly<Record<string, readonly string[]>>;
  /** Rows left out by default where the file has the column (any of the names listed). */
  whereNot?: readonly { column: readonly string[]; values: string[] }[];
  /** A remark added to the note when the mapped columns call for it. */
  hint?(columns: Record<string, string>): string;
}

/** The layout as the file at hand gives it: its columns named as the file spells them. */
function layoutOf(l: CsvLayout, h: Header): Layout {
  const columns: Record<string, string> = {};
  if (l.reshape) Object.assign(columns, RESHAPED_COLUMNS);
  else
    for (const [role, names] of Object.entries(l.columns)) {
      const column = h.find(...names);
      if (column !== undefined) columns[role] = column;
    }
  const whereNot = (l.whereNot ?? []).flatMap((f) => {
    const column = h.find(...f.column);
    return column === undefined ? [] : [{ column, values: f.values }];
  });
  return {
    id: l.id,
    name: l.name,
    kind: l.kind,
    columns,
    sourceZone: l.sourceZone,
    ...(whereNot.length > 0 ? { whereNot } : {}),
    ...(l.reshape ? { reshape: l.reshape } : {}),
    ...(l.values ? { values: l.values } : {}),
    source: l.source,
    note: l.note + (l.hint?.(columns) ?? ''),
  };
}

const githubStatus: CsvLayout = {
  id: 'github-status',
  name: 'GitHub status-page downtime windows',
  kind: 'events',
  matches: (h) => h.has('incident_id') && h.has('downtime_start') && h.has('downtime_end'),
  columns: { start: ['downtime_start'], end: ['downtime_end'], cause: ['title'] },
  sourceZone: null,
  whereNot: [{ column: ['impact'], values: ['maintenance'] }],
  source: 'mrshu/github-statuses parsed/downtime_windows.csv (see test/fixtures/realdata/SOURCES.md)',
  note:
    'Declared incidents of a status page, one row per incident. Rows with impact ' +
    '"maintenance" are announced maintenance, left out by default.',
};

const upptime: CsvLayout = {
  id: 'upptime',
  name: 'Upptime history',
  kind: 'states',
  matches: (h) =>
    h.has('site') && h.has('timestamp') && h.has('status') && h.has('http_code') && h.has('response_time_ms'),
  columns: {
    monitor: ['site'],
    time: ['timestamp'],
    status: ['status'],
    code: ['http_code'],
    latency: ['response_time_ms'],
  },
  sourceZone: null,
  source:
    'upptime/upptime src/update.ts (history/<site>.yml: url, status, code, responseTime, lastUpdated), ' +
    'one row per committed version as in test/fixtures/realdata/upptime/',
  note:
    'Upptime commits a row when a site changes status, plus one a day, so each row ' +
    'holds until the next row of the same site. "degraded" counts as up.',
};

const KUMA_STATUSES = ['0', '1', '2', '3'];
const KUMA_MONITOR = ['monitor_name', 'monitor', 'name', 'monitor_id'];

/** Uptime Kuma's heartbeat table: columns a generic probe log would not have together, statuses 0–3. */
function isKumaHeartbeats(h: Header): boolean {
  if (!h.has(...KUMA_MONITOR) || !h.has('time') || !h.has('status')) return false;
  if (!h.has('important', 'monitor_id', 'down_count') && !(h.has('msg') && h.has('ping'))) return false;
  return allIn(h.values(h.find('status')), KUMA_STATUSES);
}

/**
 * With an `important` column, a sample of important beats only is the "important events"
 * extract (state changes); any 0 means the full heartbeat table. Without the column, the
 * spacing of the rows decides, as for any file.
 */
function isKumaStateChanges(h: Header): boolean {
  const important = h.values(h.find('important'));
  return important.length > 0
    ? important.every((v) => v === '1' || v === 'true')
    : spacing(h, h.find('time'), h.find(...KUMA_MONITOR)).kind === 'states';
}

const KUMA = {
  columns: { monitor: KUMA_MONITOR, time: ['time'], status: ['status'], error: ['msg'], latency: ['ping'] },
  sourceZone: 'UTC',
  source:
    'louislam/uptime-kuma db/knex_init_db.js (heartbeat: id, important, monitor_id, status, msg, time, ' +
    'ping, duration, down_count) and db/knex_migrations/2023-08-18-0301-heartbeat.js, ' +
    '2023-09-29-0000-heartbeat-retires.js (2.x: end_time, retries)',
  note:
    'Uptime Kuma writes heartbeat times in UTC without a zone. Status 0 is down, 1 up, ' +
    "2 pending (a failed check being retried: down, as Kuma's own uptime counts it) and 3 maintenance (up). ",
  hint: (columns: Record<string, string>) =>
    normaliseHeader(columns.monitor ?? '') === 'monitor_id' ? ' Join the monitor table for names.' : '',
} as const;

const uptimeKumaImportant: CsvLayout = {
  ...KUMA,
  id: 'uptime-kuma-important',
  name: 'Uptime Kuma important heartbeats',
  kind: 'states',
  matches: (h) => isKumaHeartbeats(h) && isKumaStateChanges(h),
  note:
    `${KUMA.note}Important heartbeats are the state changes: each holds until the next. A pause ` +
    'writes none, so the state before it is carried across it (the whole heartbeat table shows the ' +
    'pause as minutes without data).',
};

const uptimeKuma: CsvLayout = {
  ...KUMA,
  id: 'uptime-kuma',
  name: 'Uptime Kuma heartbeats',
  kind: 'probes',
  matches: (h) => isKumaHeartbeats(h) && !isKumaStateChanges(h),
  note: `${KUMA.note}Every heartbeat is a check.`,
};

/** A cell Prometheus or Grafana would write for a sample: a number, or nothing. */
const isSampleValue = (v: string) =>
  v === '' || /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^[-+]?inf$|^nan$/i.test(v);

const PROMETHEUS_NOTE =
  "A value of 1 is up and 0 down (probe_success, up); Uptime Kuma's monitor_status adds 2 " +
  "pending (down, as Kuma's own uptime counts it) and 3 maintenance (up). One monitor per series, named by its labels.";

/**
 * promql-cli `--output csv` of a range query: sorted label columns, then `value`, `timestamp`
 * (RFC 3339). A query whose result has no labels (`min(probe_success)`) has no label
 * columns: `RangeResult.Csv` takes them from `util.UniqLabels` of the result, so the header
 * is `value,timestamp` alone.
 */
const promqlCli: CsvLayout = {
  id: 'promql-cli',
  name: 'Prometheus series (promql-cli CSV)',
  kind: 'probes',
  matches: (h) => {
    const n = h.raw.length;
    return (
      n >= 2 &&
      normaliseHeader(h.raw[n - 2]!) === 'value' &&
      normaliseHeader(h.raw[n - 1]!) === 'timestamp' &&
      mostly(h.values(h.raw[n - 2]), isSampleValue)
    );
  },
  columns: {},
  sourceZone: null,
  reshape: 'labelled',
  source:
    'nalbury/promql-cli pkg/writer/writer.go (RangeResult.Csv: label columns from util.UniqLabels, none for ' +
    'a result without labels, then value, timestamp as RFC 3339)',
  note: PROMETHEUS_NOTE,
};

const GRAFANA_NOTE =
  'Values are read as the panel displays them (1.00, 100%, On, UP; PENDING and MAINTENANCE as ' +
  "2 and 3). Formatted times carry no zone: they are in the dashboard's zone.";

/** Grafana Inspect → Data → Download CSV of a table-format query: Time, the labels, Value (or `Value #A`). */
const grafanaTable: CsvLayout = {
  id: 'grafana-table',
  name: 'Grafana panel data, table form',
  kind: 'probes',
  matches: (h) => {
    const names = h.raw.map(normaliseHeader);
    // One value column, last: a table of several queries joined side by side (`Value #A`,
    // `Value #B`) has checks of different metrics in one row, which this layout does not read.
    return (
      names[0] === 'time' &&
      isValueName(names[names.length - 1]!) &&
      names.filter(isValueName).length === 1 &&
      names.length >= 3 &&
      mostly(h.values(h.raw[names.length - 1]), isGrafanaValue)
    );
  },
  columns: {},
  sourceZone: null,
  reshape: 'labelled',
  values: 'displayed',
  source:
    'grafana/grafana packages/grafana-data/src/utils/csv.ts (toCSV; makeFieldWriter writes each value as the ' +
    'panel displays it), public/app/features/inspector/utils/download.ts (downloadDataFrameAsCsv) and ' +
    'packages/grafana-prometheus/src/result_transformer.ts (getValueText: Value, or Value #<refId> for several queries)',
  note: `${PROMETHEUS_NOTE} ${GRAFANA_NOTE}`,
};

/**
 * Grafana Inspect → Data → Download CSV, "Series joined by time": `Time`, then one column
 * per series named by its labels; every header quoted, CRLF; for Excel UTF-16LE and TAB.
 */
const grafanaWide: CsvLayout = {
  id: 'grafana-wide',
  name: 'Grafana panel data, series joined by time',
  kind: 'probes',
  matches: (h) => {
    if (normaliseHeader(h.raw[0] ?? '') !== 'time' || h.raw.length < 2) return false;
    if (!h.raw.slice(1).every((column) => mostly(h.values(column), isGrafanaValue))) return false;
    // A generic probe log has a status or code column, a request log its request counts;
    // Grafana's series columns are named by labels or by the panel's legend, which may be a
    // status word ("Success", "Status") beside a series the columns' names do not know.
    const { map: roles } = mapColumns(h.raw, 'probes');
    if (roles.requests !== undefined) return false;
    if (roles.status === undefined && roles.code === undefined) return true;
    // Then only with a series beside it that no role names, and every column seen to hold
    // samples: a probe log has its monitor, and its notes, in columns of their own.
    if (roles.monitor !== undefined || h.raw.length < 3) return false;
    const mapped = new Set(Object.values(roles));
    return (
      h.raw.some((_, i) => i > 0 && !mapped.has(i)) && h.raw.every((column) => h.values(column).length > 0)
    );
  },
  columns: {},
  sourceZone: null,
  reshape: 'wide',
  values: 'displayed',
  source:
    'grafana/grafana packages/grafana-data/src/utils/csv.ts (toCSV; makeFieldWriter writes each value as the ' +
    'panel displays it) and ' +
    'public/app/features/inspector/utils/download.ts (downloadDataFrameAsCsv, Excel mode)',
  note: `${PROMETHEUS_NOTE} Each series column is a monitor; an empty cell is no sample. ${GRAFANA_NOTE}`,
};

/** Most specific first: later layouts accept headers an earlier one would claim. */
export const CSV_LAYOUTS: readonly CsvLayout[] = [
  githubStatus,
  upptime,
  uptimeKumaImportant,
  uptimeKuma,
  promqlCli,
  grafanaTable,
  grafanaWide,
];

/** The known exporter whose layout this header (and sample) matches, if any. */
export function detectLayout(header: readonly string[], sample: readonly string[][]): Layout | null {
  const h = new Header(header, sample);
  const layout = CSV_LAYOUTS.find((l) => l.matches(h));
  return layout ? layoutOf(layout, h) : null;
}

const MINUTE_MS = 60_000;

function formatGap(ms: number): string {
  if (ms < 2 * MINUTE_MS) return `${Math.round(ms / 1000)} s`;
  if (ms < 120 * MINUTE_MS) return `${Math.round(ms / MINUTE_MS)} min`;
  return `${Math.round(ms / (60 * MINUTE_MS))} h`;
}

/** Enough gaps for the spacing to decide rather than suggest. */
const MIN_GAPS = 3;
/** Rows further apart than this (median) are a state-change log: no monitor probes this rarely. */
const SPARSE_MS = 30 * MINUTE_MS;
/** Irregular spacing alone decides only above this, so interleaved probes are not mistaken. */
const IRREGULAR_FROM_MS = 5 * MINUTE_MS;

/**
 * Probe log or state-change log, from the sample's spacing. The gaps are those between
 * consecutive rows of the same monitor (positive ones only). A state-change log when the
 * median gap exceeds 30 min, or when it exceeds 5 min and the rows are irregular — fewer
 * than half the gaps within ±25 % of the median (a prober's rows come at its interval);
 * otherwise a probe log. Fewer than 3 gaps only suggest.
 */
function spacing(
  h: Header,
  timeColumn: string | undefined,
  monitorColumn: string | undefined,
): { kind: 'probes' | 'states'; decided: boolean; reason: string } {
  const gaps = h.gaps(timeColumn, monitorColumn);
  if (gaps.length === 0)
    return { kind: 'probes', decided: false, reason: 'too few rows to judge their spacing' };
  const sorted = [...gaps].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const regular = gaps.filter((g) => Math.abs(g - median) <= 0.25 * median).length;
  const irregular = regular * 2 < gaps.length;
  const states = median > SPARSE_MS || (median > IRREGULAR_FROM_MS && irregular);
  const what = `rows of a monitor ${formatGap(median)} apart (median of ${gaps.length} gaps), ${
    irregular ? 'irregular' : 'regular'
  }`;
  return {
    kind: states ? 'states' : 'probes',
    decided: gaps.length >= MIN_GAPS,
    reason: `${what} → ${states ? 'a state-change log' : 'a probe log'}`,
  };
}

/** Exclusion kinds as the loader reads them (normalised), to tell a `type` column of
 * maintenance kinds from one of anything else. */
const EXCLUSION_WORDS = new Set([
  'planned',
  'scheduled',
  'maintenance',
  'scheduled_maintenance',
  'planned_maintenance',
  'emergency',
  'emergency_maintenance',
  'third_party',
  'thirdparty',
  'upstream',
  'force_majeure',
  'forcemajeure',
  'customer',
  'customer_caused',
  'other',
]);

/** role → header, from a column map of indexes. */
function namesOf(header: readonly string[], map: Record<string, number | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [role, i] of Object.entries(map))
    if (i !== undefined) out[role] = header[i]!.trim().replace(/^\uFEFF/, '');
  return out;
}

/**
 * What kind of file this is and how its columns map: a known exporter's layout, or else
 * column roles — start, end and a kind column whose sampled values are mostly exclusion
 * kinds → exclusions; start and end (or duration) → events; time and status (or code) →
 * probes, or states when the rows are sparse or irregular (see `spacing`). Pass the
 * header and the first rows (a few hundred are plenty).
 */
export function detectKind(header: readonly string[], sample: readonly string[][]): KindGuess {
  const layout = detectLayout(header, sample);
  if (layout)
    return {
      kind: layout.kind,
      columns: layout.columns,
      confidence: 'layout',
      layout,
      reason: `recognised as ${layout.name}`,
    };
  const h = new Header(header, sample);
  const exclusions = mapColumns(header, 'exclusions');
  if (exclusions.problems.length === 0) {
    const kindColumn = header[exclusions.map.kind!];
    const words = h.values(kindColumn).map((v) => v.replace(/[\s-]+/g, '_'));
    const known = words.filter((w) => EXCLUSION_WORDS.has(w)).length;
    if (words.length > 0 && known * 2 >= words.length)
      return {
        kind: 'exclusions',
        columns: namesOf(header, exclusions.map),
        confidence: 'columns',
        layout: null,
        reason: `start, end and a "${kindColumn}" column of exclusion kinds → exclusion records`,
      };
  }
  const events = mapColumns(header, 'events');
  if (events.problems.length === 0)
    return {
      kind: 'events',
      columns: namesOf(header, events.map),
      confidence: 'columns',
      layout: null,
      reason: `start and ${events.map.end !== undefined ? 'end' : 'duration'} columns → an event log`,
    };
  const probes = mapColumns(header, 'probes');
  if (probes.problems.length === 0) {
    const time = header[probes.map.time!];
    const monitor = probes.map.monitor === undefined ? undefined : header[probes.map.monitor];
    const s = spacing(h, time, monitor);
    return {
      kind: s.kind,
      columns: namesOf(header, probes.map),
      confidence: s.decided ? 'columns' : 'guess',
      layout: null,
      reason: `time and ${probes.map.status !== undefined ? 'status' : 'code'} columns; ${s.reason}`,
    };
  }
  return {
    kind: 'probes',
    columns: namesOf(header, probes.map),
    confidence: 'guess',
    layout: null,
    reason: `no known layout and no time/status or start/end columns (${columnList(header)}): map them by hand`,
  };
}
