// The conditions a contract sets that only the customer can answer ("paid all outstanding
// invoices", "opened a support ticket first"), as a checklist in the claims panel: each
// answered Yes, No or left open. An answer is saved into the contract's policy and the
// report is evaluated again; an open condition is shown as open, never assumed.
import { createSignal, For, Show } from 'solid-js';
import type { Evaluation } from '../../engine/model';
import type { Policy } from '../../engine/policy';
import { useEnv } from '../components/context';
import { customerConditions, withAnswer } from './answers';
import { termsText } from './text';
import './terms.css';
import { errorText } from '../shell/errors';
import { claimFocus, promiseFocus } from '../shell/fallen-focus';

const CHOICES = [
  { value: 'yes', answer: true, key: 'condYes' },
  { value: 'no', answer: false, key: 'condNo' },
  { value: 'open', answer: null, key: 'condOpen' },
] as const;

const choiceOf = (answer: boolean | null) => (answer === null ? 'open' : answer ? 'yes' : 'no');

const focusKey = (id: string, choice: string) => `condition:${id}:${choice}`;

export function ConditionChecklist(props: {
  evaluation: Evaluation;
  /** The contract's policy as written; without it the answers are shown, not asked. */
  policy?: Policy | null;
  onPolicy?: (policy: Policy) => Promise<void> | void;
}) {
  const env = useEnv();
  const tt = termsText(env.locale);
  const conditions = () =>
    customerConditions([
      ...props.evaluation.periods.flatMap((p) => p.credit.checks),
      ...(props.evaluation.scopes ?? []).flatMap((s) => s.periods.flatMap((p) => p.credit.checks)),
    ]);
  const [error, setError] = createSignal('');
  const answer = async (id: string, value: boolean | null) => {
    const next = props.policy ? withAnswer(props.policy, id, value) : null;
    if (!next || !props.onPolicy) return;
    setError('');
    // The answer is evaluated again, and the list drawn anew with it: the choice made in the
    // new list takes the focus that fell to the page with the old one.
    promiseFocus(
      focusKey(id, choiceOf(value)),
      (target) => target.matches?.('[data-condition-choice]') ?? false,
    );
    try {
      await props.onPolicy(next);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const editable = (id: string) =>
    !!props.onPolicy && !!props.policy?.eligibility.conditions?.some((c) => c.id === id);
  return (
    <Show when={conditions().length}>
      <div class="conditions" data-testid="conditions">
        <h4>{tt('condTitle')}</h4>
        <p class="muted small">{tt('condIntro')}</p>
        <ul class="condition-list">
          <For each={conditions()}>
            {(c, i) => (
              <li data-condition={c.id} data-answer={choiceOf(c.answer)}>
                <fieldset disabled={!editable(c.id)}>
                  <legend dir="auto">{c.text}</legend>
                  <div class="condition-choices">
                    <For each={CHOICES}>
                      {(choice) => (
                        <label>
                          <input
                            type="radio"
                            name={`${env.uid}-condition-${i()}`}
                            value={choice.value}
                            checked={choiceOf(c.answer) === choice.value}
                            data-condition-choice
                            ref={(el) => claimFocus(el, focusKey(c.id, choice.value))}
                            onChange={() => void answer(c.id, choice.answer)}
                          />{' '}
                          {tt(choice.key)}
                        </label>
                      )}
                    </For>
                  </div>
                  <p
                    class={`small condition-state ${c.answer === null ? 'warn' : c.answer ? 'good' : 'bad'}`}
                  >
                    {tt(c.answer === null ? 'condStateOpen' : c.answer ? 'condStateYes' : 'condStateNo')}
                  </p>
                  <Show when={props.onPolicy && !editable(c.id)}>
                    <p class="small muted">{tt('condReadOnly')}</p>
                  </Show>
                </fieldset>
              </li>
            )}
          </For>
        </ul>
        <p class="error" role="alert">
          {error()}
        </p>
      </div>
    </Show>
  );
}
