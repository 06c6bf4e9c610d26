// Incident-count credits per month (Kipu-style): incidents and hours per severity, the credit, and its claim deadline.
import { For, Show } from 'solid-js';
import type { IncidentMonth } from '../../engine/model';
import { citeAttrs } from './citations';
import { type DashboardEnv, useEnv } from './context';
import { Fig } from './Fig';
import { lazyPart } from './lazy-part';
import { ScrollTable } from './ScrollTable';

function statusText(m: IncidentMonth, env: DashboardEnv): string {
  if (m.claim.status === 'open') return env.t('statusOpen', { n: m.claim.daysLeft ?? 0 });
  if (m.claim.status === 'expired') return env.t('statusExpired');
  if (m.claim.status === 'automatic') return env.t('statusAutomatic');
  return env.t('none');
}

// Tickets without a resolution time are rare: their notes and form load only when there are some.
const OpenTickets = lazyPart(() => import('./OpenTickets').then((m) => m.OpenTickets));

export function IncidentCredits(props: {
  months: readonly IncidentMonth[];
  asOf: string;
  /** Records when a ticket left open was resolved (null takes it back). */
  onResolveTicket?: (ticketId: string, resolvedAtMs: number | null) => Promise<void>;
}) {
  const env = useEnv();
  const { t, fmt } = env;
  const id = `${env.uid}-incidents`;
  return (
    <Show when={props.months.length}>
      <section class="card" aria-labelledby={id}>
        <h3 id={id}>{t('incidentsTitle')}</h3>
        <ScrollTable label={t('incidentsTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('colMonth')}</th>
              <th scope="col">{t('colIncidents')}</th>
              <th scope="col" class="num" {...citeAttrs(env, 'credit')}>
                {t('colCredit')}
              </th>
              <th scope="col" {...citeAttrs(env, 'claim')}>
                {t('colClaimBy')}
              </th>
              <th scope="col">{t('colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.months}>
              {(m) => (
                <tr>
                  <th scope="row">{fmt.period(m.label)}</th>
                  <td>
                    <For each={m.levels}>
                      {(l) => (
                        <div>
                          {t('incidentLevel', {
                            severity: l.severity,
                            n: fmt.num(l.incidents),
                            hours: fmt.minutes(l.hours * 60),
                          })}
                        </div>
                      )}
                    </For>
                  </td>
                  <td class="num">
                    <Fig>{fmt.pct(m.percent)}</Fig>
                    <Show when={m.amount !== null && m.percent > 0}>
                      {' '}
                      · <Fig>{fmt.money(m.amount!, m.currency)}</Fig>
                    </Show>
                  </td>
                  <td title={m.claim.claimByMs === null ? undefined : fmt.instantOffset(m.claim.claimByMs)}>
                    {m.claim.claimByMs === null ? t('none') : fmt.deadline(m.claim.claimByMs)}
                  </td>
                  <td>{statusText(m, env)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </ScrollTable>
        <Show when={props.months.some((m) => m.incidents.some((i) => i.open || i.resolvedByHand))}>
          <OpenTickets months={props.months} asOf={props.asOf} onResolve={props.onResolveTicket} />
        </Show>
      </section>
    </Show>
  );
}
