// The stack of notices at the bottom of the screen, each with its action and a close button.
import { For, Show } from 'solid-js';
import { t } from '../state/locale';
import { dismissToast, toasts } from './toasts';

export function Toasts() {
  return (
    <div class="toasts">
      <For each={toasts()}>
        {(toast) => (
          <div class="toast">
            <span>{toast.text}</span>
            <Show when={toast.action}>
              {(a) => (
                <button
                  type="button"
                  class="primary"
                  onClick={() => {
                    dismissToast(toast.id);
                    a().run();
                  }}
                >
                  {a().label}
                </button>
              )}
            </Show>
            <button
              type="button"
              class="icon"
              aria-label={t('appClose')}
              onClick={() => {
                dismissToast(toast.id);
                toast.expire?.();
              }}
            >
              ×
            </button>
          </div>
        )}
      </For>
    </div>
  );
}
