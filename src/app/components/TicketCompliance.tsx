// Support-ticket compliance per severity on the dashboard, with every ticket's elapsed
// time, target and margin on demand: the Tickets tab's tables, without the policy's targets.
import { Show } from 'solid-js';
import type { Evaluation } from '../../engine/model';
import { SeverityTable } from '../tickets/SeverityTable';
import { TicketTable } from '../tickets/TicketTable';
import { useEnv } from './context';

export function TicketCompliance(props: { evaluation: Evaluation }) {
  const { t, uid } = useEnv();
  const id = `${uid}-tickets`;
  const count = () => props.evaluation.tickets.length + props.evaluation.resolutions.length;
  return (
    <section class="card" aria-labelledby={id}>
      <h3 id={id}>{t('ticketsTitle')}</h3>
      <Show when={props.evaluation.ticketCompliance.length} fallback={<p>{t('noTickets')}</p>}>
        <SeverityTable rows={props.evaluation.ticketCompliance} />
        <details>
          <summary>{t('ticketDetails', { n: count() })}</summary>
          <TicketTable label={t('kindResponse')} kind="response" tickets={props.evaluation.tickets} />
          <Show when={props.evaluation.resolutions.length}>
            <TicketTable
              label={t('kindResolution')}
              kind="resolution"
              tickets={props.evaluation.resolutions}
            />
          </Show>
        </details>
      </Show>
    </section>
  );
}
