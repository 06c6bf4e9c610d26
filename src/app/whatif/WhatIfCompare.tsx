// Each period as recorded and with the switches applied: uptime, verdict and credit.
import { For } from 'solid-js';
import type { Evaluation, PeriodFigures } from '../../engine/model';
import {
  formatCredit,
  formatMinutes,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriodLabel,
  formatUptime,
  monthlyCredit,
} from '../format';
import { dir, locale, t } from '../state/locale';

export function WhatIfCompare(props: { baseline: Evaluation; current: Evaluation; ms: number }) {
  const c = () => props.current.contract;
  const arrow = () => (dir() === 'rtl' ? '←' : '→');
  const up = (p: PeriodFigures | undefined) =>
    p ? formatUptime(p.uptimePercent, c().target, locale(), c().roundDecimals) : '—';
  const verdict = (p: PeriodFigures | undefined) =>
    !p || p.met === null ? '—' : p.met ? `✓ ${t('wiMet')}` : `✗ ${t('wiMissed')}`;
  // A period whose credit is earned month by month by incidents (Kipu) carries no credit of
  // its own: its months' shares say what it owes, as on the dashboard's period table, and
  // wrap there rather than widen the table.
  const credit = (e: Evaluation, p: PeriodFigures) => {
    const monthly = monthlyCredit(p, e.incidentMonths, locale());
    if (!monthly) return formatCredit(p.credit, locale());
    if (monthly.shares === null) return formatPercent(0, locale());
    return monthly.amount === null
      ? monthly.shares
      : `${formatMoney(monthly.amount, p.credit.currency, locale())} (${monthly.shares})`;
  };
  const rows = () =>
    props.current.periods.map((p) => ({
      now: p,
      was: props.baseline.periods.find((b) => b.label === p.label),
    }));
  return (
    <section class="panel" aria-labelledby="wi-compare-h">
      <h2 id="wi-compare-h">{t('wiCompareTitle')}</h2>
      <figure class="table-scroll" tabindex="0" aria-labelledby="wi-compare-h">
        <table class="data stack" data-testid="whatif-table">
          <thead>
            <tr>
              <th scope="col">{t('colPeriod')}</th>
              <th scope="col">{t('wiRecorded')}</th>
              <th scope="col">{t('wiWhatIf')}</th>
              <th scope="col">{t('colDowntime')}</th>
              <th scope="col">{t('colCredit')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(r) => (
                <tr
                  classList={{ changed: JSON.stringify(r.now) !== JSON.stringify(r.was) }}
                  data-period={r.now.label}
                >
                  <th scope="row">{formatPeriodLabel(r.now.label, locale(), c().period)}</th>
                  <td data-label={t('wiRecorded')}>
                    {up(r.was)} <span class="muted">{verdict(r.was)}</span>
                  </td>
                  <td data-testid="whatif-uptime" data-label={t('wiWhatIf')}>
                    <strong>{up(r.now)}</strong>{' '}
                    <span class={r.now.met === false ? 'bad' : 'good'}>{verdict(r.now)}</span>
                  </td>
                  <td class="num" data-label={t('colDowntime')}>
                    {formatMinutes(r.was?.downtimeMinutes ?? 0, locale())} {arrow()}{' '}
                    {formatMinutes(r.now.downtimeMinutes, locale())}
                  </td>
                  <td data-testid="whatif-credit" data-label={t('colCredit')}>
                    <span
                      classList={{
                        'cell-list': props.current.incidentMonths.some((m) => m.period === r.now.label),
                      }}
                    >
                      {r.was ? credit(props.baseline, r.was) : '—'} {arrow()} {credit(props.current, r.now)}
                    </span>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </figure>
      <p class="muted small">{t('wiTiming', { ms: formatNumber(props.ms, locale()) })}</p>
    </section>
  );
}
