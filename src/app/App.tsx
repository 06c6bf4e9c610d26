// The app shell: header with the language switch, the contract list or one contract by
// route, the live region for announcements and the notices.
import { createEffect, createMemo, Match, on, Switch } from 'solid-js';
import { ContractPage } from './contracts/ContractPage';
import { ContractsPage } from './contracts/ContractsPage';
import { importing } from './import/queue';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { Header } from './shell/Header';
import { LiveRegion } from './shell/LiveRegion';
import { SharedPolicy } from './shell/SharedPolicy';
import { StorageGate } from './shell/StorageGate';
import { StoragePage } from './shell/StoragePage';
import { Toasts } from './shell/Toasts';
import { ZoneList } from './shell/ZoneList';
import { dir, locale, t } from './state/locale';
import { route } from './state/route';

export function App() {
  let main!: HTMLElement;
  // A new screen (not a tab switch) moves focus to its content, as a page load would.
  const screen = createMemo(() => {
    const r = route();
    return r.page === 'contract' ? `contract:${r.id}` : r.page;
  });
  createEffect(on(screen, () => queueMicrotask(() => main.focus()), { defer: true }));
  return (
    <div class="app" lang={locale()} dir={dir()}>
      <button type="button" class="skip-link" onClick={() => main.focus()}>
        {t('appSkip')}
      </button>
      <Header />
      {/* Under the header: a waiting update is a bar in the page's flow, over nothing. */}
      <UpdatePrompt
        labels={{
          offlineReady: t('appOfflineReady'),
          updateAvailable: t('appUpdateAvailable'),
          reload: t('appReload'),
          reloadWaits: t('appReloadWaits'),
          dismiss: t('appDismiss'),
        }}
        importing={importing()}
      />
      <main id="main" ref={main} tabindex="-1">
        <StorageGate>
          <SharedPolicy />
          <Switch>
            <Match when={route().page === 'list'}>
              <ContractsPage />
            </Match>
            <Match when={route().page === 'storage'}>
              <StoragePage />
            </Match>
            <Match
              when={(() => {
                const r = route();
                return r.page === 'contract' ? r : null;
              })()}
            >
              {(r) => <ContractPage id={r().id} tab={r().tab} />}
            </Match>
          </Switch>
        </StorageGate>
      </main>
      <LiveRegion />
      <Toasts />
      <ZoneList />
    </div>
  );
}
