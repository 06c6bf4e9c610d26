// The vendor's published incidents beside the user's own checks, period by period: what
// the status page admitted, what was measured, and what each record has that the other lacks.
import { For, Show } from 'solid-js';
import type { ComparedSpan, VendorComparison as Comparison } from '../../engine/model';
import { useEnv } from './context';
import { ScrollTable } from './ScrollTable';

export function VendorComparison(props: { comparison: Comparison | null }) {
  const env = useEnv();
  const { t, fmt } = env;
  const id = `${env.uid}-comparison`;
  const list = (names: string[]) => names.join(env.dir === 'rtl' ? '، ' : ', ');
  const span = (o: ComparedSpan) =>
    t('cmpSpan', {
      start: fmt.instant(o.startMs),
      end: fmt.instant(o.endMs),
      duration: fmt.minutes(o.minutes),
    });
  return (
    <Show when={props.comparison}>
      {(c) => (
        <section class="card" aria-labelledby={id} data-testid="vendor-comparison">
          <h3 id={id}>{t('cmpTitle')}</h3>
          <p class="muted small">
            {t('cmpIntro', { vendor: list(c().vendorMonitors), measured: list(c().measuredMonitors) })}
          </p>
          <ScrollTable label={t('cmpTitle')}>
            <thead>
              <tr>
                <th scope="col">{t('colPeriod')}</th>
                <th scope="col" class="num">
                  {t('cmpAdmitted')}
                </th>
                <th scope="col" class="num">
                  {t('cmpMeasured')}
                </th>
                <th scope="col" class="num">
                  {t('cmpUnadmitted')}
                </th>
                <th scope="col">{t('cmpUnposted')}</th>
                <th scope="col">{t('cmpUnseen')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={c().periods}>
                {(p) => (
                  <tr>
                    <th scope="row">{fmt.period(p.label)}</th>
                    <td class="num">{fmt.minutes(p.admittedMinutes)}</td>
                    <td class="num">{fmt.minutes(p.measuredMinutes)}</td>
                    <td class="num">{fmt.minutes(p.unadmittedMinutes)}</td>
                    <td>
                      <Show when={p.unpostedOutages.length} fallback={t('none')}>
                        <For each={p.unpostedOutages}>{(o) => <div>{span(o)}</div>}</For>
                      </Show>
                    </td>
                    <td>
                      <Show when={p.unseenIncidents.length} fallback={t('none')}>
                        <For each={p.unseenIncidents}>
                          {(o) => (
                            <div>
                              {span(o)} <span dir="auto">({list(o.monitors)})</span>
                            </div>
                          )}
                        </For>
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </ScrollTable>
        </section>
      )}
    </Show>
  );
}
