// The claim letter's table of the outages that fall in the claimed period.
import { For, Show } from 'solid-js';
import type { Evaluation, PeriodFigures } from '../../engine/model';
import { useEnv } from '../components/context';

export function LetterOutages(props: { evaluation: Evaluation; period: PeriodFigures }) {
  const { t, fmt } = useEnv();
  const rows = () =>
    props.evaluation.outages.filter((o) => o.startMs < props.period.endMs && o.endMs > props.period.startMs);
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
              <th scope="col">{t('colCounted')}</th>
              <th scope="col">{t('colExcludedPart')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(o) => (
                <tr>
                  <td>{fmt.instant(o.startMs)}</td>
                  <td>{fmt.instant(o.endMs)}</td>
                  <td>{fmt.minutes(o.minutes)}</td>
                  <td>{o.qualifies ? t('yes') : t('no')}</td>
                  <td>{fmt.minutes(o.countedMinutes)}</td>
                  <td>{fmt.minutes(o.excludedMinutes)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
      <p class="muted">{t('timesIn', { zone: props.evaluation.contract.timezone })}</p>
    </Show>
  );
}
