// The remedies a contract owes besides money (a root-cause report, a service review) for
// each period that missed its target, in the claims panel.
import { For, Show } from 'solid-js';
import { creditOwed } from '../../engine/credits';
import type { Evaluation } from '../../engine/model';
import { useEnv } from '../components/context';
import { termsText } from './text';
import './terms.css';

export function RemediesOwed(props: { evaluation: Evaluation }) {
  const env = useEnv();
  const tt = termsText(env.locale);
  // "Besides credits" only where a period that owes a remedy owes a credit too.
  const besidesCredit = () => {
    const remedied = new Set(props.evaluation.remedies?.map((r) => r.period));
    return props.evaluation.periods.some((p) => remedied.has(p.label) && creditOwed(p.credit));
  };
  return (
    <Show when={props.evaluation.remedies?.length}>
      <div class="remedies" data-testid="remedies">
        <h4>{tt(besidesCredit() ? 'remTitle' : 'remTitleOnly')}</h4>
        <p class="muted small">{tt('remIntro')}</p>
        <ul class="remedy-list">
          <For each={props.evaluation.remedies}>
            {(r) => (
              <li data-remedy={r.remedy} data-period={r.period}>
                <strong>{env.fmt.period(r.period)}</strong> <span dir="auto">{r.description}</span>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
