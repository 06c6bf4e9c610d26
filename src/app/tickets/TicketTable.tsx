// Every ticket of one kind (response or resolution) as the report measured it: when it was
// opened and answered (or resolved), clock, elapsed time, target, margin and whether the
// target was met, missed or is pending.
import { For } from 'solid-js';
import type { TicketOutcome } from '../../engine/model';
import type { TicketReport } from '../../engine/report';
import { type DashboardEnv, useEnv } from '../components/context';
import { ScrollTable } from '../components/ScrollTable';
import './tickets.css';

export function outcomeText(x: TicketReport, env: DashboardEnv): string {
  if (x.met === null) return env.t('statusPending');
  const word = x.met ? env.t('statusMet') : env.t('statusMissed');
  return x.pending ? `${word} · ${env.t('tkNoResponse')}` : word;
}

const outcomeClass = (x: TicketReport) => (x.met === null ? 'warn' : x.met ? 'good' : 'bad');

export function TicketTable(props: {
  label: string;
  kind: 'response' | 'resolution';
  tickets: TicketOutcome[];
}) {
  const env = useEnv();
  const { t, fmt } = env;
  const doneHeading = () => (props.kind === 'response' ? t('colAnswered') : t('colResolved'));
  const doneAt = (x: TicketOutcome) => (props.kind === 'response' ? x.firstResponseAtMs : x.resolvedAtMs);
  // Both ends carry their offsets when a clock change lies between them, so the times agree with the elapsed figure.
  const times = (x: TicketOutcome): [string, string] => {
    const done = doneAt(x);
    return done === null ? [fmt.instant(x.openedAtMs), t('none')] : fmt.span(x.openedAtMs, done);
  };
  return (
    <ScrollTable label={props.label} class="data stack">
      <thead>
        <tr>
          <th scope="col">{t('colId')}</th>
          <th scope="col">{t('colSeverity')}</th>
          <th scope="col">{t('colOpened')}</th>
          <th scope="col">{doneHeading()}</th>
          <th scope="col">{t('colClock')}</th>
          <th scope="col" class="num">
            {t('colElapsed')}
          </th>
          <th scope="col" class="num">
            {t('colTarget')}
          </th>
          <th scope="col" class="num">
            {t('colMargin')}
          </th>
          <th scope="col">{t('colOutcome')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.tickets}>
          {(x) => {
            const [opened, done] = times(x);
            return (
              <tr data-ticket={x.id}>
                <th scope="row" dir="auto">
                  {x.id}
                </th>
                <td data-label={t('colSeverity')}>{x.severity}</td>
                <td class="when" data-label={t('colOpened')}>
                  {opened}
                </td>
                <td class="when" data-label={doneHeading()}>
                  {done}
                </td>
                <td data-label={t('colClock')}>
                  {/* "24×7" keeps its order in right-to-left text. */}
                  {x.clock === '24x7' ? <span dir="ltr">{t('clock24x7')}</span> : t('clockBusiness')}
                </td>
                <td class="num" data-label={t('colElapsed')}>
                  {fmt.clockMinutes(x.elapsedMinutes, x.workingDayMinutes)}
                </td>
                <td class="num" data-label={t('colTarget')}>
                  {fmt.clockMinutes(x.targetMinutes, x.workingDayMinutes)}
                </td>
                <td class={x.marginMinutes < 0 ? 'num bad' : 'num'} data-label={t('colMargin')}>
                  {fmt.clockMinutes(x.marginMinutes, x.workingDayMinutes)}
                </td>
                <td class={outcomeClass(x)} data-label={t('colOutcome')}>
                  {outcomeText(x, env)}
                </td>
              </tr>
            );
          }}
        </For>
      </tbody>
    </ScrollTable>
  );
}
