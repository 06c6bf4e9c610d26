// What the browser says about this app's storage: whether it is persistent, and how much
// is used of the quota, read through `navigator.storage` (absent in some browsers).

export interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

export interface StorageInfo {
  /** null where the browser cannot tell. */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

export const browserStorage = (): StorageManagerLike | undefined =>
  (globalThis.navigator as { storage?: StorageManagerLike } | undefined)?.storage;

export async function storageInfo(
  storage: StorageManagerLike | undefined = browserStorage(),
): Promise<StorageInfo> {
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : null,
    storage?.estimate ? storage.estimate().catch(() => null) : null,
  ]);
  return {
    persisted,
    usageBytes: typeof estimate?.usage === 'number' ? estimate.usage : null,
    quotaBytes: typeof estimate?.quota === 'number' && estimate.quota > 0 ? estimate.quota : null,
  };
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** Bytes in the largest unit that keeps the number at least 1 ("1.4 MB", in the locale's digits). */
export function formatBytes(bytes: number, locale: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

/** Usage as a percentage of quota, one decimal below 10 %. */
export function usagePercent(usage: number, quota: number): number {
  const percent = (usage / quota) * 100;
  return percent < 10 ? Math.round(percent * 10) / 10 : Math.round(percent);
}
