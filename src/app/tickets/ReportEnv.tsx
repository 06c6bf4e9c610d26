// Gives a tab outside the dashboard the dashboard's reading context (translator, zone,
// formatters, citations) for a report, rebuilt only when locale, contract or clauses change.
import { createMemo, type JSX, Show } from 'solid-js';
import type { SlaReport } from '../../engine/report';
import { EnvProvider, makeEnv } from '../components/context';
import '../styles.css';

export function ReportEnv(props: {
  report: SlaReport;
  locale: string;
  citations: Readonly<Record<string, string>>;
  class?: string;
  children: JSX.Element;
}) {
  const key = createMemo(() => JSON.stringify([props.locale, props.report.contract, props.citations]));
  const env = createMemo(() => {
    key();
    return makeEnv(props.report, props.locale, props.citations);
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
