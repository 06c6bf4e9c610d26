// Opening a contract bundle exported from this or another device (the share module's
// reader, wired to the store); the imported contract opens at once.
import { importContractBundle } from '../../storage';
import { OpenBundle } from '../share/OpenBundle';
import { announce } from '../shell/announce';
import { appStore } from '../state/db';
import { locale, t } from '../state/locale';
import { navigate } from '../state/route';

export function OpenBundlePanel() {
  return (
    <section class="panel" aria-labelledby="open-bundle-h">
      <h2 id="open-bundle-h">{t('conOpenBundleTitle')}</h2>
      <OpenBundle
        locale={locale()}
        importBundle={async (bundle, onConflict) =>
          importContractBundle(await appStore(), bundle, onConflict ? { onConflict } : {})
        }
        onImported={(id, name) => {
          announce(t('conBundleOpened', { name }));
          navigate({ page: 'contract', id, tab: 'dashboard' });
        }}
      />
    </section>
  );
}
