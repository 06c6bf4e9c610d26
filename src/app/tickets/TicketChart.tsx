// Each ticket's measured time as a bar (met, missed, pending) with its target as a dash,
// on a logarithmic time axis so a 1-hour P1 and a 2-day P4 read on one chart.
import { type ChartConfiguration, LogarithmicScale, type Scale } from 'chart.js';
import type { TicketOutcome } from '../../engine/model';
import { baseOptions, ChartFrame } from '../components/charts/ChartFrame';
import { Chart, PALETTE } from '../components/charts/setup';
import { useEnv } from '../components/context';
import { outcomeText } from './TicketTable';

Chart.register(LogarithmicScale);

/** Axis ticks at readable durations, in minutes. */
const TICKS = [1, 5, 15, 30, 60, 120, 240, 480, 1440, 2880, 10_080, 20_160, 43_200, 129_600, 525_600];

/**
 * The axis in minutes and hours only: tickets on a business clock count working hours,
 * so "1 d" at 24 hours would read as a business day it is not.
 */
export function axisLabel(minutes: number, env: ReturnType<typeof useEnv>): string {
  return minutes < 60 ? env.fmt.minutes(minutes) : env.t('marginHours', { n: env.fmt.num(minutes / 60) });
}

export function TicketChart(props: { kind: 'response' | 'resolution'; tickets: TicketOutcome[] }) {
  const env = useEnv();
  const { t, fmt, dir } = env;
  const rtl = dir === 'rtl';
  const title = () => (props.kind === 'response' ? t('tkChartResponse') : t('tkChartResolution'));
  // Times under a minute are drawn at the axis floor; the table and tooltip keep the figure.
  const drawn = (m: number) => Math.max(1, m);

  const config = (): ChartConfiguration => {
    // Right to left, the tickets are laid out in reverse rather than the axis reversed: the
    // axis makes room for the slanted label at its left end only when that label comes first
    // (Chart.js measures its first label for the left padding: _calculatePadding in
    // src/core/core.scale.js), and the last one was cut off.
    const list = rtl ? [...props.tickets].reverse() : props.tickets;
    const only = (pick: (x: TicketOutcome) => boolean) =>
      list.map((x) => (pick(x) ? drawn(x.elapsedMinutes) : null));
    const top = Math.max(60, ...list.map((x) => Math.max(x.elapsedMinutes, x.targetMinutes)));
    const bar = (label: string, color: string, pick: (x: TicketOutcome) => boolean) => ({
      type: 'bar' as const,
      label,
      data: only(pick),
      backgroundColor: color,
      grouped: false,
      maxBarThickness: 40,
      order: 2,
    });
    return {
      type: 'bar',
      data: {
        labels: list.map((x) => `${x.id} · ${x.severity}`),
        datasets: [
          bar(t('tkSeriesMet'), PALETTE.good, (x) => x.met === true),
          bar(t('tkSeriesMissed'), PALETTE.bad, (x) => x.met === false),
          bar(t('tkSeriesPending'), PALETTE.nodata, (x) => x.met === null),
          {
            type: 'line' as const,
            label: t('tkSeriesTarget'),
            data: list.map((x) => drawn(x.targetMinutes)),
            showLine: false,
            pointStyle: 'line',
            pointRadius: 18,
            pointHoverRadius: 20,
            pointBorderWidth: 3,
            borderColor: PALETTE.target,
            backgroundColor: PALETTE.target,
            order: 1,
          },
        ],
      },
      options: {
        ...baseOptions(rtl),
        scales: {
          x: { grid: { display: false }, ticks: { autoSkip: true, maxRotation: 60 } },
          y: {
            type: 'logarithmic',
            min: 1,
            max: TICKS.find((v) => v >= top * 1.5) ?? top * 2,
            position: rtl ? 'right' : 'left',
            grid: { color: PALETTE.grid },
            afterBuildTicks: (scale: Scale) => {
              scale.ticks = TICKS.filter((v) => v >= scale.min && v <= scale.max).map((value) => ({ value }));
            },
            ticks: { callback: (v) => axisLabel(Number(v), env) },
          },
        },
        plugins: {
          ...baseOptions(rtl).plugins,
          tooltip: {
            ...baseOptions(rtl).plugins.tooltip,
            callbacks: {
              label: (item) => {
                const x = list[item.dataIndex]!;
                return item.dataset.type === 'line'
                  ? `${t('tkSeriesTarget')}: ${fmt.clockMinutes(x.targetMinutes, x.workingDayMinutes)}`
                  : `${fmt.clockMinutes(x.elapsedMinutes, x.workingDayMinutes)} · ${outcomeText(x, env)}`;
              },
            },
          },
        },
      },
    };
  };

  const table = () => ({
    head: [t('colId'), t('colSeverity'), t('colElapsed'), t('colTarget'), t('colOutcome')],
    rows: props.tickets.map((x) => [
      x.id,
      x.severity,
      fmt.clockMinutes(x.elapsedMinutes, x.workingDayMinutes),
      fmt.clockMinutes(x.targetMinutes, x.workingDayMinutes),
      outcomeText(x, env),
    ]),
  });

  return <ChartFrame title={title()} config={config} table={table} note={t('tkChartNote')} tall />;
}
