// English and Arabic text for the storage settings, kept here while the shared i18n
// catalogues are edited elsewhere; `{name}` placeholders are filled by `fill`.

const en = {
  title: 'Storage on this device',
  intro: 'Everything SLA Witness stores stays in this browser on this device; nothing is uploaded.',
  persistTitle: 'Persistent storage',
  persistOn: 'On: the browser keeps this data even when the device runs short of space.',
  persistOff:
    'Off: the browser may clear this data when the device runs short of space. Installing the app or bookmarking it makes the browser more likely to allow it.',
  persistUnsupported: 'This browser cannot keep data persistently; export bundles to keep a copy.',
  persistAsk: 'Ask the browser again',
  persistDenied: 'The browser said no for now.',
  persistGranted: 'The browser agreed: data is kept.',
  usageTitle: 'Space used',
  usageValue: '{used} of about {quota} available to this app ({percent}\u00a0%)',
  usageValueTiny: '{used} of about {quota} available to this app (under {percent}\u00a0%)',
  usageUnknown: 'This browser does not say how much space is used.',
  usageChecking: 'Checking…',
  deleteTitle: 'Delete all data',
  deleteText:
    'Deletes every contract, custom policy, imported dataset and saved report on this device. This cannot be undone; export bundles first to keep a copy.',
  deleteTypePrompt: 'Type {word} to confirm',
  deleteWord: 'DELETE',
  deleteButton: 'Delete all data',
  deleteWorking: 'Deleting…',
  deleteDone: 'All data on this device was deleted.',
  deleteFailed: 'Nothing was deleted: {reason}',
};

export type SettingsStrings = typeof en;

const ar: SettingsStrings = {
  title: 'التخزين على هذا الجهاز',
  intro: 'كل ما يحفظه SLA Witness يبقى في هذا المتصفح على هذا الجهاز؛ لا يُرفع شيء.',
  persistTitle: 'التخزين الدائم',
  persistOn: 'مُفعَّل: يحتفظ المتصفح بهذه البيانات حتى عند نقص المساحة على الجهاز.',
  persistOff:
    'غير مُفعَّل: قد يمسح المتصفح هذه البيانات عند نقص المساحة. تثبيت التطبيق أو إضافته إلى المفضلة يزيد احتمال موافقة المتصفح.',
  persistUnsupported: 'لا يستطيع هذا المتصفح حفظ البيانات بشكل دائم؛ صدِّر الحزم للاحتفاظ بنسخة.',
  persistAsk: 'اطلب من المتصفح مرة أخرى',
  persistDenied: 'رفض المتصفح الطلب حاليًا.',
  persistGranted: 'وافق المتصفح: ستُحفظ البيانات.',
  usageTitle: 'المساحة المستخدمة',
  usageValue: '{used} من نحو {quota} متاحة لهذا التطبيق ({percent}\u00a0%)',
  usageValueTiny: '{used} من نحو {quota} متاحة لهذا التطبيق (أقل من {percent}\u00a0%)',
  usageUnknown: 'لا يذكر هذا المتصفح المساحة المستخدمة.',
  usageChecking: 'جارٍ التحقق…',
  deleteTitle: 'حذف كل البيانات',
  deleteText:
    'يحذف كل العقود والسياسات المخصصة ومجموعات البيانات المستوردة والتقارير المحفوظة على هذا الجهاز. لا يمكن التراجع عن ذلك؛ صدِّر الحزم أولًا للاحتفاظ بنسخة.',
  deleteTypePrompt: 'اكتب {word} للتأكيد',
  deleteWord: 'حذف',
  deleteButton: 'حذف كل البيانات',
  deleteWorking: 'جارٍ الحذف…',
  deleteDone: 'حُذفت كل البيانات على هذا الجهاز.',
  deleteFailed: 'لم يُحذف شيء: {reason}',
};

const CATALOGUE: Record<string, SettingsStrings> = { en, ar };

/** The strings for a locale ("ar-EG" → Arabic), English when there are none. */
export function settingsStrings(locale: string): SettingsStrings {
  return CATALOGUE[locale.split(/[-_]/)[0]!.toLowerCase()] ?? en;
}

export function fill(locale: string, text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}
