// The pages need the database: where the browser gives none (private browsing, site data
// blocked) or an older tab holds it back from its upgrade, one alert says why instead of
// a page that waits without a word.
import { createResource, type JSX, Show } from 'solid-js';
import { appStore } from '../state/db';
import { errorText } from './errors';

export function StorageGate(props: { children: JSX.Element }) {
  const [failure] = createResource(() =>
    appStore().then(
      () => null,
      (e: unknown) => ({ error: e }),
    ),
  );
  return (
    <Show when={failure()} fallback={props.children}>
      {(f) => (
        <section class="panel error-panel" role="alert" data-testid="storage-closed">
          <p>{errorText(f().error)}</p>
        </section>
      )}
    </Show>
  );
}
