// A known tool's unreadable JSON in Arabic, worded from its typed refusal (json-refusals.ts)
// rather than from the English sentence. Tools, keys, paths and commands stay Latin, each
// isolated so that its punctuation keeps its order in the right-to-left line. Loaded with the
// Arabic catalogue only.
import type { JsonRefusal } from '../../ingest/json-refusals';
import { isolate as L } from '../format';

const SLA_WITNESS = L('SLA Witness');
const key = (k: string) => L(`\`${k}\``);
const http = (status: string | null) => (status === null ? '' : `، ${L(`HTTP ${status}`)}`);
const FAILED_CALL = 'فشل الطلب ولم يُستورد شيء؛ رسالته في الملف';
const PLANNED = 'فترات المورّد المخطط لها، لا حوادثه';
const MAINTENANCE_EXCLUDED = 'وقدّم الصيانة التي يستثنيها العقد ملفَّ استثناءات مع الإشعار الذي أُعلنت به';
const HEARTBEAT_PAGE = L('/api/status-page/heartbeat/SLUG');

const RANGE_QUERY_AR = `يحتاج ${SLA_WITNESS} استعلام مدى (${L('/api/v1/query_range')} مع ${L('start')} و${L('end')} و${L('step')})، نتيجته ${L('matrix')}`;

const PROMETHEUS_NO_SAMPLES_AR = {
  series: `قائمة سلاسل من ${L('Prometheus')} (${L('/api/v1/series')}): مجموعات تسميات`,
  labels: `قائمة أسماء تسميات أو قيمها من ${L('Prometheus')} (${L('/api/v1/labels')}، ${L('/api/v1/label/NAME/values')})`,
  targets: `أهداف الجمع في ${L('Prometheus')} (${L('/api/v1/targets')}): حالة كل هدف الآن`,
} as const;

const STATUSPAGE_NOW_AR = {
  components: `قائمة مكوّنات من ${L('Atlassian Statuspage')} (${L('components.json')}): حالة كل مكوّن الآن`,
  status: `حالة صفحة من ${L('Atlassian Statuspage')} (${L('status.json')}): حالة الصفحة الآن`,
} as const;

const GRAFANA_JSON_AR = {
  frames: `${L('DataFrame JSON')} من ${L('Grafana')} (${L('Inspect → JSON')})`,
  panel: `${L('panel data JSON')} من ${L('Grafana')} (${L('Inspect → JSON')})`,
  query: `رد استعلام مصدر بيانات في ${L('Grafana')} (${L('/api/ds/query')})`,
} as const;

const MONITOR_LISTS_AR = {
  betterstack: `قائمة أجهزة مراقبة من ${L('Better Stack Uptime')} (${L('/api/v2/monitors')})`,
  pingdom: `قائمة فحوص من ${L('Pingdom')} (${L('/api/3.1/checks')})`,
  statuscake: `قائمة فحوص توافر من ${L('StatusCake')} (${L('/v1/uptime')})`,
  datadog: `قائمة اختبارات من ${L('Datadog Synthetics')} (${L('/api/v1/synthetics/tests')})`,
  healthchecks: `قائمة فحوص من ${L('Healthchecks.io')} (${L('/api/v3/checks/')})`,
} as const;

const MONITOR_HISTORY_AR = {
  betterstack: `اجلب ${L('/api/v2/incidents')} للحوادث`,
  pingdom: `اجلب ${L('/api/3.1/summary.outage/CHECK_ID')} لانقطاعاته`,
  statuscake: `اجلب ${L('/v1/uptime/TEST_ID/periods')} لفترات تعطله`,
  datadog: `اجلب ${L('/api/v1/synthetics/tests/PUBLIC_ID/results')} لنتائج تشغيله`,
  healthchecks: `اجلب ${L('/api/v3/checks/UUID/flips/')} لتغيّرات حالته`,
} as const;

/** A refusal in Arabic; never the file's own words, which the refusal does not hold. */
export function jsonRefusalAr(r: JsonRefusal): string {
  switch (r.document) {
    case 'prometheus-error':
      return `أعاد ${L('Prometheus')} خطأً${r.errorType === null ? '' : ` (${L(`errorType ${r.errorType}`)})`}، لا نتائج استعلام (رسالته في الملف): صحّح الاستعلام واحفظ رد ${L('/api/v1/query_range')} مرة أخرى`;
    case 'uptimerobot-error':
      return `ردّ خطأ من واجهة ${L('UptimeRobot')} البرمجية (${L('stat fail')}${r.errorType === null ? '' : `، نوع الخطأ ${L(r.errorType)}`})، لا سجلات مراقبة: ${FAILED_CALL} (وقد يكرر مفتاح الواجهة: لا تشاركه)؛ صحّح الطلب واحفظ ${L('getMonitors')} مرة أخرى`;
    case 'github-error':
      return `ردّ خطأ من واجهة ${L('GitHub')} البرمجية (${key('message')}، ${key('documentation_url')}${http(r.httpStatus)})، لا تذاكر: ${FAILED_CALL}؛ تحقق من اسم المستودع ومن ${L('gh auth status')}، واحفظ ${L('gh issue list')} مرة أخرى`;
    case 'api-error':
      return `ردّ خطأ من واجهة برمجية (${r.keys.map(key).join('، ')}${r.moreKeys ? '، …' : ''}${http(r.httpStatus)})، لا سجلات: ${FAILED_CALL}؛ صحّح الطلب (عنوانه أو رمز الوصول أو المدة الزمنية) واحفظ الرد مرة أخرى`;
    case 'prometheus-instant':
      return `استعلام لحظي من ${L('Prometheus')} (${L(`resultType ${r.resultType}`)}): قيمة واحدة في وقت واحد، لا تاريخ يُحتسب؛ ${RANGE_QUERY_AR}`;
    case 'prometheus-no-samples':
      return `${PROMETHEUS_NO_SAMPLES_AR[r.endpoint]}، بلا عينات تُحتسب؛ ${RANGE_QUERY_AR}`;
    case 'uptimerobot-v3':
      return `${r.records === 'monitors' ? 'أجهزة مراقبة' : 'حوادث'} من ${L('UptimeRobot API v3')} (${key('data')} مع ${key(r.records === 'monitors' ? 'friendlyName' : 'startedAt')}): يقرأ ${SLA_WITNESS} سجلات تغيّر الحالة في ${L('UptimeRobot')} من ${L('API v2')}، ${L('POST /v2/getMonitors')} مع ${L('logs=1')}`;
    case 'statuspage-summary':
      return `ملخص من ${L('Atlassian Statuspage')} (${L('summary.json')}): لا يذكر إلا الحوادث المفتوحة الآن، لا المحلولة التي تُحتسب منها اتفاقية مستوى الخدمة؛ اجلب ${L('/api/v2/incidents.json')}`;
    case 'statuspage-now':
      return `${STATUSPAGE_NOW_AR[r.endpoint]}، بلا حوادث؛ اجلب ${L('/api/v2/incidents.json')}`;
    case 'uptimerobot-no-logs':
      return `أجهزة مراقبة من ${L('UptimeRobot')} بلا سجلاتها (${key('monitors')} بلا ${key('logs')}): إعدادات كل جهاز وحالته الآن؛ اطلب ${L('getMonitors')} مرة أخرى مع ${L('logs=1')}`;
    case 'betterstack-sla':
      return `ملخص توافر من ${L('Better Stack')} (${L('/api/v2/monitors/ID/sla')}): نسبة ومجاميع، لا متى تعطل جهاز المراقبة؛ اجلب ${L('/api/v2/incidents')} للحوادث`;
    case 'monitor-list':
      return `${MONITOR_LISTS_AR[r.tool]}: إعدادات كل جهاز مراقبة وحالته الآن، لا تاريخه؛ ${MONITOR_HISTORY_AR[r.tool]}`;
    case 'instatus-maintenances':
      return `أعمال صيانة من ${L('Instatus')} (${key('start')}، ${key('duration')}، ${key('autoStart')}): ${PLANNED}؛ اجلب ${L('/v1/PAGE_ID/incidents')} للحوادث، ${MAINTENANCE_EXCLUDED}`;
    case 'healthchecks-pings':
      return `إشارات من ${L('Healthchecks.io')} (${key('pings')} مع ${key('type')} و${key('date')}): ما أرسلته المهمة، لا متى تعطل الفحص (الإشارة التي لم تصل ليست فيه)؛ اجلب ${L('/api/v3/checks/UUID/flips/')} لتغيّرات حالته`;
    case 'upptime-summary':
      return `ملخص ${L('Upptime')} (${L('history/summary.json')}): نسب التوافر ودقائق التعطل في كل يوم، لا متى تعطل الموقع؛ قدّم تذاكر الحوادث (${L('gh issue list … --label status')}) أو نسخ ${L('history/*.yml')} مسطّحة`;
    case 'uptime-kuma-backup':
      return `نسخة احتياطية من ${L('Uptime Kuma')} (${L('Settings → Backup → Export')}): أجهزة المراقبة والإشعارات، بلا نتائج فحص؛ صدّر جدول ${L('heartbeat')} باستعمال ${L('sqlite3 -header -csv')}، أو احفظ ${HEARTBEAT_PAGE} لصفحة حالة`;
    case 'uptime-kuma-status-page':
      return `إعدادات صفحة حالة في ${L('Uptime Kuma')} وقائمة أجهزة المراقبة فيها (${L('/api/status-page/SLUG')})، بلا نتائج فحص: احفظ ${HEARTBEAT_PAGE}`;
    case 'grafana-inspect':
      return `${GRAFANA_JSON_AR[r.data]}: يقرأ ${SLA_WITNESS} بيانات اللوحة كما يكتبها ${L('Inspect → Data → Download CSV')}`;
  }
}
