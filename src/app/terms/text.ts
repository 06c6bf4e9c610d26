// The words of the dashboard's parts for the policy language's newer terms (scopes, plans,
// customer-answered conditions, remedies, a right on a rolling average), in English and
// Arabic; they load with those parts, so a contract without such terms does not fetch them.
import { fillMessage, languageOf, type Params } from '../i18n';
import type { Message } from '../i18n/en';

const en = {
  scopeHeadline: {
    one: 'This contract is measured per scope: its scope has its own uptime, credit and claim in its table below. The tiles and the month-by-month table take every monitor together.',
    other:
      'This contract is measured per scope: each of its {n} scopes has its own uptime, credit and claim in its table below. The tiles and the month-by-month table take every monitor together.',
  },
  scopeTarget: 'Target {target} per {period}',
  scopeMonitors: 'Monitors: {list}',
  scopeNoMonitors: 'No imported monitor belongs to this scope yet. It takes monitors named {patterns}.',
  scopeUnscoped: {
    one: 'The monitor {list} belongs to no scope, so its outages earn no credit here: a scope takes only monitors named {patterns}. Rename the monitor in the file, or edit the scopes on the Policy tab.',
    other:
      'The monitors {list} belong to no scope, so their outages earn no credit here: a scope takes only monitors named {patterns}. Rename the monitors in the file, or edit the scopes on the Policy tab.',
  },
  scopeOutages: {
    one: '{n} outage, {qualifying} counted as Downtime',
    other: '{n} outages, {qualifying} counted as Downtime',
  },
  condTitle: 'Conditions you answer',
  condIntro:
    'The contract grants credits only if these hold. Only you know: answer each one. An unanswered condition stays open and is never assumed.',
  condYes: 'Yes',
  condNo: 'No',
  condOpen: 'Not answered yet',
  condStateOpen: 'Open: credits are shown as if it holds, until you answer.',
  condStateYes: 'Holds: credits apply.',
  condStateNo: 'Does not hold: no credit is owed.',
  condReadOnly: 'This condition is set by an interpretation of the policy; change it in the policy tab.',
  planLabel: 'Plan the contract is on',
  planNone: 'No plan: the policy’s own terms',
  planHelp: 'The plan’s own target, credits, claim window and response times replace the policy’s.',
  remTitle: 'Remedies owed besides credits',
  remTitleOnly: 'Remedies owed',
  remIntro: 'The contract owes these for each period that missed its target.',
  remPeriod: '{period}: {description}',
  termAverage: {
    one: 'Average uptime of {n} {periods} below {below}',
    other: 'Average uptime of {n} consecutive {periods} below {below}',
  },
  termAverageNotice: {
    one: 'Average uptime of {n} {periods} below {below}; termination on {notice} written notice',
    other:
      'Average uptime of {n} consecutive {periods} below {below}; termination on {notice} written notice',
  },
  termAverageWas: 'Their average uptime was {average}, below {below}.',
  // The periods averaged, as {span}, and the notice's days, as {notice}, each with its number:
  // Arabic inflects noun and adjective around the count and says one and two in words.
  termMonthsInRow: { one: '{n} month', other: '{n} consecutive months' },
  termQuartersInRow: { one: '{n} quarter', other: '{n} consecutive quarters' },
  termYearsInRow: { one: '{n} year', other: '{n} consecutive years' },
  termNoticeDays: { one: '{n} day’s', other: '{n} days’' },
};

export type TermsKey = keyof typeof en;

const ar: Record<TermsKey, Message> = {
  scopeHeadline: {
    one: 'يُقاس هذا العقد لكل نطاق على حدة: لنطاقه نسبة توفر ورصيد ومطالبة في جدوله أدناه. أما البطاقات والجدول الشهري فتجمع كل أجهزة المراقبة معًا.',
    other:
      'يُقاس هذا العقد لكل نطاق على حدة: لكل نطاق من نطاقاته الـ{n} نسبة توفر ورصيد ومطالبة في جدوله أدناه. أما البطاقات والجدول الشهري فتجمع كل أجهزة المراقبة معًا.',
  },
  scopeTarget: 'الهدف {target} لكل {period}',
  scopeMonitors: 'أجهزة المراقبة: {list}',
  scopeNoMonitors:
    'لا ينتمي إلى هذا النطاق أي جهاز مراقبة مستورد بعد. يأخذ أجهزة المراقبة المسماة {patterns}.',
  scopeUnscoped: {
    one: 'جهاز المراقبة {list} لا ينتمي إلى أي نطاق، فلا تمنح انقطاعاته أي رصيد هنا: لا يأخذ النطاق إلا أجهزة المراقبة المسماة {patterns}. غيّر اسم جهاز المراقبة في الملف، أو عدّل النطاقات في تبويب السياسة.',
    other:
      'أجهزة المراقبة {list} لا تنتمي إلى أي نطاق، فلا تمنح انقطاعاتها أي رصيد هنا: لا يأخذ النطاق إلا أجهزة المراقبة المسماة {patterns}. غيّر أسماء أجهزة المراقبة في الملف، أو عدّل النطاقات في تبويب السياسة.',
  },
  scopeOutages: {
    one: 'انقطاع واحد، {qualifying} منها محسوبة توقفًا',
    two: 'انقطاعان، {qualifying} منها محسوبة توقفًا',
    few: '{n} انقطاعات، {qualifying} منها محسوبة توقفًا',
    many: '{n} انقطاعًا، {qualifying} منها محسوبة توقفًا',
    other: '{n} انقطاع، {qualifying} منها محسوبة توقفًا',
  },
  condTitle: 'شروط تجيب عنها',
  condIntro:
    'لا يمنح العقد الأرصدة إلا إذا تحققت هذه الشروط. أنت وحدك تعرف: أجب عن كل شرط. الشرط الذي لم تُجب عنه يبقى مفتوحًا ولا يُفترض أبدًا.',
  condYes: 'نعم',
  condNo: 'لا',
  condOpen: 'لم تتم الإجابة بعد',
  condStateOpen: 'مفتوح: تُعرض الأرصدة كأنه متحقق إلى أن تجيب.',
  condStateYes: 'متحقق: تنطبق الأرصدة.',
  condStateNo: 'غير متحقق: لا يُستحق أي رصيد.',
  condReadOnly: 'يحدد هذا الشرطَ تفسيرٌ للسياسة؛ غيّره من تبويب السياسة.',
  planLabel: 'الخطة التي يتبعها العقد',
  planNone: 'بلا خطة: شروط السياسة نفسها',
  planHelp: 'تحل أهداف الخطة وأرصدتها ومهلة مطالبتها وأوقات الاستجابة فيها محل ما في السياسة.',
  remTitle: 'تعويضات مستحقة إلى جانب الأرصدة',
  remTitleOnly: 'تعويضات مستحقة',
  remIntro: 'يستحق العقد هذه عن كل فترة لم تبلغ هدفها.',
  remPeriod: '{period}: {description}',
  termAverage: 'متوسط التوافر في {span} دون {below}',
  termAverageNotice: 'متوسط التوافر في {span} دون {below}؛ والإنهاء بإشعار كتابي مدته {notice}',
  termAverageWas: 'وكان متوسط توافرها {average}، دون {below}.',
  termMonthsInRow: {
    one: 'شهر واحد',
    two: 'شهرين متتاليين',
    few: '{n} أشهر متتالية',
    many: '{n} شهرًا متتاليًا',
    other: '{n} شهر متتالٍ',
  },
  termQuartersInRow: {
    one: 'ربع سنة واحد',
    two: 'ربعي سنة متتاليين',
    few: '{n} أرباع سنة متتالية',
    many: '{n} ربع سنة متتاليًا',
    other: '{n} ربع سنة متتالٍ',
  },
  termYearsInRow: {
    one: 'سنة واحدة',
    two: 'سنتين متتاليتين',
    few: '{n} سنوات متتالية',
    many: '{n} سنةً متتالية',
    other: '{n} سنة متتالية',
  },
  // The notice is the predicate of "مدته": two days are "يومان".
  termNoticeDays: { one: 'يوم واحد', two: 'يومان', few: '{n} أيام', many: '{n} يومًا', other: '{n} يوم' },
};

/** A translator of these words for a locale (English where the language has none). */
export function termsText(locale: string): (key: TermsKey, params?: Params) => string {
  const messages = languageOf(locale) === 'ar' ? ar : en;
  return (key, params) => fillMessage(locale, messages[key], params);
}
