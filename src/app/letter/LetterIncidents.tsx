// The claim letter's table of a month's incidents: each outage or ticket its credit
// counts, with its level, times (offsets written) and the minutes that count.

import { For, Show } from 'solid-js';
import type { IncidentMonth } from '../../engine/model';
import { useEnv } from '../components/context';
import { letterTranslator } from './text';

export function LetterIncidents(props: { month: IncidentMonth }) {
  const env = useEnv();
  const { fmt } = env;
  const t = letterTranslator(env.locale);
  return (
    <Show when={props.month.incidents.length} fallback={<p>{t('letterNoIncidents')}</p>}>
      <section class="letter-table" aria-label={t('letterIncidents')} tabindex="0">
        <table class="letter-outages">
          <thead>
            <tr>
              <th scope="col">{t('letterLevel')}</th>
              <th scope="col">{t('colStart')}</th>
              <th scope="col">{t('colEnd')}</th>
              <th scope="col">{t('colLength')}</th>
              <th scope="col">{t('letterIncidentFrom')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.month.incidents}>
              {(i) => (
                <tr data-incident={i.startMs}>
                  <td>{i.severity}</td>
                  <td>{fmt.instantOffset(i.startMs)}</td>
                  <td>{fmt.instantOffset(i.endMs)}</td>
                  <td>{fmt.minutes(i.minutes)}</td>
                  <td class="letter-source">
                    {i.ticketId !== null
                      ? t(i.open ? 'letterFromOpenTicket' : 'letterFromTicket', { id: i.ticketId })
                      : i.reportedIn.length
                        ? t('letterFromOutageReported', { ids: i.reportedIn.join(', ') })
                        : t('letterFromOutage')}
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </Show>
  );
}
