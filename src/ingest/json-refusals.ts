// Known tools' JSON that holds nothing SLA Witness can count (an error, a single instant,
// only what is open now, an API version without state history): refused by what it is and
// what to fetch instead, not as unknown JSON. Each names the public source that defines the
// document. A refusal is typed, so that the page can word it in its own language; it holds
// keys and the tool's own fixed words, never the file's values.
import type { JsonShape } from './json-shape';

/** A known tool's unreadable JSON, by what it is; its few variable parts are fixed words. */
export type JsonRefusal =
  | { document: 'prometheus-error'; errorType: string | null }
  | { document: 'uptimerobot-error'; errorType: string | null }
  | { document: 'github-error'; httpStatus: string | null }
  | { document: 'api-error'; keys: string[]; moreKeys: boolean; httpStatus: string | null }
  | { document: 'prometheus-instant'; resultType: 'vector' | 'scalar' | 'string' }
  | { document: 'prometheus-no-samples'; endpoint: 'series' | 'labels' | 'targets' }
  | { document: 'uptimerobot-v3'; records: 'monitors' | 'incidents' }
  | { document: 'statuspage-summary' }
  | { document: 'statuspage-now'; endpoint: 'components' | 'status' }
  | { document: 'uptimerobot-no-logs' }
  | { document: 'betterstack-sla' }
  | { document: 'monitor-list'; tool: 'betterstack' | 'pingdom' | 'statuscake' | 'datadog' | 'healthchecks' }
  | { document: 'instatus-maintenances' }
  | { document: 'healthchecks-pings' }
  | { document: 'upptime-summary' }
  | { document: 'uptime-kuma-backup' }
  | { document: 'uptime-kuma-status-page' }
  | { document: 'grafana-inspect'; data: 'frames' | 'panel' | 'query' };

interface JsonRefuser {
  /** The public repository file or vendor API reference that defines this document. */
  source: string;
  /** The refusal, or null when the shape is not this document. */
  refuse(shape: JsonShape): JsonRefusal | null;
}

const has = (shape: JsonShape, ...paths: string[]) => paths.every((p) => shape.paths.includes(p));
const scalar = (shape: JsonShape, path: string) => shape.scalars.get(path);

/** The errorType values Prometheus defines; any other value is the file's own and is not repeated. */
const PROMETHEUS_ERROR_TYPES = new Set([
  'timeout',
  'canceled',
  'execution',
  'bad_data',
  'internal',
  'unavailable',
  'not_found',
]);

const prometheusError: JsonRefuser = {
  source:
    'prometheus/prometheus web/api/v1/api.go (response: status "error", errorType, error; errorType ' +
    'timeout, canceled, execution, bad_data, internal, unavailable, not_found)',
  refuse(s) {
    if (s.top !== 'object' || scalar(s, 'status') !== 'error' || !has(s, 'errorType')) return null;
    // The error text is Prometheus's, but it quotes the query it was given: it is not repeated.
    const type = scalar(s, 'errorType') ?? '';
    return { document: 'prometheus-error', errorType: PROMETHEUS_ERROR_TYPES.has(type) ? type : null };
  },
};

/** A document's top-level keys, in the order first seen. */
const topKeys = (s: JsonShape): string[] => [
  ...new Set([...s.paths, ...s.scalars.keys()].map((p) => p.split(/[.[]/, 1)[0]!)),
];

/** The keys an API's error body is made of, and nothing else (the envelopes cited below). */
const ERROR_ENVELOPE_KEYS = new Set([
  'stat',
  'status',
  'statusCode',
  'status_code',
  'code',
  'error',
  'errors',
  'error_code',
  'errorCode',
  'error_message',
  'errorMessage',
  'error_description',
  'message',
  'messages',
  'detail',
  'details',
  'title',
  'type',
  'documentation_url',
  'request_id',
  'requestId',
  'trace_id',
  'traceId',
  'timestamp',
  'path',
  'instance',
  'success',
  'ok',
]);

/** The HTTP status an error body states (400–599), the one value of it that is repeated. */
function httpStatusOf(s: JsonShape): string | null {
  for (const key of [
    'status',
    'statusCode',
    'status_code',
    'code',
    'error.statuscode',
    'error.code',
    'error.status',
  ]) {
    const v = scalar(s, key);
    if (v !== undefined && /^[45]\d\d$/.test(v)) return v;
  }
  return null;
}

/** UptimeRobot's error types seen in its answers; any other is the file's own and is not repeated. */
const UPTIMEROBOT_ERROR_TYPES = new Set([
  'invalid_parameter',
  'missing_parameter',
  'not_authorized',
  'access_denied',
]);

const apiError: JsonRefuser = {
  source:
    'UptimeRobot API v2 (uptimerobot.com/api/v2: every answer has `stat`, "ok" or "fail"; a failure has ' +
    '`error` with `type`, `message` and, for a bad parameter, `parameter_name` and `passed_value`, which ' +
    'repeats what was sent, the api_key included); GitHub REST API, "Troubleshooting the REST API" ' +
    '(docs.github.com/en/rest: `message`, `documentation_url`, `status`); Datadog API APIErrorResponse ' +
    '(DataDog/datadog-api-client-ruby lib/datadog_api_client/v1/models/api_error_response.rb: `errors`, a ' +
    'list of strings); Pingdom API 3.1 errors (docs.pingdom.com/api: `error` with `statuscode`, `statusdesc`, ' +
    "`errormessage`); Checkly's API errors, hapi's Boom payload (hapijs/boom lib/index.js: `statusCode`, " +
    '`error`, `message`); and the bodies of the other APIs the README names, made of the same keys',
  refuse(s) {
    if (s.top !== 'object') return null;
    const keys = topKeys(s);
    if (keys.length === 0 || !keys.every((k) => ERROR_ENVELOPE_KEYS.has(k))) return null;
    const stat = scalar(s, 'stat');
    const status = httpStatusOf(s);
    if (stat === 'fail') {
      const type = scalar(s, 'error.type') ?? '';
      return { document: 'uptimerobot-error', errorType: UPTIMEROBOT_ERROR_TYPES.has(type) ? type : null };
    }
    const said = ['error', 'errors', 'error_code', 'errorCode', 'error_message', 'errorMessage'].some((k) =>
      keys.includes(k),
    );
    if (!said && !(keys.includes('message') && (status !== null || keys.includes('documentation_url'))))
      return null;
    if (keys.includes('documentation_url') && keys.includes('message'))
      return { document: 'github-error', httpStatus: status };
    return { document: 'api-error', keys: keys.slice(0, 4), moreKeys: keys.length > 4, httpStatus: status };
  },
};

const prometheusInstant: JsonRefuser = {
  source:
    'prometheus/prometheus docs/querying/api.md ("Instant queries": resultType vector or scalar, one ' +
    'value per series at one time; "Range queries": resultType matrix)',
  refuse(s) {
    const type = s.top === 'object' ? scalar(s, 'data.resultType') : undefined;
    if (type !== 'vector' && type !== 'scalar' && type !== 'string') return null;
    return { document: 'prometheus-instant', resultType: type };
  },
};

const prometheusNoSamples: JsonRefuser = {
  source:
    'prometheus/prometheus docs/querying/api.md ("Finding series by label matchers": GET /api/v1/series, data ' +
    'a list of label sets; "Getting label names" and "Querying label values": GET /api/v1/labels and ' +
    '/api/v1/label/<label_name>/values, data a list of strings; "Targets": GET /api/v1/targets, data.activeTargets ' +
    "with each target's health and lastScrape now)",
  refuse(s) {
    if (s.top !== 'object' || scalar(s, 'status') !== 'success') return null;
    if (has(s, 'data[].__name__')) return { document: 'prometheus-no-samples', endpoint: 'series' };
    if (has(s, 'data.activeTargets')) return { document: 'prometheus-no-samples', endpoint: 'targets' };
    if (s.scalars.has('data[]') && s.paths.every((p) => p === 'status' || p === 'data'))
      return { document: 'prometheus-no-samples', endpoint: 'labels' };
    return null;
  },
};

const uptimeRobotV3: JsonRefuser = {
  source:
    'UptimeRobot API v3 (uptimerobot.com/api/v3): GET /monitors → {data: [{id, friendlyName, url, type, ' +
    'status, …}], nextLink} in joelp172/uptime-robot-operator internal/uptimerobot/v3types.go ' +
    '(MonitorsListResponse), incidents with startedAt, resolvedAt and their monitor in simstudioai/sim ' +
    'apps/sim/tools/uptimerobot/types.ts (mapIncidentSummary)',
  refuse(s) {
    if (s.top !== 'object' || !has(s, 'data') || has(s, 'data[].attributes')) return null;
    const monitors = has(s, 'data[].friendlyName');
    const incidents = has(s, 'data[].startedAt') && (has(s, 'data[].monitor') || has(s, 'data[].monitorId'));
    if (!monitors && !incidents) return null;
    return { document: 'uptimerobot-v3', records: monitors ? 'monitors' : 'incidents' };
  },
};

const statuspageSummary: JsonRefuser = {
  source:
    "Atlassian Statuspage public status API, GET /api/v2/summary.json (any status page's /api, e.g. " +
    'confluence.status.atlassian.com/api: page, components, unresolved incidents, upcoming or in-progress ' +
    'scheduled_maintenances, status)',
  refuse(s) {
    if (s.top !== 'object' || !has(s, 'page', 'components', 'incidents')) return null;
    return { document: 'statuspage-summary' };
  },
};

const statuspageNow: JsonRefuser = {
  source:
    "Atlassian Statuspage public status API (any status page's /api, e.g. confluence.status.atlassian.com/api): " +
    "GET /api/v2/components.json (page, components: each component's status now) and GET /api/v2/status.json " +
    '(page, status: indicator none, minor, major or critical, and description)',
  refuse(s) {
    if (s.top !== 'object' || !has(s, 'page') || has(s, 'incidents')) return null;
    if (has(s, 'components[].status')) return { document: 'statuspage-now', endpoint: 'components' };
    if (has(s, 'status.indicator') && !has(s, 'components'))
      return { document: 'statuspage-now', endpoint: 'status' };
    return null;
  },
};

/**
 * getMonitors asked without logs=1: each monitor's settings and status now. The logs come
 * last in each monitor, so a head that shows a monitor's other fields and no `logs` is a
 * document without them (the layout in json-layouts.ts steps aside for it).
 */
export const uptimeRobotWithoutLogs = (s: JsonShape): boolean =>
  s.top === 'object' && has(s, 'stat', 'monitors[].id', 'monitors[].status') && !has(s, 'monitors[].logs');

const uptimeRobotNoLogs: JsonRefuser = {
  source:
    'UptimeRobot API v2, POST /v2/getMonitors (uptimerobot.com/api/legacy: stat, pagination, monitors[] of id, ' +
    'friendly_name, url, type, …, interval, status, create_datetime; logs[] only when asked with logs=1)',
  refuse(s) {
    return uptimeRobotWithoutLogs(s) ? { document: 'uptimerobot-no-logs' } : null;
  },
};

const betterStackSla: JsonRefuser = {
  source:
    'Better Stack Uptime API, GET /api/v2/monitors/{monitor_id}/sla (betterstack.com/docs/uptime/api/get-a-monitors-' +
    'availability-summary: data of type "monitor_sla" with attributes availability, total_downtime, ' +
    'number_of_incidents, longest_incident, average_incident)',
  refuse(s) {
    return s.top === 'object' && scalar(s, 'data.type') === 'monitor_sla'
      ? { document: 'betterstack-sla' }
      : null;
  },
};

/**
 * A tool's list of its monitors: their settings and each one's status now (an uptime
 * figure at most), which is where its API starts and what a user saves first.
 */
const monitorLists: JsonRefuser = {
  source:
    'Better Stack Uptime API, GET /api/v2/monitors (betterstack.com/docs/uptime/api/list-all-existing-monitors ' +
    'and monitors-api-response-params: JSON:API data[] of type "monitor" with attributes url, pronounceable_name, ' +
    'status, last_checked_at, …); Pingdom API 3.1, GET /checks (docs.pingdom.com/api, "Checks": checks[] of id, ' +
    'created, name, hostname, type, lasttesttime, lasterrortime, status, …, and counts); StatusCake API v1, ' +
    'GET /v1/uptime (StatusCakeDev/statuscake-go model_uptime_tests.go: data[] and metadata; ' +
    'model_uptime_test_overview.go: id, name, website_url, test_type, check_rate, contact_groups, paused, status, ' +
    'tags, uptime); Datadog Synthetics, GET /api/v1/synthetics/tests (DataDog/datadog-api-client-typescript ' +
    'packages/datadog-api-client-v1/models/SyntheticsListTestsResponse.ts: tests[] of SyntheticsTestDetails.ts, ' +
    'public_id, name, status live or paused, type api or browser, config, locations, monitor_id, …); ' +
    'Healthchecks.io, GET /api/v3/checks/ (healthchecks/healthchecks templates/docs/api.md, "List existing ' +
    'checks": checks[] of name, slug, tags, desc, grace, n_pings, status, started, last_ping, next_ping, …)',
  refuse(s) {
    if (s.top !== 'object') return null;
    if (scalar(s, 'data[].type') === 'monitor' && has(s, 'data[].attributes.url'))
      return { document: 'monitor-list', tool: 'betterstack' };
    if (has(s, 'checks[].hostname', 'checks[].lasttesttime', 'checks[].status'))
      return { document: 'monitor-list', tool: 'pingdom' };
    if (has(s, 'data[].website_url', 'data[].check_rate', 'data[].status', 'metadata'))
      return { document: 'monitor-list', tool: 'statuscake' };
    if (has(s, 'tests[].public_id', 'tests[].locations'))
      return { document: 'monitor-list', tool: 'datadog' };
    if (has(s, 'checks[].n_pings', 'checks[].grace', 'checks[].status'))
      return { document: 'monitor-list', tool: 'healthchecks' };
    return null;
  },
};

const uptimeKumaBackup: JsonRefuser = {
  source:
    'louislam/uptime-kuma src/components/settings/Backup.vue (1.x, downloadBackup: {version, notificationList, ' +
    "monitorList}, the monitors' settings and no heartbeat; removed in 2.0)",
  refuse(s) {
    if (s.top !== 'object' || !has(s, 'version', 'notificationList', 'monitorList')) return null;
    return { document: 'uptime-kuma-backup' };
  },
};

const uptimeKumaStatusPageConfig: JsonRefuser = {
  source:
    'louislam/uptime-kuma server/routers/status-page-router.js (GET /api/status-page/:slug) and ' +
    'server/model/status_page.js (getStatusPageData: {config, incidents, publicGroupList, maintenanceList}; ' +
    '`incident` in 1.23), the page without its beats, which GET /api/status-page/heartbeat/:slug serves',
  refuse(s) {
    if (s.top !== 'object' || !has(s, 'config', 'publicGroupList')) return null;
    return { document: 'uptime-kuma-status-page' };
  },
};

const grafanaInspectJson: JsonRefuser = {
  source:
    'grafana/grafana public/app/features/dashboard-scene/inspect/InspectJsonTab.tsx (Inspect → JSON, sources ' +
    '"DataFrame JSON (from query)": getPanelDataFrames, an array of dataFrameToJSON {schema: {fields}, data: ' +
    '{values}}; "Panel data": the PanelData {state, series, timeRange, …}) and packages/grafana-data ' +
    'src/dataframe/DataFrameJSON.ts (dataFrameToJSON); POST /api/ds/query answers the same frames under ' +
    'results.<refId>.frames (grafana/grafana-plugin-sdk-go backend/json.go, writeQueryDataResponseJSON)',
  refuse(s) {
    const frames = s.top === 'array' && has(s, '[].schema.fields', '[].data.values');
    const panelData = s.top === 'object' && has(s, 'state', 'series', 'timeRange');
    // The same frames under each query's refId, as the data source API answers.
    const query =
      s.top === 'object' && s.paths.some((p) => /^results\.[^.]+\.frames\[\]\.schema\.fields$/.test(p));
    if (!frames && !panelData && !query) return null;
    return { document: 'grafana-inspect', data: frames ? 'frames' : panelData ? 'panel' : 'query' };
  },
};

const instatusMaintenances: JsonRefuser = {
  source:
    'Instatus API, GET https://api.instatus.com/v1/:page_id/maintenances (an array of name, status, start, ' +
    'duration, notifyStart, notifyEnd, notifyEarly, notifyMinutes, autoStart, autoEnd, updates[], components[]: ' +
    'the Instatus connector, microsoft/PowerPlatformConnectors independent-publisher-connectors/Instatus/' +
    'apiDefinition.swagger.json, MaintenancesGet)',
  refuse(s) {
    if (s.top !== 'array' || !has(s, '[].start', '[].duration', '[].components')) return null;
    if (!has(s, '[].autoStart') && !has(s, '[].notifyStart')) return null;
    return { document: 'instatus-maintenances' };
  },
};

const healthchecksPings: JsonRefuser = {
  source:
    'healthchecks/healthchecks templates/docs/api.md ("List check\'s logged pings", GET /api/v3/checks/<uuid>/pings/: ' +
    '{pings: [{type, date, n, scheme, remote_addr, method, ua, rid, duration, body_url}]}, newest first, the ' +
    "account's ping log limit at most; type success, fail, start, log or ign)",
  refuse(s) {
    if (s.top !== 'object' || !has(s, 'pings[].type', 'pings[].date', 'pings[].n')) return null;
    return { document: 'healthchecks-pings' };
  },
};

const upptimeSummary: JsonRefuser = {
  source:
    'upptime/uptime-monitor src/summary.ts (history/summary.json: an array of SiteStatus) and ' +
    'src/interfaces.ts (SiteStatus: name, slug, url, icon, status, uptime, uptimeDay … uptimeYear as ' +
    'percentage texts, time … timeYear, dailyMinutesDown by day)',
  refuse(s) {
    if (s.top !== 'array' || !has(s, '[].slug', '[].uptime', '[].uptimeDay', '[].timeDay')) return null;
    return { document: 'upptime-summary' };
  },
};

const REFUSERS: readonly JsonRefuser[] = [
  prometheusError,
  apiError,
  prometheusInstant,
  prometheusNoSamples,
  uptimeRobotV3,
  statuspageSummary,
  statuspageNow,
  uptimeRobotNoLogs,
  monitorLists,
  betterStackSla,
  instatusMaintenances,
  healthchecksPings,
  upptimeSummary,
  uptimeKumaBackup,
  uptimeKumaStatusPageConfig,
  grafanaInspectJson,
];

/** Why a JSON document of no known layout is one SLA Witness knows but cannot read; null when it is not. */
export function refusalOf(shape: JsonShape): JsonRefusal | null {
  for (const r of REFUSERS) {
    const why = r.refuse(shape);
    if (why !== null) return why;
  }
  return null;
}

const httpOf = (status: string | null) => (status === null ? '' : `, HTTP ${status}`);
const FAILED_CALL = 'the call failed and nothing was imported; its message is in the file';
const MAINTENANCE_EXCLUDED =
  'give a maintenance the contract excludes as an exclusions file with the notice it was announced with';

const RANGE_QUERY =
  'SLA Witness needs a range query (/api/v1/query_range with start, end and step), whose result is a matrix';

const PROMETHEUS_NO_SAMPLES = {
  series: 'a Prometheus series list (/api/v1/series): label sets',
  labels: 'a Prometheus list of label names or values (/api/v1/labels, /api/v1/label/NAME/values)',
  targets: "Prometheus's scrape targets (/api/v1/targets): each target's health now",
} as const;

const STATUSPAGE_NOW = {
  components: "an Atlassian Statuspage components list (components.json): each component's status now",
  status: "an Atlassian Statuspage status (status.json): the page's status now",
} as const;

const GRAFANA_JSON = {
  frames: 'DataFrame JSON (Inspect → JSON)',
  panel: 'panel data JSON (Inspect → JSON)',
  query: 'data source query answer (/api/ds/query)',
} as const;

const MONITOR_LISTS = {
  betterstack: 'a Better Stack Uptime monitor list (/api/v2/monitors)',
  pingdom: 'a Pingdom check list (/api/3.1/checks)',
  statuscake: 'a StatusCake uptime check list (/v1/uptime)',
  datadog: 'a Datadog Synthetics test list (/api/v1/synthetics/tests)',
  healthchecks: 'a Healthchecks.io check list (/api/v3/checks/)',
} as const;

const MONITOR_HISTORY = {
  betterstack: 'fetch /api/v2/incidents for the incidents',
  pingdom: 'fetch /api/3.1/summary.outage/CHECK_ID for its outages',
  statuscake: 'fetch /v1/uptime/TEST_ID/periods for its down periods',
  datadog: 'fetch /api/v1/synthetics/tests/PUBLIC_ID/results for its runs',
  healthchecks: 'fetch /api/v3/checks/UUID/flips/ for its status changes',
} as const;

/** A refusal in the readers' English, the command line's words (the page words it in its own language). */
export function refusalText(r: JsonRefusal): string {
  switch (r.document) {
    case 'prometheus-error':
      return (
        `Prometheus returned an error${r.errorType === null ? '' : ` (errorType ${r.errorType})`}, not query ` +
        "results (its message is in the file): correct the query and save /api/v1/query_range's answer again"
      );
    case 'uptimerobot-error':
      return (
        `an error response from the UptimeRobot API (stat fail${r.errorType === null ? '' : `, error type ${r.errorType}`}), ` +
        `not monitor logs: ${FAILED_CALL} (it may repeat the API key: do not share it); correct the call and ` +
        'save getMonitors again'
      );
    case 'github-error':
      return (
        `an error response from the GitHub API (\`message\`, \`documentation_url\`${httpOf(r.httpStatus)}), not ` +
        `issues: ${FAILED_CALL}; check the repository's name and \`gh auth status\`, and save gh issue list again`
      );
    case 'api-error':
      return (
        `an error response from an API (${r.keys.map((k) => `\`${k}\``).join(', ')}${r.moreKeys ? ', …' : ''}` +
        `${httpOf(r.httpStatus)}), not records: ${FAILED_CALL}; correct the call (its address, token or time ` +
        'range) and save the answer again'
      );
    case 'prometheus-instant':
      return (
        `a Prometheus instant query (resultType ${r.resultType}): one value at one time, no history to count; ` +
        RANGE_QUERY
      );
    case 'prometheus-no-samples':
      return `${PROMETHEUS_NO_SAMPLES[r.endpoint]}, no samples to count; ${RANGE_QUERY}`;
    case 'uptimerobot-v3':
      return (
        `UptimeRobot API v3 ${r.records} (\`data\` with ${r.records === 'monitors' ? '`friendlyName`' : '`startedAt`'}): ` +
        "SLA Witness reads UptimeRobot's state-change logs from API v2, POST /v2/getMonitors with logs=1"
      );
    case 'statuspage-summary':
      return (
        'an Atlassian Statuspage summary (summary.json): it lists only the incidents open now, not ' +
        'the resolved ones an SLA is counted from; fetch /api/v2/incidents.json'
      );
    case 'statuspage-now':
      return `${STATUSPAGE_NOW[r.endpoint]}, no incidents; fetch /api/v2/incidents.json`;
    case 'uptimerobot-no-logs':
      return (
        "UptimeRobot getMonitors without its logs (`monitors` with no `logs`): each monitor's settings and status now; " +
        'ask again with logs=1'
      );
    case 'betterstack-sla':
      return (
        "Better Stack's availability summary (/api/v2/monitors/ID/sla): a percentage and totals, not when the " +
        'monitor was down; fetch /api/v2/incidents for the incidents'
      );
    case 'monitor-list':
      return `${MONITOR_LISTS[r.tool]}: each monitor's settings and status now, not its history; ${MONITOR_HISTORY[r.tool]}`;
    case 'instatus-maintenances':
      return (
        "Instatus maintenances (`start`, `duration`, `autoStart`): the vendor's planned windows, not its " +
        `incidents; fetch /v1/PAGE_ID/incidents for the incidents, and ${MAINTENANCE_EXCLUDED}`
      );
    case 'healthchecks-pings':
      return (
        'Healthchecks.io pings (`pings` with `type`, `date`): the signals the job sent, not when the check was down (a ping that never came is not in it); ' +
        'fetch /api/v3/checks/UUID/flips/ for its status changes'
      );
    case 'upptime-summary':
      return (
        "Upptime's summary (history/summary.json): uptime percentages and minutes down a day, not when a site was down; " +
        'give its incident issues (gh issue list … --label status) or its history/*.yml versions flattened'
      );
    case 'uptime-kuma-backup':
      return (
        'an Uptime Kuma backup (Settings → Backup → Export): its monitors and notifications, no heartbeats; ' +
        "dump Kuma's heartbeat table with sqlite3 -header -csv, or save a status page's " +
        '/api/status-page/heartbeat/SLUG'
      );
    case 'uptime-kuma-status-page':
      return (
        "an Uptime Kuma status page's settings and monitor list (/api/status-page/SLUG), no heartbeats: " +
        'save /api/status-page/heartbeat/SLUG'
      );
    case 'grafana-inspect':
      return `Grafana's ${GRAFANA_JSON[r.data]}: SLA Witness reads a panel's data as Inspect → Data → Download CSV writes it`;
  }
}
