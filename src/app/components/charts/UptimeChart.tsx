// Uptime of every reported period as bars against the contract's target line, with the same figures as a table.
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { PeriodFigures } from '../../../engine/model';
import { PERIOD_WORD, useEnv } from '../context';
import { baseOptions, ChartFrame } from './ChartFrame';
import { PALETTE } from './setup';

/** A lower bound for the y axis that keeps the target and the worst period in view. */
function axisMin(values: number[], target: number): number {
  const lo = Math.min(target, ...values);
  const span = Math.max(100 - lo, 0.05);
  const raw = Math.max(0, lo - span * 0.3);
  const step = 10 ** Math.floor(Math.log10(span));
  return Math.max(0, Math.floor(raw / step) * step);
}

/** The target as a dashed line across the whole plot (a line dataset would stop at the outer bars' centres). */
function targetLine(target: number): Plugin<'bar'> {
  return {
    id: 'targetLine',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const y = scales.y!.getPixelForValue(target);
      ctx.save();
      ctx.strokeStyle = PALETTE.target;
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(chartArea.left, y);
      ctx.lineTo(chartArea.right, y);
      ctx.stroke();
      ctx.restore();
    },
  };
}

export function UptimeChart(props: { periods: readonly PeriodFigures[] }) {
  const { t, fmt, contract, dir } = useEnv();
  const title = () => t('uptimeChart', { period: t(PERIOD_WORD[contract.period]), target: fmt.target() });

  const config = (): ChartConfiguration<'bar'> => {
    const periods = props.periods;
    const values = periods.map((p) => p.uptimePercent);
    const min = axisMin(
      values.filter((v): v is number => v !== null),
      contract.target,
    );
    const decimals = Math.max(2, String(contract.target).split('.')[1]?.length ?? 0);
    return {
      type: 'bar',
      data: {
        labels: periods.map((p) => fmt.period(p.label)),
        datasets: [
          {
            label: t('uptimeSeries'),
            data: values,
            backgroundColor: periods.map((p) =>
              p.met === false ? PALETTE.bad : p.met ? PALETTE.good : PALETTE.nodata,
            ),
            maxBarThickness: 64,
          },
          // Only for the legend: the line itself is drawn by targetLine.
          {
            label: `${t('targetSeries')} ${fmt.target()}`,
            data: periods.map(() => null),
            backgroundColor: PALETTE.target,
          },
        ],
      },
      plugins: [targetLine(contract.target)],
      options: {
        ...baseOptions(dir === 'rtl'),
        scales: {
          x: { reverse: dir === 'rtl', grid: { display: false } },
          y: {
            min,
            max: 100,
            position: dir === 'rtl' ? 'right' : 'left',
            ticks: { callback: (v) => fmt.pct(Number(v), decimals) },
            grid: { color: PALETTE.grid },
          },
        },
        plugins: {
          ...baseOptions(dir === 'rtl').plugins,
          tooltip: {
            ...baseOptions(dir === 'rtl').plugins.tooltip,
            callbacks: { label: (item) => `${item.dataset.label}: ${fmt.uptime(item.parsed.y)}` },
          },
        },
      },
    };
  };

  const table = () => ({
    head: [t('colPeriod'), t('colUptime'), t('colTarget'), t('colMet')],
    rows: props.periods.map((p) => [
      fmt.period(p.label),
      fmt.uptime(p.uptimePercent),
      fmt.target(),
      p.met === null ? t('none') : p.met ? t('yes') : t('no'),
    ]),
  });

  return <ChartFrame title={title()} config={config as () => ChartConfiguration} table={table} />;
}
