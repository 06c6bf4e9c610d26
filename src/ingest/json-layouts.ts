// The JSON exports SLA Witness reads, as data: each names the public source that defines
// it, how to recognise it from its first bytes, which values to stream out of it, and the
// rows (in canonical column names) each value becomes. Rows then go through the same
// RowHandler as CSV records, so checks, skipped rows and filters behave the same.
import { lookupTable } from '../engine/json-keys';
import type { FileKind } from './columns';
import { uptimeRobotWithoutLogs } from './json-refusals';
import type { JsonShape } from './json-shape';
import type { RowFilter } from './layouts';
import { parseTimestamp } from './timestamps';

/** Where a streamed value was found: its keys and indexes from the top. */
export type JsonPath = readonly (string | number | undefined)[];

/** A value that is not a row, with the reason reported for it as for any skipped row. */
interface JsonSkip {
  skip: string;
}

export interface JsonRowReader {
  /** Rows for one streamed value, or the reason it is skipped. */
  rows(value: unknown, path: JsonPath): (string[] | JsonSkip)[];
  /** Rows still held back when the document ends. */
  end?(): string[][];
}

export interface JsonLayout {
  id: string;
  name: string;
  kind: FileKind;
  /** The public repository file or vendor API reference that defines this document. */
  source: string;
  /** Canonical column names of the rows produced. */
  header: readonly string[];
  /** role → header, as `LoadOptions.columns`. */
  columns: Record<string, string>;
  /** How times are written: all of these carry their zone or are epochs. */
  times: 'offset' | 'epoch';
  matches(shape: JsonShape): boolean;
  /** @streamparser/json paths of the values to stream out, each held in memory alone. */
  paths: string[];
  reader(): JsonRowReader;
  where?: RowFilter[];
  whereNot?: RowFilter[];
  /**
   * The vendor's own published record of its incidents (a status page), not a measurement:
   * the report sets it beside the user's own checks.
   */
  vendorRecord?: boolean;
  /**
   * A monitor's whole history as intervals of a known state (Pingdom's up, down and unknown):
   * the file itself says what time it covers, so its event log's coverage is the up and
   * down intervals, and not the calendar months its outages touch.
   */
  states?: IntervalStates;
  note: string;
}

/** How an interval's `column` names its state: an outage, time known up, or no evidence. */
export interface IntervalStates {
  column: string;
  down: readonly string[];
  up: readonly string[];
  unknown: readonly string[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A cell from a JSON scalar; objects and arrays become '' (then reported as empty). */
function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

/** Epoch seconds (number or numeric string, fractions allowed) → epoch ms as text. */
function epochSecondsMs(v: unknown): string {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  return Number.isFinite(n) && n >= 0 ? String(Math.round(n * 1000)) : text(v);
}

/** A Prometheus series' display name, as Prometheus and Grafana print it: `up{instance="a", job="b"}`. */
export function seriesName(labels: Record<string, unknown>): string {
  const name = typeof labels.__name__ === 'string' ? labels.__name__ : '';
  const pairs = Object.keys(labels)
    .filter((k) => k !== '__name__')
    .sort()
    .map((k) => `${k}=${JSON.stringify(text(labels[k]))}`);
  return pairs.length ? `${name}{${pairs.join(', ')}}` : name || '{}';
}

const has = (shape: JsonShape, ...paths: string[]) => paths.every((p) => shape.paths.includes(p));
const scalar = (shape: JsonShape, path: string) => shape.scalars.get(path);

const CHECK_HEADER = ['monitor', 'time', 'status', 'error'] as const;
const CHECK_COLUMNS = { monitor: 'monitor', time: 'time', status: 'status', error: 'error' };

const NATIVE_HISTOGRAM =
  "a native histogram sample: a distribution of many observations, not one check's up or down " +
  '(query probe_success, up or monitor_status)';

/** Prometheus quotes sample values, so NaN comes as "NaN" (docs/querying/api.md, "Expression query result formats"). */
const NAN_SAMPLE = 'a NaN sample: the query gave no number at this step (e.g. 0/0), so no check';
const INFINITE_SAMPLE =
  'an infinite sample (+Inf or -Inf): the query gave no finite number at this step (e.g. 1/0), so no check';

/**
 * Why a sample value that is no finite number is no check, or null for any other value.
 * Prometheus's JSON quotes NaN and the infinities as Go's strconv.FormatFloat writes them,
 * "NaN", "+Inf" and "-Inf" (docs/querying/api.md, "Expression query result formats"), as
 * promql-cli's CSV does (pkg/writer/writer.go, model.SampleValue.String); Grafana's CSV
 * download writes a raw infinity as JavaScript does, "Infinity", and a formatted one as
 * its toFixed does, `toLocaleString()`: "∞" (packages/grafana-data/src/valueFormats/valueFormats.ts).
 */
export function notANumberSample(value: string): string | null {
  const v = value.trim();
  // Most values are numbers: a digit first settles it without the pattern.
  const first = v.charCodeAt(0);
  if (first >= 48 && first <= 57) return null;
  if (v === 'NaN') return NAN_SAMPLE;
  return /^[-+]?(?:Inf|Infinity|∞)$/.test(v) ? INFINITE_SAMPLE : null;
}

const prometheusMatrix: JsonLayout = {
  id: 'prometheus-matrix',
  name: 'Prometheus range query (matrix)',
  kind: 'probes',
  source:
    'prometheus/prometheus docs/querying/api.md, "Range queries" and "Range vectors": ' +
    '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{…},"values":[[<unix s>,"<value>"],…]}]}}; ' +
    'a series of native histograms has "histograms": [[<unix s>, <histogram>],…] instead of or beside "values"',
  header: CHECK_HEADER,
  columns: CHECK_COLUMNS,
  times: 'epoch',
  matches: (s) => s.top === 'object' && scalar(s, 'data.resultType') === 'matrix',
  // Values one by one, not whole series: a year of 1-minute steps is 525,600 of them.
  paths: ['$.data.result.*.metric', '$.data.result.*.values.*', '$.data.result.*.histograms.*'],
  reader() {
    const names = new Map<number, string>();
    const waiting = new Map<number, unknown[]>();
    const row = (name: string, pair: unknown): string[] | JsonSkip => {
      if (!Array.isArray(pair)) return [name, '', '', ''];
      const notNumber = typeof pair[1] === 'string' ? notANumberSample(pair[1]) : null;
      return notNumber ? { skip: notNumber } : [name, epochSecondsMs(pair[0]), text(pair[1]), ''];
    };
    return {
      rows(value, path) {
        const series = path[3];
        if (typeof series !== 'number') return [];
        if (path[4] === 'histograms') return [{ skip: NATIVE_HISTOGRAM }];
        if (path[4] === 'metric' || path.length === 4) {
          const name = seriesName(isObject(value) ? value : {});
          names.set(series, name);
          const early = waiting.get(series) ?? [];
          waiting.delete(series);
          return early.map((pair) => row(name, pair));
        }
        const name = names.get(series);
        if (name === undefined) {
          // `values` written before `metric`: held until the series is named.
          const list = waiting.get(series) ?? [];
          list.push(value);
          waiting.set(series, list);
          return [];
        }
        return [row(name, value)];
      },
      end() {
        const rows = [...waiting.values()]
          .flatMap((list) => list.map((pair) => row('', pair)))
          .filter((r): r is string[] => Array.isArray(r));
        waiting.clear();
        return rows;
      },
    };
  },
  note:
    'One monitor per series, named by its labels. A value of 1 is up and 0 down (probe_success, up); ' +
    "Uptime Kuma's monitor_status adds 2 pending (a failed check being retried: down, as Kuma's own uptime " +
    'counts it) and 3 maintenance (up).',
};

/**
 * A scheduled maintenance among Statuspage's incidents. Its impact is computed from its
 * components or overridden like an incident's (none, minor, major, critical), so "maintenance"
 * is not its only impact: what marks it is its schedule and its statuses (scheduled,
 * in_progress, verifying, completed; an incident's are investigating, identified, monitoring,
 * resolved, postmortem).
 */
const STATUSPAGE_MAINTENANCE_STATUSES = new Set(['scheduled', 'in_progress', 'verifying', 'completed']);

function isStatuspageMaintenance(v: Record<string, unknown>): boolean {
  return (
    text(v.scheduled_for) !== '' ||
    text(v.impact) === 'maintenance' ||
    STATUSPAGE_MAINTENANCE_STATUSES.has(text(v.status))
  );
}

const statuspageIncidents: JsonLayout = {
  id: 'statuspage-incidents',
  name: 'Atlassian Statuspage incidents',
  kind: 'events',
  source:
    'Atlassian Statuspage public status API, GET /api/v2/incidents.json ' +
    '(developer.statuspage.io, "Status API": incidents[] with impact none, minor, major, critical or ' +
    'maintenance, created_at, started_at, resolved_at, components[]); a scheduled maintenance carries ' +
    'scheduled_for, scheduled_until and a status scheduled, in_progress, verifying or completed, its impact ' +
    "none to critical as an incident's (the statuspage.io npm client, dist/interfaces/Result.d.ts: " +
    'ScheduledMaintenance = Incident & {scheduled_for, scheduled_until, status: MaintenanceStatus})',
  header: ['monitor', 'start', 'end', 'cause', 'impact', 'component', 'status', 'type'],
  columns: { monitor: 'monitor', start: 'start', end: 'end', cause: 'cause' },
  times: 'offset',
  // summary.json has page and incidents too, but only the open ones, beside `components`:
  // it is refused with its reason (json-refusals.ts), not read as a quiet history.
  matches: (s) =>
    s.top === 'object' &&
    has(s, 'incidents') &&
    !has(s, 'components') &&
    (has(s, 'page') || has(s, 'incidents[].impact')),
  paths: ['$.incidents.*'],
  // Scheduled maintenance is listed among the incidents; announced maintenance is left out by
  // default, as GitHub's status windows leave theirs out (layouts.ts).
  whereNot: [{ column: 'type', values: ['maintenance'] }],
  vendorRecord: true,
  reader: () => ({
    rows(value) {
      if (!isObject(value)) return [['', '', '', '', '', '', '', '']];
      const components = Array.isArray(value.components)
        ? value.components.map((c) => (isObject(c) ? text(c.name) : '')).filter((c) => c !== '')
        : [];
      const start = text(value.started_at) || text(value.created_at);
      const type = isStatuspageMaintenance(value) ? 'maintenance' : 'incident';
      const cells = (component: string) => [
        component,
        start,
        text(value.resolved_at),
        text(value.name),
        text(value.impact),
        component,
        text(value.status),
        type,
      ];
      return components.length ? components.map(cells) : [cells('')];
    },
  }),
  note:
    "The vendor's own record: one event per incident and affected component, from started_at " +
    '(else created_at) to resolved_at; an unresolved incident is skipped. Scheduled maintenance ' +
    '(type maintenance: scheduled_for set, impact "maintenance" or a maintenance status, whatever ' +
    'its impact) is left out by default. Filter with component=… and impact=… (none, minor, major, ' +
    'critical).',
};

const statuspageMaintenances: JsonLayout = {
  id: 'statuspage-maintenances',
  name: 'Atlassian Statuspage scheduled maintenances',
  kind: 'exclusions',
  source:
    'Atlassian Statuspage public status API, GET /api/v2/scheduled-maintenances.json and its upcoming.json and ' +
    'active.json (developer.statuspage.io, "Status API": page, scheduled_maintenances[] with name, status, ' +
    'created_at, scheduled_for, scheduled_until, components[]; the statuspage.io npm client, ' +
    'dist/interfaces/Result.d.ts: ScheduledMaintenances = {page, scheduled_maintenances: ScheduledMaintenance[]}, ' +
    'ScheduledMaintenance = Incident & {scheduled_for, scheduled_until, status: MaintenanceStatus})',
  header: ['start', 'end', 'kind', 'announced_at', 'note', 'component', 'status'],
  columns: { start: 'start', end: 'end', kind: 'kind', announcedAt: 'announced_at', note: 'note' },
  times: 'offset',
  // summary.json lists the upcoming and running maintenances too, beside `incidents`: it is
  // refused as a summary (json-refusals.ts), not read as a partial list of notices.
  matches: (s) => s.top === 'object' && has(s, 'scheduled_maintenances') && !has(s, 'incidents'),
  paths: ['$.scheduled_maintenances.*'],
  reader: () => ({
    rows(value) {
      const v = isObject(value) ? value : {};
      const components = Array.isArray(v.components)
        ? v.components.map((c) => (isObject(c) ? text(c.name) : '')).filter((c) => c !== '')
        : [];
      const name = text(v.name);
      // The window announced is what the notice covers: time run past scheduled_until was not
      // announced, so it is not the notice's to excuse. Without an announced end there is no
      // window (the importer would call an empty end an interval still open).
      const until = text(v.scheduled_until);
      if (until === '') return [{ skip: 'empty end' }];
      const cells = (component: string) => [
        text(v.scheduled_for),
        until,
        'planned',
        // The notice is given when the maintenance is posted.
        text(v.created_at),
        component === '' ? name : `${name} (${component})`,
        component,
        text(v.status),
      ];
      return components.length ? components.map(cells) : [cells('')];
    },
  }),
  note:
    "The vendor's maintenance notices: one planned exclusion per maintenance and affected component, " +
    'over its announced window, scheduled_for to scheduled_until (an overrun was not announced), ' +
    'announced at created_at; one without that window is skipped. Filter with component=….',
};

const instatusIncidents: JsonLayout = {
  id: 'instatus-incidents',
  name: 'Instatus incidents',
  kind: 'events',
  source:
    'Instatus API, GET https://api.instatus.com/v1/:page_id/incidents (instatus.com/help/api/incidents: an ' +
    'array of incidents with name, status, started, resolved, updates[], components[] of id, name, status, site)',
  header: ['monitor', 'start', 'end', 'cause', 'component', 'status'],
  columns: { monitor: 'monitor', start: 'start', end: 'end', cause: 'cause' },
  times: 'offset',
  matches: (s) =>
    s.top === 'array' &&
    has(s, '[].started', '[].components') &&
    (has(s, '[].resolved') || has(s, '[].updates')),
  paths: ['$.*'],
  vendorRecord: true,
  reader: () => ({
    rows(value) {
      const v = isObject(value) ? value : {};
      const components = Array.isArray(v.components)
        ? v.components.map((c) => (isObject(c) ? text(c.name) : '')).filter((c) => c !== '')
        : [];
      // `resolved` is null while the incident is open: the row is then skipped as unresolved.
      const cells = (component: string) => [
        component,
        text(v.started),
        text(v.resolved),
        text(v.name),
        component,
        text(v.status),
      ];
      return components.length ? components.map(cells) : [cells('')];
    },
  }),
  note:
    "The vendor's own record: one event per incident and affected component, from started to " +
    "resolved; an unresolved incident is skipped. Filter with component=…. (A component's status in " +
    'this list is its status now, not during the incident, so it is not a measure of impact.)',
};

/** UptimeRobot's log types as interval states: a pause is no evidence either way. */
const UPTIMEROBOT_TYPES: Record<number, string> = { 1: 'down', 2: 'up', 98: 'started', 99: 'paused' };

const uptimeRobotMonitors: JsonLayout = {
  id: 'uptimerobot-logs',
  name: 'UptimeRobot getMonitors logs',
  kind: 'events',
  source:
    'UptimeRobot API v2, POST /v2/getMonitors with logs=1 (uptimerobot.com/api/legacy: ' +
    'monitors[].logs[] of type 1 down, 2 up, 98 started, 99 paused; datetime in Unix seconds; ' +
    'duration in seconds, the newest running to when the file was fetched)',
  header: ['monitor', 'status', 'start', 'end', 'cause'],
  columns: { monitor: 'monitor', start: 'start', end: 'end', cause: 'cause' },
  times: 'epoch',
  matches: (s) =>
    s.top === 'object' &&
    has(s, 'monitors') &&
    (has(s, 'stat') || has(s, 'monitors[].logs')) &&
    !uptimeRobotWithoutLogs(s),
  paths: ['$.monitors.*'],
  reader: () => ({
    rows(value) {
      if (!isObject(value)) return [['', '', '', '', '']];
      const name = text(value.friendly_name) || text(value.url) || text(value.id);
      const logs = Array.isArray(value.logs) ? value.logs : [];
      return logs.map((log) => {
        if (!isObject(log)) return [name, '', '', '', ''];
        const type = typeof log.type === 'number' ? log.type : Number(log.type);
        const seconds = typeof log.duration === 'number' ? log.duration : Number(log.duration);
        const start = typeof log.datetime === 'number' ? log.datetime : Number(log.datetime);
        const reason = isObject(log.reason) ? text(log.reason.detail) : '';
        return [
          name,
          UPTIMEROBOT_TYPES[type] ?? `type ${text(log.type)}`,
          epochSecondsMs(log.datetime),
          Number.isFinite(seconds) && seconds >= 0 && Number.isFinite(start)
            ? epochSecondsMs(start + seconds)
            : text(log.duration),
          reason,
        ];
      });
    },
  }),
  states: { column: 'status', down: ['down'], up: ['up', 'started'], unknown: ['paused'] },
  note:
    'Each log entry is a state that lasts its duration: Down is an outage, Up and Started time ' +
    'known up; a pause, and any time outside the logs (before the first, after the newest ' +
    'ends when the file was fetched), is no data.',
};

const betterStackIncidents: JsonLayout = {
  id: 'betterstack-incidents',
  name: 'Better Stack Uptime incidents',
  kind: 'events',
  source:
    'Better Stack Uptime API, GET /api/v2/incidents (betterstack.com/docs/uptime/api/list-all-incidents: ' +
    'JSON:API data[] of type "incident" with attributes.name, cause, started_at, resolved_at)',
  header: ['monitor', 'start', 'end', 'cause'],
  columns: { monitor: 'monitor', start: 'start', end: 'end', cause: 'cause' },
  times: 'offset',
  matches: (s) =>
    s.top === 'object' &&
    scalar(s, 'data[].type') === 'incident' &&
    has(s, 'data[].attributes') &&
    (has(s, 'data[].attributes.started_at') || has(s, 'pagination')),
  paths: ['$.data.*'],
  reader: () => ({
    rows(value) {
      const a = isObject(value) && isObject(value.attributes) ? value.attributes : {};
      return [[text(a.name) || text(a.url), text(a.started_at), text(a.resolved_at), text(a.cause)]];
    },
  }),
  note: 'One event per incident, from started_at to resolved_at; an unresolved incident is skipped.',
};

const pingdomOutages: JsonLayout = {
  id: 'pingdom-outages',
  name: 'Pingdom outage summary',
  kind: 'events',
  source:
    'Pingdom API 3.1, GET /summary.outage/{checkid} (docs.pingdom.com/api, "Summary.outage": ' +
    'summary.states[] of status up/down/unknown with timefrom/timeto in Unix seconds)',
  header: ['status', 'start', 'end'],
  columns: { start: 'start', end: 'end' },
  times: 'epoch',
  matches: (s) => s.top === 'object' && has(s, 'summary.states', 'summary.states[].timefrom'),
  paths: ['$.summary.states.*'],
  reader: () => ({
    rows(value) {
      const v = isObject(value) ? value : {};
      return [[text(v.status), epochSecondsMs(v.timefrom), epochSecondsMs(v.timeto)]];
    },
  }),
  states: { column: 'status', down: ['down'], up: ['up'], unknown: ['unknown'] },
  note:
    'Up, down and unknown intervals of one check: the down ones are outages, the up ones time ' +
    'known up; unknown intervals and any time outside the file are no data.',
};

/** Pingdom's result statuses as checks: an unconfirmed down is one probe's failure its re-test did not confirm. */
const PINGDOM_RESULTS = lookupTable({ up: 'up', down: 'down', unconfirmed_down: 'up' });

const pingdomResults: JsonLayout = {
  id: 'pingdom-results',
  name: 'Pingdom check results',
  kind: 'probes',
  source:
    'Pingdom API 3.1, GET /results/{checkid} (docs.pingdom.com/api, "Results": activeprobes[] and ' +
    'results[] of probeid, time in Unix seconds, status up, down, unconfirmed_down, unknown or ' +
    'paused, responsetime, statusdesc, statusdesclong)',
  header: CHECK_HEADER,
  columns: CHECK_COLUMNS,
  times: 'epoch',
  matches: (s) => s.top === 'object' && has(s, 'results[].probeid', 'results[].time', 'results[].status'),
  paths: ['$.results.*'],
  reader: () => ({
    rows(value) {
      const v = isObject(value) ? value : {};
      const status = text(v.status);
      if (status === 'unknown' || status === 'paused')
        return [{ skip: `Pingdom's result is ${status}: no check was made or could be judged` }];
      const check = PINGDOM_RESULTS[status] ?? status;
      // The file holds one check: its monitor is the file's name.
      return [['', epochSecondsMs(v.time), check, check === 'down' ? text(v.statusdesc) : '']];
    },
  }),
  note:
    "Each result is one probe's check of one Pingdom check: down is down; an unconfirmed down " +
    '(a failure the re-test from another probe did not confirm) counts as up, only a confirmed ' +
    'down being an outage; unknown and paused results are skipped.',
};

/** Whether no Gatus result is seen in the head: every endpoint's `results` null or empty. */
const noResult = (s: JsonShape, item: string) => !s.paths.some((p) => p.startsWith(`${item}results[]`));

const gatusStatuses: JsonLayout = {
  id: 'gatus-statuses',
  name: 'Gatus endpoint statuses',
  kind: 'probes',
  source:
    'TwiN/gatus config/endpoint/status.go (Status: name, group, key, results) and ' +
    'config/endpoint/result.go (Result: status, success, timestamp, errors), served by GET /api/v1/endpoints/statuses',
  header: CHECK_HEADER,
  columns: CHECK_COLUMNS,
  times: 'offset',
  // A page past the last result has none: Gatus's SQL storage writes `"results": null` (a nil
  // slice from storage/store/sql/sql.go getEndpointResultsByEndpointID), its memory storage
  // `[]` (storage/store/memory/util.go ShallowCopyEndpointStatus); `key` is always written.
  matches: (s) =>
    (s.top === 'array' &&
      (has(s, '[].results', '[].results[].success') ||
        (has(s, '[].key', '[].results') && noResult(s, '[].')))) ||
    (s.top === 'object' &&
      (has(s, 'results', 'results[].success', 'results[].timestamp') ||
        (has(s, 'key', 'results') && noResult(s, '')))),
  paths: ['$.*.name', '$.*.group', '$.*.key', '$.*.results.*', '$.name', '$.group', '$.key', '$.results.*'],
  reader() {
    const endpoints = new Map<string, { name: string; group: string; key: string }>();
    const endpointOf = (path: JsonPath) => {
      const id = typeof path[1] === 'number' ? String(path[1]) : '';
      let e = endpoints.get(id);
      if (!e) {
        e = { name: '', group: '', key: '' };
        endpoints.set(id, e);
      }
      return e;
    };
    return {
      rows(value, path) {
        const field = path[path.length - 1];
        const e = endpointOf(path);
        if (field === 'name' || field === 'group' || field === 'key') {
          e[field] = text(value);
          return [];
        }
        const r = isObject(value) ? value : {};
        const monitor = e.name ? (e.group ? `${e.group}/${e.name}` : e.name) : e.key;
        const success = r.success === true ? 'up' : r.success === false ? 'down' : '';
        const errors = Array.isArray(r.errors) ? r.errors.map(text).join('; ') : '';
        return [[monitor, text(r.timestamp), success, errors]];
      },
    };
  },
  note: "Each result is one check; it is down when the endpoint's conditions failed (success = false).",
};

/** Uptime Kuma's `heartbeat.time` as its database gives it back: UTC, no zone, `YYYY-MM-DD HH:mm:ss[.SSS]`. */
const KUMA_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)$/;

/**
 * An Uptime Kuma status page's heartbeats, as its public API serves them: the newest beats
 * of each public monitor (100 in 2.x, 50 in 1.x), keyed by monitor id, oldest first.
 */
const uptimeKumaStatusPage: JsonLayout = {
  id: 'uptime-kuma-status-page',
  name: 'Uptime Kuma status page heartbeats',
  kind: 'probes',
  source:
    'louislam/uptime-kuma server/routers/status-page-router.js (GET /api/status-page/heartbeat/:slug → ' +
    '{heartbeatList: {<monitor id>: [the newest 100 beats, oldest first]}, uptimeList}; 50 beats in 1.23) and ' +
    'server/model/heartbeat.js (toPublicJSON: status 0 down / 1 up / 2 pending / 3 maintenance, time as stored, ' +
    'UTC without a zone, msg hidden, ping)',
  header: CHECK_HEADER,
  columns: CHECK_COLUMNS,
  times: 'offset',
  matches: (s) =>
    s.top === 'object' &&
    s.paths.some((p) => /^heartbeatList\.[^.]+\[\]\.time$/.test(p)) &&
    s.paths.some((p) => /^heartbeatList\.[^.]+\[\]\.status$/.test(p)),
  paths: ['$.heartbeatList.*.*'],
  reader: () => ({
    rows(value, path) {
      const v = isObject(value) ? value : {};
      const time = text(v.time);
      // Kuma writes every heartbeat time in UTC and its database returns it without a zone.
      const m = KUMA_TIME.exec(time);
      return [[String(path[2] ?? ''), m ? `${m[1]}T${m[2]}Z` : time, text(v.status), '']];
    },
  }),
  note:
    "Each beat is one check of the monitor named by its id (the status page's own list names them): 0 down, 1 up, 2 " +
    "pending (down, as Kuma's own uptime counts it) and 3 maintenance (up); times are UTC. The page holds only the newest 100 beats a monitor (50 " +
    'before 2.0), so save it at least that often and give every file.',
};

const healthchecksFlips: JsonLayout = {
  id: 'healthchecks-flips',
  name: 'Healthchecks.io flips',
  kind: 'states',
  source:
    'healthchecks/healthchecks hc/api/models.py (Flip.to_dict: timestamp, up) and hc/api/views.py ' +
    '(GET /api/v3/checks/<uuid>/flips/ → {"flips": [...]})',
  header: CHECK_HEADER,
  columns: CHECK_COLUMNS,
  times: 'offset',
  matches: (s) => s.top === 'object' && has(s, 'flips', 'flips[].up', 'flips[].timestamp'),
  paths: ['$.flips.*'],
  reader: () => ({
    rows(value) {
      const v = isObject(value) ? value : {};
      const up = v.up === 1 || v.up === true ? 'up' : v.up === 0 || v.up === false ? 'down' : text(v.up);
      return [['', text(v.timestamp), up, '']];
    },
  }),
  note: "Each flip is a change of the check's state (1 up, 0 down) that holds until the next.",
};

const statusCakePeriods: JsonLayout = {
  id: 'statuscake-periods',
  name: 'StatusCake uptime periods',
  kind: 'events',
  source:
    'StatusCakeDev/statuscake-go model_uptime_test_periods.go and model_uptime_test_period.go ' +
    '(GET /v1/uptime/{test_id}/periods: data[] of created_at, ended_at (RFC 3339), duration (ms), status up/down)',
  header: ['status', 'start', 'end'],
  columns: { start: 'start', end: 'end' },
  times: 'offset',
  matches: (s) =>
    s.top === 'object' &&
    has(s, 'data[].created_at', 'data[].status') &&
    (has(s, 'data[].ended_at') || has(s, 'data[].duration')) &&
    !has(s, 'data[].type'),
  paths: ['$.data.*'],
  reader: () => ({
    rows(value) {
      const v = isObject(value) ? value : {};
      const start = text(v.created_at);
      let end = text(v.ended_at);
      // The period still running has no end: StatusCake's duration runs to when it was fetched.
      // Its start is read as every time is (RFC 3339 carries its offset, so the zone given is not used).
      const started = parseTimestamp(start, 'UTC');
      if (end === '' && typeof v.duration === 'number' && started.ok)
        end = new Date(started.ms + v.duration).toISOString();
      return [[text(v.status), start, end]];
    },
  }),
  states: { column: 'status', down: ['down'], up: ['up'], unknown: [] },
  note:
    'Up and down periods of one test: the down ones are the outages, the up ones time known up, ' +
    'any time outside them no data; a period still running lasts as long as StatusCake said ' +
    'when the file was fetched.',
};

/**
 * A browser test run's outcome from its short result. The model has no `passed` for browser
 * runs: `stepCountCompleted` is "Amount of browser test steps completed before failing", so
 * fewer than `stepCountTotal` is a failed run. `errorCount` ("Amount of errors collected") counts
 * the browser errors collected along the way (SyntheticsStepDetail's `browserErrors`: console
 * and network errors), which a run that completed every step may have too: it does not decide.
 */
function browserRunDown(result: Record<string, unknown>): boolean | undefined {
  const { stepCountCompleted: done, stepCountTotal: total } = result;
  return typeof done === 'number' && typeof total === 'number' ? done < total : undefined;
}

const datadogSyntheticsResults: JsonLayout = {
  id: 'datadog-synthetics-results',
  name: 'Datadog Synthetics test results',
  kind: 'probes',
  source:
    'DataDog/datadog-api-client-typescript packages/datadog-api-client-v1/models/' +
    'SyntheticsAPITestResultShort.ts (check_time in ms, probe_dc, result.passed, result_id, status 0 OK / 1 alert / 2 no data), ' +
    'SyntheticsBrowserTestResultShort.ts and SyntheticsBrowserTestResultShortResult.ts (a browser run: ' +
    'result.errorCount, stepCountCompleted, stepCountTotal, no passed; status a SyntheticsTestMonitorStatus), ' +
    'the results[] of GET /api/v1/synthetics/tests/{public_id}/results and /tests/browser/{public_id}/results',
  header: CHECK_HEADER,
  columns: CHECK_COLUMNS,
  times: 'epoch',
  matches: (s) =>
    s.top === 'object' &&
    has(s, 'results[].check_time') &&
    (has(s, 'results[].probe_dc') || has(s, 'last_timestamp_fetched')),
  paths: ['$.results.*'],
  reader: () => ({
    rows(value) {
      const v = isObject(value) ? value : {};
      const result = isObject(v.result) ? v.result : {};
      // A browser run's `status` is its monitor's alert state (0 untriggered, 1 triggered),
      // which lags the runs and outlasts them: its steps say whether the run itself failed.
      const passed = typeof result.passed === 'boolean' ? result.passed : undefined;
      const down = passed === undefined ? browserRunDown(result) : !passed;
      const status =
        down === false ? 'up' : down === true ? 'down' : v.status === 0 ? 'up' : v.status === 1 ? 'down' : '';
      if (status === '' && v.status === 2)
        return [{ skip: 'no data (status 2): Datadog had no result of this run' }];
      const t = typeof v.check_time === 'number' ? String(Math.round(v.check_time)) : text(v.check_time);
      return [['', t, status, '']];
    },
  }),
  note:
    'Each result is one run of the test from one location; an API test run is down when it did not ' +
    'pass, a browser test run when it stopped before its last step. A run with neither a result nor ' +
    'an OK or alert status (status 2, no data) is skipped with that reason.',
};

const statusCakeHistory: JsonLayout = {
  id: 'statuscake-history',
  name: 'StatusCake uptime check history',
  kind: 'probes',
  source:
    'StatusCakeDev/statuscake-go model_uptime_test_history.go (data[], links, metadata) and ' +
    'model_uptime_test_history_result.go (created_at RFC 3339, location, performance in ms, ' +
    'status_code), the answer of GET /v1/uptime/{test_id}/history',
  header: ['monitor', 'time', 'code'],
  columns: { monitor: 'monitor', time: 'time', code: 'code' },
  times: 'offset',
  matches: (s) =>
    s.top === 'object' && has(s, 'data[].created_at', 'data[].status_code') && !has(s, 'data[].status'),
  paths: ['$.data.*'],
  reader: () => ({
    rows(value) {
      const v = isObject(value) ? value : {};
      // The file holds one test: its monitor is the file's name.
      return [['', text(v.created_at), text(v.status_code)]];
    },
  }),
  note:
    "Each result is one run of the test from one location, judged by its status code as the policy's " +
    'down codes say (0, no answer, as a timeout).',
};

/** One Checkly CheckResult, as v1 lists it and as v2 pages it. */
function checklyRows(value: unknown): (string[] | JsonSkip)[] {
  const v = isObject(value) ? value : {};
  // Checkly's API reference: FINAL is the result of the check run, ATTEMPT that of a retry
  // before it (listed with resultType=ALL). A failed attempt followed by a passing FINAL is
  // not a failed run; a run that failed throughout has a failed FINAL of its own.
  if (v.resultType === 'ATTEMPT')
    return [{ skip: 'a retry attempt (resultType ATTEMPT): its run counts by its FINAL result' }];
  // The same reference: hasFailures "should be your main focus … Assertions that fail,
  // timeouts or failing scripts all resolve to this value being true"; hasErrors "Describes
  // if an internal error has occured in Checkly's backend", which says nothing of the service.
  if (v.hasFailures === false && v.hasErrors === true)
    return [
      { skip: "an internal error in Checkly's backend (hasErrors, no failures): no result of the check" },
    ];
  const known = typeof v.hasFailures === 'boolean';
  // The CheckResult schema makes startedAt nullable and created_at not.
  const time = text(v.startedAt) || text(v.created_at);
  return [[text(v.name), time, known ? (v.hasFailures ? 'down' : 'up') : '', '']];
}

const checklyResults: JsonLayout = {
  id: 'checkly-check-results',
  name: 'Checkly check results',
  kind: 'probes',
  source:
    'checkly/checkly-go-sdk types.go (CheckResult: name, checkId, hasFailures, hasErrors, isDegraded, ' +
    'runLocation, startedAt, stoppedAt, created_at, responseTime) and get-check-results.go ' +
    '(GET /v1/check-results/{checkId} → an array of them); resultType FINAL or ATTEMPT (a retry), ' +
    "hasErrors an internal error of Checkly's backend, startedAt nullable and created_at not, from " +
    "the CheckResult schema of Checkly's API reference (checklyhq.com/docs/api-reference/check-results/retrieve-a-check-result)",
  header: CHECK_HEADER,
  columns: CHECK_COLUMNS,
  times: 'offset',
  matches: (s) => s.top === 'array' && has(s, '[].hasFailures', '[].startedAt'),
  paths: ['$.*'],
  reader: () => ({ rows: checklyRows }),
  note:
    'Each result is one run of the check from one location, at its start (its creation where the ' +
    'start is null); it is down when it had failures. A degraded run (slow, within the maximum) is ' +
    "up. A retry attempt (resultType ATTEMPT) and a run with only an internal error of Checkly's " +
    'backend (hasErrors) are skipped with their reasons.',
};

// A layout of its own rather than a second path of v1's: `$.*` on v2's object would hand
// out its whole `entries` array as one value.
const checklyResultsV2: JsonLayout = {
  ...checklyResults,
  id: 'checkly-check-results-v2',
  name: 'Checkly check results (API v2)',
  source:
    "Checkly's API reference, GET /v2/check-results/{checkId}, which replaces the deprecated v1 list " +
    '(checklyhq.com/docs/api-reference/check-results/lists-all-check-results-1: {"length", "entries": ' +
    '[CheckResult…], "nextId"}; each entry the CheckResult of checkly/checkly-go-sdk types.go)',
  matches: (s) => s.top === 'object' && has(s, 'entries[].hasFailures', 'entries[].startedAt'),
  paths: ['$.entries.*'],
};

/** Upptime's issue titles (upptime/uptime-monitor src/update.ts). */
const UPPTIME_TITLE = /^\S+\s+(.+?)\s+(is down|has degraded performance)$/u;

const upptimeIssues: JsonLayout = {
  id: 'upptime-issues',
  name: 'Upptime incident issues (gh issue list)',
  kind: 'events',
  source:
    'upptime/uptime-monitor src/update.ts (an issue "🛑 <site> is down" or "⚠️ <site> has degraded ' +
    'performance" opened when a check fails, closed when it recovers; labels "status" and the site slug), ' +
    'listed by cli/cli `gh issue list --state all --label status --json number,title,createdAt,closedAt,labels`',
  header: ['monitor', 'start', 'end', 'cause', 'status'],
  columns: { monitor: 'monitor', start: 'start', end: 'end', cause: 'cause' },
  times: 'offset',
  matches: (s) =>
    s.top === 'array' && has(s, '[].title', '[].createdAt') && (has(s, '[].closedAt') || has(s, '[].number')),
  paths: ['$.*'],
  reader: () => ({
    rows(value) {
      const v = isObject(value) ? value : {};
      const title = text(v.title);
      const m = UPPTIME_TITLE.exec(title);
      const closed = text(v.closedAt);
      return [
        [
          m ? m[1]! : '',
          text(v.createdAt),
          closed.startsWith('0001-01-01') ? '' : closed,
          title,
          m ? (m[2] === 'is down' ? 'down' : 'degraded') : 'other',
        ],
      ];
    },
  }),
  where: [{ column: 'status', values: ['down'] }],
  note:
    'Upptime opens an issue when a site goes down and closes it when the site is back: each ' +
    '"is down" issue is an outage from createdAt to closedAt; degraded-performance issues are left ' +
    'out, and an open issue is skipped.',
};

/** Most specific first. */
export const JSON_LAYOUTS: readonly JsonLayout[] = [
  prometheusMatrix,
  statuspageIncidents,
  statuspageMaintenances,
  instatusIncidents,
  uptimeRobotMonitors,
  betterStackIncidents,
  pingdomOutages,
  pingdomResults,
  statusCakePeriods,
  statusCakeHistory,
  datadogSyntheticsResults,
  checklyResults,
  checklyResultsV2,
  gatusStatuses,
  uptimeKumaStatusPage,
  healthchecksFlips,
  upptimeIssues,
];

export function jsonLayoutById(id: string): JsonLayout | undefined {
  return JSON_LAYOUTS.find((l) => l.id === id);
}

export function detectJsonLayout(shape: JsonShape): JsonLayout | null {
  return JSON_LAYOUTS.find((l) => l.matches(shape)) ?? null;
}
