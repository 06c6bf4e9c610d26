/// <reference types="vite-plugin-pwa/solid" />
// Registers the service worker and offers "update available — reload" when a new build
// is waiting, and says once when the app is ready to work offline.

import { useRegisterSW } from 'virtual:pwa-register/solid';
import { Show } from 'solid-js';

export function UpdatePrompt(props: {
  labels: { offlineReady: string; updateAvailable: string; reload: string; dismiss: string };
}) {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  const close = () => {
    setNeedRefresh(false);
    setOfflineReady(false);
  };
  return (
    <Show when={needRefresh() || offlineReady()}>
      <div class="update-prompt" role="status" aria-live="polite">
        <span>{needRefresh() ? props.labels.updateAvailable : props.labels.offlineReady}</span>
        <Show when={needRefresh()}>
          <button type="button" onClick={() => void updateServiceWorker(true)}>
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
