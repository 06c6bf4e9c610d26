// Maintenance and other exclusion records, each with whether it counted as excluded and the engine's reason why.
import { For, Show } from 'solid-js';
import type { Evaluation } from '../../engine/model';
import { citeAttrs } from './citations';
import { exclusionReasonText, kindText } from './codes';
import { useEnv } from './context';
import { ScrollTable } from './ScrollTable';

export function ExclusionList(props: { evaluation: Evaluation }) {
  const env = useEnv();
  const { t, fmt } = env;
  const id = `${env.uid}-exclusions`;
  return (
    <section class="card" aria-labelledby={id}>
      <h3 id={id}>{t('exclusionsTitle')}</h3>
      <Show when={props.evaluation.exclusions.length} fallback={<p>{t('noExclusions')}</p>}>
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
            <For each={props.evaluation.exclusions}>
              {(x) => (
                <tr>
                  <td class="when">{fmt.instant(x.startMs)}</td>
                  <td class="when">{fmt.instant(x.endMs)}</td>
                  <td>{kindText(env, x.kind)}</td>
                  <td class={x.excluded ? 'good' : 'bad'}>{x.excluded ? t('yes') : t('no')}</td>
                  <td data-reason={x.reason.code}>{exclusionReasonText(env, x)}</td>
                  <td class="when">{x.announcedAtMs === null ? t('none') : fmt.instant(x.announcedAtMs)}</td>
                  <td dir="auto">{x.note || t('none')}</td>
                  <td dir="ltr" class="source">
                    {x.source}:{x.line}
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
