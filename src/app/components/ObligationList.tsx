// The contract's other promises with deadlines (SPEC "other measurable promises"): each logged event met, missed or pending.
import { For, Show } from 'solid-js';
import type { ObligationFinding } from '../../engine/obligations';
import { citeAttrs } from './citations';
import { obligationTitle } from './codes';
import { useEnv } from './context';
import { ScrollTable } from './ScrollTable';

export function ObligationList(props: { obligations: readonly ObligationFinding[]; preset: string }) {
  const env = useEnv();
  const { t, fmt } = env;
  const id = `${env.uid}-obligations`;
  const statusKey = { met: 'statusMet', missed: 'statusMissed', pending: 'statusPending' } as const;
  return (
    <section class="card" aria-labelledby={id}>
      <h3 id={id}>{t('obligationsTitle')}</h3>
      <Show when={props.obligations.length} fallback={<p>{t('noObligations')}</p>}>
        <ScrollTable label={t('obligationsTitle')}>
          <thead>
            <tr>
              <th scope="col" {...citeAttrs(env, 'obligations')}>
                {t('colObligation')}
              </th>
              <th scope="col">{t('colStarted')}</th>
              <th scope="col">{t('colDeadline')}</th>
              <th scope="col">{t('colFulfilled')}</th>
              <th scope="col">{t('colOutcome')}</th>
              <th scope="col" class="num">
                {t('colMargin')}
              </th>
              <th scope="col">{t('colNote')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.obligations}>
              {(o) => (
                <tr>
                  <th scope="row" dir="auto" title={o.clause} data-obligation={o.obligation}>
                    {obligationTitle(env, props.preset, o)}
                  </th>
                  <td class="when">{fmt.instant(o.startedAtMs)}</td>
                  <td class="when">{o.deadlineMs === null ? t('none') : fmt.instant(o.deadlineMs)}</td>
                  <td class="when">{o.fulfilledAtMs === null ? t('none') : fmt.instant(o.fulfilledAtMs)}</td>
                  <td class={o.status === 'missed' ? 'bad' : o.status === 'met' ? 'good' : 'warn'}>
                    {t(statusKey[o.status])}
                  </td>
                  <td class="num">
                    {/* As the Obligations tab writes it: days, hours and minutes, a true minus sign. */}
                    {o.marginHours === null ? t('none') : fmt.minutes(o.marginHours * 60)}
                  </td>
                  <td dir="auto">{o.note || t('none')}</td>
                </tr>
              )}
            </For>
          </tbody>
        </ScrollTable>
      </Show>
    </section>
  );
}
