// The contract's Tickets tab: the session's latest report read into the tickets view, or
// what to do first when there is no report yet.
import { Match, Switch } from 'solid-js';
import { effectivePolicy } from '../../engine/policy';
import { locale, t } from '../state/locale';
import { shownEvaluation } from '../state/report-of';
import { hrefOf } from '../state/route';
import type { ContractSession } from '../state/session';
import { ReportEnv } from './ReportEnv';
import { TicketsView } from './TicketsView';

export function TicketsTab(props: { session: ContractSession }) {
  const s = props.session;
  const shown = () => shownEvaluation(s.evaluation());
  const targets = () => {
    const p = s.policy();
    return p ? effectivePolicy(p).responseTargets : [];
  };
  return (
    <Switch fallback={<p class="muted">{t('appEvaluating')}</p>}>
      <Match when={s.datasets().length === 0}>
        <div class="panel">
          <h2>{t('ticketsTitle')}</h2>
          <p>{t('tkNoneYet')}</p>
          <a class="button primary" href={hrefOf({ page: 'contract', id: s.id(), tab: 'data' })}>
            {t('conAddData')}
          </a>
        </div>
      </Match>
      <Match when={shown()}>
        {(r) => (
          <ReportEnv
            contract={r().evaluation.contract}
            locale={locale()}
            citations={s.clauses().citations}
            changed={s.clauses().changed}
          >
            <TicketsView evaluation={r().evaluation} targets={targets()} />
          </ReportEnv>
        )}
      </Match>
    </Switch>
  );
}
