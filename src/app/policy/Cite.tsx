// A field's clause and note beside it, and the problems parsePolicy found in it.
import { For, Show } from 'solid-js';
import { t } from '../state/locale';
import type { FormCtx } from './form';
import { type Path, pathText } from './paths';

export function Beside(props: { ctx: FormCtx; path: Path; id: string }) {
  const key = () => pathText(props.path);
  const clause = () => props.ctx.citations()[key()];
  const note = () => props.ctx.noteOf(props.path);
  const problems = () => props.ctx.byPath().get(key()) ?? [];
  return (
    <>
      <Show when={problems().length > 0}>
        <ul class="field-errors" id={`${props.id}-err`}>
          <For each={problems()}>{(p) => <li>{p}</li>}</For>
        </ul>
        <Show when={problems().includes('unknown field')}>
          <button type="button" class="small" onClick={() => props.ctx.change(props.path, undefined)}>
            {t('polRemoveField')}
            <span class="visually-hidden"> {key()}</span>
          </button>
        </Show>
      </Show>
      <Show when={note()}>{(n) => <p class="field-note">{n()}</p>}</Show>
      <Show when={clause()}>
        {(c) => (
          <blockquote class="clause" dir="auto">
            <span class="visually-hidden">{t('polClause')}: </span>
            {c()}
          </blockquote>
        )}
      </Show>
    </>
  );
}
