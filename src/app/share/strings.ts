// English and Arabic text for the sharing components, kept here while the shared i18n
// catalogues are edited elsewhere; `{name}` placeholders are filled by `fill`.

const en = {
  confirmTitle: 'A shared policy',
  confirmIntro:
    'This link carries an SLA policy. Anyone can make such a link: check its terms against your contract before you save it.',
  confirmName: 'Save as',
  confirmSource: 'Written from',
  termTarget: 'Availability target',
  termTargetValue: '{target} % per {period}',
  termZone: 'Time zone',
  termDowntime: 'Downtime counts from',
  termDowntimeValue: '{minutes} min in a row',
  termCredit: 'Service credit',
  termClaim: 'Claim',
  termTermination: 'Termination rights',
  termReadings: 'Interpretation notes',
  periodMonth: 'month',
  periodQuarter: 'quarter',
  periodYear: 'year',
  creditNone: 'none',
  creditBands: '{count} bands, up to {cap} % of the fee',
  creditDayBands: '{count} bands, up to {cap} days of service',
  creditPerStep: '{percent} % per {step} % below target, up to {cap} %',
  creditExtension: '{days} days of service per {step} % below target, up to {cap} days',
  creditIncidents: 'by incidents, up to {cap} % of the fee',
  creditLostTime: '{multiple} × the lost time at {rate}, up to {cap} % of the fee',
  creditLostTimeUncapped: '{multiple} × the lost time at {rate}, with no cap',
  creditRateFee: 'the fee per hour',
  creditPerEvent: '{value} {unit} per outage',
  creditServiceDays: '{days} days of service per {minutes} minutes lost, up to {cap} days',
  unitPercent: '% of the fee',
  unitDays: 'days of service',
  claimNone: 'no claim needed or possible',
  claimAutomatic: 'credited automatically',
  claimAfterPeriod: 'within {days} days after the period ends',
  claimAfterEligibility: 'within {days} days after it is earned',
  claimBusinessDays: 'within {days} business days after the incident',
  claimDaysAfterIncident: 'within {days} days after the incident',
  claimMonthsAfterPeriod: 'within {months} months after the period ends',
  claimPeriodsAfterPeriod: 'by the end of the {periods}. period after it',
  terminationNone: 'none',
  terminationOne: 'one rule',
  terminationCount: '{count} rules',
  readingsNone: 'none',
  readingChosen: '{question} — {reading}',
  confirmSave: 'Save as a custom policy',
  confirmCancel: 'Do not save',
  confirmNameEmpty: 'Give the policy a name.',
  shareBundle: 'Share contract data',
  shareBundleHelp:
    'A compressed file with the contract, its policy and the minutes computed from your logs (not the logs themselves).',
  sharePolicy: 'Share policy link',
  shareShared: 'Shared.',
  shareDownloaded: 'Saved as {file}.',
  shareCopied: 'Link copied.',
  shareManual: 'Copy this link:',
  shareWorking: 'Preparing…',
  openBundle: 'Open a contract bundle',
  openBundleHelp: 'A “.sla-bundle.json.gz” file exported from SLA Witness on this or another device.',
  openReading: 'Reading {file}…',
  openBroken: 'This bundle was not imported: {reason}',
  openConflict:
    'A contract named “{name}” already exists. Replace it (its data is deleted) or keep both (the import gets a new name)?',
  openReplace: 'Replace it',
  openKeepBoth: 'Keep both',
  openCancel: 'Cancel',
  openDone: 'Imported “{name}”.',
};

export type ShareStrings = typeof en;

const ar: ShareStrings = {
  confirmTitle: 'سياسة مُشارَكة',
  confirmIntro:
    'يحمل هذا الرابط سياسة اتفاقية مستوى خدمة. يمكن لأي شخص إنشاء رابط كهذا: راجِع شروطها مقابل عقدك قبل حفظها.',
  confirmName: 'حفظ باسم',
  confirmSource: 'مأخوذة من',
  termTarget: 'هدف التوفر',
  termTargetValue: '{target} % لكل {period}',
  termZone: 'المنطقة الزمنية',
  termDowntime: 'يُحسب التعطل ابتداءً من',
  termDowntimeValue: '{minutes} دقيقة متتالية',
  termCredit: 'رصيد الخدمة',
  termClaim: 'المطالبة',
  termTermination: 'حقوق الإنهاء',
  termReadings: 'ملاحظات التفسير',
  periodMonth: 'شهر',
  periodQuarter: 'ربع سنة',
  periodYear: 'سنة',
  creditNone: 'لا يوجد',
  creditBands: '{count} شرائح، حتى {cap} % من الرسوم',
  creditDayBands: '{count} شرائح، حتى {cap} يومًا من الخدمة',
  creditPerStep: '{percent} % لكل {step} % دون الهدف، حتى {cap} %',
  creditExtension: '{days} أيام خدمة لكل {step} % دون الهدف، حتى {cap} يومًا',
  creditIncidents: 'حسب الحوادث، حتى {cap} % من الرسوم',
  creditLostTime: '{multiple} × الوقت الضائع بسعر {rate}، حتى {cap} % من الرسوم',
  creditLostTimeUncapped: '{multiple} × الوقت الضائع بسعر {rate}، بلا حد أقصى',
  creditRateFee: 'الرسوم لكل ساعة',
  creditPerEvent: '{value} {unit} لكل انقطاع',
  creditServiceDays: '{days} أيام خدمة لكل {minutes} دقيقة ضائعة، حتى {cap} يومًا',
  unitPercent: '% من الرسوم',
  unitDays: 'أيام خدمة',
  claimNone: 'لا حاجة إلى مطالبة أو لا تُقبل',
  claimAutomatic: 'يُضاف تلقائيًا',
  claimAfterPeriod: 'خلال {days} يومًا بعد نهاية الفترة',
  claimAfterEligibility: 'خلال {days} يومًا بعد استحقاقه',
  claimBusinessDays: 'خلال {days} أيام عمل بعد الحادثة',
  claimDaysAfterIncident: 'خلال {days} يومًا بعد الحادثة',
  claimMonthsAfterPeriod: 'خلال {months} أشهر بعد نهاية الفترة',
  claimPeriodsAfterPeriod: 'قبل نهاية الفترة رقم {periods} بعدها',
  terminationNone: 'لا يوجد',
  terminationOne: 'قاعدة واحدة',
  terminationCount: '{count} قواعد',
  readingsNone: 'لا يوجد',
  readingChosen: '{question} — {reading}',
  confirmSave: 'حفظ كسياسة مخصصة',
  confirmCancel: 'عدم الحفظ',
  confirmNameEmpty: 'أعطِ السياسة اسمًا.',
  shareBundle: 'مشاركة بيانات العقد',
  shareBundleHelp: 'ملف مضغوط يضم العقد وسياسته والدقائق المحسوبة من سجلاتك (لا السجلات نفسها).',
  sharePolicy: 'مشاركة رابط السياسة',
  shareShared: 'تمت المشاركة.',
  shareDownloaded: 'حُفظ باسم {file}.',
  shareCopied: 'نُسخ الرابط.',
  shareManual: 'انسخ هذا الرابط:',
  shareWorking: 'جارٍ التحضير…',
  openBundle: 'فتح حزمة عقد',
  openBundleHelp: 'ملف ‎“.sla-bundle.json.gz”‎ صُدِّر من SLA Witness على هذا الجهاز أو غيره.',
  openReading: 'جارٍ قراءة {file}…',
  openBroken: 'لم تُستورد هذه الحزمة: {reason}',
  openConflict:
    'يوجد عقد باسم «{name}». هل تستبدله (تُحذف بياناته) أم تحتفظ بالاثنين (يأخذ المستورد اسمًا جديدًا)؟',
  openReplace: 'استبداله',
  openKeepBoth: 'الاحتفاظ بالاثنين',
  openCancel: 'إلغاء',
  openDone: 'استُورد «{name}».',
};

const CATALOGUE: Record<string, ShareStrings> = { en, ar };

/** The strings for a locale ("ar-EG" → Arabic), English when there are none. */
export function shareStrings(locale: string): ShareStrings {
  return CATALOGUE[locale.split(/[-_]/)[0]!.toLowerCase()] ?? en;
}

/** The text with `{name}` placeholders filled; numbers in the locale's digits. */
export function fill(locale: string, text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}
