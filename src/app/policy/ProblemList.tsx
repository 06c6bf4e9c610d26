// parsePolicy's problems as people read them: each under the names of the field it is
// about, as the form labels them ("Credit › Band 1 › Below"), with a way to that field.
// The reason is said in the interface language where it has words for it (problem-text.ts).
import { For, Show } from 'solid-js';
import { type FormCtx, fieldId } from './form';
import { parsePath } from './paths';
import { reasonOf } from './reason';
import { t, wordsOf } from './words';

/** The form's label of each step of a path, numbered list items named where they can be. */
function trail(ctx: FormCtx, path: string): string {
  const keys = parsePath(path);
  return keys.map((_, i) => wordsOf(ctx, keys.slice(0, i + 1)).label).join(' › ');
}

export function ProblemList(props: { ctx: FormCtx }) {
  const entries = () => [...props.ctx.byPath().entries()];
  // The field itself, or the nearest group the form shows it in.
  const go = (path: string) => {
    const keys = parsePath(path);
    for (let n = keys.length; n > 0; n--) {
      const el = document.getElementById(fieldId(keys.slice(0, n)));
      if (!el) continue;
      el.scrollIntoView({ block: 'center' });
      const control = el.matches('input, select, textarea, button')
        ? el
        : el.querySelector<HTMLElement>('input, select, textarea, button');
      control?.focus();
      return;
    }
  };
  return (
    <ul class="problem-list">
      <For each={entries()}>
        {([path, messages]) => (
          <li data-problem-path={path}>
            <Show when={path !== '(policy)'} fallback={<strong>{t('polProblemWhole')}</strong>}>
              <button type="button" class="linklike" onClick={() => go(path)} title={t('polProblemGo')}>
                <strong>{trail(props.ctx, path)}</strong>
              </button>
            </Show>
            <For each={messages}>{(m) => <> {reasonOf(m)}</>}</For>
          </li>
        )}
      </For>
    </ul>
  );
}
