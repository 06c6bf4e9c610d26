// The built-in presets' own words (interpretation questions and readings) in languages
// other than the English they are written in. A text the user changed, or a policy of
// their own, keeps its words.
import { PRESETS } from '../../engine/presets';
import { languageOf } from './index';

type Texts = Record<string, string>;

/** Keyed "preset/interpretation" for the question, "preset/interpretation/reading" for a reading. */
const AR: Texts = {
  'medos/step-rounding': 'هل يستحق جزء من خطوة 0.5 ٪ دون الهدف يومًا من التمديد؟',
  'medos/step-rounding/ceil': 'نعم: أي جزء من خطوة 0.5 ٪ يُحسب خطوة كاملة (99.3 ٪ تستحق يومًا واحدًا)',
  'medos/step-rounding/floor':
    'لا: تُحسب خطوات 0.5 ٪ الكاملة فقط (99.3 ٪ لا تستحق شيئًا، و99.0 ٪ تستحق يومًا واحدًا)',
  'medos/customer-side':
    'هل يُستبعد الوقت الضائع بسبب مشكلات من جهة العميل من رقم الإتاحة، أم أن تلك القائمة تخص نطاق الدعم فقط؟',
  'medos/customer-side/counted':
    'يُحتسب: التزام الإتاحة لا يذكر من الاستثناءات إلا الصيانة والأطراف الثالثة والقوة القاهرة',
  'medos/customer-side/excluded': 'يُستبعد: سجلات الانقطاع من جهة العميل تُستبعد كسائر الاستثناءات',
  'clarus-lis/timezone':
    'هل يعني «GMT+2 بتوقيت القاهرة» التوقيت المدني للقاهرة، الذي عاد إليه التوقيت الصيفي منذ 2023، أم UTC+2 ثابتًا طوال العام؟',
  'clarus-lis/timezone/cairo':
    'التوقيت المدني للقاهرة (Africa/Cairo): UTC+2 شتاءً وUTC+3 صيفًا منذ عودة مصر إلى التوقيت الصيفي في 2023',
  'clarus-lis/timezone/fixed':
    'UTC+2 ثابت طوال العام كما يقول «GMT+2» حرفيًا (Etc/GMT-2 في IANA، وإشارته معكوسة)',
  'elevatefinance/step-rounding': 'هل يستحق جزء من خطوة 0.5 ٪ دون الهدف تعويضًا بنسبة 5 ٪؟',
  'elevatefinance/step-rounding/ceil': 'نعم: أي جزء من خطوة 0.5 ٪ يُحسب خطوة كاملة (99.30 ٪ تستحق 5 ٪)',
  'elevatefinance/step-rounding/floor':
    'لا: تُحسب خطوات 0.5 ٪ الكاملة فقط (99.30 ٪ لا تستحق شيئًا، و99.00 ٪ تستحق 5 ٪)',
  'elevatefinance/timeouts': 'هل تُحسب مهلات الانتظار وأخطاء الاتصال، حين لا تصل أي استجابة HTTP، توقفًا؟',
  'elevatefinance/timeouts/counted': 'نعم: غياب الاستجابة لا يقل سوءًا عن خطأ 5xx',
  'elevatefinance/timeouts/ignored': 'لا: تُحسب استجابات HTTP 5xx فقط، كما يقول البند حرفيًا',
  'kipu/notice-hour':
    'التوقف المجدول لمدة ساعة واحدة بالضبط يوافق الجملتين: هل يحتاج إلى إشعار قبل 24 ساعة أم 72 ساعة؟',
  'kipu/notice-hour/longer': '72 ساعة: «ساعة واحدة أو أكثر» تشمل الساعة الواحدة بالضبط',
  'kipu/notice-hour/shorter': '24 ساعة: «لا تتجاوز ساعة واحدة» تشمل الساعة بالضبط؛ و72 ساعة من 61 دقيقة',
  'kipu/level0-exclusions':
    'يستبعد تعريف المستوى 0 الأعطال الخارجة عن سيطرة Kipu؛ فهل تُستبعد أيضًا من الإتاحة السنوية، التي لا استثناء معلنًا لها إلا التوقف المجدول؟',
  'kipu/level0-exclusions/narrow': 'لا: لا تستبعد الإتاحة إلا التوقف المجدول',
  'kipu/level0-exclusions/broad': 'نعم: تُستبعد أيضًا سجلات الأطراف الثالثة والقوة القاهرة وما تسبب فيه العميل',
  'patientiq/window':
    'هل تُستبعد نافذة 23:00–03:00 كاملةً كل ليلة، أم الصيانة المعلنة فيها قبل خمسة أيام عمل فقط؟',
  'patientiq/window/daily': 'كل ليلة: تُستبعد الفترة 23:00–03:00 بالتوقيت المحلي كاملةً، معلنةً أم لا',
  'patientiq/window/announced':
    'الصيانة المعلنة فقط: لا نافذة دائمة؛ تُستبعد سجلات الصيانة المجدولة متى أُعلنت قبل 5 أيام عمل على الأقل',
};

const BY_LANGUAGE: Record<string, Texts> = { ar: AR };

/** An interpretation's question (`readingId` null) or one reading's label, in the locale. */
export function interpretationText(
  locale: string,
  presetId: string,
  interpretationId: string,
  readingId: string | null,
  own: string,
): string {
  const texts = BY_LANGUAGE[languageOf(locale)];
  if (!texts) return own;
  const original = PRESETS[presetId]?.interpretations.find((i) => i.id === interpretationId);
  const originalText =
    readingId === null ? original?.question : original?.options.find((o) => o.id === readingId)?.label;
  if (originalText !== own) return own;
  return texts[[presetId, interpretationId, readingId].filter((x) => x !== null).join('/')] ?? own;
}
