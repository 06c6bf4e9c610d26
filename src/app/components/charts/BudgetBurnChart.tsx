// Cumulative counted downtime through the chosen period against the minutes its target allows (budget burn).
import type { ChartConfiguration } from 'chart.js';
import { createMemo } from 'solid-js';
import type { Evaluation, PeriodFigures } from '../../../engine/model';
import { useEnv } from '../context';
import type { MinuteArrays } from '../types';
import { baseOptions, ChartFrame } from './ChartFrame';
import { cumulative, dailyFromMinutes, dailyFromOutages } from './series';
import { PALETTE } from './setup';

export function BudgetBurnChart(props: {
  evaluation: Evaluation;
  period: PeriodFigures;
  minutes?: MinuteArrays;
}) {
  const { t, fmt, zone, dir } = useEnv();
  const days = createMemo(() =>
    props.minutes
      ? dailyFromMinutes(props.period, zone, props.minutes)
      : dailyFromOutages(props.period, zone, props.evaluation.outages),
  );
  const used = createMemo(() => cumulative(days()));
  // The engine's allowance, after the policy's rounding.
  const allowed = () => props.period.allowedDowntimeMinutes ?? 0;
  const title = () => t('burnChart', { period: fmt.period(props.period.label) });

  const config = (): ChartConfiguration<'line'> => {
    const d = days();
    const short = d.length <= 31;
    const over = used().map((u) => u > allowed());
    return {
      type: 'line',
      data: {
        labels: d.map((x) => (short ? fmt.num(x.dayOfMonth) : fmt.day(x.date))),
        datasets: [
          {
            label: t('burnUsed'),
            data: used(),
            borderColor: PALETTE.accent,
            backgroundColor: over.map((o) => (o ? PALETTE.bad : PALETTE.accent)),
            stepped: true,
            borderWidth: 2,
            pointRadius: 0,
          },
          {
            label: `${t('burnAllowed')} (${fmt.minutes(allowed())})`,
            data: d.map(() => allowed()),
            borderColor: PALETTE.bad,
            borderDash: [6, 4],
            borderWidth: 2,
            pointRadius: 0,
          },
        ],
      },
      options: {
        ...baseOptions(dir === 'rtl'),
        scales: {
          x: {
            reverse: dir === 'rtl',
            offset: true,
            grid: { display: false },
            ticks: { autoSkipPadding: 8, maxRotation: 0 },
          },
          y: {
            beginAtZero: true,
            suggestedMax: Math.max(allowed() * 1.2, 10),
            position: dir === 'rtl' ? 'right' : 'left',
            ticks: { precision: 0, callback: (v) => fmt.num(Number(v)) },
            title: { display: true, text: t('unitMinute') },
            grid: { color: PALETTE.grid },
          },
        },
      },
    };
  };

  const table = () => ({
    head: [t('colDay'), t('colMinutesSoFar'), t('burnAllowed')],
    rows: days().map((d, i) => [fmt.day(d.date), fmt.minutes(used()[i]!), fmt.minutes(allowed())]),
  });

  return <ChartFrame title={title()} config={config as () => ChartConfiguration} table={table} />;
}
