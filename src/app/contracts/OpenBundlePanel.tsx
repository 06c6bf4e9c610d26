// Opening a contract bundle exported from this or another device (the share module's
// reader, wired to the import worker); the imported contract opens at once.
import { OpenBundle } from '../share/OpenBundle';
import { announce } from '../shell/announce';
import { locale, t } from '../state/locale';
import { navigate } from '../state/route';
import { importBridge } from '../worker-bridge';

export function OpenBundlePanel() {
  return (
    <section class="panel" aria-labelledby="open-bundle-h">
      <h2 id="open-bundle-h">{t('conOpenBundleTitle')}</h2>
      <OpenBundle
        locale={locale()}
        openBundle={(file, onConflict) => importBridge.openBundle(file, onConflict)}
        onImported={(id, name) => {
          announce(t('conBundleOpened', { name }));
          navigate({ page: 'contract', id, tab: 'dashboard' });
        }}
      />
    </section>
  );
}
