// The storage panel: whether the browser keeps this app's data persistently (and asking
// again), how much space it uses of its quota, and deleting all data after a typed word.
import { createResource, createSignal, Show } from 'solid-js';
import { requestPersistence as requestBrowserPersistence } from '../../storage';
import { errorText } from '../shell/errors';
import {
  browserStorage,
  formatBytes,
  type StorageManagerLike,
  storageInfo,
  usagePercent,
} from './storage-info';
import { fill, settingsStrings } from './strings';

export interface StorageSettingsProps {
  locale: string;
  /** Deletes the database: `store.deleteAllData()` (the storage module's). */
  deleteAllData: () => Promise<void>;
  /** After a successful delete: reset the app's state, go to the contract list. */
  onDeleted?: () => void;
  /** Defaults to the storage module's `requestPersistence`. */
  requestPersistence?: () => Promise<'granted' | 'denied' | 'unsupported'>;
  /** Defaults to `navigator.storage` (tests hand in their own). */
  storage?: StorageManagerLike;
}

type Persistence = 'granted' | 'denied' | 'unsupported';

export function StorageSettings(props: StorageSettingsProps) {
  const s = () => settingsStrings(props.locale);
  const id = `storage-${Math.random().toString(36).slice(2, 8)}`;
  const [info, { refetch }] = createResource(() => storageInfo(props.storage ?? browserStorage()));
  const [asked, setAsked] = createSignal<Persistence | null>(null);
  const [typed, setTyped] = createSignal('');
  const [deleting, setDeleting] = createSignal(false);
  const [deleteStatus, setDeleteStatus] = createSignal('');
  const [deleteError, setDeleteError] = createSignal('');

  const persistence = (): Persistence | null => {
    const i = info();
    if (!i) return null;
    if (i.persisted === null) return 'unsupported';
    return i.persisted ? 'granted' : 'denied';
  };
  const confirmed = () => typed().trim().toLocaleUpperCase() === s().deleteWord.toLocaleUpperCase();

  async function ask() {
    const result = await (props.requestPersistence ?? requestBrowserPersistence)().catch(
      (): Persistence => 'unsupported',
    );
    setAsked(result);
    await refetch();
  }

  async function deleteAll(e: SubmitEvent) {
    e.preventDefault();
    if (!confirmed() || deleting()) return;
    setDeleting(true);
    setDeleteError('');
    setDeleteStatus(s().deleteWorking);
    try {
      await props.deleteAllData();
      setTyped('');
      setDeleteStatus(s().deleteDone);
      await refetch();
      props.onDeleted?.();
    } catch (err) {
      setDeleteStatus('');
      setDeleteError(fill(props.locale, s().deleteFailed, { reason: errorText(err) }));
    } finally {
      setDeleting(false);
    }
  }

  const usage = () => {
    const i = info();
    if (!i) return s().usageChecking;
    if (i.usageBytes === null || i.quotaBytes === null) return s().usageUnknown;
    const percent = usagePercent(i.usageBytes, i.quotaBytes);
    // Some data kept is not "0 %": below the figure's last decimal it is said as such.
    const tiny = percent === 0 && i.usageBytes > 0;
    return fill(props.locale, tiny ? s().usageValueTiny : s().usageValue, {
      used: formatBytes(i.usageBytes, props.locale),
      quota: formatBytes(i.quotaBytes, props.locale),
      percent: tiny ? 0.1 : percent,
    });
  };

  return (
    <section class="panel storage-settings" aria-labelledby={`${id}-h`} data-testid="storage-settings">
      <h2 id={`${id}-h`}>{s().title}</h2>
      <p class="muted">{s().intro}</p>

      <h3>{s().persistTitle}</h3>
      <p data-testid="persistence" data-state={persistence() ?? 'checking'}>
        {persistence() === 'granted'
          ? s().persistOn
          : persistence() === 'denied'
            ? s().persistOff
            : persistence() === 'unsupported'
              ? s().persistUnsupported
              : s().usageChecking}
      </p>
      <Show when={persistence() === 'denied'}>
        <button type="button" onClick={() => void ask()}>
          {s().persistAsk}
        </button>
      </Show>
      <p class="small" role="status">
        {asked() === 'granted' ? s().persistGranted : asked() === 'denied' ? s().persistDenied : ''}
      </p>

      <h3>{s().usageTitle}</h3>
      <p data-testid="usage">{usage()}</p>

      <h3>{s().deleteTitle}</h3>
      <p>{s().deleteText}</p>
      <form onSubmit={deleteAll}>
        <label for={`${id}-confirm`}>
          {fill(props.locale, s().deleteTypePrompt, { word: s().deleteWord })}
        </label>
        <input
          id={`${id}-confirm`}
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={typed()}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <div class="button-row">
          <button type="submit" class="danger" disabled={!confirmed() || deleting()}>
            {s().deleteButton}
          </button>
        </div>
        <p class="small" role="status">
          {deleteStatus()}
        </p>
        <Show when={deleteError()}>
          <p class="error" role="alert">
            {deleteError()}
          </p>
        </Show>
      </form>
    </section>
  );
}
