// The pages need the database: where the browser gives none (private browsing, site data
// blocked) or an older tab holds it back from its upgrade, one alert says why instead of
// a page that waits without a word.
import { createResource, type JSX, lazy, Show } from 'solid-js';
import { appStore } from '../state/db';

const StorageClosed = lazy(() => import('./StorageClosed'));

export function StorageGate(props: { children: JSX.Element }) {
  const [failure] = createResource(() =>
    appStore().then(
      () => null,
      (e: unknown) => ({ error: e }),
    ),
  );
  return (
    <Show when={failure()} fallback={props.children}>
      {(f) => <StorageClosed error={f().error} />}
    </Show>
  );
}
