// The interface language (English or Arabic), remembered on this device; sets the page's
// lang and dir so the whole layout mirrors for right-to-left.
import { createEffect, createRoot, createSignal } from 'solid-js';
import { dirOf, hasCatalogue, loadCatalogue, type MessageKey, type Params, translate } from '../i18n';

export const LOCALES = [
  { id: 'en', label: 'English' },
  { id: 'ar', label: 'العربية' },
] as const;

const KEY = 'sla-witness-locale';

function initialLocale(): string {
  const url = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
  const saved = url ?? globalThis.localStorage?.getItem(KEY);
  if (saved && LOCALES.some((l) => l.id === saved)) return saved;
  return globalThis.navigator?.language?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

const [locale, setLocaleSignal] = createSignal(initialLocale());

export { locale };

/**
 * An address that names a language (`?lang=`) would bring it back on each reload, over the
 * one chosen since: the choice replaces it there. An address without one is left alone.
 */
function keepInAddress(id: string): void {
  const loc = globalThis.location;
  if (!loc || !globalThis.history) return;
  const url = new URL(loc.href);
  if (!url.searchParams.has('lang') || url.searchParams.get('lang') === id) return;
  url.searchParams.set('lang', id);
  globalThis.history.replaceState(globalThis.history.state, '', url);
}

/** Switches the interface language once its words are loaded (at once when they are). */
export function setLocale(id: string): Promise<void> {
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // Private mode: the choice lasts for this visit only.
  }
  keepInAddress(id);
  if (hasCatalogue(id)) {
    setLocaleSignal(id);
    return Promise.resolve();
  }
  return loadCatalogue(id).then(() => {
    setLocaleSignal(id);
  });
}

/** The words of the language the page opens in, before its first render. */
export const localeReady = (): Promise<void> => loadCatalogue(locale());

export const dir = () => dirOf(locale());

/** Translates in the current interface language (reactive). */
export function t(key: MessageKey, params?: Params): string {
  return translate(locale(), key, params);
}

createRoot(() =>
  createEffect(() => {
    if (typeof document === 'undefined') return;
    document.documentElement.lang = locale();
    document.documentElement.dir = dir();
  }),
);
