// Maintenance and other exclusion records, each with whether it counted as excluded and the engine's reason why.
import { For, Show } from 'solid-js';
import type { SlaReport } from '../../engine/report';
import type { MessageKey } from '../i18n';
import { citeAttrs } from './citations';
import { useEnv } from './context';
import { ScrollTable } from './ScrollTable';

const KIND_TEXT: Record<string, MessageKey> = {
  planned: 'kindPlanned',
  emergency: 'kindEmergency',
  'third-party': 'kindThirdParty',
  'force-majeure': 'kindForceMajeure',
  customer: 'kindCustomer',
  other: 'kindOther',
};

export function ExclusionList(props: { report: SlaReport }) {
  const env = useEnv();
  const { t, fmt } = env;
  const id = `${env.uid}-exclusions`;
  return (
    <section class="card" aria-labelledby={id}>
      <h3 id={id}>{t('exclusionsTitle')}</h3>
      <Show when={props.report.exclusions.length} fallback={<p>{t('noExclusions')}</p>}>
        <ScrollTable label={t('exclusionsTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('colStart')}</th>
              <th scope="col">{t('colEnd')}</th>
              <th scope="col">{t('colKind')}</th>
              <th scope="col" {...citeAttrs(env, 'exclusions.kinds')}>
                {t('colExcludedQ')}
              </th>
              <th scope="col">{t('colReason')}</th>
              <th scope="col">{t('colAnnounced')}</th>
              <th scope="col">{t('colNote')}</th>
              <th scope="col">{t('colSource')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.report.exclusions}>
              {(x) => (
                <tr>
                  <td class="when" title={x.start}>
                    {fmt.instant(x.start)}
                  </td>
                  <td class="when" title={x.end}>
                    {fmt.instant(x.end)}
                  </td>
                  <td>{KIND_TEXT[x.kind] ? t(KIND_TEXT[x.kind]!) : x.kind}</td>
                  <td class={x.excluded ? 'good' : 'bad'}>{x.excluded ? t('yes') : t('no')}</td>
                  <td lang="en" dir="auto">
                    {x.reason}
                  </td>
                  <td class="when" title={x.announcedAt ?? undefined}>
                    {x.announcedAt ? fmt.instant(x.announcedAt) : t('none')}
                  </td>
                  <td dir="auto">{x.note || t('none')}</td>
                  <td dir="ltr" class="source">
                    {x.source}
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </ScrollTable>
      </Show>
    </section>
  );
}
