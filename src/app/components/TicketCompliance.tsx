// Support-ticket compliance per severity on the dashboard, with every ticket's elapsed
// time, target and margin on demand: the Tickets tab's tables, without the policy's targets.
import { Show } from 'solid-js';
import type { SlaReport } from '../../engine/report';
import { SeverityTable } from '../tickets/SeverityTable';
import { TicketTable } from '../tickets/TicketTable';
import { useEnv } from './context';

export function TicketCompliance(props: { report: SlaReport }) {
  const { t, uid } = useEnv();
  const id = `${uid}-tickets`;
  const count = () => props.report.tickets.length + props.report.resolutions.length;
  return (
    <section class="card" aria-labelledby={id}>
      <h3 id={id}>{t('ticketsTitle')}</h3>
      <Show when={props.report.ticketCompliance.length} fallback={<p>{t('noTickets')}</p>}>
        <SeverityTable rows={props.report.ticketCompliance} />
        <details>
          <summary>{t('ticketDetails', { n: count() })}</summary>
          <TicketTable label={t('kindResponse')} tickets={props.report.tickets} />
          <Show when={props.report.resolutions.length}>
            <TicketTable label={t('kindResolution')} tickets={props.report.resolutions} />
          </Show>
        </details>
      </Show>
    </section>
  );
}
