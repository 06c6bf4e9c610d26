// The policy's interpretation notes: each ambiguous clause with its question and the
// readings to choose from; choosing one (chooseReading) re-evaluates at once.
import { For, Show } from 'solid-js';
import { chooseReading, type Policy } from '../../engine/policy';
import { interpretationText } from '../i18n/preset-text';
import { locale, t } from '../state/locale';

export function Interpretations(props: { policy: Policy | null; onChoose: (next: Policy) => void }) {
  return (
    <Show when={props.policy && props.policy.interpretations.length > 0 && props.policy}>
      {(p) => (
        <section class="panel" aria-labelledby="interp-h">
          <h2 id="interp-h">{t('polInterpTitle')}</h2>
          <p class="muted">{t('polInterpText')}</p>
          <For each={p().interpretations}>
            {(it) => (
              <fieldset class="interp" data-interpretation={it.id}>
                <legend dir="auto">{interpretationText(locale(), it.question)}</legend>
                <blockquote class="clause" dir="auto">
                  <span class="visually-hidden">{t('polClause')}: </span>
                  {it.clause}
                </blockquote>
                <div class="readings">
                  <For each={it.options}>
                    {(o) => (
                      <label class="reading" classList={{ chosen: it.chosen === o.id }}>
                        <input
                          type="radio"
                          name={`interp-${it.id}`}
                          value={o.id}
                          checked={it.chosen === o.id}
                          onChange={() => props.onChoose(chooseReading(p(), it.id, o.id))}
                        />
                        <span dir="auto">{interpretationText(locale(), o.label)} </span>
                      </label>
                    )}
                  </For>
                </div>
              </fieldset>
            )}
          </For>
        </section>
      )}
    </Show>
  );
}
