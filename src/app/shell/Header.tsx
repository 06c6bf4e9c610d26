// The top bar: the app's name (a link home), the language switch, and a note that
// nothing leaves the device.
import { For } from 'solid-js';
import { LOCALES, locale, setLocale, t } from '../state/locale';

export function Header() {
  return (
    <header class="app-header">
      <a class="brand" href="#/">
        <span aria-hidden="true">⚖</span> SLA Witness
      </a>
      <p class="tagline muted small">{t('appTagline')}</p>
      <a class="header-link" href="#/storage">
        {t('appStorage')}
      </a>
      <label class="lang">
        <span class="visually-hidden">{t('appLanguage')}</span>
        <select value={locale()} onChange={(e) => setLocale(e.currentTarget.value)} data-testid="language">
          <For each={LOCALES}>
            {(l) => (
              <option value={l.id} lang={l.id}>
                {l.label}
              </option>
            )}
          </For>
        </select>
      </label>
    </header>
  );
}
