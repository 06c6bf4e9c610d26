// The claim letter's support tickets whose first response or resolution came after its
// target (or had not come by the end of the report date), as the report measured them.

import { For, Show } from 'solid-js';
import type { Evaluation, TicketOutcome } from '../../engine/model';
import { useEnv } from '../components/context';
import { letterTranslator } from './text';

export function LetterTickets(props: { evaluation: Evaluation }) {
  const env = useEnv();
  const { fmt } = env;
  const t = letterTranslator(env.locale);
  const missed = () => [
    ...props.evaluation.tickets.filter((x) => x.met === false).map((x) => ({ x, what: 'response' as const })),
    ...props.evaluation.resolutions
      .filter((x) => x.met === false)
      .map((x) => ({ x, what: 'resolution' as const })),
  ];
  const doneAt = (x: TicketOutcome, what: 'response' | 'resolution') =>
    what === 'response' ? x.firstResponseAtMs : x.resolvedAtMs;
  return (
    <Show when={missed().length}>
      <h3>{t('letterTickets')}</h3>
      <p>{t('letterTicketsIntro', { asOf: fmt.day(props.evaluation.asOf) })}</p>
      <section class="letter-table" aria-label={t('letterTickets')} tabindex="0">
        <table class="letter-outages letter-wrap" data-testid="letter-tickets">
          <thead>
            <tr>
              <th scope="col">{t('colId')}</th>
              <th scope="col">{t('colOpened')}</th>
              <th scope="col">{t('letterTicketDone')}</th>
              <th scope="col">{t('colElapsed')}</th>
              <th scope="col">{t('colTarget')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={missed()}>
              {({ x, what }) => (
                <tr data-ticket={x.id} data-target={what}>
                  <td>
                    <bdi class="ticket-id">{x.id}</bdi>
                    <br />
                    {x.severity} ·{' '}
                    {t(what === 'response' ? 'letterTicketResponse' : 'letterTicketResolution')}
                  </td>
                  <td>{fmt.instantOffset(x.openedAtMs)}</td>
                  <td>
                    {doneAt(x, what) === null ? t('letterTicketNotYet') : fmt.instantOffset(doneAt(x, what)!)}
                  </td>
                  <td>{fmt.clockMinutes(x.elapsedMinutes, x.workingDayMinutes)}</td>
                  <td>
                    {fmt.clockMinutes(x.targetMinutes, x.workingDayMinutes)} (
                    {x.clock === '24x7' ? <span dir="ltr">{t('clock24x7')}</span> : t('clockBusiness')})
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </Show>
  );
}
