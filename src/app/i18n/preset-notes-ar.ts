// The presets' fixed notes of their own, as opposed to the contract's words they quote:
// that a term is not stated and SLA Witness's default is read, and the short sentences
// saying what that default is or that the contract has no such term. The presets are
// engine data and keep their English; an Arabic page reads these instead. Loaded with the
// Arabic catalogue only.

const NOT_STATED = 'Not stated in the contract; SLA Witness’s default.';
const NOT_STATED_AR = 'لا يذكره العقد؛ القيمة الافتراضية في SLA Witness.';

const AR = new Map<string, string>([
  ['No rounding.', 'بلا تقريب.'],
  [
    'The SLA names no time zone; US Eastern time for a US vendor.',
    'لا تذكر الاتفاقية منطقة زمنية؛ التوقيت الشرقي الأمريكي لمورّد أمريكي.',
  ],
  ['Every down minute counts.', 'تُحسب كل دقيقة توقف.'],
  ['HTTP 500–599 are down.', 'استجابات HTTP من 500 إلى 599 توقف.'],
  ['Timeouts and connection errors are down.', 'مهلات الانتظار وأخطاء الاتصال توقف.'],
  [
    'No formula is given; downtime over all minutes of the calendar month.',
    'لا تُذكر صيغة؛ وقت التوقف على جميع دقائق الشهر التقويمي.',
  ],
  [
    'Credits are days of service, not money; currency INR (an Indian vendor).',
    'الأرصدة أيام خدمة لا مبالغ مالية؛ العملة INR (مورّد هندي).',
  ],
  [
    'Promises with deadlines beyond availability and tickets, each with its own clause.',
    'التزامات ذات مواعيد نهائية غير الإتاحة والتذاكر، لكل منها بنده الخاص.',
  ],
  ['No recurring maintenance window in the contract.', 'لا نافذة صيانة متكررة في العقد.'],
  ['No fixed maintenance window in the contract.', 'لا نافذة صيانة ثابتة في العقد.'],
  ['No termination right in the contract.', 'لا ينص العقد على حق في الإنهاء.'],
  [
    'The contract states no other promise with a measurable deadline.',
    'لا ينص العقد على التزام آخر بموعد نهائي قابل للقياس.',
  ],
  ['No support response targets in the SLA.', 'لا أهداف لزمن استجابة الدعم في اتفاقية مستوى الخدمة.'],
  [
    'Only the Scheduled Maintenance Window is excluded (exclusions.windows); maintenance at other times is not named as excluded.',
    'لا تُستبعد إلا نافذة الصيانة المجدولة (exclusions.windows)؛ ولا تُذكر الصيانة في أوقات أخرى بين المستبعد.',
  ],
  // The contract's words stay as quoted; only the note between them is SLA Witness's.
  [
    '"Next business day" is not defined; Mon–Fri 09:00–18:00 IST, no holiday list.',
    '"Next business day" غير معرّف؛ من الاثنين إلى الجمعة 09:00–18:00 بتوقيت الهند، بلا قائمة عطلات.',
  ],
  [
    'HTTP 500–599 are down ("the core Service responds to valid authenticated requests" when Available).',
    'استجابات HTTP من 500 إلى 599 توقف (فالخدمة متاحة حين "the core Service responds to valid authenticated requests").',
  ],
  [
    'The clause names only "HTTP 5xx errors"; see interpretation timeouts.',
    'لا يذكر البند إلا "HTTP 5xx errors"؛ انظر سؤال التفسير عن مهلات الانتظار.',
  ],
  [
    'Any down minute counts against availability; a Level 0 incident (credit.levels) needs "a continuous period lasting greater than fifteen (15) minutes in length" (≥ 16).',
    'تُحسب كل دقيقة توقف على الإتاحة؛ وتحتاج حادثة المستوى 0 (credit.levels) إلى "a continuous period lasting greater than fifteen (15) minutes in length" (16 دقيقة على الأقل).',
  ],
  [
    '"Kipu will work during normal business hours to address issue" — business hours are not defined; Mon–Fri 09:00–17:00 Eastern, no holiday list.',
    '"Kipu will work during normal business hours to address issue" — ساعات العمل غير معرّفة؛ من الاثنين إلى الجمعة 09:00–17:00 بالتوقيت الشرقي الأمريكي، بلا قائمة عطلات.',
  ],
  [
    '§1.2 Scheduled Maintenance Window: "local time for the location(s) in which the PatientIQ is deployed" — the location is not named; US Central time (PatientIQ is Chicago-based).',
    '§1.2 Scheduled Maintenance Window: "local time for the location(s) in which the PatientIQ is deployed" — الموقع غير مذكور؛ التوقيت المركزي الأمريكي (مقر PatientIQ في شيكاغو).',
  ],
  [
    '"business days" (§1.2, §2.2) are not defined; Mon–Fri 09:00–17:00 Central with US holidays.',
    '"business days" (§1.2، §2.2) غير معرّفة؛ من الاثنين إلى الجمعة 09:00–17:00 بالتوقيت المركزي الأمريكي مع العطلات الأمريكية.',
  ],
  [
    'Incident response: P0 "15 minutes" / "Within 4 hours"; P1 "30 minutes" / "Within 24 hours"; P2 "2 hours" / "Within 7 days" (24x7, SLA Witness’s default); P3 "Next business day" / "Sprint cycle" (no resolution target).',
    'الاستجابة للحوادث: P0 "15 minutes" / "Within 4 hours"؛ P1 "30 minutes" / "Within 24 hours"؛ P2 "2 hours" / "Within 7 days" (على مدار الساعة كل أيام الأسبوع، القيمة الافتراضية في SLA Witness)؛ P3 "Next business day" / "Sprint cycle" (بلا هدف للحل).',
  ],
]);

/**
 * A preset's citation with its fixed notes in Arabic. After "not stated" comes a fixed
 * sentence or the preset's own reasoning around the contract's quoted words: the reasoning
 * is in Arabic, the words quoted stay as the contract has them. Any other text (a clause
 * quoted, a citation the user wrote) is unchanged.
 */
export function presetNoteAr(text: string): string {
  const whole = AR.get(text);
  if (whole) return whole;
  if (!text.startsWith(NOT_STATED)) return text;
  const rest = text.slice(NOT_STATED.length).trim();
  return rest ? `${NOT_STATED_AR} ${AR.get(rest) ?? rest}` : NOT_STATED_AR;
}
