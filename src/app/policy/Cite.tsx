// A field's clause and note beside it, the problems parsePolicy found in it, and where the
// clause is written: the words the field encodes, quoted from the contract.
import { For, Show } from 'solid-js';
import { presetNote } from '../i18n';
import { locale } from '../state/locale';
import type { FormCtx } from './form';
import { type Path, pathText, shapeOf } from './paths';
import { reasonOf } from './reason';
import { t } from './words';

/** Fields a clause is quoted for: each whole term, and each cause an exclusion names. */
const CITABLE = /^((?!name$|source$|id$)[A-Za-z]+|exclusions\.(kinds|windows)|exclusions\.kinds\.[a-z-]+)$/;

export function Beside(props: { ctx: FormCtx; path: Path; id: string }) {
  const key = () => pathText(props.path);
  const clause = () => props.ctx.citations()[key()];
  const note = () => props.ctx.noteOf(props.path);
  const problems = () => props.ctx.byPath().get(key()) ?? [];
  const citable = () => CITABLE.test(shapeOf(props.path)) || clause() !== undefined;
  return (
    <>
      <Show when={problems().length > 0}>
        <ul class="field-errors" id={`${props.id}-err`}>
          <For each={problems()}>{(p) => <li>{reasonOf(p)}</li>}</For>
        </ul>
        <Show when={problems().includes('unknown field')}>
          <button type="button" class="small" onClick={() => props.ctx.change(props.path, undefined)}>
            {t('polRemoveField')}
            <span class="visually-hidden"> {key()}</span>
          </button>
        </Show>
      </Show>
      <Show when={note()}>{(n) => <p class="field-note">{n()}</p>}</Show>
      <Show when={clause() && props.ctx.isClauseChanged(key())}>
        <p class="field-note" id={`${props.id}-changed`} data-clause-changed>
          {t('polClauseChanged')}
        </p>
      </Show>
      <Show when={clause()}>
        {(c) => (
          <blockquote class="clause" dir="auto">
            <bdi class="visually-hidden">{t('polClause')}: </bdi>
            {/* A preset's own notes around the contract's words, in the page's language; the box below edits the text as stored. */}
            {presetNote(locale(), c())}
          </blockquote>
        )}
      </Show>
      <Show when={citable()}>
        <details class="clause-edit">
          <summary>{clause() ? t('polClauseEdit') : t('polClauseAdd')}</summary>
          <label>
            <span class="visually-hidden">{t('polClauseLabel')}</span>
            <textarea
              rows={3}
              dir="auto"
              value={clause() ?? ''}
              placeholder={t('polClausePlaceholder')}
              onChange={(e) => {
                const text = e.currentTarget.value.trim();
                props.ctx.change(['citations', key()], text === '' ? undefined : text);
              }}
            />
          </label>
        </details>
      </Show>
    </>
  );
}
