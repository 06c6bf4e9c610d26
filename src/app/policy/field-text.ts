// The policy form's words: for each field (by shape, "credit.bands[].below") a plain
// question or label and a one-line explanation in each interface language, and where it
// helps an example of how a real contract words it (quoted from the built-in presets'
// contracts, so in their English). A field missing here falls back to its name in words,
// so a new optional field shows up in the form before it has its own row.
import { languageOf } from '../i18n';
import { TERM_TEXT } from './field-text-terms';
import { metaShape } from './meta';

export interface Words {
  label: string;
  help?: string;
}

export interface FieldEntry {
  en: Words;
  ar: Words;
  /** How a contract says it: a quotation with its source. */
  example?: string;
}

const KIND_NAMES: Record<string, { en: string; ar: string }> = {
  planned: { en: 'Planned maintenance', ar: 'الصيانة المخططة' },
  emergency: { en: 'Emergency maintenance', ar: 'الصيانة الطارئة' },
  'third-party': {
    en: 'Outages of others (internet, suppliers)',
    ar: 'أعطال لدى الغير (الإنترنت، المورّدون)',
  },
  'force-majeure': { en: 'Force majeure', ar: 'القوة القاهرة' },
  customer: { en: 'Caused by the customer', ar: 'بسبب العميل' },
  other: { en: 'Other causes', ar: 'أسباب أخرى' },
};

const WINDOWS_NAME = { en: 'Regular maintenance windows', ar: 'نوافذ الصيانة الدورية' };

const FIELD_TEXT: Record<string, FieldEntry> = {
  id: {
    en: {
      label: 'Short name for files',
      help: 'Lower-case letters, digits and dashes; used in exported file names.',
    },
    ar: {
      label: 'اسم قصير للملفات',
      help: 'حروف لاتينية صغيرة وأرقام وشرطات؛ يُستخدم في أسماء الملفات المصدَّرة.',
    },
  },
  name: {
    en: {
      label: 'Name of the agreement',
      help: 'The vendor’s name as letters write it, and how this policy is listed.',
    },
    ar: {
      label: 'اسم الاتفاقية',
      help: 'اسم المورّد كما تكتبه الخطابات، والاسم الذي تظهر به هذه السياسة في القوائم.',
    },
  },
  source: {
    en: {
      label: 'Where the terms come from',
      help: 'The document and its date, so anyone can check the terms.',
    },
    ar: { label: 'مصدر الشروط', help: 'الوثيقة وتاريخها، ليتمكن أي أحد من مراجعة الشروط.' },
    example: 'CLARUS® LIS — Service Level Agreement & Technical Support, effective 2026-06-26',
  },
  timezone: {
    en: {
      label: 'Which time zone does the contract count in?',
      help: 'Months, maintenance windows and deadlines start at midnight in this zone. Search by city, country or abbreviation.',
    },
    ar: {
      label: 'بأي منطقة زمنية يحسب العقد؟',
      help: 'تبدأ الأشهر ونوافذ الصيانة والمهل عند منتصف الليل في هذه المنطقة. ابحث باسم المدينة أو البلد أو الاختصار.',
    },
    example: '"09:00 to 18:00 (GMT+2, Cairo time)" (Clarus LIS §2)',
  },
  period: {
    en: {
      label: 'How often is uptime measured?',
      help: 'Each period gets its own uptime, credit and claim deadline.',
    },
    ar: { label: 'كل كم تُقاس نسبة الإتاحة؟', help: 'لكل فترة نسبة إتاحة وتعويض ومهلة مطالبة خاصة بها.' },
    example: '"a Monthly Uptime target of 99.9%, measured per calendar month" (Clarus LIS §3)',
  },
  target: {
    en: {
      label: 'Promised uptime (%)',
      help: 'A period keeps the promise when its uptime is at least this.',
    },
    ar: {
      label: 'نسبة الإتاحة الموعودة (٪)',
      help: 'تفي الفترة بالوعد إذا بلغت نسبة إتاحتها هذا الحد على الأقل.',
    },
    example: '"ElevateFinance targets ninety-nine point five percent (99.5%) monthly uptime" (1.1)',
  },
  roundDecimals: {
    en: {
      label: 'Round uptime before comparing?',
      help: 'Only when the contract says so: the number of decimals. Not set: compared exactly.',
    },
    ar: {
      label: 'هل تُقرَّب نسبة الإتاحة قبل المقارنة؟',
      help: 'فقط إذا نصّ العقد على ذلك: عدد المنازل العشرية. إن لم يُحدَّد: تُقارن كما هي.',
    },
    example: '"expressed as a percentage rounded to two decimal places" (ElevateFinance 1.2)',
  },
  formula: {
    en: {
      label: 'Do excluded minutes count in the month’s total?',
      help: 'Decides the formula’s denominator.',
    },
    ar: { label: 'هل تدخل الدقائق المستثناة في مجموع دقائق الشهر؟', help: 'يحدد مقام المعادلة.' },
    example: '"(Total Minutes − Downtime) ÷ Total Minutes × 100" (Clarus LIS §2)',
  },
  minOutageMinutes: {
    en: {
      label: 'How long must an outage last to count? (minutes)',
      help: 'Shorter outages are listed but do not count against the promise. "More than 3 minutes" is 4.',
    },
    ar: {
      label: 'كم يجب أن يدوم الانقطاع ليُحتسب؟ (بالدقائق)',
      help: 'تُعرض الانقطاعات الأقصر لكنها لا تُحتسب على الوعد. «أكثر من 3 دقائق» تعني 4.',
    },
    example: '"HTTP 5xx errors for more than three (3) consecutive minutes" (ElevateFinance 1.3)',
  },
  minuteRule: {
    en: {
      label: 'Several checks in one minute: when is the minute down?',
      help: 'Your monitor may check more than once a minute.',
    },
    ar: {
      label: 'عدة فحوص في دقيقة واحدة: متى تُعدّ الدقيقة معطّلة؟',
      help: 'قد يفحص المراقِب أكثر من مرة في الدقيقة.',
    },
  },
  combine: {
    en: {
      label: 'Several monitors: when is the service down?',
      help: 'How the monitors in your files combine, minute by minute.',
    },
    ar: { label: 'عدة مراقِبات: متى تُعدّ الخدمة معطّلة؟', help: 'كيف تُجمع المراقِبات في ملفاتك، دقيقةً بدقيقة.' },
  },
  nodata: {
    en: {
      label: 'What if your monitor has no data for some minutes?',
      help: 'Minutes when no check ran and no record covers them.',
    },
    ar: {
      label: 'ماذا لو لم تكن لدى المراقِب بيانات لبعض الدقائق؟',
      help: 'دقائق لم يجرِ فيها أي فحص ولا يغطيها أي سجل.',
    },
  },
  downCodes: {
    en: { label: 'HTTP answers that mean down', help: 'Ranges of status codes; 500–599 are server errors.' },
    ar: { label: 'ردود HTTP التي تعني التعطل', help: 'نطاقات من رموز الحالة؛ 500–599 أخطاء الخادم.' },
    example: '"respond with HTTP 5xx errors" (ElevateFinance 1.3)',
  },
  'downCodes[].from': { en: { label: 'From code' }, ar: { label: 'من الرمز' } },
  'downCodes[].to': { en: { label: 'To code' }, ar: { label: 'إلى الرمز' } },
  timeoutIsDown: {
    en: { label: 'A check that timed out or could not connect counts as down' },
    ar: { label: 'الفحص الذي انتهت مهلته أو تعذّر اتصاله يُعدّ تعطلًا' },
  },
  exclusions: {
    en: {
      label: 'What does not count as downtime?',
      help: 'Causes the contract leaves out, and regular maintenance windows.',
    },
    ar: { label: 'ما الذي لا يُحتسب وقت تعطل؟', help: 'الأسباب التي يستثنيها العقد، ونوافذ الصيانة الدورية.' },
  },
  'exclusions.kinds': {
    en: {
      label: 'Causes the contract leaves out',
      help: 'Records of these kinds in your maintenance files are taken out.',
    },
    ar: { label: 'أسباب يستثنيها العقد', help: 'تُستبعد سجلات هذه الأنواع الواردة في ملفات الصيانة لديك.' },
    example: '"scheduled maintenance announced under Section 7; emergency maintenance …" (Clarus LIS §2)',
  },
  'exclusions.kinds.*.excluded': {
    en: { label: 'Left out of downtime' },
    ar: { label: 'تُستثنى من وقت التعطل' },
  },
  'exclusions.kinds.*.notice': {
    en: { label: 'Only when announced in advance', help: 'Not set: no notice is needed.' },
    ar: { label: 'فقط إذا أُعلن عنها مسبقًا', help: 'إن لم يُحدَّد: لا يلزم إشعار.' },
    example: '"at least 72 hours\' advance notice through in-app notification and email" (Clarus LIS §7)',
  },
  'exclusions.kinds.*.notice.hours': { en: { label: 'Hours of notice' }, ar: { label: 'ساعات الإشعار' } },
  'exclusions.kinds.*.notice.days': {
    en: { label: 'Business days of notice' },
    ar: { label: 'أيام عمل الإشعار' },
  },
  'exclusions.kinds.*.notice.tiers': {
    en: { label: 'Notice by length of the maintenance', help: 'Longer maintenance may need longer notice.' },
    ar: { label: 'الإشعار حسب مدة الصيانة', help: 'قد تحتاج الصيانة الأطول إلى إشعار أطول.' },
    example: '24 hours for work under one hour, 72 hours for one hour or more (Kipu)',
  },
  'exclusions.kinds.*.notice.tiers[].fromMinutes': {
    en: { label: 'For maintenance of at least (minutes)' },
    ar: { label: 'للصيانة التي تدوم على الأقل (دقائق)' },
  },
  'exclusions.kinds.*.notice.tiers[].hours': {
    en: { label: 'Hours of notice' },
    ar: { label: 'ساعات الإشعار' },
  },
  'exclusions.windows': {
    en: {
      label: 'Regular maintenance windows',
      help: 'Times each day (or on some weekdays) that never count as downtime.',
    },
    ar: { label: 'نوافذ الصيانة الدورية', help: 'أوقات كل يوم (أو في أيام معيّنة) لا تُحتسب أبدًا وقت تعطل.' },
    example:
      '"The Scheduled Maintenance Window between the hours of 11:00 p.m. and 3:00 a.m. local time" (PatientIQ §1.2)',
  },
  'exclusions.windows[].start': { en: { label: 'Starts at' }, ar: { label: 'تبدأ عند' } },
  'exclusions.windows[].end': {
    en: { label: 'Ends at', help: 'Earlier than the start: it ends the next morning.' },
    ar: { label: 'تنتهي عند', help: 'إن كان قبل البداية: تنتهي صباح اليوم التالي.' },
  },
  'exclusions.windows[].weekdays': {
    en: { label: 'On these days', help: 'The days the window starts on. None ticked: every day.' },
    ar: { label: 'في هذه الأيام', help: 'الأيام التي تبدأ فيها النافذة. إن لم يُحدَّد أي يوم: كل يوم.' },
  },
  'exclusions.windows[].note': { en: { label: 'Note' }, ar: { label: 'ملاحظة' } },
  credit: {
    en: { label: 'What does a missed promise give you?', help: 'The service credit per period.' },
    ar: { label: 'ماذا تحصل عليه إذا لم يُوفَ بالوعد؟', help: 'التعويض عن الخدمة لكل فترة.' },
  },
  'credit.bands': {
    en: { label: 'Credit by uptime', help: 'The highest band that applies is given, not the sum.' },
    ar: { label: 'التعويض حسب نسبة الإتاحة', help: 'تُمنح أعلى شريحة منطبقة، لا مجموع الشرائح.' },
    example: '"Monthly Uptime below 99.9% but at or above 99.0% → 10% of the Monthly Fee" (Clarus LIS §4)',
  },
  'credit.bands[].below': {
    en: { label: 'When uptime is below (%)' },
    ar: { label: 'إذا كانت الإتاحة أقل من (٪)' },
  },
  'credit.bands[].inclusive': {
    en: { label: 'Also when exactly equal ("at or below")' },
    ar: { label: 'وأيضًا عند التساوي تمامًا («أقل من أو يساوي»)' },
  },
  'credit.bands[].percent': {
    en: { label: 'Credit (% of the fee)' },
    ar: { label: 'التعويض (٪ من الرسوم)' },
  },
  'credit.dayBands': {
    en: { label: 'Days of service by uptime', help: 'The highest band that applies is given, not the sum.' },
    ar: { label: 'أيام الخدمة حسب نسبة الإتاحة', help: 'تُمنح أعلى شريحة منطبقة، لا مجموع الشرائح.' },
    example:
      '"< 99.9% – >= 99.0%: 3 … < 99.0% – >= 95.0%: 7 … < 95.0%: 15 Days of Service added to the end of the Service term" (Google Workspace SLA)',
  },
  'credit.dayBands[].below': {
    en: { label: 'When uptime is below (%)' },
    ar: { label: 'إذا كانت الإتاحة أقل من (٪)' },
  },
  'credit.dayBands[].inclusive': {
    en: { label: 'Also when exactly equal ("at or below")' },
    ar: { label: 'وأيضًا عند التساوي تمامًا («أقل من أو يساوي»)' },
  },
  'credit.dayBands[].days': {
    en: { label: 'Credit (days of service)' },
    ar: { label: 'التعويض (أيام خدمة)' },
  },
  'credit.capPercent': {
    en: { label: 'Never more than (% of the fee)' },
    ar: { label: 'بحد أقصى (٪ من الرسوم)' },
  },
  'credit.percentPerStep': {
    en: { label: 'Credit per step (% of the fee)' },
    ar: { label: 'التعويض لكل خطوة (٪ من الرسوم)' },
  },
  'credit.step': {
    en: { label: 'Size of a step below the promise (percentage points)' },
    ar: { label: 'حجم الخطوة دون الوعد (نقاط مئوية)' },
  },
  'credit.rounding': {
    en: { label: 'A part of a step counts as' },
    ar: { label: 'جزء الخطوة يُحتسب' },
  },
  'credit.daysPerStep': { en: { label: 'Days of service per step' }, ar: { label: 'أيام خدمة لكل خطوة' } },
  'credit.capDays': { en: { label: 'Never more than (days)' }, ar: { label: 'بحد أقصى (أيام)' } },
  'credit.levels': {
    en: {
      label: 'Incident levels',
      help: 'For each level, the credit reached by a count of incidents or their hours in a month.',
    },
    ar: { label: 'مستويات الحوادث', help: 'لكل مستوى، التعويض الذي يُبلغ بعدد الحوادث أو ساعاتها في الشهر.' },
    example: 'Level 0 "3 incidents or 3 hours" 50% (Kipu)',
  },
  'credit.levels[].severity': { en: { label: 'Severity' }, ar: { label: 'درجة الخطورة' } },
  'credit.levels[].minOutageMinutes': {
    en: { label: 'Outages at least this long are incidents (minutes)', help: 'Not set: only tickets count.' },
    ar: { label: 'الانقطاعات التي تدوم هذا على الأقل حوادث (دقائق)', help: 'إن لم يُحدَّد: تُحتسب التذاكر فقط.' },
  },
  'credit.levels[].rows': { en: { label: 'Credits' }, ar: { label: 'التعويضات' } },
  'credit.levels[].rows[].minIncidents': {
    en: { label: 'At least this many incidents' },
    ar: { label: 'على الأقل هذا العدد من الحوادث' },
  },
  'credit.levels[].rows[].minHours': {
    en: { label: 'Or at least this many hours' },
    ar: { label: 'أو على الأقل هذا العدد من الساعات' },
  },
  'credit.levels[].rows[].hoursStrict': {
    en: { label: 'Hours must be exceeded, not just reached' },
    ar: { label: 'يجب تجاوز الساعات، لا بلوغها فقط' },
  },
  'credit.levels[].rows[].percent': {
    en: { label: 'Credit (% of the fee)' },
    ar: { label: 'التعويض (٪ من الرسوم)' },
  },
  fee: {
    en: { label: 'The fee credits are counted on' },
    ar: { label: 'الرسوم التي يُحسب عليها التعويض' },
  },
  'fee.amount': {
    en: { label: 'Amount', help: 'Not set: credits are shown as a percentage only.' },
    ar: { label: 'المبلغ', help: 'إن لم يُحدَّد: يُعرض التعويض نسبةً مئوية فقط.' },
  },
  'fee.currency': { en: { label: 'Currency (three letters)' }, ar: { label: 'العملة (ثلاثة أحرف)' } },
  'fee.per': { en: { label: 'The amount is paid' }, ar: { label: 'يُدفع المبلغ' } },
  eligibility: {
    en: { label: 'Who can get credits, and from when', help: 'Conditions the contract puts on credits.' },
    ar: { label: 'من يحق له التعويض، ومنذ متى', help: 'الشروط التي يضعها العقد على التعويض.' },
  },
  'eligibility.noCreditTiers': {
    en: {
      label: 'Plans that get no credit',
      help: 'Plan names as the contract writes them, separated by commas.',
    },
    ar: { label: 'الخطط التي لا تحصل على تعويض', help: 'أسماء الخطط كما يكتبها العقد، مفصولة بفواصل.' },
    example: '"Where the Customer is on the STARTER tier, no service credit is owed." (ElevateFinance 3.6)',
  },
  'eligibility.tier': {
    en: { label: 'Your plan', help: 'This contract’s settings can set it too.' },
    ar: { label: 'خطتك', help: 'يمكن تحديدها أيضًا في إعدادات هذا العقد.' },
  },
  'eligibility.effectiveDate': {
    en: { label: 'The agreement starts on' },
    ar: { label: 'تبدأ الاتفاقية في' },
  },
  'eligibility.remediesAfterDays': {
    en: { label: 'Credits only for breaches this many days after the start' },
    ar: { label: 'التعويض فقط عن الإخلال بعد هذا العدد من الأيام من البداية' },
  },
  'eligibility.capAtNextMonthFee': {
    en: { label: 'Credits never exceed the next month’s fee' },
    ar: { label: 'لا يتجاوز التعويض رسوم الشهر التالي' },
  },
  'eligibility.agreementFrom': {
    en: { label: 'Only agreements made on or after' },
    ar: { label: 'فقط للاتفاقيات المبرمة في هذا التاريخ أو بعده' },
  },
  'eligibility.minFeeAmount': {
    en: { label: 'Only when the fee is at least' },
    ar: { label: 'فقط إذا بلغت الرسوم على الأقل' },
  },
  claim: {
    en: { label: 'How must a credit be claimed?', help: 'Missing the deadline usually loses the credit.' },
    ar: { label: 'كيف يجب المطالبة بالتعويض؟', help: 'فوات المهلة يُسقط التعويض عادةً.' },
    example: '"within 30 days of the end of the month in which the Downtime occurred" (Clarus LIS §13)',
  },
  'claim.days': { en: { label: 'Days' }, ar: { label: 'الأيام' } },
  'claim.days@businessDaysAfterIncident': { en: { label: 'Business days' }, ar: { label: 'أيام العمل' } },
  termination: {
    en: { label: 'When may you end the contract?', help: 'Rights to terminate after repeated breaches.' },
    ar: { label: 'متى يحق لك إنهاء العقد؟', help: 'حق الإنهاء بعد تكرار الإخلال.' },
    example: '"three or more consecutive months below target entitle you to terminate" (Clarus LIS §4)',
  },
  'termination[].periods': {
    en: { label: 'Periods in a row below the promise' },
    ar: { label: 'فترات متتالية دون الوعد' },
  },
  'termination[].consecutiveMonths': { en: { label: 'Months in a row' }, ar: { label: 'أشهر متتالية' } },
  'termination[].claimsWithin': {
    en: { label: 'Or claims within a span of days' },
    ar: { label: 'أو مطالبات خلال مدة من الأيام' },
  },
  'termination[].claimsWithin.count': { en: { label: 'Claims' }, ar: { label: 'المطالبات' } },
  'termination[].claimsWithin.days': { en: { label: 'Within days' }, ar: { label: 'خلال أيام' } },
  'termination[].noticeDays': {
    en: { label: 'Days of written notice' },
    ar: { label: 'أيام الإشعار الكتابي' },
  },
  'termination[].severity': { en: { label: 'Incident severity' }, ar: { label: 'خطورة الحادث' } },
  'termination[].minIncidents': {
    en: { label: 'At least this many incidents in a month' },
    ar: { label: 'على الأقل هذا العدد من الحوادث في الشهر' },
  },
  'termination[].noticeWithinDays': {
    en: { label: 'Tell the vendor within days after the last month' },
    ar: { label: 'أبلغ المورّد خلال أيام بعد الشهر الأخير' },
  },
  calendar: {
    en: {
      label: 'Working hours',
      help: 'Business-time deadlines count only these hours. None: none are used.',
    },
    ar: { label: 'ساعات العمل', help: 'تُحسب المهل بوقت العمل في هذه الساعات فقط. إن لم تُحدَّد: لا تُستخدم.' },
    example:
      '"09:00 to 18:00 (GMT+2, Cairo time), Sunday through Thursday, excluding Egyptian public holidays" (Clarus LIS §2)',
  },
  'calendar.weekly': { en: { label: 'Hours each weekday' }, ar: { label: 'الساعات في كل يوم من الأسبوع' } },
  'calendar.weekly[].weekday': { en: { label: 'Day' }, ar: { label: 'اليوم' } },
  'calendar.weekly[].from': { en: { label: 'From' }, ar: { label: 'من' } },
  'calendar.weekly[].to': { en: { label: 'To' }, ar: { label: 'إلى' } },
  'calendar.holidayCountry': {
    en: {
      label: 'Public holidays of (country code)',
      help: 'Two letters, e.g. EG, IN, US. Not set: none built in.',
    },
    ar: {
      label: 'العطلات الرسمية في (رمز البلد)',
      help: 'حرفان، مثل EG أو IN أو US. إن لم يُحدَّد: لا عطلات مدمجة.',
    },
  },
  'calendar.holidays': { en: { label: 'Holidays of this contract' }, ar: { label: 'عطلات هذا العقد' } },
  'calendar.holidays[].date': { en: { label: 'Date (YYYY-MM-DD)' }, ar: { label: 'التاريخ (YYYY-MM-DD)' } },
  'calendar.holidays[].name': { en: { label: 'Name' }, ar: { label: 'الاسم' } },
  responseTargets: {
    en: {
      label: 'Support response times',
      help: 'How soon the vendor must answer, and resolve, each severity.',
    },
    ar: { label: 'أوقات استجابة الدعم', help: 'مدى سرعة رد المورّد، وحله، لكل درجة خطورة.' },
    example: 'P1 "Target first response: 1 hour, 24×7"; P2 "4 Business Hours" (Clarus LIS §6)',
  },
  'responseTargets[].severity': { en: { label: 'Severity' }, ar: { label: 'درجة الخطورة' } },
  'responseTargets[].response': { en: { label: 'First answer within' }, ar: { label: 'أول رد خلال' } },
  'responseTargets[].resolution': { en: { label: 'Resolved within' }, ar: { label: 'الحل خلال' } },
  'responseTargets[].*.minutes': { en: { label: 'Minutes' }, ar: { label: 'الدقائق' } },
  'responseTargets[].*.days': { en: { label: 'Business days' }, ar: { label: 'أيام العمل' } },
  obligations: {
    en: { label: 'Other promises with deadlines', help: 'Breach notices, data exports, disaster recovery …' },
    ar: { label: 'وعود أخرى لها مهل', help: 'إشعارات الاختراق، تصدير البيانات، التعافي من الكوارث …' },
    example: '"within 72 hours of becoming aware" (Clarus LIS §15)',
  },
  'obligations[].id': { en: { label: 'Short name' }, ar: { label: 'اسم قصير' } },
  'obligations[].clause': { en: { label: 'Clause' }, ar: { label: 'البند' } },
  'obligations[].description': { en: { label: 'The promise' }, ar: { label: 'الوعد' } },
  'obligations[].startsWhen': { en: { label: 'The clock starts when' }, ar: { label: 'يبدأ العدّ عندما' } },
  'obligations[].fulfilledWhen': { en: { label: 'Kept when' }, ar: { label: 'يُوفى به عندما' } },
  'obligations[].rule': { en: { label: 'Deadline' }, ar: { label: 'المهلة' } },
  'obligations[].rule.hours': { en: { label: 'Hours' }, ar: { label: 'الساعات' } },
  'obligations[].rule.days': { en: { label: 'Business days' }, ar: { label: 'أيام العمل' } },
  'obligations[].evidence': {
    en: { label: 'Evidence to keep' },
    ar: { label: 'الأدلة التي يجب الاحتفاظ بها' },
  },
  'obligations[].fromTickets': { en: { label: 'Started by tickets' }, ar: { label: 'تبدأ بالتذاكر' } },
  'obligations[].fromTickets.severities': {
    en: { label: 'Of these severities' },
    ar: { label: 'من درجات الخطورة هذه' },
  },
};

Object.assign(FIELD_TEXT, TERM_TEXT);
for (const [kind, name] of Object.entries(KIND_NAMES))
  FIELD_TEXT[`exclusions.kinds.${kind}`] = { en: { label: name.en }, ar: { label: name.ar } };

/** A record kind (or "windows", the recurring windows) in plain words. */
export function kindName(kind: string, locale: string): string {
  const both = kind === 'windows' ? WINDOWS_NAME : KIND_NAMES[kind];
  if (!both) return kind;
  return languageOf(locale) === 'ar' ? both.ar : both.en;
}

/** The field's shape with an exclusion kind or a target's name made a wildcard, for shared rows. */
function wildcards(shape: string): string[] {
  return [
    shape.replace(/^exclusions\.kinds\.[^.]+\./, 'exclusions.kinds.*.'),
    shape.replace(/^responseTargets\[\]\.(response|resolution)\./, 'responseTargets[].*.'),
  ].filter((s) => s !== shape);
}

/**
 * The words for a field in a language, or null when it has none. `kind` is the kind of
 * the group it sits in, where one field means different things per kind.
 */
export function fieldWords(
  shape: string,
  locale: string,
  kind?: string,
): (Words & { example?: string }) | null {
  const shared = metaShape(shape);
  const keys = [
    ...(kind ? [`${shape}@${kind}`] : []),
    shape,
    ...wildcards(shape),
    ...(shared === shape ? [] : [...(kind ? [`${shared}@${kind}`] : []), shared, ...wildcards(shared)]),
  ];
  for (const key of keys) {
    const entry = FIELD_TEXT[key];
    if (!entry) continue;
    const words = languageOf(locale) === 'ar' ? entry.ar : entry.en;
    return { ...words, ...(entry.example ? { example: entry.example } : {}) };
  }
  return null;
}
