// One chart: a labelled canvas drawn by Chart.js plus its data as a table in a <details>, redrawn when its inputs change.
import type { ChartConfiguration } from 'chart.js';
import { createEffect, For, onCleanup, onMount } from 'solid-js';
import { useEnv } from '../context';
import { ScrollTable } from '../ScrollTable';
import { Chart } from './setup';

export interface ChartTable {
  head: string[];
  rows: string[][];
}

export function ChartFrame(props: {
  title: string;
  /** Read inside an effect: the chart is rebuilt whenever what it reads changes. */
  config: () => ChartConfiguration;
  table: () => ChartTable;
  note?: string;
  tall?: boolean;
}) {
  const env = useEnv();
  let canvas!: HTMLCanvasElement;
  let chart: Chart | undefined;
  onMount(() => {
    createEffect(() => {
      const config = props.config();
      onCleanup(
        afterPaint(() => {
          chart?.destroy();
          chart = new Chart(canvas, config);
        }),
      );
    });
  });
  onCleanup(() => chart?.destroy());
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <div class={props.tall ? 'chart-box tall' : 'chart-box'}>
        <canvas ref={canvas} role="img" aria-label={props.title} />
      </div>
      {props.note && <p class="chart-note">{props.note}</p>}
      <details class="chart-table">
        <summary>{env.t('tableAlternative')}</summary>
        <ScrollTable label={props.title}>
          <thead>
            <tr>
              <For each={props.table().head}>{(h) => <th scope="col">{h}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={props.table().rows}>
              {(row) => (
                <tr>
                  <For each={row}>
                    {(cell, i) => (i() === 0 ? <th scope="row">{cell}</th> : <td class="num">{cell}</td>)}
                  </For>
                </tr>
              )}
            </For>
          </tbody>
        </ScrollTable>
      </details>
    </figure>
  );
}

/**
 * Runs `draw` once the frame being prepared is on screen; returns what cancels it. A
 * dashboard's charts (Chart.js measuring, laying out and drawing three canvases: 0.1 s
 * and more after a large import) then come a frame after its figures and verdict, rather
 * than holding them back.
 */
function afterPaint(draw: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(draw, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Options shared by every chart: fills its box, right-to-left aware legend and tooltip. */
export function baseOptions(rtl: boolean) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    locale: undefined as string | undefined,
    plugins: {
      legend: {
        position: 'bottom' as const,
        rtl,
        textDirection: rtl ? 'rtl' : 'ltr',
        labels: { boxWidth: 12, boxHeight: 12 },
      },
      tooltip: { rtl, textDirection: rtl ? 'rtl' : 'ltr' },
    },
  };
}
