// The claim letter's table of the outages that fall in the claimed period, each with the
// minutes it counts in that period, so the column sums to the period's Downtime.

import { For, Show } from 'solid-js';
import { countedMinutesWithin } from '../../engine/evidence';
import type { Evaluation, PeriodFigures } from '../../engine/model';
import { useEnv } from '../components/context';
import { letterTranslator } from './text';

export function LetterOutages(props: { evaluation: Evaluation; period: PeriodFigures }) {
  const env = useEnv();
  const { fmt } = env;
  const t = letterTranslator(env.locale);
  const rows = () =>
    props.evaluation.outages.filter((o) => o.startMs < props.period.endMs && o.endMs > props.period.startMs);
  const countedHere = (o: { startMs: number; endMs: number }) =>
    countedMinutesWithin(props.evaluation, o, props.period.startMs, props.period.endMs);
  const crosses = (o: { startMs: number; endMs: number }) =>
    o.startMs < props.period.startMs || o.endMs > props.period.endMs;
  return (
    <Show when={rows().length} fallback={<p>{t('letterNoOutages')}</p>}>
      <section class="letter-table" aria-label={t('letterOutages')} tabindex="0">
        <table class="letter-outages">
          <thead>
            <tr>
              <th scope="col">{t('colStart')}</th>
              <th scope="col">{t('colEnd')}</th>
              <th scope="col">{t('colLength')}</th>
              <th scope="col">{t('colQualifies')}</th>
              <th scope="col">{t('letterCountedHere')}</th>
              <th scope="col">{t('colExcludedPart')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(o) => (
                <tr data-outage={o.id}>
                  <td>{fmt.instantOffset(o.startMs)}</td>
                  <td>{fmt.instantOffset(o.endMs)}</td>
                  <td>{fmt.minutes(o.minutes)}</td>
                  <td>{o.qualifies ? t('yes') : t('no')}</td>
                  <td>
                    {fmt.minutes(countedHere(o))}
                    <Show when={crosses(o) && o.countedMinutes !== countedHere(o)}>
                      {' '}
                      <small>{t('letterCountedOfAll', { all: fmt.minutes(o.countedMinutes) })}</small>
                    </Show>
                  </td>
                  <td>{fmt.minutes(o.excludedMinutes)}</td>
                </tr>
              )}
            </For>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t('letterCountedTotal')}
              </th>
              <td>{fmt.minutes(rows().reduce((n, o) => n + countedHere(o), 0))}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </section>
    </Show>
  );
}
