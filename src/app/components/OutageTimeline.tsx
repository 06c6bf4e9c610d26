// The drill-down of one outage: its minutes (with some context either side) drawn as a strip and listed as runs of one state.
import { For, Show } from 'solid-js';
import type { OutageFinding } from '../../engine/model';
import { MINUTE_MS } from '../../engine/time';
import type { MessageKey } from '../i18n';
import { type MinuteState, minuteState } from './charts/series';
import { useEnv } from './context';
import { ScrollTable } from './ScrollTable';
import type { MinuteArrays } from './types';

const CONTEXT_MINUTES = 10;
const MAX_CELLS = 720;

const STATE_TEXT: Record<MinuteState, MessageKey> = {
  up: 'stateUp',
  down: 'stateDown',
  downNotCounted: 'stateDownNotCounted',
  excluded: 'stateExcluded',
  nodata: 'stateNodata',
};

interface Run {
  state: MinuteState;
  startMinute: number;
  endMinute: number;
}

function runsOf(states: readonly MinuteState[], firstMinute: number): Run[] {
  const runs: Run[] = [];
  states.forEach((s, i) => {
    const last = runs[runs.length - 1];
    if (last && last.state === s) last.endMinute++;
    else runs.push({ state: s, startMinute: firstMinute + i, endMinute: firstMinute + i + 1 });
  });
  return runs;
}

export function OutageTimeline(props: { outage: OutageFinding; minutes?: MinuteArrays }) {
  const { t, fmt } = useEnv();
  const first = () => props.outage.startMs / MINUTE_MS - CONTEXT_MINUTES;
  const end = () => props.outage.endMs / MINUTE_MS + CONTEXT_MINUTES;
  const states = () => {
    const m = props.minutes;
    if (!m) return [];
    const out: MinuteState[] = [];
    for (let minute = first(); minute < end(); minute++) out.push(minuteState(m, minute));
    return out;
  };
  const count = (s: MinuteState) => states().filter((x) => x === s).length;
  const at = (minute: number) => fmt.time(minute * MINUTE_MS);
  const label = () =>
    t('timelineLabel', {
      start: fmt.span(first() * MINUTE_MS, end() * MINUTE_MS)[0],
      end: fmt.span(first() * MINUTE_MS, end() * MINUTE_MS)[1],
      down: fmt.minutes(count('down')),
      excluded: fmt.minutes(count('excluded')),
      up: fmt.minutes(count('up')),
      nodata: fmt.minutes(count('nodata')),
    });

  return (
    <div class="timeline">
      <Show when={props.minutes} fallback={<p class="muted">{t('timelineNeedsMinutes')}</p>}>
        <div class="minute-strip" role="img" aria-label={label()}>
          <For each={states().slice(0, MAX_CELLS)}>
            {(s, i) => <span class={`m m-${s}`} title={`${at(first() + i())} ${t(STATE_TEXT[s])}`} />}
          </For>
        </div>
        <Show when={states().length > MAX_CELLS}>
          <p class="muted">{t('timelineTooLong', { n: MAX_CELLS })}</p>
        </Show>
        <ScrollTable label={label()}>
          <thead>
            <tr>
              <th scope="col">{t('colStart')}</th>
              <th scope="col">{t('colEnd')}</th>
              <th scope="col">{t('colState')}</th>
              <th scope="col" class="num">
                {t('colLength')}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={runsOf(states(), first())}>
              {(r) => (
                <tr>
                  <For each={fmt.span(r.startMinute * MINUTE_MS, r.endMinute * MINUTE_MS, true)}>
                    {(time) => <td>{time}</td>}
                  </For>
                  <td>
                    <span class={`swatch m-${r.state}`} aria-hidden="true" /> {t(STATE_TEXT[r.state])}
                  </td>
                  <td class="num">{fmt.minutes(r.endMinute - r.startMinute)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </ScrollTable>
      </Show>
    </div>
  );
}
