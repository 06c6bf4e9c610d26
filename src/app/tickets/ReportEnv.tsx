// Gives a tab outside the dashboard the dashboard's reading context (translator, zone,
// formatters, citations) for a contract, rebuilt only when locale, contract or clauses change.
import { createMemo, type JSX, Show } from 'solid-js';
import type { SlaReport } from '../../engine/report';
import { EnvProvider, makeEnv } from '../components/context';
import '../styles.css';

export function ReportEnv(props: {
  contract: SlaReport['contract'];
  locale: string;
  citations: Readonly<Record<string, string>>;
  changed?: readonly string[];
  class?: string;
  children: JSX.Element;
}) {
  const key = createMemo(() =>
    JSON.stringify([props.locale, props.contract, props.citations, props.changed ?? []]),
  );
  const env = createMemo(() => {
    key();
    return makeEnv(props.contract, props.locale, props.citations, props.changed);
  });
  return (
    <Show when={env()} keyed>
      {(e) => (
        <EnvProvider env={e}>
          <div class={`sla-dashboard tab-view ${props.class ?? ''}`} lang={e.locale} dir={e.dir}>
            {props.children}
          </div>
        </EnvProvider>
      )}
    </Show>
  );
}
