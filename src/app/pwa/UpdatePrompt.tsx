/// <reference types="vite-plugin-pwa/solid" />
// Registers the service worker and offers "update available — reload" when a new build
// is waiting, and says once when the app is ready to work offline.

import { useRegisterSW } from 'virtual:pwa-register/solid';
import { createEffect, createSignal, onCleanup, onMount, Show } from 'solid-js';
import { takeFallenFocus } from '../shell/fallen-focus';

/** How long the offline-ready note stays before it goes by itself. */
const OFFLINE_NOTE_MS = 8000;

export function UpdatePrompt(props: {
  labels: {
    offlineReady: string;
    updateAvailable: string;
    reload: string;
    reloadWaits: string;
    dismiss: string;
  };
  /** A file is being imported, or waits its turn: a reload would end it with nothing stored. */
  importing: boolean;
}) {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  // Another tab took the new version (its Reload): this page's code is the old one, whose
  // lazy parts the new version no longer keeps. There is no update left to wait for; a
  // reload loads the new version.
  const [replaced, setReplaced] = createSignal(false);
  onMount(() => {
    const sw = globalThis.navigator?.serviceWorker;
    if (!sw) return;
    const hadController = sw.controller !== null;
    const changed = () => {
      if (!hadController) return;
      setReplaced(true);
      setNeedRefresh(true);
    };
    sw.addEventListener('controllerchange', changed);
    onCleanup(() => sw.removeEventListener('controllerchange', changed));
  });
  // Reload pressed while a file imports: the update waits for the import to end.
  const [waiting, setWaiting] = createSignal(false);
  createEffect(() => {
    if (!waiting() || props.importing) return;
    if (replaced()) globalThis.location.reload();
    else void updateServiceWorker(true);
  });
  const close = () => {
    setWaiting(false);
    setNeedRefresh(false);
    setOfflineReady(false);
    // Dismiss goes with the note: the focus goes on to the page rather than to its body.
    const main = document.getElementById('main');
    if (main) takeFallenFocus(main);
  };
  let box: HTMLDivElement | undefined;
  // "Ready to work offline" asks for nothing: it lies in the screen's bottom corner, clear of
  // the header's Storage link and language choice, and goes by itself after a while (it
  // stays while the focus is in it). An update waiting stays until it is acted on, so
  // it is a bar in the page's flow under the header instead: it pushes the page down and
  // lies over nothing.
  createEffect(() => {
    if (!offlineReady() || needRefresh()) return;
    const timer = setTimeout(() => {
      if (!box?.contains(document.activeElement)) setOfflineReady(false);
    }, OFFLINE_NOTE_MS);
    onCleanup(() => clearTimeout(timer));
  });
  return (
    <Show when={needRefresh() || offlineReady()}>
      <div
        class="update-prompt"
        role="status"
        aria-live="polite"
        ref={box}
        data-update={needRefresh() ? '' : undefined}
      >
        <span>
          {!needRefresh()
            ? props.labels.offlineReady
            : waiting()
              ? props.labels.reloadWaits
              : props.labels.updateAvailable}
        </span>
        <Show when={needRefresh()}>
          {/* Kept while it waits, so that the focus stays on it. */}
          <button
            type="button"
            aria-disabled={waiting() ? 'true' : undefined}
            onClick={() => setWaiting(true)}
          >
            {props.labels.reload}
          </button>
        </Show>
        <button type="button" onClick={close}>
          {props.labels.dismiss}
        </button>
      </div>
    </Show>
  );
}
