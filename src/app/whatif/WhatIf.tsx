// The what-if tab: switch individual exclusion records or outages off and on and watch
// each period's uptime, verdict and credit change against the figures as recorded.
import { createMemo, createResource, createSignal, Show } from 'solid-js';
import { errorText } from '../shell/errors';
import { t } from '../state/locale';
import type { ContractSession } from '../state/session';
import { loadInputs, whatIfReport } from './run';
import { WhatIfCompare } from './WhatIfCompare';
import { ExclusionSwitches, OutageSwitches } from './WhatIfLists';

export function WhatIf(props: { session: ContractSession }) {
  const s = props.session;
  const [exclusionsOff, setExclusionsOff] = createSignal<ReadonlySet<number>>(new Set());
  const [outagesOff, setOutagesOff] = createSignal<ReadonlySet<number>>(new Set());
  // Re-read when the datasets change; the ids are the key.
  const [inputs] = createResource(
    () =>
      s.datasets().length
        ? `${s.id()}|${s
            .datasets()
            .map((d) => d.id)
            .join(',')}`
        : null,
    () => loadInputs(s.id()),
  );
  const evaluated = createMemo(() => {
    const i = inputs();
    const c = s.contract();
    const p = s.evalPolicy();
    if (!i || !c || !p) return null;
    try {
      const started = performance.now();
      const baseline = whatIfReport(i, p, c, s.asOf(), { exclusionsOff: [], outagesOff: [] });
      const current = whatIfReport(i, p, c, s.asOf(), {
        exclusionsOff: [...exclusionsOff()],
        outagesOff: [...outagesOff()],
      });
      return { baseline, current, ms: performance.now() - started, error: null };
    } catch (e) {
      return { baseline: null, current: null, ms: 0, error: errorText(e) };
    }
  });
  const toggle = (set: (f: (s: ReadonlySet<number>) => ReadonlySet<number>) => void, key: number) =>
    set((old) => {
      const next = new Set(old);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const switched = () => exclusionsOff().size + outagesOff().size;

  return (
    <Show when={s.datasets().length > 0} fallback={<p class="panel muted">{t('dashNoDataText')}</p>}>
      <section class="panel" aria-labelledby="whatif-h">
        <h2 id="whatif-h">{t('wiTitle')}</h2>
        <p class="muted">{t('wiText')}</p>
        <Show when={inputs.error}>
          <p class="error" role="alert">
            {errorText(inputs.error)}
          </p>
        </Show>
        <Show when={evaluated()?.error}>
          {(e) => (
            <p class="error" role="alert">
              {e()}
            </p>
          )}
        </Show>
        <Show when={switched() > 0}>
          <button
            type="button"
            onClick={() => {
              setExclusionsOff(new Set<number>());
              setOutagesOff(new Set<number>());
            }}
          >
            {t('wiReset', { n: switched() })}
          </button>
        </Show>
      </section>
      <Show when={evaluated()?.current && evaluated()} fallback={<p class="muted">{t('appEvaluating')}</p>}>
        {(e) => (
          <>
            <WhatIfCompare baseline={e().baseline!} current={e().current!} ms={e().ms} />
            <ExclusionSwitches
              report={e().baseline!}
              off={exclusionsOff()}
              onToggle={(i) => toggle(setExclusionsOff, i)}
            />
            <OutageSwitches
              report={e().baseline!}
              off={outagesOff()}
              onToggle={(m) => toggle(setOutagesOff, m)}
            />
          </>
        )}
      </Show>
    </Show>
  );
}
