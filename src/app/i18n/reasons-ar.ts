// The readers' reasons for a skipped row or a refused file, in Arabic. The readers word them
// in English for the command line too; the Arabic page says the same here, matched by
// pattern. Numbers stay as written, and names, columns and other Latin text are isolated
// so their punctuation keeps its order in the right-to-left line. Loaded with the Arabic
// catalogue only: an English page never downloads it. A known tool's refused JSON comes
// typed, and is worded from its type (refusals-ar.ts).
import type { JsonRefusal } from '../../ingest/json-refusals';
import { isolate as L } from '../format';
import { jsonRefusalAr } from './refusals-ar';

const SLA_WITNESS = L('SLA Witness');
const RRULE = L('RRULE');
const JSON_ = L('JSON');
const CSV = L('CSV');

/** Reasons with nothing in them that varies. */
const EXACT: Record<string, string> = {
  'the header again, as where files were joined one after another':
    'سطر العناوين مرة أخرى، كما يحدث حين تُضم الملفات بعضها إلى بعض',
  'end before start': 'النهاية قبل البداية',
  'no end yet (still open when the file was saved; save it again once it has ended)':
    'لا نهاية بعد (كان لا يزال مفتوحًا حين حُفظ الملف؛ احفظه مرة أخرى بعد انتهائه)',
  'no end or duration': 'لا نهاية ولا مدة',
  'unreadable duration (expected a number, or hours:minutes:seconds with minutes and seconds below 60)':
    'مدة غير مقروءة (المتوقع رقم، أو ساعات:دقائق:ثوانٍ والدقائق والثواني أقل من 60)',
  'a duration such as 1.800, which is 1.8 or 1 800 as the spreadsheet that wrote it reads it: write it without a thousands separator':
    'مدة مثل 1.800، وهي 1.8 أو 1 800 بحسب جدول البيانات الذي كتبها: اكتبها دون فاصل الآلاف',
  'empty time': 'وقت فارغ',
  'empty start': 'بداية فارغة',
  'empty end': 'نهاية فارغة',
  'empty id': 'معرّف فارغ',
  'empty status': 'حالة فارغة',
  'impossible time (no such date or time of day)': 'وقت مستحيل (لا يوجد تاريخ أو وقت من اليوم كهذا)',
  'impossible offset (expected hours up to 23 and minutes up to 59)':
    'فرق توقيت مستحيل (المتوقع ساعات حتى 23 ودقائق حتى 59)',
  'a number below 10 000 000, too small for epoch seconds: a spreadsheet serial date? save the column formatted as a date and time':
    'رقم أقل من 10 000 000، أصغر من أن يكون ثواني منذ بداية عصر يونكس: تاريخ تسلسلي من جدول بيانات؟ احفظ العمود منسقًا تاريخًا ووقتًا',
  'a date written day or month first (01/02/2026 is 1 February or 2 January): save the times as YYYY-MM-DD HH:MM': `تاريخ يبدأ باليوم أو بالشهر (${L('01/02/2026')} هو 1 فبراير أو 2 يناير): احفظ الأوقات بالصيغة ${L('YYYY-MM-DD HH:MM')}`,
  "a zone's abbreviation (CST is three zones), not its offset: write the offset (+02:00), or leave it out and read the times in their zone": `اختصار منطقة زمنية (${L('CST')} ثلاث مناطق) لا فرق توقيتها: اكتب الفرق (${L('+02:00')})، أو احذفه لتُقرأ الأوقات في منطقتها`,
  'unreadable time (expected a date and time, or epoch seconds or milliseconds)':
    'وقت غير مقروء (المتوقع تاريخ ووقت، أو ثوانٍ أو أجزاء من الألف من الثانية منذ بداية عصر يونكس)',
  'unknown status code (expected an HTTP code 100–599, or 0 for a timeout)': `رمز حالة غير معروف (المتوقع رمز ${L('HTTP')} من 100 إلى 599، أو 0 لانتهاء المهلة)`,
  'unknown status (expected up or down, a word such as ok or failed, 0–3, or an HTTP code)': `حالة غير معروفة (المتوقع ${L('up')} أو ${L('down')}، أو كلمة مثل ${L('ok')} أو ${L('failed')}، أو 0–3، أو رمز ${L('HTTP')})`,
  'unknown severity (expected P0–P4, or a word such as critical, high, medium or low)': `درجة خطورة غير معروفة (المتوقع ${L('P0–P4')}، أو كلمة مثل ${L('critical')} أو ${L('high')} أو ${L('medium')} أو ${L('low')})`,
  'first response before opened': 'الرد الأول قبل فتح التذكرة',
  'resolved before opened': 'الحل قبل فتح التذكرة',
  "a value that is neither up nor down (Grafana writes 1/0, 1.00/0.00, 100%/0%, On/Off or UP/DOWN; Uptime Kuma's 2/PENDING and 3/MAINTENANCE) nor an HTTP status": `قيمة ليست تشغيلًا ولا توقفًا (يكتب ${L('Grafana')} ${L('1/0')} أو ${L('1.00/0.00')} أو ${L('100%/0%')} أو ${L('On/Off')} أو ${L('UP/DOWN')}؛ و${L('Uptime Kuma')} ${L('2/PENDING')} و${L('3/MAINTENANCE')}) ولا رمز حالة ${L('HTTP')}`,
  'a NaN sample: the query gave no number at this step (e.g. 0/0), so no check': `عينة ${L('NaN')}: لم يُعطِ الاستعلام رقمًا في هذه الخطوة (مثل ${L('0/0')})، فلا فحص`,
  'an infinite sample (+Inf or -Inf): the query gave no finite number at this step (e.g. 1/0), so no check': `عينة لا نهائية (${L('+Inf')} أو ${L('-Inf')}): لم يُعطِ الاستعلام رقمًا محدودًا في هذه الخطوة (مثل ${L('1/0')})، فلا فحص`,
  "a native histogram sample: a distribution of many observations, not one check's up or down (query probe_success, up or monitor_status)": `عينة مدرّج تكراري أصلي: توزيع لملاحظات كثيرة، لا نتيجة فحص واحد (استعلم عن ${L('probe_success')} أو ${L('up')} أو ${L('monitor_status')})`,
  'no data (status 2): Datadog had no result of this run': `لا بيانات (${L('status 2')}): لم تكن لدى ${L('Datadog')} نتيجة لهذا التشغيل`,
  'a retry attempt (resultType ATTEMPT): its run counts by its FINAL result': `محاولة إعادة (${L('resultType ATTEMPT')}): يُحتسب تشغيلها بنتيجته النهائية (${L('FINAL')})`,
  "an internal error in Checkly's backend (hasErrors, no failures): no result of the check": `خطأ داخلي في خوادم ${L('Checkly')} (${L('hasErrors')}، بلا إخفاقات): لا نتيجة للفحص`,
  'the file is empty': 'الملف فارغ',
  'no records to import (its lists are empty)': 'لا سجلات للاستيراد (قوائمه فارغة)',
  'no usable rows (header only)': 'لا صفوف صالحة للاستخدام (سطر العناوين فقط)',
  'the file ends in the middle of a character: text cut off, as by a download or copy that stopped short; nothing was imported':
    'ينتهي الملف في منتصف حرف: انقطع النص، كما يحدث حين يتوقف تنزيل أو نسخ قبل اكتماله؛ لم يُستورد شيء',
  'a quote opened on this line is never closed, so the rest of the file would be one cell':
    'علامة اقتباس فُتحت في هذا السطر ولا تُغلق أبدًا، فيصير باقي الملف خلية واحدة',
  'this is a web page (HTML or XML), not an export: a download saves one when the call fails (an error or sign-in page); nothing was imported: check the address and the credentials, and save the answer again': `هذه صفحة ويب (${L('HTML')} أو ${L('XML')}) لا ملف تصدير: يحفظ التنزيل صفحة كهذه حين يفشل الطلب (صفحة خطأ أو تسجيل دخول)؛ لم يُستورد شيء: تحقق من العنوان وبيانات الدخول، واحفظ الرد مرة أخرى`,
  'this is a ZIP archive (an Excel .xlsx workbook is one): save the sheet as CSV, or unzip the archive and give the file inside': `هذا أرشيف ${L('ZIP')} (مصنف ${L('Excel .xlsx')} أرشيف كهذا): احفظ الورقة بصيغة ${L('CSV')}، أو فك ضغط الأرشيف وقدّم الملف الذي بداخله`,
  'this is gzip-compressed: decompress it first (gunzip)': `هذا ملف مضغوط بـ${L('gzip')}: فك ضغطه أولًا (${L('gunzip')})`,
  'this is an SQLite database (Uptime Kuma\'s kuma.db is one): export its heartbeat table as CSV with sqlite3, as the README\'s "Where to get your data" shows': `هذه قاعدة بيانات ${L('SQLite')} (ملف ${L('kuma.db')} في ${L('Uptime Kuma')} واحد منها): صدّر جدول ${L('heartbeat')} بصيغة ${L('CSV')} باستعمال ${L('sqlite3')}، كما يبيّن قسم ${L('"Where to get your data"')} في ${L('README')}`,
  'this is an Excel 97-2003 workbook (.xls): save the sheet as CSV': `هذا مصنف ${L('Excel 97-2003')} (${L('.xls')}): احفظ الورقة بصيغة ${L('CSV')}`,
  'this is not a CSV text file (binary data)': `هذا ليس ملفًا نصيًا بصيغة ${L('CSV')} (بيانات ثنائية)`,
  'this is not a CSV or ICS text file (binary data)': `هذا ليس ملفًا نصيًا بصيغة ${L('CSV')} أو ${L('ICS')} (بيانات ثنائية)`,
  'not a readable ICS calendar: a line without NAME:value': `ليس تقويم ${L('ICS')} مقروءًا: سطر بلا ${L('NAME:value')}`,
  'not a readable ICS calendar': `ليس تقويم ${L('ICS')} مقروءًا`,
  'the calendar has no events': 'لا أحداث في التقويم',
  'an event that cannot be read': 'حدث لا يمكن قراءته',
  'Prometheus metrics without a monitor_status sample': `مقاييس ${L('Prometheus')} بلا عينة ${L('monitor_status')}`,
  'a monitor_status sample with no time: neither its own timestamp nor a readable HTTP Date header before it (save each scrape with curl -si)': `عينة ${L('monitor_status')} بلا وقت: لا طابع زمني لها ولا ترويسة ${L('HTTP Date')} مقروءة قبلها (احفظ كل قراءة باستعمال ${L('curl -si')})`,
  'not valid JSON': `ليس ${JSON_} صالحًا`,
  'not valid JSON: a comment, which JSON does not have': `ليس ${JSON_} صالحًا: تعليق، ولا تعليقات في ${JSON_}`,
  'not valid JSON: NaN or Infinity, which JSON does not have (null does)': `ليس ${JSON_} صالحًا: ${L('NaN')} أو ${L('Infinity')}، وليسا في ${JSON_} (بل ${L('null')})`,
  'not valid JSON: text that is no JSON value (neither in quotes nor a number, true, false or null), as where a line was pasted in or the file damaged': `ليس ${JSON_} صالحًا: نص ليس قيمة ${JSON_} (لا بين علامتي اقتباس ولا رقمًا ولا ${L('true')} أو ${L('false')} أو ${L('null')})، كما يحدث حين يُلصق سطر أو يتلف الملف`,
  'not valid JSON by this line': `ليس ${JSON_} صالحًا حتى هذا السطر`,
  'not valid JSON by this line: a closing bracket where a value was expected (a trailing comma?)': `ليس ${JSON_} صالحًا حتى هذا السطر: قوس إغلاق حيث يُتوقع قيمة (فاصلة زائدة في الآخر؟)`,
  'a second JSON document starts on this line, after the first ended (JSON Lines, or answers saved one after another): give each answer as a file of its own': `مستند ${JSON_} ثانٍ يبدأ في هذا السطر بعد انتهاء الأول (${L('JSON Lines')}، أو ردود محفوظة واحدًا تلو الآخر): قدّم كل رد في ملف مستقل`,
  'text that starts like JSON but is not': `نص يبدأ كأنه ${JSON_} وليس كذلك`,
  'a JSON document of a single null and no records: nothing to import': `مستند ${JSON_} من قيمة واحدة (${L('null')}) بلا سجلات: لا شيء للاستيراد`,
  'a JSON document of a single true or false and no records: nothing to import': `مستند ${JSON_} من قيمة واحدة (${L('true')} أو ${L('false')}) بلا سجلات: لا شيء للاستيراد`,
  'a JSON document of a single number and no records: nothing to import': `مستند ${JSON_} من قيمة واحدة (رقم) بلا سجلات: لا شيء للاستيراد`,
  'a JSON document of a single string and no records: nothing to import': `مستند ${JSON_} من قيمة واحدة (نص) بلا سجلات: لا شيء للاستيراد`,
  'a character before the JSON document begins, as where a byte was damaged or added in copying; nothing was imported': `حرف قبل بداية مستند ${JSON_}، كما يحدث حين يتلف بايت أو يُضاف عند النسخ؛ لم يُستورد شيء`,
  'a JSON document whose opening { or [ is damaged or missing, as where a byte was changed in copying; nothing was imported': `مستند ${JSON_} قوسُ فتحه الأول (المعقوف أو المربع) تالف أو مفقود، كما يحدث حين يتغير بايت عند النسخ؛ لم يُستورد شيء`,
  'a JSON object with no keys': `كائن ${JSON_} بلا مفاتيح`,
  'an empty JSON array': `مصفوفة ${JSON_} فارغة`,
  'a JSON array of empty objects': `مصفوفة ${JSON_} من كائنات فارغة`,
  'an empty JSON array: nothing to import': `مصفوفة ${JSON_} فارغة: لا شيء للاستيراد`,
  'a holiday repeats by whole days: an RRULE with BYHOUR, BYMINUTE or BYSECOND is not read': `تتكرر العطلة بأيام كاملة: لا تُقرأ قاعدة ${RRULE} فيها ${L('BYHOUR')} أو ${L('BYMINUTE')} أو ${L('BYSECOND')}`,
  'an RRULE with a part SLA Witness does not read (it reads FREQ, INTERVAL, COUNT, UNTIL, WKST and BYMONTH, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYDAY, BYSETPOS)': `قاعدة ${RRULE} فيها جزء لا يقرؤه ${SLA_WITNESS} (يقرأ ${L('FREQ, INTERVAL, COUNT, UNTIL, WKST')} و${L('BYMONTH, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYDAY, BYSETPOS')})`,
  'a holiday repeats daily, weekly, monthly or yearly: an RRULE of a finer or unknown FREQ is not read': `تتكرر العطلة يوميًا أو أسبوعيًا أو شهريًا أو سنويًا: لا تُقرأ قاعدة ${RRULE} قيمة ${L('FREQ')} فيها أدق من ذلك أو غير معروفة`,
  'an RRULE whose UNTIL is not a date': `قاعدة ${RRULE} قيمة ${L('UNTIL')} فيها ليست تاريخًا`,
  'an RRULE with BYWEEKNO that is not yearly': `قاعدة ${RRULE} فيها ${L('BYWEEKNO')} وليست سنوية`,
  'an RRULE with a numbered BYDAY (such as 1MO) that is not monthly or yearly': `قاعدة ${RRULE} فيها ${L('BYDAY')} مرقّم (مثل ${L('1MO')}) وليست شهرية ولا سنوية`,
  'an RRULE whose WKST is not a weekday': `قاعدة ${RRULE} قيمة ${L('WKST')} فيها ليست يومًا من الأسبوع`,
  'an RRULE whose BYDAY is not a weekday such as MO, 1MO or -1FR': `قاعدة ${RRULE} قيمة ${L('BYDAY')} فيها ليست يومًا من الأسبوع مثل ${L('MO')} أو ${L('1MO')} أو ${L('-1FR')}`,
  'an event without a DTSTART': `حدث بلا ${L('DTSTART')}`,
  'DURATION is not a duration such as P1D or PT8H': `${L('DURATION')} ليست مدة مثل ${L('P1D')} أو ${L('PT8H')}`,
  'the event ends before it starts': 'ينتهي الحدث قبل أن يبدأ',
  'an RRULE that cannot be read': `قاعدة ${RRULE} لا يمكن قراءتها`,
  'EXDATE is not a date': `${L('EXDATE')} ليس تاريخًا`,
};

/** What a reason names before its colon: a column the reader knows, else the file's own name for it. */
const SUBJECT: Record<string, string> = {
  time: 'الوقت',
  start: 'البداية',
  end: 'النهاية',
  requests: 'الطلبات',
  'failed requests': 'الطلبات الفاشلة',
};

/** What a file too large to read was taken for. */
const FILE_KIND: Record<string, string> = {
  'holiday file': 'ملف العطلات',
  'tickets file': 'ملف التذاكر',
  'obligation log': 'سجل الالتزامات',
  'policy file': 'ملف السياسة',
};

/** A header as a reason names it (see columnList in the readers). */
function columnsAr(list: string): string {
  if (list === 'its first line holds values, not column names') return 'سطره الأول يحمل قيمًا لا أسماء أعمدة';
  if (list === 'its first line is not a header of column names')
    return 'سطره الأول ليس سطر عناوين بأسماء الأعمدة';
  const m = /^columns: (.*?)(?: and (\S+) more)?$/.exec(list);
  if (!m) return L(list);
  return `الأعمدة: ${L(m[1]!)}${m[2] ? ` و${m[2]} غيرها` : ''}`;
}

/** A JSON document's keys as detection names them ("`a`, `b` and 3 more"). */
const KEYS = '((?:`[^`]*`, )*`[^`]*`(?: and (?:\\d+ )?more)?)';

/** Those keys, each isolated, and how many more. */
function keysAr(list: string): string {
  const more = / and (?:(\d+) )?more$/.exec(list);
  const keys = (list.match(/`[^`]*`/g) ?? []).map(L).join('، ');
  if (!more) return keys;
  return more[1] ? `${keys} و${more[1]} غيرها` : `${keys} وغيرها`;
}

/** What the first items of a JSON array are, as detection names their kinds. */
const ITEM_KINDS: Record<string, string> = {
  objects: 'كائنات',
  arrays: 'مصفوفات',
  strings: 'نصوص',
  numbers: 'أرقام',
  booleans: 'قيم منطقية',
  nulls: `قيم ${L('null')}`,
};

/**
 * The layouts SLA Witness reads, as detection lists them (SUPPORTED_LAYOUTS): the tools'
 * names for their exports stay as written, each isolated, in an Arabic sentence. The one
 * layout of Prometheus text (Uptime Kuma's /metrics) is listed last among the CSV ones.
 */
function layoutsAr(list: string): string | null {
  const m =
    /^CSV probe, state-change and event logs \(any tool, mapped by column names\); the CSV of (.+); ([^;]+); and the JSON of (.+)$/.exec(
      list,
    );
  if (!m) return null;
  const names = (group: string) => group.split('; ').map(L).join('؛ ');
  return `سجلات الفحص وتغيّر الحالة والأحداث بصيغة ${CSV} من أي أداة (تُطابق أعمدتها بأسمائها)؛ وملفات ${CSV} من ${names(m[1]!)}؛ و${L(m[2]!)}؛ وملفات ${JSON_} من ${names(m[3]!)}`;
}

/** Column roles joined by " or " ("time or start"), each isolated. */
const rolesAr = (group: string) => group.split(' or ').map(L).join(' أو ');

/** A reason inside another, isolated as written when it has no Arabic words. */
const innerAr = (reason: string) => readerReasonAr(reason) ?? L(reason);

/** A gap as detection writes it (formatGap in the readers): "60 s", "5 min", "2 h". */
const GAP_UNIT: Record<string, string> = { s: 'ث', min: 'د', h: 'س' };

/** Reasons with values in them: a pattern and its Arabic. */
const PATTERNS: [RegExp, (m: RegExpExecArray) => string | null][] = [
  // A refused file's reason after its line, as the first look gives it.
  [
    /^line (\d+): (.+)$/,
    (m) => {
      const rest = readerReasonAr(m[2]!);
      return rest === null ? null : `السطر ${m[1]}: ${rest}`;
    },
  ],
  // What detection took a file for, from its columns and the spacing of its rows; the arrow
  // points the way the line reads.
  [/^recognised as (.+)$/, (m) => `تعرّفنا عليه على أنه ${L(m[1]!)}`],
  [
    /^time and (status|code) columns$/,
    (m) => `عمودا الوقت و${m[1] === 'status' ? 'كلمة الحالة' : `رمز ${L('HTTP')}`}`,
  ],
  [/^too few rows to judge their spacing$/, () => 'صفوف أقل من أن يُحكم على تباعدها'],
  [
    /^rows of a monitor (\d+) (s|min|h) apart \(median of (\d+) gaps\), (irregular|regular) → (a state-change log|a probe log)$/,
    (m) =>
      `صفوف جهاز المراقبة متباعدة ${m[1]}\u00a0${GAP_UNIT[m[2]!]} (وسيط الفجوات، وعددها ${m[3]})، ${m[4] === 'irregular' ? 'غير منتظمة' : 'منتظمة'} ← ${m[5] === 'a probe log' ? 'سجل فحص' : 'سجل تغيّر الحالة'}`,
  ],
  [
    /^start and (end|duration) columns → an event log$/,
    (m) => `عمودا البداية و${m[1] === 'end' ? 'النهاية' : 'المدة'} ← سجل انقطاعات`,
  ],
  [
    /^start, end and a "(.+)" column of exclusion kinds → exclusion records$/,
    (m) => `البداية والنهاية وعمود ${L(`"${m[1]}"`)} لأنواع الاستثناءات ← سجلات استثناء`,
  ],
  [
    /^no known layout and no time\/status or start\/end columns \((.+)\): map them by hand$/,
    (m) => `لا تخطيط معروف ولا أعمدة للوقت والحالة أو للبداية والنهاية (${columnsAr(m[1]!)}): طابقها يدويًا`,
  ],
  [/^expected (\d+) fields, found (\d+)$/, (m) => `المتوقع عدد الحقول ${m[1]}، والموجود ${m[2]}`],
  [/^monitor name longer than (\d+) characters$/, (m) => `اسم جهاز المراقبة أطول من ${m[1]} حرف`],
  [/^unknown state \(expected (.*)\)$/, (m) => `حالة غير معروفة (المتوقع واحدة من: ${L(m[1]!)})`],
  [
    /^unknown exclusion kind \(expected (.*)\)$/,
    (m) => `نوع استثناء غير معروف (المتوقع واحد من: ${L(m[1]!)})`,
  ],
  [/^duration ends outside the years (\d+)–(\d+)$/, (m) => `تنتهي المدة خارج السنوات من ${m[1]} إلى ${m[2]}`],
  [/^time outside the years (\d+)–(\d+)$/, (m) => `وقت خارج السنوات من ${m[1]} إلى ${m[2]}`],
  [
    /^local time does not exist in (.+) \(DST gap\)$/,
    (m) => `الوقت المحلي غير موجود في ${L(m[1]!)} (فجوة التوقيت الصيفي)`,
  ],
  [/^empty (.+)$/, (m) => `العمود ${L(m[1]!)} فارغ`],
  [/^expected a whole number \(up to 9 digits\)$/, () => 'المتوقع عدد صحيح (حتى 9 أرقام)'],
  [
    /^(\d+) failed requests of (\d+): more failed than were made$/,
    (m) => `الطلبات الفاشلة ${m[1]} من ${m[2]}: أكثر مما أُرسل`,
  ],
  [
    /^the id of the ticket on line (\d+) again \(each ticket is judged once\)$/,
    (m) => `معرّف التذكرة في السطر ${m[1]} مرة أخرى (تُقيَّم كل تذكرة مرة واحدة)`,
  ],
  [
    /^Pingdom's result is (.+): no check was made or could be judged$/,
    (m) => `نتيجة ${L('Pingdom')} هي ${L(m[1]!)}: لم يُجرَ فحص أو لم يمكن الحكم عليه`,
  ],
  [
    /^(?:its 1|all (\d+)) (row|record)s? (?:was|were) left out by the filters \((.+)\); nothing to import$/,
    (m) =>
      `${m[1] ? `استُبعدت ${m[2] === 'record' ? 'السجلات' : 'الصفوف'} كلها وعددها ${m[1]}` : `استُبعد ${m[2] === 'record' ? 'سجله' : 'صفّه'} الوحيد`} بالمرشّحات (${L(m[3]!)})؛ لا شيء للاستيراد`,
  ],
  [
    /^no usable rows: all (\d+) skipped \(first: (line|record) (\d+), (.+)\)$/,
    (m) =>
      `لا صفوف صالحة للاستخدام: تُخطّيت كلها وعددها ${m[1]} (أولها ${m[2] === 'record' ? 'السجل' : 'السطر'} ${m[3]}: ${innerAr(m[4]!)})`,
  ],
  [
    /^the header has (more than )?(\d+) columns; SLA Witness reads files of at most (\d+) columns$/,
    (m) =>
      `في سطر العناوين ${m[1] ? 'أكثر من ' : ''}${m[2]} عمود؛ يقرأ ${SLA_WITNESS} ملفات من ${m[3]} عمود على الأكثر`,
  ],
  [
    /^no (.+) column \((.+)\); name one with --map (\w+)=COLUMN$/,
    (m) => `لا عمود ${rolesAr(m[1]!)} (${columnsAr(m[2]!)})؛ سمِّ واحدًا بـ${L(`--map ${m[3]}=COLUMN`)}`,
  ],
  [
    /^a requests column needs a column of failed requests beside it \((.+)\); name it with --map failures=COLUMN$/,
    (m) =>
      `عمود الطلبات يحتاج بجانبه عمودًا للطلبات الفاشلة (${columnsAr(m[1]!)})؛ سمِّه بـ${L('--map failures=COLUMN')}`,
  ],
  [
    /^the (\w+) column "(.+)" is named twice in the header: rename one, so that the right one is read$/,
    (m) => `عمود ${L(m[1]!)} ${L(`"${m[2]}"`)} مسمّى مرتين في سطر العناوين: أعد تسمية أحدهما ليُقرأ الصحيح`,
  ],
  [
    /^--where: no column "(.+)" \((.+)\)$/,
    (m) => `${L('--where')}: لا عمود ${L(`"${m[1]}"`)} (${columnsAr(m[2]!)})`,
  ],
  [/^no date column \(a column named (.+)\)$/, (m) => `لا عمود للتاريخ (عمود باسم ${L(m[1]!)})`],
  [/^no (.+) column \((.+)\)$/, (m) => `لا عمود ${L(m[1]!)} (${columnsAr(m[2]!)})`],
  [/^expected columns (.+) \((.+)\)$/, (m) => `المتوقع الأعمدة ${L(m[1]!)} (${columnsAr(m[2]!)})`],
  [
    /^more than (\d+) exclusions; SLA Witness reads at most \1$/,
    (m) => `أكثر من ${m[1]} استثناء؛ يقرأ ${SLA_WITNESS} ${m[1]} على الأكثر`,
  ],
  [
    /^more than (\d+) holidays; SLA Witness reads at most \1$/,
    (m) => `أكثر من ${m[1]} عطلة؛ يقرأ ${SLA_WITNESS} ${m[1]} على الأكثر`,
  ],
  [
    /^the calendar gives more than (\d+) holiday days \(a daily repeat or a long event, most likely\); SLA Witness reads at most \1$/,
    (m) =>
      `يعطي التقويم أكثر من ${m[1]} يوم عطلة (تكرار يومي أو حدث طويل على الأرجح)؛ يقرأ ${SLA_WITNESS} ${m[1]} على الأكثر`,
  ],
  [
    /^more than ([\d\u2009]+) monitors; SLA Witness reads at most \1 at once \(is the monitor column right\?\)$/,
    (m) =>
      `أكثر من ${m[1]} جهاز مراقبة؛ يقرأ ${SLA_WITNESS} ${m[1]} على الأكثر معًا (هل عمود جهاز المراقبة صحيح؟)`,
  ],
  [
    /^the (checks|events) of monitor "(.+)" run from (.+) to (.+), ([\d\u2009]+) days; one monitor may span at most 20 years \(([\d\u2009]+) days\): look for a row with a stray date$/,
    (m) =>
      `${m[1] === 'checks' ? 'فحوص' : 'أحداث'} جهاز المراقبة ${L(`"${m[2]}"`)} تمتد من ${L(m[3]!)} إلى ${L(m[4]!)}، ${m[5]} يوم؛ لا يمتد جهاز مراقبة واحد أكثر من 20 سنة (${m[6]} يوم): ابحث عن صف بتاريخ شارد`,
  ],
  [
    /^the checks of ([\d\u2009]+) monitors make ([\d\u2009]+) minutes to hold, more than the ([\d\u2009]+) SLA Witness holds at once \(100 monitors checked every minute for 5 years\): split the file by monitor or by year$/,
    (m) =>
      `فحوص ${m[1]} جهاز مراقبة تبلغ ${m[2]} دقيقة، أكثر من ${m[3]} يحملها ${SLA_WITNESS} معًا (100 جهاز مراقبة تُفحص كل دقيقة لمدة 5 سنوات): قسّم الملف بحسب جهاز المراقبة أو بحسب السنة`,
  ],
  [
    /^monitor "(.+)" has more than ([\d\u2009]+) checks of one outcome in the minute from (.+) UTC; SLA Witness counts at most \2 a minute, so it cannot read that minute's share of failed checks$/,
    (m) =>
      `لجهاز المراقبة ${L(`"${m[1]}"`)} أكثر من ${m[2]} فحص بنتيجة واحدة في الدقيقة التي تبدأ ${L(`${m[3]} UTC`)}؛ يعدّ ${SLA_WITNESS} ${m[2]} في الدقيقة على الأكثر، فلا يستطيع قراءة نسبة الفحوص الفاشلة في تلك الدقيقة`,
  ],
  [
    /^a record longer than (\d+) bytes \(a quote that is never closed\?\)$/,
    (m) => `سجل أطول من ${m[1]} بايت (علامة اقتباس لا تُغلق؟)`,
  ],
  [
    /^a line longer than (\d+) characters; a \/metrics line names one sample$/,
    (m) => `سطر أطول من ${m[1]} حرف؛ سطر ${L('/metrics')} يسمّي عينة واحدة`,
  ],
  [
    /^this (.+) is (more than )?(\d+) MB; at most (\d+) MB is read \(is it the right file\?\)$/,
    (m) =>
      `حجم ${FILE_KIND[m[1]!] ?? L(m[1]!)} ${m[2] ? 'أكثر من ' : ''}${m[3]} ميغابايت؛ يُقرأ ${m[4]} ميغابايت على الأكثر (هل هو الملف الصحيح؟)`,
  ],
  [
    /^expected a date YYYY-MM-DD from (\d+) to (\d+) in the date column$/,
    (m) => `المتوقع تاريخ بالصيغة ${L('YYYY-MM-DD')} من ${m[1]} إلى ${m[2]} في عمود التاريخ`,
  ],
  [
    /^unknown obligation \(this contract has: (.+)\)$/,
    (m) => `التزام غير معروف (في هذا العقد: ${m[1] === 'none' ? 'لا شيء' : L(m[1]!)})`,
  ],
  [
    /^fulfilled_at is before started_at, where the deadline of (.+) runs$/,
    (m) => `${L('fulfilled_at')} قبل ${L('started_at')}، حيث تسري مهلة ${L(m[1]!)}`,
  ],
  [
    /^the JSON ends before it is complete \(a cut-off download\?\), too soon to tell which export it is; nothing was imported$/,
    () => `ينتهي ملف ${JSON_} قبل أن يكتمل (تنزيل مقطوع؟)، قبل أن يتبيّن من أي تصدير هو؛ لم يُستورد شيء`,
  ],
  [
    /^the (.+) JSON ends before it is complete \(a cut-off download\?\); nothing was imported$/,
    (m) => `ينتهي ملف ${L(`${m[1]} JSON`)} قبل أن يكتمل (تنزيل مقطوع؟)؛ لم يُستورد شيء`,
  ],
  [
    // A small JSON file of no known layout, damaged on a line (jsonDamage).
    /^(not valid JSON(?: by this line)?(?:: .+)?); nothing was imported$/,
    (m) => {
      const what = EXACT[m[1]!];
      return what === undefined ? null : `${what}؛ لم يُستورد شيء`;
    },
  ],
  [
    /^(.+) \(read as (.+)\); nothing was imported$/,
    (m) => {
      const what = readerReasonAr(m[1]!);
      return what === null ? null : `${what} (قُرئ بصفته ${L(m[2]!)})؛ لم يُستورد شيء`;
    },
  ],
  [
    /^the (?:(.+) )?JSON (?:has a string longer than (\d+) characters|nests more than (\d+) levels deep \(exports nest fewer than 10\)), at character (\d+) of the line; nothing was imported$/,
    (m) =>
      `في ملف ${L(m[1] ? `${m[1]} JSON` : 'JSON')} ${m[2] ? `نص أطول من ${m[2]} حرف` : `قيم تتداخل أكثر من ${m[3]} مستوى (ملفات التصدير تتداخل أقل من 10)`}، عند الحرف ${m[4]} من السطر؛ لم يُستورد شيء`,
  ],
  [
    /^the event spans (\d+) days; a holiday event may span at most (\d+)$/,
    (m) => `يمتد الحدث ${m[1]} يوم؛ لا يمتد حدث عطلة أكثر من ${m[2]} يوم`,
  ],
  [/^(\w+) is not a date from (\d+) to (\d+)$/, (m) => `${L(m[1]!)} ليس تاريخًا من ${m[2]} إلى ${m[3]}`],
  [
    /^an RRULE whose (\w+) is not a whole number from 1(?: to (\d+)( or -\2 to -1)?)?$/,
    (m) =>
      `قاعدة ${RRULE} قيمة ${L(m[1]!)} فيها ليست عددًا صحيحًا من 1${m[2] ? ` إلى ${m[2]}` : ' فأكثر'}${m[3] ? ` أو من ${L(`-${m[2]}`)} إلى ${L('-1')}` : ''}`,
  ],
  // What a JSON document was taken for, as detection describes its shape.
  [new RegExp(`^JSON with top-level keys ${KEYS}$`), (m) => `مستند ${JSON_} مفاتيحه العليا ${keysAr(m[1]!)}`],
  [
    new RegExp(`^a JSON array of objects with keys ${KEYS}$`),
    (m) => `مصفوفة ${JSON_} من كائنات مفاتيحها ${keysAr(m[1]!)}`,
  ],
  [
    /^a JSON array of (\w+)(?: and (\w+))*$/,
    (m) => {
      const kinds = m[0].slice('a JSON array of '.length).split(' and ');
      const words = kinds.map((k) => ITEM_KINDS[k]);
      return words.includes(undefined) ? null : `مصفوفة ${JSON_} من ${words.join(' و')}`;
    },
  ],
  [
    /^JSON documents one after another \(JSON Lines, or answers saved into one file\), the first (.+)$/,
    (m) => {
      const first = m[1]!.startsWith('with top-level keys ')
        ? readerReasonAr(`JSON ${m[1]}`)?.replace(`مستند ${JSON_} `, '')
        : readerReasonAr(m[1]!);
      return first == null
        ? null
        : `مستندات ${JSON_} متتالية (${L('JSON Lines')}، أو ردود محفوظة في ملف واحد)، أولها ${first}`;
    },
  ],
  [
    /^(.+): not a layout SLA Witness knows \(it reads (.+)\)$/,
    (m) => {
      const layouts = layoutsAr(m[2]!);
      return layouts === null ? null : `${innerAr(m[1]!)}: ليس تخطيطًا يعرفه ${SLA_WITNESS} (يقرأ ${layouts})`;
    },
  ],
  [
    /^(.+), whose lists are all empty: nothing to import$/,
    (m) => `${innerAr(m[1]!)}، قوائمه كلها فارغة: لا شيء للاستيراد`,
  ],
  [/^(.+): remove it$/, (m) => (readerReasonAr(m[1]!) === null ? null : `${readerReasonAr(m[1]!)}: احذفه`)],
  // A column's reason after its name ("start: impossible time …", "opened_at: …").
  [
    /^([^:]+): (.+)$/,
    (m) => {
      const rest = readerReasonAr(m[2]!);
      return rest === null ? null : `${SUBJECT[m[1]!] ?? L(m[1]!)}: ${rest}`;
    },
  ],
];

/** One problem in Arabic, or null. */
function oneAr(reason: string): string | null {
  const exact = EXACT[reason];
  if (exact !== undefined) return exact;
  for (const [pattern, arabic] of PATTERNS) {
    const m = pattern.exec(reason);
    if (!m) continue;
    const text = arabic(m);
    if (text !== null) return text;
  }
  return null;
}

/**
 * A reader's reason in Arabic, or null where it has no Arabic words (it is then shown as
 * written). Problems of one header come joined by "; ", and one problem may hold "; "
 * itself: the reason is read as whole problems, each the shortest that has Arabic words
 * and leaves a rest that has them too, so a pattern never swallows the next problem.
 */
export function readerReasonAr(reason: string | JsonRefusal): string | null {
  if (typeof reason !== 'string') return jsonRefusalAr(reason);
  const known = said.get(reason);
  if (known !== undefined) return known;
  if (said.size > 1000) said.clear();
  const parts = reason.split('; ');
  // fromPart[i]: the Arabic of the parts from i on ('' past the last), null if they have none.
  const fromPart: (string | null)[] = [];
  fromPart[parts.length] = '';
  for (let i = parts.length - 1; i >= 0; i--) {
    fromPart[i] = null;
    for (let j = i + 1; j <= parts.length; j++) {
      const rest = fromPart[j];
      if (rest === null) continue;
      const first = oneAr(parts.slice(i, j).join('; '));
      if (first === null) continue;
      fromPart[i] = rest === '' ? first : `${first}؛ ${rest}`;
      break;
    }
  }
  said.set(reason, fromPart[0]!);
  return fromPart[0]!;
}

/**
 * Reasons already read, and the parts of one being read: a reason's parts are read again
 * inside longer ones, and a file's name may hold "; " and ": " many times.
 */
const said = new Map<string, string | null>();
