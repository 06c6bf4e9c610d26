// A policy problem's reason in the interface language. parsePolicy words its reasons in
// English ("expected a whole number of days from 1"); the Arabic page says the same in
// Arabic, quoted values and numbers kept as written. A reason with no Arabic wording here
// is shown as written, marked as English.
import { isolate } from '../format';
import { dirOf, fillMessage, languageOf, translate } from '../i18n';
import type { Message } from '../i18n/en';

/** What a value should have been, as the schema names it. */
const WANTED: Record<string, string> = {
  'a list': 'قائمة',
  'a JSON object': 'كائن JSON',
  'an object': 'كائن',
  'a text': 'نص',
  'true or false': 'نعم أو لا (true أو false)',
  'a number from 0 to 100': 'رقم من 0 إلى 100',
  'a number of hours from 0': 'عدد ساعات من 0 فأكثر',
  'a number of days from 0': 'عدد أيام من 0 فأكثر',
  'a whole number of months from 1': 'عدد صحيح من الأشهر من 1 فأكثر',
  'a whole number of days from 1': 'عدد صحيح من الأيام من 1 فأكثر',
  'a whole number of days from 0': 'عدد صحيح من الأيام من 0 فأكثر',
  'a whole number of periods from 1': 'عدد صحيح من الفترات من 1 فأكثر',
  'a whole number of minutes from 1': 'عدد صحيح من الدقائق من 1 فأكثر',
  'a whole number of minutes from 0': 'عدد صحيح من الدقائق من 0 فأكثر',
  'a whole number of minutes that divides 60': 'عدد صحيح من الدقائق يقسم 60',
  'a whole number from 1': 'عدد صحيح من 1 فأكثر',
  'a whole number of business days from 1': 'عدد صحيح من أيام العمل من 1 فأكثر',
  'a whole number of business days': 'عدد صحيح من أيام العمل',
  'a whole number of monitors from 1': 'عدد صحيح من أجهزة المراقبة من 1 فأكثر',
  'a whole number of checks from 1': 'عدد صحيح من الفحوص من 1 فأكثر',
  'a whole number of decimals from 0 to 6': 'عدد صحيح من المنازل العشرية من 0 إلى 6',
  'a positive number': 'رقم موجب',
  'a positive number of hours up to 100000': 'عدد موجب من الساعات حتى 100000',
  'a positive number of minutes up to 1000000': 'عدد موجب من الدقائق حتى 1000000',
  'a positive number of days up to 3660': 'عدد موجب من الأيام حتى 3660',
  'an amount from 0': 'مبلغ من 0 فأكثر',
  'a fee from 0': 'رسم من 0 فأكثر',
  'an hourly rate from 0': 'أجر بالساعة من 0 فأكثر',
  'a percent of the fee from 0': 'نسبة مئوية من الرسم من 0 فأكثر',
  'a percent of the yearly fee from 0': 'نسبة مئوية من الرسم السنوي من 0 فأكثر',
  'a cap from 0': 'حد أقصى من 0 فأكثر',
  'a positive multiple up to 1000': 'مضاعف موجب حتى 1000',
  'a positive value up to 1000000000000': 'قيمة موجبة حتى 1000000000000',
  'an HTTP status from 100 to 599': 'رمز حالة HTTP من 100 إلى 599',
  'a weekday from 1 (Monday) to 7 (Sunday)': 'يوم من الأسبوع من 1 (الاثنين) إلى 7 (الأحد)',
  'a month from 1 to 12': 'شهر من 1 إلى 12',
  'a day of the month from 1 to 28': 'يوم من الشهر من 1 إلى 28',
  'a date YYYY-MM-DD': 'تاريخ بالصيغة YYYY-MM-DD',
  'a time HH:MM': 'وقت بالصيغة HH:MM',
  'an IANA time zone such as "Africa/Cairo"': 'منطقة زمنية من IANA مثل "Africa/Cairo"',
  'a two-letter country code': 'رمز بلد من حرفين',
  'a country whose public holidays are built in (an ISO 3166 code such as US, EG or IN)':
    'بلد عطلاته الرسمية مضمّنة (رمز ISO 3166 مثل US أو EG أو IN)',
  'a three-letter currency code': 'رمز عملة من ثلاثة أحرف',
  'a monitor name': 'اسم جهاز مراقبة',
  'a severity P0 to P4': 'درجة خطورة من P0 إلى P4',
  'an id of lower-case letters, digits and dashes': 'معرّف من حروف لاتينية صغيرة وأرقام وشرطات',
  'an object of field paths': 'كائن مفاتيحه مسارات حقول',
  'an object of field paths to clause citations': 'كائن يربط مسارات الحقول باقتباسات البنود',
  'at least two readings': 'قراءتان على الأقل',
  'at least one tier': 'فئة واحدة على الأقل',
  'at least one monitor': 'جهاز مراقبة واحد على الأقل',
  'at least one kind': 'نوع واحد على الأقل',
  'the error rate above which an interval is down': 'نسبة الأخطاء التي تُعد الفترة فوقها متوقفة',
  'working hours on at least one weekday (the policy counts business time)':
    'ساعات عمل في يوم واحد على الأقل من الأسبوع (السياسة تحسب وقت العمل)',
  'no scopes': 'ألا تكون هناك نطاقات',
  // A credit beyond the allowance is owed only when missed; lost time in whole blocks is
  // rounded on the period's minutes together, so not capped outage by outage.
  'credit.whenMissed true':
    'credit.whenMissed true، إذ لا تزيد الدقائق الضائعة على المسموح به إلا في فترة لم تبلغ هدفها',
  'no credit.capPerOutagePercent':
    'ألا يكون credit.capPerOutagePercent، إذ تُقرَّب الدقائق الضائعة في الفترة كلها معًا إلى مدد كاملة',
};

/** A quoted list of choices with Arabic commas and "or". */
const choices = (list: string) => list.replace(/, /g, '، ').replace(/ or /g, ' أو ');

/**
 * The things a limit counts, in the forms Arabic gives a count: 3 to 10 with the plural,
 * 11 to 99 with the accusative singular, 100 on with the singular. The limit is written as
 * the schema writes it ({count}); its number picks the form.
 */
const COUNTED: Record<string, Message> = {
  levels: { few: '{count} مستويات', many: '{count} مستوًى', other: '{count} مستوى' },
  interpretations: { few: '{count} تفسيرات', many: '{count} تفسيرًا', other: '{count} تفسير' },
  readings: { few: '{count} قراءات', many: '{count} قراءةً', other: '{count} قراءة' },
  plans: { few: '{count} خطط', many: '{count} خطةً', other: '{count} خطة' },
  scopes: { few: '{count} نطاقات', many: '{count} نطاقًا', other: '{count} نطاق' },
  windows: { few: '{count} نوافذ', many: '{count} نافذةً', other: '{count} نافذة' },
  values: { few: '{count} قيم', many: '{count} قيمةً', other: '{count} قيمة' },
};

/** "32 مستوًى": a limit's number with its noun, or null for a noun not listed. */
function counted(count: string, noun: string): string | null {
  const forms = COUNTED[noun];
  return forms ? fillMessage('ar', forms, { n: Number(count), count }) : null;
}

/** Reasons with values in them: a pattern and its Arabic. */
const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^unknown field$/, () => 'حقل غير معروف'],
  [/^missing field$/, () => 'حقل مطلوب غير موجود'],
  [/^not a valid value$/, () => 'قيمة غير صالحة'],
  [/^no such field$/, () => 'لا يوجد حقل بهذا المسار'],
  [
    /^expected values nested at most (\d+) levels deep$/,
    (m) => `المتوقع ألا تتداخل القيم أكثر من ${counted(m[1]!, 'levels')}`,
  ],
  [/^expected one of (.+)$/, (m) => `المتوقع واحد من: ${choices(m[1]!)}`],
  [
    /^expected at most (\d+) (\w+)$/,
    (m) => {
      const limit = counted(m[1]!, m[2]!);
      return limit ? `المتوقع ${limit} على الأكثر` : `المتوقع ${m[1]} على الأكثر (${m[2]})`;
    },
  ],
  [/^expected "([^"]+)"$/, (m) => `المتوقع "${m[1]}"`],
  [/^expected an? (\w+) rule of kind (.+)$/, (m) => `المتوقع قاعدة من نوع: ${choices(m[2]!)}`],
  [/^expected an? (\w+) of kind (.+)$/, (m) => `المتوقع نوع من: ${choices(m[2]!)}`],
  [/^expected a bound not above the target (.+)$/, (m) => `المتوقع حد لا يتجاوز الهدف ${m[1]}`],
  [/^expected a status not below "from" \((.+)\)$/, (m) => `المتوقع رمز حالة لا يقل عن "from" (${m[1]})`],
  [/^expected a time after "from" \((.+)\)$/, (m) => `المتوقع وقت بعد "from" (${m[1]})`],
  [/^expected one of the (plan|option) ids \((.*)\)$/, (m) => `المتوقع أحد المعرّفات (${m[2]})`],
  [/^"(.+)" is used twice$/, (m) => `المعرّف "${m[1]}" مستخدم مرتين`],
  [
    /^an error rate or request minimum is only read by the "errorRate" rule, not "(.+)"$/,
    (m) => `نسبة الأخطاء والحد الأدنى للطلبات لا تُقرأ إلا مع القاعدة "errorRate"، لا "${m[1]}"`,
  ],
  [
    /^incident credits are earned by the whole service; expected no scopes$/,
    () => 'تُستحق أرصدة الحوادث للخدمة كلها؛ المتوقع ألا تكون هناك نطاقات',
  ],
  [
    /^incident credits are earned and claimed month by month; expected (no limits|false) \(credit\.capPercent bounds each month\)$/,
    (m) =>
      `تُستحق أرصدة الحوادث ويُطالب بها شهرًا بشهر؛ المتوقع ${m[1] === 'false' ? 'false' : 'ألا تكون هناك حدود'} (credit.capPercent يحدّ كل شهر)`,
  ],
  [
    /^"(.+)" is not evaluated for incident credits; expected (.+)$/,
    (m) => `"${m[1]}" لا يُقيَّم مع أرصدة الحوادث؛ المتوقع ${choices(m[2]!)}`,
  ],
  [
    /^"incidentsPerMonth" counts the incidents that credit\.levels define; expected credit\.kind "incidents", not "(.+)"$/,
    (m) =>
      `"incidentsPerMonth" يعدّ الحوادث التي تعرّفها credit.levels؛ المتوقع credit.kind "incidents"، لا "${m[1]}"`,
  ],
  [
    /^expected a severity credit\.levels define \((.*)\), not "(.+)"$/,
    (m) => `المتوقع درجة خطورة تعرّفها credit.levels (${choices(m[1]!)})، لا "${m[2]}"`,
  ],
  [/^expected (.+)$/, (m) => (WANTED[m[1]!] ? `المتوقع ${WANTED[m[1]!]}` : '')],
];

/** The reason in the locale's language, and whether it is (still) the schema's English. */
export function problemText(reason: string, locale: string): { text: string; english: boolean } {
  if (languageOf(locale) !== 'ar') return { text: reason, english: true };
  // A problem inside a part the form does not show keeps the rest of its path in front.
  const inner = /^([\w.[\]…-]+): (.+)$/.exec(reason);
  if (inner) {
    const rest = problemText(inner[2]!, locale);
    return rest.english
      ? { text: reason, english: true }
      : { text: `${inner[1]}: ${rest.text}`, english: false };
  }
  for (const [pattern, arabic] of PATTERNS) {
    const m = pattern.exec(reason);
    if (!m) continue;
    const text = arabic(m);
    if (text) return { text, english: false };
  }
  return { text: reason, english: true };
}

/**
 * parsePolicy's problems ("path: reason" each) as one line in the locale's language, for
 * places that show them as a sentence (a broken link, a failed evaluation). The path is
 * the policy's own field names and stays as written, isolated on a right-to-left page so
 * its dots and brackets keep their order.
 */
export function problemsText(problems: readonly string[], locale: string): string {
  const rtl = dirOf(locale) === 'rtl';
  return problems
    .map((line) => {
      const at = line.indexOf(': ');
      const reason = problemText(at < 0 ? line : line.slice(at + 2), locale);
      if (reason.english) return rtl ? isolate(line) : line;
      if (at < 0) return reason.text;
      const path = line.slice(0, at);
      return `${rtl ? isolate(path) : path}: ${reason.text}`;
    })
    .join(translate(locale, 'problemsJoin'));
}
