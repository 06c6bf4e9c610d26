// Every reason a reader gives for a skipped row or a refused file has Arabic words on the
// Arabic page, its numbers, lines and quoted names kept as written and isolated. The
// fixed reasons are also read from the readers' own source, so a new one without Arabic
// fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readerReasonAr } from '../src/app/i18n/reasons-ar';
import { EXCLUSION_KINDS } from '../src/engine/policy';
import { columnList, HEADER_AGAIN, tooManyColumns, twiceNamed } from '../src/ingest/columns';
import { MARKUP_PROBLEM, notTextProblem } from '../src/ingest/decode';
import { CUT_OFF_UNKNOWN_JSON, detectFile, KNOWN_LAYOUTS, SUPPORTED_LAYOUTS } from '../src/ingest/detect';
import { UNREADABLE_GRAFANA_VALUE } from '../src/ingest/grafana-values';
import { NOT_A_JSON_VALUE } from '../src/ingest/json-shape';
import { classifyCheck } from '../src/ingest/status';
import { CUT_MID_CHARACTER, UNCLOSED_QUOTE } from '../src/ingest/stream-input';
import { parseTimestamp } from '../src/ingest/timestamps';
import { tooLargeToRead } from '../src/ingest/whole-files';

const timeReason = (raw: string) => {
  const t = parseTimestamp(raw, 'Europe/Berlin');
  if (t.ok) throw new Error(`${raw} is a time`);
  return t.reason;
};
const checkReason = (code?: string, status?: string) => {
  const c = classifyCheck(code, status, undefined);
  if (c.ok) throw new Error('a readable check');
  return c.reason;
};

const TIME_REASONS = [
  '',
  '2026-02-30 10:00',
  '2026-01-01T10:00+25:00',
  '2026-03-29 02:30',
  '1960-01-01 00:00',
  '12345',
  '01/02/2026',
  '2026-01-01 10:00 CST',
  'soon',
].map(timeReason);

/** Every reason the readers give, with sample values where one varies. */
const REASONS: string[] = [
  // Skipped rows.
  'expected 5 fields, found 3',
  'monitor name longer than 1000 characters',
  HEADER_AGAIN,
  'unknown state (expected down, up, unknown)',
  ...TIME_REASONS,
  ...TIME_REASONS.map((r) => `start: ${r}`),
  ...TIME_REASONS.map((r) => `end: ${r}`),
  `announced_at: ${TIME_REASONS[1]}`,
  `resolved_at: ${TIME_REASONS[6]}`,
  'empty start',
  'empty end',
  'empty announced_at',
  'empty opened_at',
  checkReason('999'),
  checkReason(undefined, 'maybe'),
  checkReason('', ''),
  'requests: expected a whole number (up to 9 digits)',
  'failed requests: expected a whole number (up to 9 digits)',
  '12 failed requests of 10: more failed than were made',
  'a duration such as 1.800, which is 1.8 or 1 800 as the spreadsheet that wrote it reads it: write it without a thousands separator',
  'unreadable duration (expected a number, or hours:minutes:seconds with minutes and seconds below 60)',
  'no end yet (still open when the file was saved; save it again once it has ended)',
  'no end or duration',
  'duration ends outside the years 1970–2199',
  'end before start',
  `unknown exclusion kind (expected ${EXCLUSION_KINDS.join(', ')})`,
  'empty id',
  'the id of the ticket on line 4 again (each ticket is judged once)',
  'unknown severity (expected P0–P4, or a word such as critical, high, medium or low)',
  'first response before opened',
  'resolved before opened',
  UNREADABLE_GRAFANA_VALUE,
  'a NaN sample: the query gave no number at this step (e.g. 0/0), so no check',
  'an infinite sample (+Inf or -Inf): the query gave no finite number at this step (e.g. 1/0), so no check',
  "a native histogram sample: a distribution of many observations, not one check's up or down (query probe_success, up or monitor_status)",
  "Pingdom's result is unknown: no check was made or could be judged",
  'no data (status 2): Datadog had no result of this run',
  'a retry attempt (resultType ATTEMPT): its run counts by its FINAL result',
  "an internal error in Checkly's backend (hasErrors, no failures): no result of the check",
  // Refused files.
  'the file is empty',
  'no usable rows: all 3 skipped (first: line 2, end before start)',
  `no usable rows: all 1 skipped (first: record 2, start: ${TIME_REASONS[1]})`,
  'no records to import (its lists are empty)',
  'all 2 rows were left out by the filters (monitor=b,c, status≠up); nothing to import',
  'its 1 record was left out by the filters (status=down); nothing to import',
  'no usable rows (header only)',
  tooManyColumns(2500),
  tooManyColumns(null),
  `no time column (${columnList(['when', 'state'])}); name one with --map time=COLUMN`,
  `no start or time column (${columnList(['1', '2'])}); name one with --map start=COLUMN`,
  `a requests column needs a column of failed requests beside it (${columnList(['time', 'requests'])}); name it with --map failures=COLUMN`,
  twiceNamed(['time', 'Time', 'status'], { time: 0 })[0]!,
  `${twiceNamed(['time', 'Time', 'status'], { time: 0 })[0]!}; no status or code column (${columnList(['time', 'Time'])}); name one with --map status=COLUMN`,
  `--where: no column "region" (${columnList(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'])})`,
  'more than 100000 exclusions; SLA Witness reads at most 100000',
  UNCLOSED_QUOTE,
  CUT_MID_CHARACTER,
  'a record longer than 1048576 bytes (a quote that is never closed?)',
  notTextProblem(new Uint8Array([0x50, 0x4b, 3, 4]), '', 'a CSV text file')!,
  notTextProblem(new Uint8Array([0x1f, 0x8b, 8]), '', 'a CSV text file')!,
  notTextProblem(new TextEncoder().encode('SQLite format 3\0'), '', 'a CSV text file')!,
  notTextProblem(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '', 'a CSV text file')!,
  notTextProblem(new Uint8Array(8), '\0\0\0\0\0\0\0\0', 'a CSV text file')!,
  notTextProblem(new Uint8Array(8), '\0\0\0\0\0\0\0\0', 'a CSV or ICS text file')!,
  MARKUP_PROBLEM,
  tooLargeToRead('holiday file', 300 * 1024 * 1024),
  tooLargeToRead('tickets file', 300 * 1024 * 1024),
  tooLargeToRead('obligation log', 300 * 1024 * 1024),
  `no id, severity column (${columnList(['ticket_no', 'opened'])})`,
  'no date column (a column named date, day, holiday_date)',
  `${HEADER_AGAIN}: remove it`,
  'expected a date YYYY-MM-DD from 1970 to 2199 in the date column',
  'more than 5000 holidays; SLA Witness reads at most 5000',
  `expected columns obligation, started_at (${columnList(['x'])})`,
  'unknown obligation (this contract has: rca, restore)',
  'unknown obligation (this contract has: none)',
  `started_at: ${TIME_REASONS[8]}`,
  'fulfilled_at is before started_at, where the deadline of rca runs',
  'more than 10\u2009000 monitors; SLA Witness reads at most 10\u2009000 at once (is the monitor column right?)',
  'the checks of monitor "api" run from 1970-01-01 to 2100-01-01, 47\u2009482 days; one monitor may span at most 20 years (7\u2009305 days): look for a row with a stray date',
  'monitor "api" has more than 65\u2009535 checks of one outcome in the minute from 2026-03-10 10:30 UTC; SLA Witness counts at most 65\u2009535 a minute, so it cannot read that minute\'s share of failed checks',
  'the checks of 200 monitors make 1\u2009000\u2009000\u2009000 minutes to hold, more than the 262\u2009800\u2009000 SLA Witness holds at once (100 monitors checked every minute for 5 years): split the file by monitor or by year',
  'not a readable ICS calendar: a line without NAME:value',
  'not a readable ICS calendar',
  'the calendar has no events',
  'the calendar gives more than 5000 holiday days (a daily repeat or a long event, most likely); SLA Witness reads at most 5000',
  'an event that cannot be read',
  'Prometheus metrics without a monitor_status sample',
  'a line longer than 65536 characters; a /metrics line names one sample',
  'a monitor_status sample with no time: neither its own timestamp nor a readable HTTP Date header before it (save each scrape with curl -si)',
  'the Uptime Kuma JSON ends before it is complete (a cut-off download?); nothing was imported',
  CUT_OFF_UNKNOWN_JSON,
  // A small JSON file of no known layout, damaged on a line.
  ...[
    'not valid JSON',
    'not valid JSON: a comment, which JSON does not have',
    'not valid JSON: NaN or Infinity, which JSON does not have (null does)',
    'not valid JSON by this line',
    'not valid JSON by this line: a closing bracket where a value was expected (a trailing comma?)',
  ].map((r) => `${r}; nothing was imported`),
  'not valid JSON (read as Uptime Kuma); nothing was imported',
  ...[
    'not valid JSON',
    'not valid JSON: a comment, which JSON does not have',
    'not valid JSON: NaN or Infinity, which JSON does not have (null does)',
    NOT_A_JSON_VALUE,
    'not valid JSON by this line',
    'not valid JSON by this line: a closing bracket where a value was expected (a trailing comma?)',
    'a second JSON document starts on this line, after the first ended (JSON Lines, or answers saved one after another): give each answer as a file of its own',
  ].map((r) => `${r} (read as Grafana); nothing was imported`),
  'the Grafana JSON has a string longer than 1048576 characters, at character 20 of the line; nothing was imported',
  'the Grafana JSON nests more than 64 levels deep (exports nest fewer than 10), at character 300 of the line; nothing was imported',
  // A first look past the import's bounds, of no export told yet.
  'the JSON has a string longer than 16777216 characters, at character 16777239 of the line; nothing was imported',
  'the JSON nests more than 64 levels deep (exports nest fewer than 10), at character 65 of the line; nothing was imported',
  'an empty JSON array: nothing to import',
  `text that starts like JSON but is not: not a layout SLA Witness knows (it reads ${SUPPORTED_LAYOUTS})`,
  `JSON with top-level keys \`a\`, \`b\`: not a layout SLA Witness knows (it reads ${SUPPORTED_LAYOUTS})`,
  `JSON with top-level keys \`a\`, \`b\`, \`c\`, \`d\`, \`e\`, \`f\`, \`g\`, \`h\` and 3 more: not a layout SLA Witness knows (it reads ${SUPPORTED_LAYOUTS})`,
  `JSON with top-level keys \`a\`, \`b\`, \`c\`, \`d\`, \`e\`, \`f\`, \`g\`, \`h\` and more: not a layout SLA Witness knows (it reads ${SUPPORTED_LAYOUTS})`,
  `a JSON object with no keys: not a layout SLA Witness knows (it reads ${SUPPORTED_LAYOUTS})`,
  `a JSON array of objects with keys \`id\`: not a layout SLA Witness knows (it reads ${SUPPORTED_LAYOUTS})`,
  `a JSON array of empty objects: not a layout SLA Witness knows (it reads ${SUPPORTED_LAYOUTS})`,
  `a JSON array of strings and numbers: not a layout SLA Witness knows (it reads ${SUPPORTED_LAYOUTS})`,
  `JSON documents one after another (JSON Lines, or answers saved into one file), the first with top-level keys \`a\`: not a layout SLA Witness knows (it reads ${SUPPORTED_LAYOUTS})`,
  `JSON documents one after another (JSON Lines, or answers saved into one file), the first a JSON array of numbers: not a layout SLA Witness knows (it reads ${SUPPORTED_LAYOUTS})`,
  'a character before the JSON document begins, as where a byte was damaged or added in copying; nothing was imported',
  ...['null', 'true or false', 'number', 'string'].map(
    (value) => `a JSON document of a single ${value} and no records: nothing to import`,
  ),
  'a JSON document whose opening { or [ is damaged or missing, as where a byte was changed in copying; nothing was imported',
  'JSON with top-level keys `data`, `pagination`, whose lists are all empty: nothing to import',
  'a holiday repeats by whole days: an RRULE with BYHOUR, BYMINUTE or BYSECOND is not read',
  'an RRULE with a part SLA Witness does not read (it reads FREQ, INTERVAL, COUNT, UNTIL, WKST and BYMONTH, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYDAY, BYSETPOS)',
  'a holiday repeats daily, weekly, monthly or yearly: an RRULE of a finer or unknown FREQ is not read',
  'an RRULE whose INTERVAL is not a whole number from 1',
  'an RRULE whose COUNT is not a whole number from 1',
  'an RRULE whose UNTIL is not a date',
  'an RRULE whose BYMONTH is not a whole number from 1 to 12',
  'an RRULE whose BYMONTHDAY is not a whole number from 1 to 31 or -31 to -1',
  'an RRULE with BYWEEKNO that is not yearly',
  'an RRULE with a numbered BYDAY (such as 1MO) that is not monthly or yearly',
  'an RRULE whose WKST is not a weekday',
  'an RRULE whose BYDAY is not a weekday such as MO, 1MO or -1FR',
  'an event without a DTSTART',
  'DURATION is not a duration such as P1D or PT8H',
  'the event ends before it starts',
  'the event spans 400 days; a holiday event may span at most 366',
  'DTSTART is not a date from 1970 to 2199',
  'an RRULE that cannot be read',
  'EXDATE is not a date',
];

/** The Arabic with its isolated parts (names, columns, Latin terms) taken out. */
const outsideIsolates = (text: string) => text.replace(/\u2068[^\u2068\u2069]*\u2069/g, '');

/** Single-quoted reasons the readers give as they are (templates are sampled above). */
function literalReasons(): string[] {
  const files = [
    // Detection (detect.ts, layouts.ts) words what a file was taken for, not a row's or a file's fault.
    ...readdirSync('src/ingest')
      .filter((f) => f.endsWith('.ts') && f !== 'detect.ts' && f !== 'layouts.ts')
      .map((f) => `src/ingest/${f}`),
    'workers/records-job.ts',
  ];
  const out = new Set<string>();
  const forms = [
    /\bskip(?:Record)?\??\.?\(\s*[\w.+]+,\s*'([^'$]+)'\s*\)/g,
    /\{ skip: '([^']+)' \}/g,
    /InputError\(\s*[\w.]+,\s*[\w.?]+,\s*'([^']+)'\s*\)/g,
    /reason: '([^']+)'/g,
    /RuleProblem\(\s*'([^']+)'\s*\)/g,
    /^\s+\? '([^']+)'$/gm,
  ];
  for (const file of files) {
    const src = readFileSync(file, 'utf8');
    for (const form of forms) for (const m of src.matchAll(form)) out.add(m[1]!);
  }
  return [...out].filter((r) => !r.startsWith('recognised') && r.includes(' '));
}

describe('reader reasons in Arabic', () => {
  it('words every reason a reader gives', () => {
    expect(REASONS.filter((r) => readerReasonAr(r) === null)).toEqual([]);
  });

  it('leaves no Latin word outside the isolated names and values', () => {
    const latin = REASONS.map((r) => [r, outsideIsolates(readerReasonAr(r) ?? '')] as const).filter(
      ([, ar]) => /[A-Za-z]/.test(ar),
    );
    expect(latin).toEqual([]);
  });

  it('words the fixed reasons written in the readers', () => {
    const literals = literalReasons();
    expect(literals.length).toBeGreaterThan(15);
    expect(literals.filter((r) => readerReasonAr(r) === null)).toEqual([]);
  });

  it('keeps numbers, lines and names as written', () => {
    expect(readerReasonAr('expected 5 fields, found 3')).toBe('المتوقع عدد الحقول 5، والموجود 3');
    expect(
      readerReasonAr('no end yet (still open when the file was saved; save it again once it has ended)'),
    ).toBe('لا نهاية بعد (كان لا يزال مفتوحًا حين حُفظ الملف؛ احفظه مرة أخرى بعد انتهائه)');
    expect(readerReasonAr(`start: ${TIME_REASONS[3]}`)).toBe(
      'البداية: الوقت المحلي غير موجود في \u2068Europe/Berlin\u2069 (فجوة التوقيت الصيفي)',
    );
    expect(readerReasonAr(`unknown exclusion kind (expected ${EXCLUSION_KINDS.join(', ')})`)).toBe(
      `نوع استثناء غير معروف (المتوقع واحد من: \u2068${EXCLUSION_KINDS.join(', ')}\u2069)`,
    );
    expect(readerReasonAr('the id of the ticket on line 4 again (each ticket is judged once)')).toBe(
      'معرّف التذكرة في السطر 4 مرة أخرى (تُقيَّم كل تذكرة مرة واحدة)',
    );
    expect(readerReasonAr(`resolved_at: ${TIME_REASONS[1]}`)).toBe(
      '\u2068resolved_at\u2069: وقت مستحيل (لا يوجد تاريخ أو وقت من اليوم كهذا)',
    );
    expect(
      readerReasonAr(`no time column (${columnList(['when', 'state'])}); name one with --map time=COLUMN`),
    ).toBe(
      'لا عمود \u2068time\u2069 (الأعمدة: \u2068when, state\u2069)؛ سمِّ واحدًا بـ\u2068--map time=COLUMN\u2069',
    );
    expect(readerReasonAr(`${HEADER_AGAIN}: remove it`)).toBe(
      'سطر العناوين مرة أخرى، كما يحدث حين تُضم الملفات بعضها إلى بعض: احذفه',
    );
    // A refused file's reason after its line, as the first look gives it.
    expect(
      readerReasonAr('line 3: not valid JSON by this line (read as Grafana); nothing was imported'),
    ).toBe(
      `السطر 3: ليس \u2068JSON\u2069 صالحًا حتى هذا السطر (قُرئ بصفته \u2068Grafana\u2069)؛ لم يُستورد شيء`,
    );
    expect(readerReasonAr('no usable rows: all 3 skipped (first: line 2, end before start)')).toBe(
      'لا صفوف صالحة للاستخدام: تُخطّيت كلها وعددها 3 (أولها السطر 2: النهاية قبل البداية)',
    );
    expect(readerReasonAr('its 1 record was left out by the filters (status=down); nothing to import')).toBe(
      'استُبعد سجله الوحيد بالمرشّحات (\u2068status=down\u2069)؛ لا شيء للاستيراد',
    );
  });

  it('says which layouts it reads in an Arabic sentence, each tool’s name isolated', () => {
    const names = (format: string) =>
      KNOWN_LAYOUTS.filter((l) => l.format === format)
        .map((l) => `\u2068${l.name}\u2069`)
        .join('؛ ');
    expect(
      readerReasonAr(
        `JSON with top-level keys \`data\`, \`meta\`: not a layout SLA Witness knows (it reads ${SUPPORTED_LAYOUTS})`,
      ),
    ).toBe(
      'مستند \u2068JSON\u2069 مفاتيحه العليا \u2068`data`\u2069، \u2068`meta`\u2069: ليس تخطيطًا يعرفه \u2068SLA Witness\u2069 ' +
        '(يقرأ سجلات الفحص وتغيّر الحالة والأحداث بصيغة \u2068CSV\u2069 من أي أداة (تُطابق أعمدتها بأسمائها)؛ ' +
        `وملفات \u2068CSV\u2069 من ${names('csv')}؛ و${names('text')}؛ وملفات \u2068JSON\u2069 من ${names('json')})`,
    );
    expect(
      readerReasonAr(
        'JSON with top-level keys `data`, `pagination`, whose lists are all empty: nothing to import',
      ),
    ).toBe(
      'مستند \u2068JSON\u2069 مفاتيحه العليا \u2068`data`\u2069، \u2068`pagination`\u2069، قوائمه كلها فارغة: لا شيء للاستيراد',
    );
  });

  it('words what detection took a file for, from its columns and the spacing of its rows', () => {
    const taken = (text: string) => detectFile('x.csv', new TextEncoder().encode(text), true).guess!.reason;
    const checks = (gapMinutes: number, n: number, column: string) =>
      `time,monitor,${column}\n${Array.from(
        { length: n },
        (_, i) => `${new Date(Date.UTC(2026, 5, 1) + i * gapMinutes * 60_000).toISOString()},api,200`,
      ).join('\n')}\n`;
    const cases: [string, string][] = [
      [
        checks(1, 12, 'status'),
        'عمودا الوقت وكلمة الحالة؛ صفوف جهاز المراقبة متباعدة 60\u00a0ث (وسيط الفجوات، وعددها 11)، منتظمة ← سجل فحص',
      ],
      [
        checks(120, 6, 'code'),
        'عمودا الوقت ورمز \u2068HTTP\u2069؛ صفوف جهاز المراقبة متباعدة 2\u00a0س (وسيط الفجوات، وعددها 5)، منتظمة ← سجل تغيّر الحالة',
      ],
      [checks(1, 1, 'status'), 'عمودا الوقت وكلمة الحالة؛ صفوف أقل من أن يُحكم على تباعدها'],
      [
        'start,end,monitor\n2026-06-01T00:00:00Z,2026-06-01T01:00:00Z,a\n',
        'عمودا البداية والنهاية ← سجل انقطاعات',
      ],
      ['start,duration,monitor\n2026-06-01T00:00:00Z,60,a\n', 'عمودا البداية والمدة ← سجل انقطاعات'],
      [
        'start,end,type\n2026-06-01T00:00:00Z,2026-06-01T01:00:00Z,maintenance\n',
        'البداية والنهاية وعمود \u2068"type"\u2069 لأنواع الاستثناءات ← سجلات استثناء',
      ],
      [
        'a,b\n1,2\n',
        'لا تخطيط معروف ولا أعمدة للوقت والحالة أو للبداية والنهاية (الأعمدة: \u2068a, b\u2069): طابقها يدويًا',
      ],
    ];
    expect(cases.map(([text]) => readerReasonAr(taken(text)))).toEqual(cases.map(([, arabic]) => arabic));
  });

  it('reads problems joined in one reason one by one', () => {
    const cols = columnList(['when', 'state']);
    expect(
      readerReasonAr(
        `no time column (${cols}); name one with --map time=COLUMN; no status or code column (${cols}); name one with --map status=COLUMN`,
      ),
    ).toBe(
      'لا عمود \u2068time\u2069 (الأعمدة: \u2068when, state\u2069)؛ سمِّ واحدًا بـ\u2068--map time=COLUMN\u2069؛ ' +
        'لا عمود \u2068status\u2069 أو \u2068code\u2069 (الأعمدة: \u2068when, state\u2069)؛ سمِّ واحدًا بـ\u2068--map status=COLUMN\u2069',
    );
  });

  it('reads a reason of many parts at once, as a name full of "; " and ": " makes one', () => {
    const many = `${Array.from({ length: 12 }, (_, i) => `start: part ${i}: end before start`).join('; ')}; more`;
    const started = performance.now();
    expect(readerReasonAr(many)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('leaves a reason it has no words for to be shown as written', () => {
    expect(readerReasonAr('something new the readers say')).toBeNull();
    expect(readerReasonAr('start: something new')).toBeNull();
    expect(readerReasonAr('end before start; something new')).toBeNull();
  });
});
