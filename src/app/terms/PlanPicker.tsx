// Which of the policy's plans the contract is on (Team or Enterprise, "Mission Critical"):
// choosing one saves it into the contract's policy, whose plan row then sets the target,
// credits, claim window, calendar and response times, and the report is evaluated again.
import { createSignal, For, Show } from 'solid-js';
import type { Policy } from '../../engine/policy';
import { useEnv } from '../components/context';
import { withPlan } from './answers';
import { termsText } from './text';
import './terms.css';
import { errorText } from '../shell/errors';

export function PlanPicker(props: { policy: Policy; onPolicy: (policy: Policy) => Promise<void> | void }) {
  const env = useEnv();
  const tt = termsText(env.locale);
  const [error, setError] = createSignal('');
  const choose = async (value: string) => {
    const next = withPlan(props.policy, value === '' ? null : value);
    if (!next) return;
    setError('');
    try {
      await props.onPolicy(next);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Show when={props.policy.plans?.length}>
      <div class="plan-picker" data-testid="plan-picker">
        <label>
          {tt('planLabel')}{' '}
          <select
            value={props.policy.plan ?? ''}
            aria-describedby={`${env.uid}-plan-help`}
            onChange={(e) => void choose(e.currentTarget.value)}
          >
            <option value="" selected={!props.policy.plan}>
              {tt('planNone')}
            </option>
            <For each={props.policy.plans}>
              {(p) => (
                <option value={p.id} selected={p.id === props.policy.plan}>
                  {p.name}
                </option>
              )}
            </For>
          </select>
        </label>
        <p id={`${env.uid}-plan-help`} class="small muted">
          {tt('planHelp')}
        </p>
        <p class="error" role="alert">
          {error()}
        </p>
      </div>
    </Show>
  );
}
