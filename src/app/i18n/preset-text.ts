// The built-in presets' own words (interpretation questions and readings) in languages
// other than the English they are written in, keyed by that English: a text the user
// changed, or a policy of their own, finds no entry and keeps its words.
import { languageOf } from './index';

const AR = new Map<string, string>([
  [
    'Does a partial 0.5 % step below the target earn a day of extension?',
    'هل يستحق جزء من خطوة 0.5 ٪ دون الهدف يومًا من التمديد؟',
  ],
  [
    'Yes: any part of a 0.5 % step counts as a whole step (99.3 % earns 1 day)',
    'نعم: أي جزء من خطوة 0.5 ٪ يُحسب خطوة كاملة (99.3 ٪ تستحق يومًا واحدًا)',
  ],
  [
    'No: only complete 0.5 % steps count (99.3 % earns nothing, 99.0 % earns 1 day)',
    'لا: تُحسب خطوات 0.5 ٪ الكاملة فقط (99.3 ٪ لا تستحق شيئًا، و99.0 ٪ تستحق يومًا واحدًا)',
  ],
  [
    'Is time lost to customer-side issues taken out of the uptime figure, or is that list only about what support covers?',
    'هل يُستبعد الوقت الضائع بسبب مشكلات من جهة العميل من رقم الإتاحة، أم أن تلك القائمة تخص نطاق الدعم فقط؟',
  ],
  [
    'Counted: the uptime commitment names only maintenance, third-party and force-majeure exclusions',
    'يُحتسب: التزام الإتاحة لا يذكر من الاستثناءات إلا الصيانة والأطراف الثالثة والقوة القاهرة',
  ],
  [
    'Excluded: customer-side outage records are taken out like the other exclusions',
    'يُستبعد: سجلات الانقطاع من جهة العميل تُستبعد كسائر الاستثناءات',
  ],
  [
    'Does "GMT+2, Cairo time" mean Cairo\'s civil time, which has summer time again since 2023, or a fixed UTC+2 all year?',
    'هل يعني «GMT+2 بتوقيت القاهرة» التوقيت المدني للقاهرة، الذي عاد إليه التوقيت الصيفي منذ 2023، أم UTC+2 ثابتًا طوال العام؟',
  ],
  [
    'Cairo civil time (Africa/Cairo): UTC+2 in winter, UTC+3 in summer since Egypt resumed DST in 2023',
    'التوقيت المدني للقاهرة (Africa/Cairo): UTC+2 شتاءً وUTC+3 صيفًا منذ عودة مصر إلى التوقيت الصيفي في 2023',
  ],
  [
    'Fixed UTC+2 all year, as "GMT+2" literally says (IANA Etc/GMT-2; its sign is inverted)',
    'UTC+2 ثابت طوال العام كما يقول «GMT+2» حرفيًا (Etc/GMT-2 في IANA، وإشارته معكوسة)',
  ],
  [
    'Does a partial 0.5 % step below the target earn 5 %?',
    'هل يستحق جزء من خطوة 0.5 ٪ دون الهدف تعويضًا بنسبة 5 ٪؟',
  ],
  [
    'Yes: any part of a 0.5 % step counts as a whole step (99.30 % earns 5 %)',
    'نعم: أي جزء من خطوة 0.5 ٪ يُحسب خطوة كاملة (99.30 ٪ تستحق 5 ٪)',
  ],
  [
    'No: only complete 0.5 % steps count (99.30 % earns nothing, 99.00 % earns 5 %)',
    'لا: تُحسب خطوات 0.5 ٪ الكاملة فقط (99.30 ٪ لا تستحق شيئًا، و99.00 ٪ تستحق 5 ٪)',
  ],
  [
    'Do timeouts and connection errors, where no HTTP response arrives at all, count as down?',
    'هل تُحسب مهلات الانتظار وأخطاء الاتصال، حين لا تصل أي استجابة HTTP، توقفًا؟',
  ],
  ['Yes: no response is at least as bad as a 5xx error', 'نعم: غياب الاستجابة لا يقل سوءًا عن خطأ 5xx'],
  [
    'No: only HTTP 5xx responses count, as the clause literally says',
    'لا: تُحسب استجابات HTTP 5xx فقط، كما يقول البند حرفيًا',
  ],
  [
    "Planned downtime of exactly one hour fits both sentences: does it need 24 hours' notice or 72 hours'?",
    'التوقف المجدول لمدة ساعة واحدة بالضبط يوافق الجملتين: هل يحتاج إلى إشعار قبل 24 ساعة أم 72 ساعة؟',
  ],
  [
    '72 hours: "one hour or more" includes exactly one hour',
    '72 ساعة: «ساعة واحدة أو أكثر» تشمل الساعة الواحدة بالضبط',
  ],
  [
    '24 hours: "not to exceed one hour" includes exactly one hour; 72 hours from 61 minutes',
    '24 ساعة: «لا تتجاوز ساعة واحدة» تشمل الساعة بالضبط؛ و72 ساعة من 61 دقيقة',
  ],
  [
    "The Level 0 definition leaves out failures outside Kipu's control; are those also taken out of annual availability, whose only stated exception is Planned Downtime?",
    'يستبعد تعريف المستوى 0 الأعطال الخارجة عن سيطرة Kipu؛ فهل تُستبعد أيضًا من الإتاحة السنوية، التي لا استثناء معلنًا لها إلا التوقف المجدول؟',
  ],
  ['No: availability excludes only Planned Downtime', 'لا: لا تستبعد الإتاحة إلا التوقف المجدول'],
  [
    'Yes: third-party, force-majeure and customer-caused records are excluded too',
    'نعم: تُستبعد أيضًا سجلات الأطراف الثالثة والقوة القاهرة وما تسبب فيه العميل',
  ],
  [
    'Does an outage covered by a planned, third-party, force-majeure or customer-caused record still count as a Level 0 incident?',
    'هل يُحسب انقطاع يغطيه سجل صيانة مجدولة أو طرف ثالث أو قوة قاهرة أو سبب من العميل حادثةً من المستوى 0؟',
  ],
  [
    'No: those records keep their minutes out of Level 0 incidents, whatever their notice',
    'لا: تبقى دقائق هذه السجلات خارج حوادث المستوى 0، أيًّا كان إشعارها',
  ],
  [
    'Yes: every outage over fifteen minutes that availability counts is a Level 0 incident',
    'نعم: كل انقطاع يزيد على خمس عشرة دقيقة وتحسبه الإتاحة حادثةٌ من المستوى 0',
  ],
  [
    'Is the whole 23:00–03:00 window excluded every night, or only maintenance in it that was announced five business days ahead?',
    'هل تُستبعد نافذة 23:00–03:00 كاملةً كل ليلة، أم الصيانة المعلنة فيها قبل خمسة أيام عمل فقط؟',
  ],
  [
    'Every night: all of 23:00–03:00 local time is excluded, announced or not',
    'كل ليلة: تُستبعد الفترة 23:00–03:00 بالتوقيت المحلي كاملةً، معلنةً أم لا',
  ],
  [
    'Only announced maintenance: no standing window; planned-maintenance records count as excluded when announced at least 5 business days ahead',
    'الصيانة المعلنة فقط: لا نافذة دائمة؛ تُستبعد سجلات الصيانة المجدولة متى أُعلنت قبل 5 أيام عمل على الأقل',
  ],
]);

const BY_LANGUAGE: Record<string, ReadonlyMap<string, string>> = { ar: AR };

/** An interpretation's question or one reading's label, in the locale. */
export function interpretationText(locale: string, own: string): string {
  return BY_LANGUAGE[languageOf(locale)]?.get(own) ?? own;
}
