// The contract's termination rights: each rule, whether the figures trigger it, the periods that did, and any notice deadline.
import { For, Show } from 'solid-js';
import type { SlaReport } from '../../engine/report';
import { CiteDetails } from './citations';
import { useEnv } from './context';

export function TerminationRights(props: { report: SlaReport }) {
  const env = useEnv();
  const { t, fmt } = env;
  const id = `${env.uid}-termination`;
  return (
    <section class="card" aria-labelledby={id}>
      <h3 id={id}>{t('terminationTitle')}</h3>
      <Show when={props.report.termination.length} fallback={<p>{t('noTermination')}</p>}>
        <ul class="plain">
          <For each={props.report.termination}>
            {(r) => (
              <li class={r.triggered ? 'alert' : ''}>
                <strong class={r.triggered ? 'bad' : 'good'}>
                  {r.triggered ? t('triggered') : t('notTriggered')}
                </strong>
                {': '}
                <span lang="en" dir="auto">
                  {r.rule}
                </span>
                <Show when={r.triggered && r.periods.length}>
                  {' '}
                  {t('triggeredBy', { periods: r.periods.map((p) => fmt.period(p)).join(', ') })}
                </Show>
                <Show when={r.noticeBy}>
                  {(d) => <span> {t('noticeBy', { date: fmt.deadline(d()) })}</span>}
                </Show>
              </li>
            )}
          </For>
        </ul>
        <CiteDetails field="termination" />
      </Show>
    </section>
  );
}
