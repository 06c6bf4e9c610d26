// The claim letter's table of the outages that fall in the claimed period.
import { For, Show } from 'solid-js';
import type { PeriodReport, SlaReport } from '../../engine/report';
import { useEnv } from '../components/context';

export function LetterOutages(props: { report: SlaReport; period: PeriodReport }) {
  const { t, fmt } = useEnv();
  const rows = () => {
    const start = Date.parse(props.period.start);
    const end = Date.parse(props.period.end);
    return props.report.outages.filter((o) => Date.parse(o.start) < end && Date.parse(o.end) > start);
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
              <th scope="col">{t('colCounted')}</th>
              <th scope="col">{t('colExcludedPart')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(o) => (
                <tr>
                  <td>{fmt.instant(o.start)}</td>
                  <td>{fmt.instant(o.end)}</td>
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
      <p class="muted">{t('timesIn', { zone: props.report.contract.timezone })}</p>
    </Show>
  );
}
