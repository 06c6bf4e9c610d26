// The app's storage screen: persistence, space used, and deleting everything (the
// settings module's panel), after which the import queue is cleared and the list shown,
// saying the data was deleted.

import { clearQueue } from '../import/queue';
import { StorageSettings } from '../settings/StorageSettings';
import { settingsStrings } from '../settings/strings';
import { appStore } from '../state/db';
import { locale, t } from '../state/locale';
import { navigate } from '../state/route';
import { showToast } from './toasts';

export function StoragePage() {
  return (
    <section aria-labelledby="storage-h">
      <h1 id="storage-h">{t('appStorage')}</h1>
      <StorageSettings
        locale={locale()}
        deleteAllData={async () => (await appStore()).deleteAllData()}
        onDeleted={() => {
          clearQueue();
          navigate({ page: 'list' });
          // The panel's own status goes with the page: the list says it instead.
          showToast({ text: settingsStrings(locale()).deleteDone });
        }}
      />
    </section>
  );
}
