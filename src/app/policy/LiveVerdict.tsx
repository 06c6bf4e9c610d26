// The verdict per period beside the policy editor, so the effect of every change shows
// at once without leaving the page.
import { For, Show } from 'solid-js';
import { formatCredit, formatPeriodLabel, formatUptime } from '../format';
import { locale, t } from '../state/locale';
import { shownEvaluation } from '../state/report-of';
import type { ContractSession } from '../state/session';

export function LiveVerdict(props: { session: ContractSession }) {
  const evaluation = () => shownEvaluation(props.session.evaluation())?.evaluation;
  return (
    <Show when={evaluation()}>
      {(r) => (
        <section
          class="panel live-verdict"
          aria-labelledby="verdict-h"
          aria-busy={props.session.evaluation().status === 'running'}
        >
          <h2 id="verdict-h">{t('polVerdictTitle')}</h2>
          <ul class="verdicts" data-testid="live-verdict">
            <For each={r().periods}>
              {(p) => (
                <li data-period={p.label} data-met={String(p.met)}>
                  <strong>{formatPeriodLabel(p.label, locale())}</strong>{' '}
                  {formatUptime(p.uptimePercent, r().contract.target, locale(), r().contract.roundDecimals)}{' '}
                  <span class={p.met === false ? 'bad' : p.met ? 'good' : 'muted'}>
                    {p.met === null ? '—' : p.met ? `✓ ${t('wiMet')}` : `✗ ${t('wiMissed')}`}
                  </span>{' '}
                  · {formatCredit(p.credit, locale())}
                </li>
              )}
            </For>
          </ul>
        </section>
      )}
    </Show>
  );
}
