// A contract measured per scope (a region, a feature, a function): a note by the headline
// that the figures there take every monitor together, and each scope's own period table
// with its monitors, target, credits and claims, read from the scope's own report.
import { createMemo, For, Show } from 'solid-js';
import type { SlaReport } from '../../engine/report';
import { EnvProvider, makeEnv, PERIOD_WORD, useEnv } from '../components/context';
import { PeriodTable } from '../components/PeriodTable';
import { scopeReport } from '../components/scope-report';
import { formatTarget } from '../format';
import { termsText } from './text';
import './terms.css';

type Scope = NonNullable<SlaReport['scopes']>[number];

export function ScopeNote(props: { report: SlaReport }) {
  const env = useEnv();
  const tt = termsText(env.locale);
  return (
    <p class="scope-note" data-testid="scope-note">
      {tt('scopeHeadline', { n: props.report.scopes?.length ?? 0 })}
    </p>
  );
}

function ScopeTable(props: {
  report: SlaReport;
  scope: Scope;
  selected: string;
  onSelect: (label: string) => void;
}) {
  const outer = useEnv();
  const tt = termsText(outer.locale);
  const own = createMemo(() => scopeReport(props.report, props.scope.id)!);
  // The scope's own target and period kind word its uptimes and period labels.
  const env = createMemo(() => makeEnv(own(), outer.locale, outer.citations));
  const list = (xs: string[]) => new Intl.ListFormat(outer.locale, { type: 'conjunction' }).format(xs);
  const qualifying = () => props.scope.outages.filter((o) => o.qualifies).length;
  return (
    <EnvProvider env={env()}>
      <div class="scope" data-scope={props.scope.id}>
        <PeriodTable
          report={own()}
          selected={props.selected}
          onSelect={props.onSelect}
          title={props.scope.name}
        >
          <p class="scope-terms">
            <span>
              {tt('scopeTarget', {
                target: formatTarget(props.scope.target, outer.locale),
                period: outer.t(PERIOD_WORD[props.scope.period]),
              })}
            </span>
            <span dir="auto">
              {props.scope.monitors.length
                ? tt('scopeMonitors', { list: list(props.scope.monitors) })
                : tt('scopeNoMonitors')}
            </span>
            <span>{tt('scopeOutages', { n: props.scope.outages.length, qualifying: qualifying() })}</span>
          </p>
        </PeriodTable>
      </div>
    </EnvProvider>
  );
}

export function ScopeSections(props: {
  report: SlaReport;
  selected: string;
  onSelect: (label: string) => void;
}) {
  return (
    <Show when={props.report.scopes?.length}>
      <div class="scopes" data-testid="scopes">
        <For each={props.report.scopes}>
          {(scope) => (
            <ScopeTable
              report={props.report}
              scope={scope}
              selected={props.selected}
              onSelect={props.onSelect}
            />
          )}
        </For>
      </div>
    </Show>
  );
}
