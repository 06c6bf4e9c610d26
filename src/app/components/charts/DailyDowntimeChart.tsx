// Downtime per local day of the chosen period as stacked bars (counted, excluded), days without data shaded behind them.
import type { ChartConfiguration, Plugin } from 'chart.js';
import { createMemo } from 'solid-js';
import type { Evaluation, PeriodFigures } from '../../../engine/model';
import { useEnv } from '../context';
import type { MinuteArrays } from '../types';
import { baseOptions, ChartFrame } from './ChartFrame';
import { type DaySummary, dailyFromMinutes, dailyFromOutages } from './series';
import { PALETTE } from './setup';

/** Shades each day's column by its share of minutes without data. */
function nodataShade(days: readonly DaySummary[]): Plugin<'bar'> {
  return {
    id: 'nodataShade',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales.x!;
      const width = days.length
        ? Math.abs(x.getPixelForValue(1) - x.getPixelForValue(0)) || chartArea.width
        : 0;
      ctx.save();
      days.forEach((d, i) => {
        if (!d.nodata) return;
        const share = d.nodata / d.minutes;
        const height = chartArea.height * share;
        ctx.fillStyle = PALETTE.nodataShade;
        ctx.fillRect(x.getPixelForValue(i) - width / 2, chartArea.bottom - height, width, height);
      });
      ctx.restore();
    },
  };
}

/** The day's number of the month, in the locale's digits. */

export function DailyDowntimeChart(props: {
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
  const title = () => t('dailyChart', { period: fmt.period(props.period.label) });

  const config = (): ChartConfiguration<'bar'> => {
    const d = days();
    const short = d.length <= 31;
    return {
      type: 'bar',
      data: {
        labels: d.map((x) => (short ? fmt.num(x.dayOfMonth) : fmt.day(x.date))),
        datasets: [
          {
            label: t('dailyCounted'),
            data: d.map((x) => x.counted),
            backgroundColor: PALETTE.bad,
            stack: 's',
          },
          {
            label: t('dailyExcluded'),
            data: d.map((x) => x.excluded),
            backgroundColor: PALETTE.excluded,
            stack: 's',
          },
          ...(props.minutes
            ? [
                {
                  label: t('dailyNodata'),
                  data: d.map(() => null),
                  backgroundColor: PALETTE.nodataShade,
                  stack: 'n',
                },
              ]
            : []),
        ],
      },
      plugins: [nodataShade(d)],
      options: {
        ...baseOptions(dir === 'rtl'),
        scales: {
          x: {
            stacked: true,
            reverse: dir === 'rtl',
            grid: { display: false },
            ticks: { autoSkipPadding: 8, maxRotation: 0 },
          },
          y: {
            stacked: true,
            beginAtZero: true,
            suggestedMax: 10,
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
    head: [t('colDay'), t('dailyCounted'), t('dailyExcluded'), t('dailyNodata')],
    rows: days().map((d) => [
      fmt.day(d.date),
      fmt.minutes(d.counted),
      fmt.minutes(d.excluded),
      d.nodata === null ? t('none') : fmt.minutes(d.nodata),
    ]),
  });

  return (
    <ChartFrame
      title={title()}
      config={config as () => ChartConfiguration}
      table={table}
      note={props.minutes ? undefined : t('dailyFromOutages')}
    />
  );
}
