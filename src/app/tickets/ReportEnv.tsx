// Gives a tab outside the dashboard the dashboard's reading context (translator, zone,
// formatters, citations) for a contract, rebuilt only when locale, contract or clauses change.
import { type JSX, Show } from 'solid-js';
import type { SlaReport } from '../../engine/report';
import { createStableEnv, EnvProvider } from '../components/context';
import '../styles.css';

export function ReportEnv(props: {
  contract: SlaReport['contract'];
  locale: string;
  citations: Readonly<Record<string, string>>;
  changed?: readonly string[];
  class?: string;
  children: JSX.Element;
}) {
  const env = createStableEnv(() => props);
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
