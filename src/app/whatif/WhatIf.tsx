// The what-if tab: switch individual exclusion records or outages off and on and watch
// each period's uptime, verdict and credit change against the figures as recorded.
import { createMemo, createSignal, Show } from 'solid-js';
import { jobFailureText } from '../import/failure';
import { createEvaluator, requestKey } from '../state/evaluator';
import { t } from '../state/locale';
import { shownEvaluation } from '../state/report-of';
import type { ContractSession } from '../state/session';
import { whatIfRequest } from './run';
import { WhatIfCompare } from './WhatIfCompare';
import { ExclusionSwitches, OutageSwitches } from './WhatIfLists';

export function WhatIf(props: { session: ContractSession }) {
  const s = props.session;
  const [exclusionsOff, setExclusionsOff] = createSignal<ReadonlySet<number>>(new Set());
  const [outagesOff, setOutagesOff] = createSignal<ReadonlySet<number>>(new Set());
  // The switched evaluation runs in the worker like the contract's own; the latest request wins.
  const request = createMemo(
    () =>
      whatIfRequest(s.evalRequest(), { exclusionsOff: [...exclusionsOff()], outagesOff: [...outagesOff()] }),
    null,
    { equals: (a, b) => (a && b ? requestKey(a) === requestKey(b) : a === b) },
  );
  const switchedState = createEvaluator(request);
  const baseline = () => shownEvaluation(s.evaluation());
  const evaluated = createMemo(() => {
    const base = baseline();
    if (!base) return null;
    if (!request()) return { recorded: base.evaluation, current: base.evaluation, ms: base.ms };
    // Until the first switched answer arrives the recorded figures stand in, so the
    // switches never leave the page (a checkbox keeps its focus while the worker runs).
    const now = shownEvaluation(switchedState()) ?? base;
    return { recorded: base.evaluation, current: now.evaluation, ms: now.ms };
  });
  const failure = () => {
    const e = s.evaluation();
    const w = switchedState();
    if (e.status === 'failed') return jobFailureText(e.error);
    return request() && w.status === 'failed' ? jobFailureText(w.error) : null;
  };
  const toggle = (set: (f: (s: ReadonlySet<number>) => ReadonlySet<number>) => void, key: number) =>
    set((old) => {
      const next = new Set(old);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const switched = () => exclusionsOff().size + outagesOff().size;
  let heading!: HTMLHeadingElement;

  return (
    <Show when={s.datasets().length > 0} fallback={<p class="panel muted">{t('dashNoDataText')}</p>}>
      <section class="panel" aria-labelledby="whatif-h">
        <h2 id="whatif-h" ref={heading} tabindex="-1">
          {t('wiTitle')}
        </h2>
        <p class="muted">{t('wiText')}</p>
        <Show when={failure()}>
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
              // The button goes with the last switch: the focus stays in this panel.
              heading.focus();
            }}
          >
            {t('wiReset', { n: switched() })}
          </button>
        </Show>
      </section>
      <Show when={evaluated()} fallback={<p class="muted">{t('appEvaluating')}</p>}>
        {(e) => (
          <>
            <WhatIfCompare baseline={e().recorded} current={e().current} ms={e().ms} />
            <ExclusionSwitches
              evaluation={e().recorded}
              off={exclusionsOff()}
              onToggle={(i) => toggle(setExclusionsOff, i)}
            />
            <OutageSwitches
              evaluation={e().recorded}
              off={outagesOff()}
              onToggle={(m) => toggle(setOutagesOff, m)}
            />
          </>
        )}
      </Show>
    </Show>
  );
}
