// The customer's answer to an eligibility condition: yes, no, or not answered yet. An
// unanswered condition stays null, so the report shows it open instead of assuming it.
import { For } from 'solid-js';
import { type FormCtx, fieldId } from './form';
import { Help } from './Help';
import { getAt, type Path } from './paths';
import type { PolicyTextKey } from './text';
import { t, wordsOf } from './words';

const ANSWERS: readonly [boolean | null, PolicyTextKey][] = [
  [true, 'polAnswerYes'],
  [false, 'polAnswerNo'],
  [null, 'polAnswerOpen'],
];

export function AnswerField(props: { ctx: FormCtx; path: Path }) {
  const answer = () => (getAt(props.ctx.draft(), props.path) as boolean | null | undefined) ?? null;
  const id = () => fieldId(props.path);
  return (
    <fieldset class="field answer-field" id={id()}>
      <legend>{wordsOf(props.ctx, props.path).label}</legend>
      <Help id={id()} />
      <div class="answer-choices">
        <For each={ANSWERS}>
          {([value, key]) => (
            <label>
              <input
                type="radio"
                name={id()}
                checked={answer() === value}
                onChange={() => props.ctx.change(props.path, value)}
              />
              {t(key)}
            </label>
          )}
        </For>
      </div>
    </fieldset>
  );
}
