// The policy's interpretation notes: each ambiguous clause with its question and the
// readings to choose from; choosing one (chooseReading) re-evaluates at once. Their words
// are edited here, notes are removed, and new ones written, all without JSON.
import { For, Index, Show } from 'solid-js';
import { chooseReading, type Interpretation, type Policy } from '../../engine/policy';
import { interpretationText } from '../i18n/preset-text';
import { locale } from '../state/locale';
import { NewInterpretation } from './NewInterpretation';
import { t } from './words';

type Edit = (change: (it: Interpretation) => void) => void;

function EditNote(props: { it: Interpretation; edit: Edit; remove: () => void }) {
  return (
    <details class="clause-edit interp-edit">
      <summary>{t('polInterpEdit')}</summary>
      <label class="stack">
        <span>{t('polInterpQuestion')}</span>
        <input
          type="text"
          dir="auto"
          value={props.it.question}
          onChange={(e) => props.edit((it) => (it.question = e.currentTarget.value.trim()))}
        />
      </label>
      <label class="stack">
        <span>{t('polInterpClause')}</span>
        <textarea
          rows={2}
          dir="auto"
          value={props.it.clause}
          onChange={(e) => props.edit((it) => (it.clause = e.currentTarget.value.trim()))}
        />
      </label>
      <Index each={props.it.options}>
        {(o, i) => (
          <label class="stack">
            <span>{t('polInterpReading', { n: i + 1 })}</span>
            <input
              type="text"
              dir="auto"
              value={o().label}
              onChange={(e) => props.edit((it) => (it.options[i]!.label = e.currentTarget.value.trim()))}
            />
          </label>
        )}
      </Index>
      <button type="button" class="small" onClick={() => props.remove()}>
        {t('polInterpRemove')}
      </button>
    </details>
  );
}

export function Interpretations(props: { policy: Policy | null; onChoose: (next: Policy) => void }) {
  const change = (p: Policy, id: string, edit: (it: Interpretation) => void) => {
    const next = structuredClone(p);
    const it = next.interpretations.find((x) => x.id === id);
    if (it) edit(it);
    props.onChoose(next);
  };
  const remove = (p: Policy, id: string) =>
    props.onChoose({ ...structuredClone(p), interpretations: p.interpretations.filter((x) => x.id !== id) });
  return (
    <Show when={props.policy}>
      {(p) => (
        <section class="panel" aria-labelledby="interp-h">
          <h2 id="interp-h">{t('polInterpTitle')}</h2>
          <p class="muted">{p().interpretations.length ? t('polInterpText') : t('polInterpNone')}</p>
          {/* By position, so editing a note's words keeps its editor open. */}
          <Index each={p().interpretations}>
            {(it) => (
              <fieldset class="interp" data-interpretation={it().id}>
                <legend dir="auto">{interpretationText(locale(), it().question)}</legend>
                <blockquote class="clause" dir="auto">
                  <bdi class="visually-hidden">{t('polClause')}: </bdi>
                  {it().clause}
                </blockquote>
                <div class="readings">
                  <For each={it().options}>
                    {(o) => (
                      <label class="reading" classList={{ chosen: it().chosen === o.id }}>
                        <input
                          type="radio"
                          name={`interp-${it().id}`}
                          value={o.id}
                          checked={it().chosen === o.id}
                          onChange={() => props.onChoose(chooseReading(p(), it().id, o.id))}
                        />
                        <span dir="auto">{interpretationText(locale(), o.label)} </span>
                      </label>
                    )}
                  </For>
                </div>
                <EditNote
                  it={it()}
                  edit={(edit) => change(p(), it().id, edit)}
                  remove={() => remove(p(), it().id)}
                />
              </fieldset>
            )}
          </Index>
          <NewInterpretation policy={p()} onAdd={props.onChoose} />
        </section>
      )}
    </Show>
  );
}
