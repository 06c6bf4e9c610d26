// The claim letter's own words in English and Arabic, loaded with the letter rather than
// with the first dashboard; every other word it uses comes from the main catalogue.
import { fillMessage, languageOf, type MessageKey, type Params, translate } from '../i18n';
import type { Message } from '../i18n/en';

const en = {
  letterTitle: 'Service credit claim',
  letterTitleRecord: 'Service level record',
  letterTitleNotice: 'Notice of a service credit due',
  letterTitleRemedies: 'Claim for remedies',
  letterPrint: 'Print or save as PDF',
  letterPrintWaiting: 'Stating the amount, then printing…',
  letterPrintFingerprints: 'Taking the files’ SHA-256, then printing…',
  letterPrintTooSoon:
    'Not printed yet: the SHA-256 of the files this letter relies on is still being taken. Close this and print again in a few seconds, or press the letter’s Print button, which waits for it.',
  letterClose: 'Close',
  letterDate: 'Date: {date}',
  letterTo: 'To: {vendor}',
  letterRe: 'Re: {contract} — availability in {period}',
  letterIntro:
    'Under the Service Level Agreement, we write about the availability of the service in {period}. Our monitoring records, evaluated as of {asOf}, show the following.',
  letterIntroRecord:
    'Under the Service Level Agreement, this letter records the availability of the service in {period}. Our monitoring records, evaluated as of {asOf}, show the following.',
  letterIntroNotice:
    'Under the Service Level Agreement, we ask you to apply the service credit owed for the availability of the service in {period}. Our monitoring records, evaluated as of {asOf}, show the following.',
  letterClaim: 'We claim the service credit of {credit} that the agreement provides for this period.',
  letterNoClaim: 'The records show no credit due for this period; this letter documents the figures.',
  letterPartLapsed: {
    one: 'The claim window of {n} earlier outage in this period has closed, so the {lapsed} it earned is not claimed.',
    other:
      'The claim windows of {n} earlier outages in this period have closed, so the {lapsed} they earned is not claimed.',
  },
  letterDeadline: 'This claim is made within the claim period, which ends {date}.',
  letterDeadlinePassed: 'The claim period ended {date}.',
  letterFigures: 'Figures',
  letterComparison:
    'Your status page lists {admitted} of downtime in {period}; our monitoring recorded {measured}.',
  letterUnposted: 'Outages our monitoring recorded that your status page never posted: {list}.',
  letterOutages: 'Outages in the period',
  letterNoOutages: 'No outages were recorded in the period.',
  letterClauses: 'Clauses relied on',
  letterClauseChangedLabel: '{label} (changed for this contract)',
  letterClauseChanged:
    'This letter applies the term as agreed for this contract, not the clause of the standard terms.',
  letterClauseChangedTarget: 'This letter applies the target as agreed for this contract: {target}.',
  letterClauseChangedTerm: 'This letter applies the term as agreed for this contract: {term}',
  letterObligations: 'Other promises missed',
  letterTickets: 'Support tickets past their targets',
  letterTicketsIntro:
    'Measured on each severity’s clock as of {asOf}: the first response or the resolution came after its target, or had not come by the end of that day.',
  letterTicketResponse: 'first response',
  letterTicketResolution: 'resolution',
  letterTicketDone: 'Answered or resolved',
  letterTicketNotYet: 'Not yet',
  letterTermination: 'Termination right',
  letterTriggeredBy: 'The right was triggered by {periods}.',
  letterEvidence:
    'The outage evidence (CSV) and the full report (JSON) are attached. Every figure can be recomputed from them. Each file we evaluated is listed with its size and SHA-256, so a copy can be checked against it (for example with sha256sum).',
  letterSign: 'Name, title and signature',
  letterCreditOfFee: '{pct} of the fee',
  letterCreditAmountOfFee: '{amount} ({pct} of the fee)',
  letterLevelFigure: '{severity} incidents',
  letterLevelCount: { one: '{n} incident ({hours})', other: '{n} incidents ({hours})' },
  letterEligibleAt: 'Credit earned at',
  letterExpired:
    'The credit of {credit} for this period could be claimed until {date}. That window has closed; this letter records the figures.',
  letterAutomatic:
    'The agreement grants the credit of {credit} for this period without a claim. Please apply it to the next invoice.',
  letterClaimIncidents:
    'We claim the service credit of {credit} that the agreement provides for the incidents of {period}.',
  letterFrom: 'From: {sender}',
  letterReference: 'Contract reference: {reference}',
  letterContract: 'Contract: {name}',
  letterReIncidents: 'Re: {contract} — service interruptions in {period}',
  letterIntroIncidents:
    'Under the Service Level Agreement, we write about the service interruptions in {period}. Our monitoring records and support tickets, evaluated as of {asOf}, show the following.',
  letterIntroRecordIncidents:
    'Under the Service Level Agreement, this letter records the service interruptions in {period}. Our monitoring records and support tickets, evaluated as of {asOf}, show the following.',
  letterIntroNoticeIncidents:
    'Under the Service Level Agreement, we ask you to apply the service credit owed for the service interruptions in {period}. Our monitoring records and support tickets, evaluated as of {asOf}, show the following.',
  letterIncidents: 'Incidents counted in the month',
  letterNoIncidents: 'No incidents were counted in the month.',
  letterLevel: 'Level',
  letterIncidentFrom: 'Recorded as',
  letterFromOutage: 'Outage in our monitoring',
  letterFromOutageReported: 'Outage in our monitoring, reported in ticket {ids}',
  letterFromTicket: 'Ticket {id}',
  letterFromOpenTicket: 'Ticket {id}, still open (counted to the end of the report date)',
  letterOffsets: 'Times are in {zone}, each with the offset from UTC in force at that instant.',
  letterEvidenceTitle: 'Evidence',
  letterInput: { one: '{name}: {rows} row', other: '{name}: {rows} rows' },
  letterInputBytes: { one: '{name}: {rows} row, {bytes} bytes', other: '{name}: {rows} rows, {bytes} bytes' },
  letterSha256: 'SHA-256:',
  letterSha256Pending: 'not computed yet',
  letterCountedHere: 'Counted in the period',
  letterCountedOfAll: '(of {all} in all)',
  letterCountedTotal: 'Downtime counted in the period',
  letterShortBy: '{hours} late',
  letterNoticeShort:
    'notice given {given} for a change that took effect {effective}: {short} less than the notice required',
  letterDataLoss: 'data lost: {lost} before the incident of {incident}, where at most {allowed} is allowed',
  letterFromField: 'Your organisation (sender)',
  letterReferenceField: 'Contract reference',
  letterFeeMonth: 'Fee per month ({currency})',
  letterFeeYear: 'Fee per year ({currency})',
  letterFeeInvalid: 'Enter an amount above 0.',
  letterFeeHelp: 'The letter states the amount once the fee is set. The fee is saved to the contract.',
  letterFeeSettings: 'Set the fee in the contract’s settings to state the amount.',
  letterCreditDepends:
    'Before you send it: the credit is owed only if {conditions}. Set the plan tier, effective date or fee in Settings, or answer the condition on the Policy tab, and the letter follows.',
  letterFeeScope:
    'This part of the service is credited on its own fee, which the policy sets for it (Policy tab); until it is set, the letter states the credit as a share of that fee.',
  letterScope: 'This claim is for {scope}, measured on its own monitors: {monitors}.',
  letterScopeOf: 'This letter is about {scope}, measured on its own monitors: {monitors}.',
  letterRemedies: 'Remedies owed besides the credit',
  letterRemediesIntro: 'Because {period} missed its target, the contract also owes:',
  letterClaimRemedies:
    'We claim the remedies the agreement provides because {period} missed its target. The records show no service credit due for it.',
  letterRemediesOnly: 'Remedies owed',
  letterRemediesOnlyIntro: 'Because {period} missed its target, the contract owes:',
  letterDayIn: '{date} ({zone} time)',
} satisfies Record<string, Message>;

type LetterKey = keyof typeof en;

const ar: Record<LetterKey, Message> = {
  letterTitle: 'مطالبة برصيد خدمة',
  letterTitleRecord: 'سجل مستوى الخدمة',
  letterTitleNotice: 'إشعار برصيد خدمة مستحق',
  letterTitleRemedies: 'مطالبة بالتعويضات',
  letterPrint: 'اطبع أو احفظ بصيغة PDF',
  letterPrintWaiting: 'يُذكر المبلغ ثم تبدأ الطباعة…',
  letterPrintFingerprints: 'تُحسب بصمات SHA-256 للملفات ثم تبدأ الطباعة…',
  letterPrintTooSoon:
    'لم تُطبع الرسالة بعد: ما زالت بصمات SHA-256 للملفات التي تستند إليها قيد الحساب. أغلق هذه النافذة واطبع مرة أخرى بعد بضع ثوانٍ، أو اضغط زر الطباعة في الرسالة، فهو ينتظرها.',
  letterClose: 'إغلاق',
  letterDate: 'التاريخ: {date}',
  letterTo: 'إلى: {vendor}',
  letterRe: 'الموضوع: {contract} — التوافر في {period}',
  letterIntro:
    'وفقًا لاتفاقية مستوى الخدمة، نكتب بشأن توافر الخدمة في {period}. تُظهر سجلات المراقبة لدينا، المقيَّمة حتى {asOf}، ما يلي.',
  letterIntroRecord:
    'وفقًا لاتفاقية مستوى الخدمة، يوثّق هذا الخطاب توافر الخدمة في {period}. تُظهر سجلات المراقبة لدينا، المقيَّمة حتى {asOf}، ما يلي.',
  letterIntroNotice:
    'وفقًا لاتفاقية مستوى الخدمة، نطلب منكم تطبيق رصيد الخدمة المستحق عن توافر الخدمة في {period}. تُظهر سجلات المراقبة لدينا، المقيَّمة حتى {asOf}، ما يلي.',
  letterClaim: 'نطالب برصيد الخدمة البالغ {credit} الذي تنص عليه الاتفاقية لهذه الفترة.',
  letterNoClaim: 'لا تُظهر السجلات رصيدًا مستحقًا لهذه الفترة؛ يوثّق هذا الخطاب الأرقام.',
  letterPartLapsed:
    'أُغلقت مهلة المطالبة عن انقطاعات سابقة في هذه الفترة عددها {n}، فلا نطالب بالجزء البالغ {lapsed} الذي استحقته.',
  letterDeadline: 'تُقدَّم هذه المطالبة ضمن مهلة المطالبة التي تنتهي في {date}.',
  letterDeadlinePassed: 'انتهت مهلة المطالبة في {date}.',
  letterFigures: 'الأرقام',
  letterComparison: 'تذكر صفحة حالتكم {admitted} من التوقف في {period}؛ وسجّلت مراقبتنا {measured}.',
  letterUnposted: 'انقطاعات سجّلتها مراقبتنا ولم تنشرها صفحة حالتكم: {list}.',
  letterOutages: 'الانقطاعات في الفترة',
  letterNoOutages: 'لم تُسجَّل انقطاعات في الفترة.',
  letterClauses: 'البنود المستند إليها',
  letterClauseChangedLabel: '{label} (عُدِّل لهذا العقد)',
  letterClauseChanged: 'يطبّق هذا الخطاب الشرط كما اتُّفق عليه لهذا العقد، لا بند الشروط القياسية.',
  letterClauseChangedTarget: 'يطبّق هذا الخطاب الهدف كما اتُّفق عليه لهذا العقد: {target}.',
  letterClauseChangedTerm: 'يطبّق هذا الخطاب الشرط كما اتُّفق عليه لهذا العقد: {term}',
  letterObligations: 'التزامات أخرى لم يُوفَ بها',
  letterTickets: 'تذاكر دعم تجاوزت أهدافها',
  letterTicketsIntro:
    'مقيسة على ساعة كل درجة خطورة حتى {asOf}: جاء الرد الأول أو الحل بعد هدفه، أو لم يأتِ حتى نهاية ذلك اليوم.',
  letterTicketResponse: 'الرد الأول',
  letterTicketResolution: 'الحل',
  letterTicketDone: 'الرد أو الحل',
  letterTicketNotYet: 'لم يحدث بعد',
  letterTermination: 'حق إنهاء العقد',
  letterTriggeredBy: 'نشأ هذا الحق بسبب {periods}.',
  letterEvidence:
    'مرفق أدلة الانقطاعات (CSV) والتقرير الكامل (JSON)، ويمكن إعادة حساب كل رقم منهما. كل ملف قيّمناه مذكور بحجمه وبصمة SHA-256 الخاصة به، ليمكن مطابقة أي نسخة منه (مثلًا بالأداة sha256sum).',
  letterSign: 'الاسم والمنصب والتوقيع',
  letterCreditOfFee: '{pct} من الرسوم',
  letterCreditAmountOfFee: '{amount} ({pct} من الرسوم)',
  letterLevelFigure: 'حوادث {severity}',
  letterLevelCount: 'عدد الحوادث: {n} ({hours})',
  letterEligibleAt: 'وقت استحقاق الرصيد',
  letterExpired:
    'كان يمكن المطالبة برصيد {credit} عن هذه الفترة حتى {date}. انتهت تلك المهلة؛ يوثّق هذا الخطاب الأرقام.',
  letterAutomatic: 'تمنح الاتفاقية رصيد {credit} عن هذه الفترة دون مطالبة. يُرجى تطبيقه في الفاتورة التالية.',
  letterClaimIncidents: 'نطالب برصيد الخدمة البالغ {credit} الذي تنص عليه الاتفاقية عن حوادث {period}.',
  letterFrom: 'من: {sender}',
  letterReference: 'مرجع العقد: {reference}',
  letterContract: 'العقد: {name}',
  letterReIncidents: 'الموضوع: {contract} — انقطاعات الخدمة في {period}',
  letterIntroIncidents:
    'وفقًا لاتفاقية مستوى الخدمة، نكتب بشأن انقطاعات الخدمة في {period}. تُظهر سجلات المراقبة وتذاكر الدعم لدينا، المقيَّمة حتى {asOf}، ما يلي.',
  letterIntroRecordIncidents:
    'وفقًا لاتفاقية مستوى الخدمة، يوثّق هذا الخطاب انقطاعات الخدمة في {period}. تُظهر سجلات المراقبة وتذاكر الدعم لدينا، المقيَّمة حتى {asOf}، ما يلي.',
  letterIntroNoticeIncidents:
    'وفقًا لاتفاقية مستوى الخدمة، نطلب منكم تطبيق رصيد الخدمة المستحق عن انقطاعات الخدمة في {period}. تُظهر سجلات المراقبة وتذاكر الدعم لدينا، المقيَّمة حتى {asOf}، ما يلي.',
  letterIncidents: 'الحوادث المحسوبة في الشهر',
  letterNoIncidents: 'لم تُحسب حوادث في الشهر.',
  letterLevel: 'المستوى',
  letterIncidentFrom: 'مصدر التسجيل',
  letterFromOutage: 'انقطاع في مراقبتنا',
  letterFromOutageReported: 'انقطاع في مراقبتنا، أُبلغ عنه في التذكرة {ids}',
  letterFromTicket: 'التذكرة {id}',
  letterFromOpenTicket: 'التذكرة {id}، ما زالت مفتوحة (محسوبة حتى نهاية تاريخ التقرير)',
  letterOffsets: 'الأوقات بتوقيت {zone}، وبجانب كل منها فرقها عن التوقيت العالمي المعمول به في تلك اللحظة.',
  letterEvidenceTitle: 'الأدلة',
  letterInput: '{name}: عدد الصفوف {rows}',
  letterInputBytes: '{name}: عدد الصفوف {rows}، الحجم {bytes} بايت',
  letterSha256: 'SHA-256:',
  letterSha256Pending: 'لم تُحسب بعد',
  letterCountedHere: 'المحسوب في الفترة',
  letterCountedOfAll: '(من أصل {all})',
  letterCountedTotal: 'وقت التوقف المحسوب في الفترة',
  letterShortBy: 'متأخر {hours}',
  letterNoticeShort: 'أُعطي الإشعار {given} لتغيير سرى {effective}: أقل من الإشعار المطلوب بـ{short}',
  letterDataLoss: 'البيانات المفقودة: {lost} قبل حادثة {incident}، والحد المسموح {allowed}',
  letterFromField: 'جهتكم (المرسِل)',
  letterReferenceField: 'مرجع العقد',
  letterFeeMonth: 'الرسوم الشهرية ({currency})',
  letterFeeYear: 'الرسوم السنوية ({currency})',
  letterFeeInvalid: 'أدخل مبلغًا أكبر من 0.',
  letterFeeHelp: 'يذكر الخطاب المبلغ متى حُدِّدت الرسوم. وتُحفظ الرسوم في العقد.',
  letterFeeSettings: 'حدّد الرسوم في إعدادات العقد ليُذكر المبلغ.',
  letterCreditDepends:
    'قبل أن ترسلها: الرصيد مستحق فقط إذا {conditions}. حدّد فئة الخطة أو تاريخ السريان أو الرسوم في الإعدادات، أو أجب عن الشرط في تبويب السياسة، فتتبعها الرسالة.',
  letterFeeScope:
    'يُحتسب الرصيد لهذا الجزء من الخدمة على رسومه الخاصة التي تحددها له السياسة (تبويب السياسة)؛ وإلى أن تُحدَّد يذكر الخطاب الرصيد حصةً من تلك الرسوم.',
  letterScope: 'هذه المطالبة تخص {scope}، مقيسًا بأجهزة المراقبة الخاصة به: {monitors}.',
  letterScopeOf: 'يخص هذا الخطاب {scope}، مقيسًا بأجهزة المراقبة الخاصة به: {monitors}.',
  letterRemedies: 'تعويضات مستحقة إلى جانب الرصيد',
  letterRemediesIntro: 'لأن {period} لم تبلغ الهدف، يستحق بموجب العقد أيضًا:',
  letterClaimRemedies:
    'نطالب بالتعويضات التي تنص عليها الاتفاقية لأن {period} لم تبلغ الهدف. لا تُظهر السجلات رصيد خدمة مستحقًا عنها.',
  letterRemediesOnly: 'تعويضات مستحقة',
  letterRemediesOnlyIntro: 'لأن {period} لم تبلغ الهدف، يستحق بموجب العقد:',
  // "قبل ٣٠ نوفمبر" would end the day before: the day is given to its end, as the claims list says.
  letterDayIn: 'نهاية {date} (بتوقيت {zone})',
};

const isLetterKey = (key: string): key is LetterKey => Object.hasOwn(en, key);

/** A translator for the letter: its own keys from here, the rest from the main catalogue. */
export function letterTranslator(locale: string) {
  return (key: LetterKey | MessageKey, params: Params = {}): string =>
    isLetterKey(key)
      ? fillMessage(locale, (languageOf(locale) === 'ar' ? ar : en)[key], params)
      : translate(locale, key, params);
}
