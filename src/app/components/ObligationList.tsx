// The contract's other promises with deadlines (SPEC "other measurable promises"): each logged event met, missed or pending.
import { For, Show } from 'solid-js';
import type { SlaReport } from '../../engine/report';
import { citeAttrs } from './citations';
import { obligationTitle } from './codes';
import { useEnv } from './context';
import { ScrollTable } from './ScrollTable';

export function ObligationList(props: { report: SlaReport }) {
  const env = useEnv();
  const { t, fmt } = env;
  const id = `${env.uid}-obligations`;
  const statusKey = { met: 'statusMet', missed: 'statusMissed', pending: 'statusPending' } as const;
  return (
    <section class="card" aria-labelledby={id}>
      <h3 id={id}>{t('obligationsTitle')}</h3>
      <Show when={props.report.obligations.length} fallback={<p>{t('noObligations')}</p>}>
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
            <For each={props.report.obligations}>
              {(o) => (
                <tr>
                  <th scope="row" dir="auto" title={o.clause} data-obligation={o.obligation}>
                    {obligationTitle(env, props.report.contract.preset, o)}
                  </th>
                  <td class="when" title={o.startedAt}>
                    {fmt.instant(o.startedAt)}
                  </td>
                  <td class="when" title={o.deadline ?? undefined}>
                    {o.deadline ? fmt.instant(o.deadline) : t('none')}
                  </td>
                  <td class="when" title={o.fulfilledAt ?? undefined}>
                    {o.fulfilledAt ? fmt.instant(o.fulfilledAt) : t('none')}
                  </td>
                  <td class={o.status === 'missed' ? 'bad' : o.status === 'met' ? 'good' : 'warn'}>
                    {t(statusKey[o.status])}
                  </td>
                  <td class="num">
                    {o.marginHours === null ? t('none') : t('marginHours', { n: fmt.num(o.marginHours, 2) })}
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
