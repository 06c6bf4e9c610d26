// Plain words for each answer of the policy form's choices and for each kind a group can
// take ("bands" reads "A credit by uptime band"), keyed by the field's shape; a value
// missing here (a severity "P1", a kind added later) is shown as it is written.
import { languageOf } from '../i18n';
import { metaShape } from './meta';

type Both = { en: string; ar: string };

const NOTICE_KINDS: Record<string, Both> = {
  hours: { en: 'A number of hours before', ar: 'عدد من الساعات قبلها' },
  businessDays: { en: 'A number of business days before', ar: 'عدد من أيام العمل قبلها' },
  byDuration: { en: 'Depends on how long the work lasts', ar: 'يتوقف على مدة العمل' },
};

const TARGET_KINDS: Record<string, Both> = {
  elapsed: { en: 'Minutes, around the clock', ar: 'دقائق، على مدار الساعة' },
  businessMinutes: { en: 'Minutes of working hours', ar: 'دقائق من ساعات العمل' },
  businessDays: { en: 'Business days', ar: 'أيام عمل' },
  endOfNextBusinessDay: { en: 'By the end of the next business day', ar: 'بنهاية يوم العمل التالي' },
};

const PERIODS: Record<string, Both> = {
  month: { en: 'Every calendar month', ar: 'كل شهر ميلادي' },
  quarter: { en: 'Every calendar quarter', ar: 'كل ربع سنة ميلادي' },
  year: { en: 'Every calendar year', ar: 'كل سنة ميلادية' },
};

/**
 * "5 minutes" for each interval length the grid allows (a divisor of 60); Arabic puts 3 to
 * 10 in the plural and 11 to 60 in the accusative singular ("١٢ دقيقةً").
 */
const INTERVALS: Record<string, Both> = Object.fromEntries(
  [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60].map((n) => [
    String(n),
    n === 1
      ? { en: '1 minute', ar: 'دقيقة واحدة' }
      : n === 2
        ? { en: '2 minutes', ar: 'دقيقتان' }
        : { en: `${n} minutes`, ar: n <= 10 ? `${n} دقائق` : `${n} دقيقةً` },
  ]),
);

const CHOICE_TEXT: Record<string, Record<string, Both>> = {
  period: PERIODS,
  'scopes[].period': PERIODS,
  'measurement.intervalMinutes': INTERVALS,
  'measurement.rule': {
    any: { en: 'When any check in it failed', ar: 'إذا فشل أي فحص فيها' },
    majority: { en: 'When more than half of its checks failed', ar: 'إذا فشل أكثر من نصف فحوصها' },
    all: { en: 'Only when every check in it failed', ar: 'فقط إذا فشلت كل فحوصها' },
    errorRate: {
      en: 'When the share of failed checks or requests is above a rate',
      ar: 'إذا تجاوزت نسبة الفحوص أو الطلبات الفاشلة حدًّا معيّنًا',
    },
  },
  'exclusions.caps[].per': {
    period: { en: 'In each period', ar: 'في كل فترة' },
    year: { en: 'In each contract year', ar: 'في كل سنة من سنوات العقد' },
  },
  'credit.unit': {
    percent: { en: 'A percentage of the fee', ar: 'نسبة من الرسوم' },
    amount: { en: 'An amount of money', ar: 'مبلغ من المال' },
    days: { en: 'Days of free service', ar: 'أيام خدمة مجانية' },
  },
  formula: {
    total: {
      en: 'Yes: downtime over all the minutes of the period',
      ar: 'نعم: وقت التعطل مقسومًا على كل دقائق الفترة',
    },
    excludeFromTotal: {
      en: 'No: excluded minutes leave the total as well',
      ar: 'لا: تُطرح الدقائق المستثناة من المجموع أيضًا',
    },
  },
  minuteRule: {
    any: { en: 'When any check in it failed', ar: 'إذا فشل أي فحص فيها' },
    majority: { en: 'When more than half of its checks failed', ar: 'إذا فشل أكثر من نصف فحوصها' },
  },
  combine: {
    any: { en: 'When any monitor is down', ar: 'إذا تعطل أي مراقِب' },
    all: {
      en: 'Only when every monitor with data is down',
      ar: 'فقط إذا تعطلت كل المراقِبات التي لديها بيانات',
    },
  },
  nodata: {
    available: { en: 'Count them as up', ar: 'تُحتسب متاحة' },
    down: { en: 'Count them as down', ar: 'تُحتسب معطّلة' },
    exclude: { en: 'Leave them out', ar: 'تُستبعد من الحساب' },
  },
  'fee.per': {
    month: { en: 'Every month', ar: 'كل شهر' },
    year: {
      en: 'Every year (a month’s credit is on a twelfth)',
      ar: 'كل سنة (يُحسب تعويض الشهر على جزء من اثني عشر)',
    },
  },
  'credit.rounding': {
    ceil: { en: 'A whole step', ar: 'خطوة كاملة' },
    floor: { en: 'Nothing: only whole steps count', ar: 'لا شيء: تُحتسب الخطوات الكاملة فقط' },
  },
  // Credits per block of lost time ask "A part of a block counts as": blocks, not steps.
  'credit.rounding@lostTime': {
    ceil: { en: 'A whole block', ar: 'مدة كاملة' },
    floor: { en: 'Nothing: only whole blocks count', ar: 'لا شيء: تُحتسب المدد الكاملة فقط' },
  },
  'credit.rounding@serviceDays': {
    ceil: { en: 'A whole block', ar: 'مدة كاملة' },
    floor: { en: 'Nothing: only whole blocks count', ar: 'لا شيء: تُحتسب المدد الكاملة فقط' },
  },
  'credit.rounding@perBlock': {
    ceil: { en: 'A whole block', ar: 'مدة كاملة' },
    floor: { en: 'Nothing: only whole blocks count', ar: 'لا شيء: تُحتسب المدد الكاملة فقط' },
  },
  'credit.kind': {
    none: { en: 'Nothing is owed', ar: 'لا يُستحق شيء' },
    bands: { en: 'A percentage of the fee by uptime band', ar: 'نسبة من الرسوم حسب شريحة الإتاحة' },
    dayBands: { en: 'Free days of service by uptime band', ar: 'أيام خدمة مجانية حسب شريحة الإتاحة' },
    perStep: { en: 'A percentage for each step below the promise', ar: 'نسبة عن كل خطوة دون الوعد' },
    extensionDays: {
      en: 'Free days of service for each step below',
      ar: 'أيام خدمة مجانية عن كل خطوة دون الوعد',
    },
    incidents: {
      en: 'By the number or hours of incidents in a month',
      ar: 'حسب عدد الحوادث أو ساعاتها في الشهر',
    },
    lostTime: {
      en: 'The time lost, priced at a rate (or a multiple of it)',
      ar: 'الوقت الضائع مُسعّرًا بسعر معيّن (أو بمضاعفاته)',
    },
    perEvent: { en: 'A fixed credit for each outage', ar: 'تعويض ثابت عن كل انقطاع' },
    serviceDays: {
      en: 'Free days of service for each block of time lost',
      ar: 'أيام خدمة مجانية عن كل مدة ضائعة',
    },
    perBlock: {
      en: 'A percentage of the fee for each block of time lost',
      ar: 'نسبة من الرسوم عن كل مدة ضائعة',
    },
  },
  'claim.kind': {
    none: { en: 'The contract does not say', ar: 'لا يذكر العقد ذلك' },
    automatic: { en: 'Given automatically: no claim needed', ar: 'يُمنح تلقائيًا: لا حاجة إلى مطالبة' },
    afterPeriodEnd: { en: 'Within some days after the period ends', ar: 'خلال أيام بعد نهاية الفترة' },
    afterEligibility: {
      en: 'Within some days after you become eligible',
      ar: 'خلال أيام بعد أن يصبح لك الحق',
    },
    businessDaysAfterIncident: {
      en: 'Within some business days after the incident',
      ar: 'خلال أيام عمل بعد الحادث',
    },
    daysAfterIncident: { en: 'Within some days after the incident', ar: 'خلال أيام بعد الحادث' },
    monthsAfterPeriod: {
      en: 'Within some months after the period ends',
      ar: 'خلال أشهر بعد نهاية الفترة',
    },
    periodsAfterPeriod: {
      en: 'By the end of a later period (“the second billing cycle after”)',
      ar: 'قبل نهاية فترة لاحقة («دورة الفوترة الثانية بعدها»)',
    },
  },
  'exclusions.kinds.*.notice.kind': NOTICE_KINDS,
  'termination[].kind': {
    consecutivePeriodsMissed: {
      en: 'After periods in a row below the promise',
      ar: 'بعد فترات متتالية دون الوعد',
    },
    claims: {
      en: 'After claims in months in a row, or several claims in a few days',
      ar: 'بعد مطالبات في أشهر متتالية، أو عدة مطالبات في أيام قليلة',
    },
    incidentsPerMonth: {
      en: 'After months in a row with many incidents',
      ar: 'بعد أشهر متتالية فيها حوادث كثيرة',
    },
    missedWithinMonths: {
      en: 'After several missed periods within a rolling span of months',
      ar: 'بعد عدة فترات دون الوعد خلال مدة متجددة من الأشهر',
    },
    averageBelow: {
      en: 'When the average uptime of several periods in a row falls below a level',
      ar: 'حين يقل متوسط الإتاحة في عدة فترات متتالية عن حد',
    },
  },
  'responseTargets[].*.kind': TARGET_KINDS,
  'obligations[].rule.kind': {
    withinHours: { en: 'Within a number of hours', ar: 'خلال عدد من الساعات' },
    withinBusinessDays: { en: 'Within a number of business days', ar: 'خلال عدد من أيام العمل' },
    noticeAtLeastHours: {
      en: 'Announced at least some hours before',
      ar: 'يُعلن عنه قبل عدد من الساعات على الأقل',
    },
    dataLossAtMostHours: {
      en: 'At most some hours of data lost',
      ar: 'فقدان بيانات لا يتجاوز عددًا من الساعات',
    },
  },
};

function shapes(written: string): string[] {
  return [...new Set([written, metaShape(written)])].flatMap((shape) => [
    shape,
    shape.replace(/^exclusions\.kinds\.[^.]+\./, 'exclusions.kinds.*.'),
    shape.replace(/^responseTargets\[\]\.(response|resolution)\./, 'responseTargets[].*.'),
  ]);
}

/**
 * An answer in plain words; the value itself when it has none. `kind` is the kind of the
 * group the field sits in, where one answer reads differently per kind.
 */
export function choiceWords(shape: string, value: string, locale: string, kind?: string): string {
  const keys = shapes(shape);
  for (const key of kind ? [...keys.map((k) => `${k}@${kind}`), ...keys] : keys) {
    const both = CHOICE_TEXT[key]?.[value];
    if (both) return languageOf(locale) === 'ar' ? both.ar : both.en;
  }
  return value;
}
