// The policy read back in sentences beside the form, so the user can check each one
// against the contract; it follows every valid change at once.
import { createMemo, For, Show } from 'solid-js';
import type { Policy } from '../../engine/policy';
import { locale } from '../state/locale';
import { policySentences } from './summary';
import { t } from './words';

export function PolicySummary(props: { policy: Policy | null }) {
  const sentences = createMemo(() => (props.policy ? policySentences(props.policy, locale()) : []));
  return (
    <Show when={sentences().length > 0}>
      <section class="panel policy-summary" aria-labelledby="summary-h">
        <h2 id="summary-h">{t('polSummaryTitle')}</h2>
        <p class="muted small">{t('polSummaryText')}</p>
        <ul data-testid="policy-summary">
          <For each={sentences()}>{(s) => <li>{s}</li>}</For>
        </ul>
      </section>
    </Show>
  );
}
