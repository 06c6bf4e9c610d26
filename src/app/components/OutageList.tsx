// The outage evidence list (start, end, length, qualifies, counted, excluded part), filterable by period, each row opening its minute timeline.
import { createMemo, createSignal, For, Show } from 'solid-js';
import type { Evaluation, OutageFinding } from '../../engine/model';
import { citeAttrs } from './citations';
import { useEnv } from './context';
import { OutageTimeline } from './OutageTimeline';
import { createPages } from './pages';
import { ScrollTable } from './ScrollTable';
import type { MinuteArrays } from './types';

const PAGE = 100;

const overlaps = (o: OutageFinding, p: { startMs: number; endMs: number }) =>
  o.startMs < p.endMs && o.endMs > p.startMs;

export function OutageList(props: { evaluation: Evaluation; minutes?: MinuteArrays }) {
  const env = useEnv();
  const { t, fmt } = env;
  const [filter, setFilter] = createSignal('');
  // The outage whose minutes are shown, by its start: a new evaluation's outages are new objects.
  const [open, setOpen] = createSignal<number | null>(null);
  const outages = createMemo(() => {
    const p = props.evaluation.periods.find((x) => x.label === filter());
    return p ? props.evaluation.outages.filter((o) => overlaps(o, p)) : props.evaluation.outages;
  });
  // Rows of outages a new evaluation leaves as they were (a file's SHA-256 recorded) stay,
  // and a button in one keeps the focus.
  const pages = createPages(outages, PAGE, PAGE);
  const qualifying = () => outages().filter((o) => o.qualifies).length;
  let rows!: HTMLTableSectionElement;
  const id = `${env.uid}-outages`;

  return (
    <section class="card" aria-labelledby={id}>
      <h3 id={id}>{t('outagesTitle')}</h3>
      <div class="toolbar">
        <label>
          {t('filterPeriod')}{' '}
          <select
            value={filter()}
            onChange={(e) => {
              setFilter(e.currentTarget.value);
              pages.reset();
            }}
          >
            <option value="" selected={filter() === ''}>
              {t('allPeriods')}
            </option>
            {/* Selected by each option: a new evaluation makes the options anew. */}
            <For each={props.evaluation.periods}>
              {(p) => (
                <option value={p.label} selected={p.label === filter()}>
                  {fmt.period(p.label)}
                </option>
              )}
            </For>
          </select>
        </label>
        <p class="muted">
          {t('outagesSummary', { n: outages().length, qualifying: qualifying() })}{' '}
          {t('timesIn', { zone: env.zone })}
        </p>
      </div>
      <Show when={outages().length} fallback={<p>{t('noOutages')}</p>}>
        <ScrollTable label={t('outagesTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('colStart')}</th>
              <th scope="col">{t('colEnd')}</th>
              <th scope="col" class="num">
                {t('colLength')}
              </th>
              <th scope="col" {...citeAttrs(env, 'minOutageMinutes')}>
                {t('colQualifies')}
              </th>
              <th scope="col" class="num">
                {t('colCounted')}
              </th>
              <th scope="col" class="num" {...citeAttrs(env, 'exclusions.kinds')}>
                {t('colExcludedPart')}
              </th>
              <th scope="col">{t('colDetail')}</th>
            </tr>
          </thead>
          <tbody ref={rows}>
            <For each={pages.shown()}>
              {(o) => (
                <>
                  <tr classList={{ qualifying: o.qualifies }}>
                    <For each={fmt.span(o.startMs, o.endMs)}>{(when) => <td class="when">{when}</td>}</For>
                    <td class="num">{fmt.minutes(o.minutes)}</td>
                    <td class={o.qualifies ? 'bad' : 'muted'}>{o.qualifies ? t('yes') : t('no')}</td>
                    <td class="num">{fmt.minutes(o.countedMinutes)}</td>
                    <td class="num">{fmt.minutes(o.excludedMinutes)}</td>
                    <td>
                      <button
                        type="button"
                        class="small"
                        aria-expanded={open() === o.startMs}
                        onClick={() => setOpen(open() === o.startMs ? null : o.startMs)}
                      >
                        {open() === o.startMs ? t('hideMinutes') : t('showMinutes')}
                      </button>
                    </td>
                  </tr>
                  <Show when={open() === o.startMs}>
                    <tr class="drill">
                      <td colSpan={7}>
                        <OutageTimeline outage={o} minutes={props.minutes} />
                      </td>
                    </tr>
                  </Show>
                </>
              )}
            </For>
          </tbody>
        </ScrollTable>
        <Show when={pages.next()}>
          <button
            type="button"
            onClick={() =>
              pages.more(() => rows.querySelectorAll<HTMLButtonElement>(':scope > tr:not(.drill) button'))
            }
          >
            {t('showMore', { n: pages.next() })}
          </button>
        </Show>
      </Show>
    </section>
  );
}
