// The stack of notices at the bottom of the screen, each with its action and a close button.
import { For, Show } from 'solid-js';
import { t } from '../state/locale';
import { dismissToast, pauseToast, resumeToast, toasts } from './toasts';

export function Toasts() {
  return (
    <div class="toasts">
      <For each={toasts()}>
        {(toast) => {
          let focused = false;
          let hovered = false;
          const settle = () => (focused || hovered ? pauseToast(toast.id) : resumeToast(toast.id));
          return (
            <div
              class="toast"
              data-testid="toast"
              onFocusIn={() => {
                focused = true;
                settle();
              }}
              onFocusOut={(e) => {
                focused = e.currentTarget.contains(e.relatedTarget as Node | null);
                settle();
              }}
              onPointerEnter={() => {
                hovered = true;
                settle();
              }}
              onPointerLeave={() => {
                hovered = false;
                settle();
              }}
            >
              <span>{toast.text}</span>
              <Show when={toast.action}>
                {(a) => (
                  <button
                    type="button"
                    class="primary"
                    ref={(el) => {
                      if (toast.focusAction) queueMicrotask(() => el.focus());
                    }}
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
          );
        }}
      </For>
    </div>
  );
}
