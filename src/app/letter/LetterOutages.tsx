// The claim letter's table of the outages that fall in the claimed period, each with the
// minutes it counts in that period, so the column sums to the period's Downtime.

import { For, Show } from 'solid-js';
import { countedMinutesWithin } from '../../engine/evidence';
import type { Evaluation, OutageFinding, PeriodFigures, ScopeEvaluation } from '../../engine/model';
import { useEnv } from '../components/context';
import { letterTranslator } from './text';

export function LetterOutages(props: {
  evaluation: Evaluation;
  period: PeriodFigures;
  /** A scope's claim lists the scope's own outages; null for the whole service. */
  scope: ScopeEvaluation | null;
}) {
  const env = useEnv();
  const { fmt } = env;
  const t = letterTranslator(env.locale);
  const rows = () =>
    (props.scope?.outages ?? props.evaluation.outages).filter(
      (o) => o.startMs < props.period.endMs && o.endMs > props.period.startMs,
    );
  const crosses = (o: { startMs: number; endMs: number }) =>
    o.startMs < props.period.startMs || o.endMs > props.period.endMs;
  // The minute series is the whole service's: a scope's outage crossing the period's
  // bounds has no split of its minutes to state.
  const countedHere = (o: OutageFinding): number | null =>
    props.scope
      ? crosses(o)
        ? null
        : o.countedMinutes
      : countedMinutesWithin(props.evaluation, o, props.period.startMs, props.period.endMs);
  const total = () => {
    const counted = rows().map(countedHere);
    return counted.includes(null) ? null : counted.reduce<number>((n, m) => n + (m ?? 0), 0);
  };
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
                    {countedHere(o) === null ? t('none') : fmt.minutes(countedHere(o)!)}
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
          <Show when={total() !== null}>
            <tfoot>
              <tr>
                <th scope="row" colSpan={4}>
                  {t('letterCountedTotal')}
                </th>
                <td>{fmt.minutes(total()!)}</td>
                <td />
              </tr>
            </tfoot>
          </Show>
        </table>
      </section>
    </Show>
  );
}
