// One contract in the list: its current period's verdict (met, at risk, breached) and
// the downtime budget left, evaluated in the worker from its stored data.
import { Show } from 'solid-js';
import { effectivePolicy } from '../../engine/policy';
import { claimItems } from '../claims/claims';
import { formatDeadline, formatMinutes, formatPeriodLabel, formatUptime } from '../format';
import { showError } from '../shell/errors';
import { deleteWithUndo } from '../state/deletes';
import { locale, t } from '../state/locale';
import { shownEvaluation } from '../state/report-of';
import { hrefOf } from '../state/route';
import { createContractSession } from '../state/session';
import { cardStatus } from './card-status';

const STATE_KEY = {
  met: 'conStateMet',
  risk: 'conStateRisk',
  breached: 'conStateBreached',
  nodata: 'conStateNodata',
} as const;

export function ContractCard(props: { id: number }) {
  const s = createContractSession(() => props.id);
  const shown = () =>
    s.datasets().length > 0 ? (shownEvaluation(s.evaluation())?.evaluation ?? null) : null;
  const status = () => cardStatus(shown());
  // The soonest claim still open, of any period, part or month: a breach has a deadline.
  const nextClaim = () => {
    const e = shown();
    return e ? claimItems(e).find((c) => c.status === 'open' && c.claimByMs !== null) : undefined;
  };
  const headingId = `contract-${props.id}-name`;
  const target = () => {
    const p = s.policy();
    return p ? effectivePolicy(p).target : 0;
  };
  return (
    <Show when={s.contract()}>
      {(c) => (
        <article
          class="contract-card"
          aria-labelledby={headingId}
          data-testid="contract-card"
          data-contract-id={props.id}
        >
          <h3 id={headingId}>
            <a href={hrefOf({ page: 'contract', id: props.id, tab: 'dashboard' })}>{c().name}</a>
          </h3>
          <p class="muted small">
            {s.policy()?.name ?? '…'} · {s.zone()}
          </p>
          <p class={`status-chip status-${status().state}`}>
            {t(STATE_KEY[status().state])}
            <Show when={s.evaluation().status === 'running'}>
              <span class="visually-hidden"> ({t('appUpdating')})</span>
            </Show>
          </p>
          <Show
            when={status().period}
            fallback={
              <p class="muted small">{s.datasets().length === 0 ? t('conNoData') : t('appEvaluating')}</p>
            }
          >
            {(p) => (
              <dl class="facts">
                <div>
                  <dt>{t('conPeriod')}</dt>
                  <dd>{formatPeriodLabel(p().label, locale(), shown()?.contract.period)}</dd>
                </div>
                <div>
                  <dt>{t('conUptime')}</dt>
                  <dd>
                    {formatUptime(p().uptimePercent, target(), locale(), shown()?.contract.roundDecimals)}
                  </dd>
                </div>
                <Show when={nextClaim()}>
                  {(c) => (
                    <div data-testid="card-next-claim">
                      <dt>{t('conNextClaim')}</dt>
                      <dd>
                        {formatDeadline(c().claimByMs!, shown()!.contract.timezone, locale())}
                        <Show when={c().daysLeft !== null}> · {t('tileDaysLeft', { n: c().daysLeft! })}</Show>
                      </dd>
                    </div>
                  )}
                </Show>
                <div>
                  <dt>{t('conBudgetLeft')}</dt>
                  <dd class={status().left < 0 ? 'bad' : ''}>
                    {status().left < 0
                      ? t('conBudgetOver', { over: formatMinutes(-status().left, locale()) })
                      : formatMinutes(status().left, locale())}
                  </dd>
                </div>
              </dl>
            )}
          </Show>
          <div class="button-row">
            <a class="button" href={hrefOf({ page: 'contract', id: props.id, tab: 'dashboard' })}>
              {t('conOpen')}
              <span class="visually-hidden"> {c().name}</span>
            </a>
            <a class="button" href={hrefOf({ page: 'contract', id: props.id, tab: 'data' })}>
              {t('conAddData')}
              <span class="visually-hidden"> {c().name}</span>
            </a>
            <button type="button" onClick={() => deleteWithUndo(props.id, c().name, showError)}>
              {t('conDelete')}
              <span class="visually-hidden"> {c().name}</span>
            </button>
          </div>
        </article>
      )}
    </Show>
  );
}
