// The dashboard tab: the finished <Dashboard> fed by the worker's evaluation of the
// contract, re-run whenever its policy, terms or datasets change.
import { Match, Show, Switch } from 'solid-js';
import { Dashboard } from '../components/Dashboard';
import { jobFailureText } from '../import/failure';
import { showError } from '../shell/errors';
import { setTicketResolution, updateContract } from '../state/db';
import { locale, t } from '../state/locale';
import { shownEvaluation } from '../state/report-of';
import { hrefOf } from '../state/route';
import type { ContractSession } from '../state/session';

export function DashboardTab(props: { session: ContractSession }) {
  const s = props.session;
  const shown = () => shownEvaluation(s.evaluation());
  const state = () => s.evaluation();
  return (
    <Switch>
      <Match when={s.datasets().length === 0}>
        <div class="panel">
          <h2>{t('dashNoDataTitle')}</h2>
          <p>{t('dashNoDataText')}</p>
          <a class="button primary" href={hrefOf({ page: 'contract', id: s.id(), tab: 'data' })}>
            {t('conAddData')}
          </a>
        </div>
      </Match>
      <Match when={state().status === 'failed'}>
        <div class="panel error-panel" role="alert">
          <h2>{t('dashFailed')}</h2>
          <p>
            {(() => {
              const st = state();
              return st.status === 'failed' ? jobFailureText(st.error) : '';
            })()}
          </p>
        </div>
      </Match>
      <Match when={shown()}>
        {(e) => (
          <div aria-busy={state().status === 'running'}>
            <p class="muted small eval-note" data-testid="eval-note">
              <Show
                when={state().status === 'running'}
                fallback={t('dashEvaluatedIn', { ms: Math.round(e().ms) })}
              >
                {t('appUpdating')}
              </Show>
            </p>
            <Show when={e().holidaysUnavailable}>
              {(country) => (
                <p class="warn" role="note" data-testid="holidays-unavailable">
                  {t('dashHolidaysOffline', {
                    country: new Intl.DisplayNames([locale()], { type: 'region' }).of(country()) ?? country(),
                  })}
                </p>
              )}
            </Show>
            <Dashboard
              evaluation={e().evaluation}
              minutes={e().minutes}
              contract={{ id: s.id(), name: s.contract()?.name ?? '' }}
              locale={locale()}
              citations={s.clauses().citations}
              changed={s.clauses().changed}
              onSetFee={async (fee) => {
                // Rejected again after showing, so a letter waiting to print stops waiting.
                await updateContract(s.id(), { fee }).catch((error: unknown) => {
                  showError(error);
                  throw error;
                });
              }}
              fingerprinted={s.fingerprinted}
              policy={s.policy()}
              onPolicy={s.savePolicy}
              onResolveTicket={async (ticketId, resolvedAtMs) => {
                await setTicketResolution(s.id(), ticketId, resolvedAtMs).catch(showError);
              }}
            />
          </div>
        )}
      </Match>
      <Match when={true}>
        <p class="muted">{t('appEvaluating')}</p>
      </Match>
    </Switch>
  );
}
