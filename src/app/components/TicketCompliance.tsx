// Support-ticket response and resolution compliance per severity, with every ticket's elapsed time, target and margin on demand.
import { For, Show } from 'solid-js';
import type { SlaReport, TicketReport } from '../../engine/report';
import { citeAttrs } from './citations';
import { useEnv } from './context';
import { ScrollTable } from './ScrollTable';

export function TicketCompliance(props: { report: SlaReport }) {
  const env = useEnv();
  const { t, fmt } = env;
  const id = `${env.uid}-tickets`;
  const all = () => [
    ...props.report.tickets.map((x) => ({ kind: 'response' as const, x })),
    ...props.report.resolutions.map((x) => ({ kind: 'resolution' as const, x })),
  ];
  const kindText = (k: 'response' | 'resolution') =>
    k === 'response' ? t('kindResponse') : t('kindResolution');
  const metText = (x: TicketReport) => (x.met === null ? t('pending') : x.met ? t('yes') : t('no'));
  return (
    <section class="card" aria-labelledby={id}>
      <h3 id={id}>{t('ticketsTitle')}</h3>
      <Show when={props.report.ticketCompliance.length} fallback={<p>{t('noTickets')}</p>}>
        <ScrollTable label={t('ticketsTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('colSeverity')}</th>
              <th scope="col" {...citeAttrs(env, 'responseTargets')}>
                {t('colKindTicket')}
              </th>
              <th scope="col" class="num">
                {t('colTickets')}
              </th>
              <th scope="col" class="num">
                {t('colMetCount')}
              </th>
              <th scope="col" class="num">
                {t('colMissed')}
              </th>
              <th scope="col" class="num">
                {t('colPending')}
              </th>
              <th scope="col" class="num">
                {t('colCompliance')}
              </th>
              <th scope="col" class="num">
                {t('colWorst')}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.report.ticketCompliance}>
              {(c) => (
                <tr>
                  <th scope="row">{c.severity}</th>
                  <td>{kindText(c.kind)}</td>
                  <td class="num">{fmt.num(c.tickets)}</td>
                  <td class="num">{fmt.num(c.met)}</td>
                  <td class={c.missed ? 'num bad' : 'num'}>{fmt.num(c.missed)}</td>
                  <td class="num">{fmt.num(c.pending)}</td>
                  <td class="num">
                    {c.compliancePercent === null ? t('none') : fmt.pct(c.compliancePercent, 1)}
                  </td>
                  <td class="num">
                    {c.worstBreachMinutes === null ? t('none') : fmt.minutes(c.worstBreachMinutes)}
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </ScrollTable>
        <details>
          <summary>{t('ticketDetails', { n: all().length })}</summary>
          <ScrollTable label={t('ticketDetails', { n: all().length })}>
            <thead>
              <tr>
                <th scope="col">{t('colId')}</th>
                <th scope="col">{t('colSeverity')}</th>
                <th scope="col">{t('colKindTicket')}</th>
                <th scope="col">{t('colClock')}</th>
                <th scope="col" class="num">
                  {t('colElapsed')}
                </th>
                <th scope="col" class="num">
                  {t('colTarget')}
                </th>
                <th scope="col">{t('colMet')}</th>
                <th scope="col" class="num">
                  {t('colMargin')}
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={all()}>
                {({ kind, x }) => (
                  <tr>
                    <th scope="row" dir="auto">
                      {x.id}
                    </th>
                    <td>{x.severity}</td>
                    <td>{kindText(kind)}</td>
                    <td>{x.clock === '24x7' ? t('clock24x7') : t('clockBusiness')}</td>
                    <td class="num">{fmt.minutes(x.elapsedMinutes)}</td>
                    <td class="num">{fmt.minutes(x.targetMinutes)}</td>
                    <td class={x.met === false ? 'bad' : ''}>{metText(x)}</td>
                    <td class="num">{fmt.minutes(x.marginMinutes)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </ScrollTable>
        </details>
      </Show>
    </section>
  );
}
