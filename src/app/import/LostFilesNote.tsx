// Says, after a reload, which files of this contract were still waiting or importing and
// so were not stored: the user has to add them again.
import { Show } from 'solid-js';
import { t } from '../state/locale';
import { forgetLostFiles, lostFilesOf } from './lost-files';

export function LostFilesNote(props: { contractId: number }) {
  const names = () => lostFilesOf(props.contractId);
  return (
    <Show when={names().length > 0}>
      <div class="import-status lost-files" role="status" data-testid="lost-files">
        <span>{t('impLostOnReload', { n: names().length, files: names().join(', ') })}</span>{' '}
        <button type="button" class="small" onClick={() => forgetLostFiles(props.contractId)}>
          {t('impLostDismiss')}
        </button>
      </div>
    </Show>
  );
}
