// Every ticket of one kind (response or resolution) as the report measured it: clock,
// elapsed time, target, margin and whether the target was met, missed or is pending.
import { For } from 'solid-js';
import type { TicketOutcome } from '../../engine/model';
import type { TicketReport } from '../../engine/report';
import { type DashboardEnv, useEnv } from '../components/context';
import { ScrollTable } from '../components/ScrollTable';

export function outcomeText(x: TicketReport, env: DashboardEnv): string {
  if (x.met === null) return env.t('statusPending');
  const word = x.met ? env.t('statusMet') : env.t('statusMissed');
  return x.pending ? `${word} · ${env.t('tkNoResponse')}` : word;
}

const outcomeClass = (x: TicketReport) => (x.met === null ? 'warn' : x.met ? 'good' : 'bad');

export function TicketTable(props: { label: string; tickets: TicketOutcome[] }) {
  const env = useEnv();
  const { t, fmt } = env;
  return (
    <ScrollTable label={props.label} class="data stack">
      <thead>
        <tr>
          <th scope="col">{t('colId')}</th>
          <th scope="col">{t('colSeverity')}</th>
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
          {(x) => (
            <tr data-ticket={x.id}>
              <th scope="row" dir="auto">
                {x.id}
              </th>
              <td data-label={t('colSeverity')}>{x.severity}</td>
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
          )}
        </For>
      </tbody>
    </ScrollTable>
  );
}
