// Urges a bundle backup while the browser has not granted persistent storage: without it
// the browser may delete every stored contract when the device runs short of space.
import { createResource, Show } from 'solid-js';
import { storageInfo } from '../settings/storage-info';
import { t } from '../state/locale';

export function BackupReminder() {
  const [info] = createResource(() => storageInfo());
  return (
    <Show when={info() && info()!.persisted !== true}>
      <aside
        class="panel backup-reminder"
        role="note"
        aria-labelledby="backup-h"
        data-testid="backup-reminder"
      >
        <h2 id="backup-h">{t('conBackupTitle')}</h2>
        <p>{t('conBackupText')}</p>
      </aside>
    </Show>
  );
}
