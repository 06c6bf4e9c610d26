// A known tool's JSON that SLA Witness refuses (an API's error body, a Prometheus instant
// query, a status page's summary, …) is said in Arabic on an Arabic page, worded from the
// refusal's type: never the body's own message, the tools' and keys' names isolated.
import { describe, expect, it } from 'vitest';
import { readerReasonAr } from '../src/app/i18n/reasons-ar';
import type { JsonRefusal } from '../src/ingest/json-refusals';
import { sniffFile } from '../src/ingest/sniff';

const SECRET = 'u1234567-9f8e7d6c5b4a3f2e1d0c';
const I = (s: string) => `\u2068${s}\u2069`;
const FAILED = 'فشل الطلب ولم يُستورد شيء؛ رسالته في الملف';

const refusalOf = async (name: string, text: string): Promise<JsonRefusal> => {
  const sniff = await sniffFile(new File([text], name));
  expect(sniff.problem).toBe('json-unknown');
  return sniff.refusal!;
};

/** The Arabic with its isolated parts (names, keys, paths) taken out. */
const outsideIsolates = (text: string) => text.replace(/\u2068[^\u2068\u2069]*\u2069/g, '');

describe('an API error body in Arabic', () => {
  it.each([
    [
      'uptimerobot.json',
      `{"stat":"fail","error":{"type":"not_authorized","message":"api_key not found ${SECRET}"}}`,
      `ردّ خطأ من واجهة ${I('UptimeRobot')} البرمجية (${I('stat fail')}، نوع الخطأ ${I('not_authorized')})، لا سجلات مراقبة: ${FAILED} (وقد يكرر مفتاح الواجهة: لا تشاركه)؛ صحّح الطلب واحفظ ${I('getMonitors')} مرة أخرى`,
    ],
    [
      'uptimerobot-other.json',
      `{"stat":"fail","error":{"type":"${SECRET}","message":"${SECRET}"}}`,
      `ردّ خطأ من واجهة ${I('UptimeRobot')} البرمجية (${I('stat fail')})، لا سجلات مراقبة: ${FAILED} (وقد يكرر مفتاح الواجهة: لا تشاركه)؛ صحّح الطلب واحفظ ${I('getMonitors')} مرة أخرى`,
    ],
    [
      'issues.json',
      `{"message":"Bad credentials ${SECRET}","documentation_url":"https://docs.github.com/rest","status":"401"}`,
      `ردّ خطأ من واجهة ${I('GitHub')} البرمجية (${I('`message`')}، ${I('`documentation_url`')}، ${I('HTTP 401')})، لا تذاكر: ${FAILED}؛ تحقق من اسم المستودع ومن ${I('gh auth status')}، واحفظ ${I('gh issue list')} مرة أخرى`,
    ],
    [
      'datadog.json',
      `{"errors":["Forbidden: ${SECRET}"]}`,
      `ردّ خطأ من واجهة برمجية (${I('`errors`')})، لا سجلات: ${FAILED}؛ صحّح الطلب (عنوانه أو رمز الوصول أو المدة الزمنية) واحفظ الرد مرة أخرى`,
    ],
    [
      'statuspage.json',
      `{"error":"${SECRET}"}`,
      `ردّ خطأ من واجهة برمجية (${I('`error`')})، لا سجلات: ${FAILED}؛ صحّح الطلب (عنوانه أو رمز الوصول أو المدة الزمنية) واحفظ الرد مرة أخرى`,
    ],
    [
      'checkly.json',
      `{"statusCode":401,"error":"Unauthorized","message":"${SECRET}"}`,
      `ردّ خطأ من واجهة برمجية (${I('`statusCode`')}، ${I('`error`')}، ${I('`message`')}، ${I('HTTP 401')})، لا سجلات: ${FAILED}؛ صحّح الطلب (عنوانه أو رمز الوصول أو المدة الزمنية) واحفظ الرد مرة أخرى`,
    ],
  ])('%s is refused in Arabic words, without its message', async (name, text, arabic) => {
    const said = readerReasonAr(await refusalOf(name, text));
    expect(said).toBe(arabic);
    expect(said).not.toContain(SECRET);
  });
});

/** A document of each kind SLA Witness refuses by name. */
const DOCUMENTS: Record<JsonRefusal['document'], string> = {
  'prometheus-error': '{"status":"error","errorType":"bad_data","error":"parse error"}',
  'uptimerobot-error': '{"stat":"fail","error":{"type":"missing_parameter"}}',
  'github-error': '{"message":"Not Found","documentation_url":"https://docs.github.com/rest"}',
  'api-error': '{"status":500,"error":"x","message":"y","path":"/a","timestamp":"z"}',
  'prometheus-instant': '{"status":"success","data":{"resultType":"vector","result":[]}}',
  'prometheus-no-samples':
    '{"status":"success","data":[{"__name__":"up","job":"prometheus","instance":"localhost:9090"}]}',
  'uptimerobot-v3': '{"data":[{"id":1,"friendlyName":"a"}],"nextLink":null}',
  'statuspage-summary': '{"page":{},"components":[],"incidents":[],"status":{}}',
  'instatus-maintenances': '[{"start":"a","duration":60,"components":[],"autoStart":true}]',
  'statuspage-now':
    '{"page":{"id":"a"},"status":{"indicator":"none","description":"All Systems Operational"}}',
  'uptimerobot-no-logs': '{"stat":"ok","monitors":[{"id":1,"friendly_name":"a","status":2}]}',
  'betterstack-sla': '{"data":{"id":"258338","type":"monitor_sla","attributes":{"availability":99.98}}}',
  'monitor-list': '{"checks":[{"id":1,"hostname":"a","lasttesttime":1,"status":"up"}],"counts":{"total":1}}',
  'healthchecks-pings': '{"pings":[{"type":"success","date":"2026-06-09T14:51:06.113073+00:00","n":4}]}',
  'upptime-summary': '[{"name":"a","slug":"a","uptime":"99.87%","uptimeDay":"100.00%","timeDay":198}]',
  'uptime-kuma-backup': '{"version":"1.23","notificationList":[],"monitorList":[]}',
  'uptime-kuma-status-page': '{"config":{},"incidents":[],"publicGroupList":[],"maintenanceList":[]}',
  'grafana-inspect': '[{"schema":{"fields":[]},"data":{"values":[]}}]',
};

describe('every refused document in Arabic', () => {
  it.each(Object.entries(DOCUMENTS))('%s has Arabic words, its names isolated', async (document, text) => {
    const refusal = await refusalOf(`${document}.json`, text);
    expect(refusal.document).toBe(document);
    const said = readerReasonAr(refusal)!;
    expect(outsideIsolates(said)).not.toMatch(/[A-Za-z]/);
    expect(said).toMatch(/[\u0600-\u06ff]{4}/);
  });

  it('says Healthchecks.io pings and an Upptime summary in full', async () => {
    expect(readerReasonAr(await refusalOf('pings.json', DOCUMENTS['healthchecks-pings']))).toBe(
      `إشارات من ${I('Healthchecks.io')} (${I('`pings`')} مع ${I('`type`')} و${I('`date`')}): ما أرسلته المهمة، لا متى تعطل الفحص (الإشارة التي لم تصل ليست فيه)؛ اجلب ${I('/api/v3/checks/UUID/flips/')} لتغيّرات حالته`,
    );
    expect(readerReasonAr(await refusalOf('summary.json', DOCUMENTS['upptime-summary']))).toBe(
      `ملخص ${I('Upptime')} (${I('history/summary.json')}): نسب التوافر ودقائق التعطل في كل يوم، لا متى تعطل الموقع؛ قدّم تذاكر الحوادث (${I('gh issue list … --label status')}) أو نسخ ${I('history/*.yml')} مسطّحة`,
    );
  });

  it("says a Statuspage page's components or status, and UptimeRobot's monitors without logs, in full", async () => {
    expect(readerReasonAr(await refusalOf('status.json', DOCUMENTS['statuspage-now']))).toBe(
      `حالة صفحة من ${I('Atlassian Statuspage')} (${I('status.json')}): حالة الصفحة الآن، بلا حوادث؛ اجلب ${I('/api/v2/incidents.json')}`,
    );
    expect(
      readerReasonAr(
        await refusalOf(
          'components.json',
          '{"page":{"id":"a"},"components":[{"id":"b","status":"operational"}]}',
        ),
      ),
    ).toBe(
      `قائمة مكوّنات من ${I('Atlassian Statuspage')} (${I('components.json')}): حالة كل مكوّن الآن، بلا حوادث؛ اجلب ${I('/api/v2/incidents.json')}`,
    );
    expect(readerReasonAr(await refusalOf('uptimerobot.json', DOCUMENTS['uptimerobot-no-logs']))).toBe(
      `أجهزة مراقبة من ${I('UptimeRobot')} بلا سجلاتها (${I('`monitors`')} بلا ${I('`logs`')}): إعدادات كل جهاز وحالته الآن؛ اطلب ${I('getMonitors')} مرة أخرى مع ${I('logs=1')}`,
    );
  });

  it("says Better Stack's availability summary in full", async () => {
    expect(readerReasonAr(await refusalOf('sla.json', DOCUMENTS['betterstack-sla']))).toBe(
      `ملخص توافر من ${I('Better Stack')} (${I('/api/v2/monitors/ID/sla')}): نسبة ومجاميع، لا متى تعطل جهاز المراقبة؛ اجلب ${I('/api/v2/incidents')} للحوادث`,
    );
  });

  it('says a monitor list of Better Stack, Pingdom, StatusCake, Datadog and Healthchecks.io in full', async () => {
    const now = 'إعدادات كل جهاز مراقبة وحالته الآن، لا تاريخه';
    expect(
      readerReasonAr(
        await refusalOf(
          'monitors.json',
          '{"data":[{"id":"2","type":"monitor","attributes":{"url":"https://a.example","status":"up"}}],"pagination":{}}',
        ),
      ),
    ).toBe(
      `قائمة أجهزة مراقبة من ${I('Better Stack Uptime')} (${I('/api/v2/monitors')}): ${now}؛ اجلب ${I('/api/v2/incidents')} للحوادث`,
    );
    expect(readerReasonAr(await refusalOf('checks.json', DOCUMENTS['monitor-list']))).toBe(
      `قائمة فحوص من ${I('Pingdom')} (${I('/api/3.1/checks')}): ${now}؛ اجلب ${I('/api/3.1/summary.outage/CHECK_ID')} لانقطاعاته`,
    );
    expect(
      readerReasonAr(
        await refusalOf(
          'uptime.json',
          '{"data":[{"check_rate":300,"id":"1","status":"up","website_url":"https://a.example"}],"metadata":{"page":1}}',
        ),
      ),
    ).toBe(
      `قائمة فحوص توافر من ${I('StatusCake')} (${I('/v1/uptime')}): ${now}؛ اجلب ${I('/v1/uptime/TEST_ID/periods')} لفترات تعطله`,
    );
    expect(
      readerReasonAr(
        await refusalOf(
          'tests.json',
          '{"tests":[{"public_id":"abc-def-ghi","name":"a","status":"live","locations":["aws:eu-central-1"]}]}',
        ),
      ),
    ).toBe(
      `قائمة اختبارات من ${I('Datadog Synthetics')} (${I('/api/v1/synthetics/tests')}): ${now}؛ اجلب ${I('/api/v1/synthetics/tests/PUBLIC_ID/results')} لنتائج تشغيله`,
    );
    expect(
      readerReasonAr(
        await refusalOf(
          'hc.json',
          '{"checks":[{"name":"a","grace":900,"n_pings":1,"status":"up","last_ping":null}]}',
        ),
      ),
    ).toBe(
      `قائمة فحوص من ${I('Healthchecks.io')} (${I('/api/v3/checks/')}): ${now}؛ اجلب ${I('/api/v3/checks/UUID/flips/')} لتغيّرات حالته`,
    );
  });

  it("says Prometheus's series, labels and targets in full", async () => {
    const range = `يحتاج ${I('SLA Witness')} استعلام مدى (${I('/api/v1/query_range')} مع ${I('start')} و${I('end')} و${I('step')})، نتيجته ${I('matrix')}`;
    expect(readerReasonAr(await refusalOf('series.json', DOCUMENTS['prometheus-no-samples']))).toBe(
      `قائمة سلاسل من ${I('Prometheus')} (${I('/api/v1/series')}): مجموعات تسميات، بلا عينات تُحتسب؛ ${range}`,
    );
    expect(
      readerReasonAr(await refusalOf('labels.json', '{"status":"success","data":["__name__","job"]}')),
    ).toBe(
      `قائمة أسماء تسميات أو قيمها من ${I('Prometheus')} (${I('/api/v1/labels')}، ${I('/api/v1/label/NAME/values')})، بلا عينات تُحتسب؛ ${range}`,
    );
    expect(
      readerReasonAr(
        await refusalOf(
          'targets.json',
          '{"status":"success","data":{"activeTargets":[{"health":"up"}],"droppedTargets":[]}}',
        ),
      ),
    ).toBe(
      `أهداف الجمع في ${I('Prometheus')} (${I('/api/v1/targets')}): حالة كل هدف الآن، بلا عينات تُحتسب؛ ${range}`,
    );
  });

  it('says a Prometheus instant query and a Grafana panel in full', async () => {
    expect(readerReasonAr(await refusalOf('q.json', DOCUMENTS['prometheus-instant']))).toBe(
      `استعلام لحظي من ${I('Prometheus')} (${I('resultType vector')}): قيمة واحدة في وقت واحد، لا تاريخ يُحتسب؛ يحتاج ${I('SLA Witness')} استعلام مدى (${I('/api/v1/query_range')} مع ${I('start')} و${I('end')} و${I('step')})، نتيجته ${I('matrix')}`,
    );
    expect(readerReasonAr(await refusalOf('g.json', '{"state":"Done","series":[],"timeRange":{}}'))).toBe(
      `${I('panel data JSON')} من ${I('Grafana')} (${I('Inspect → JSON')}): يقرأ ${I('SLA Witness')} بيانات اللوحة كما يكتبها ${I('Inspect → Data → Download CSV')}`,
    );
    expect(
      readerReasonAr(
        await refusalOf(
          'ds.json',
          '{"results":{"A":{"status":200,"frames":[{"schema":{"fields":[]},"data":{"values":[]}}]}}}',
        ),
      ),
    ).toBe(
      `رد استعلام مصدر بيانات في ${I('Grafana')} (${I('/api/ds/query')}): يقرأ ${I('SLA Witness')} بيانات اللوحة كما يكتبها ${I('Inspect → Data → Download CSV')}`,
    );
  });
});
