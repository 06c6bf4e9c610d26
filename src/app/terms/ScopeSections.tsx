// A contract measured per scope (a region, a feature, a function): a note by the headline
// that the figures there take every monitor together, and each scope's own period table
// with its monitors, target, credits and claims, read from the scope's own evaluation.
import { createMemo, For, Show } from 'solid-js';
import type { Evaluation, ScopeEvaluation } from '../../engine/model';
import { EnvProvider, makeEnv, PERIOD_WORD, useEnv } from '../components/context';
import { PeriodTable } from '../components/PeriodTable';
import { scopeContract } from '../components/scope-contract';
import { formatTarget, isolate } from '../format';
import { termsText } from './text';
import './terms.css';

/**
 * Names and patterns as the reader's language lists them, "a or b" or "a and b", each
 * isolated so "droplet-*" keeps its star at its end inside an Arabic sentence.
 */
const listed = (locale: string, xs: readonly string[], type: 'conjunction' | 'disjunction') =>
  new Intl.ListFormat(locale, { type }).format(xs.map(isolate));

export function ScopeNote(props: { evaluation: Evaluation }) {
  const env = useEnv();
  const tt = termsText(env.locale);
  const unscoped = () => props.evaluation.unscopedMonitors ?? [];
  const patterns = () => (props.evaluation.scopes ?? []).flatMap((s) => s.patterns);
  return (
    <>
      <p class="scope-note" data-testid="scope-note">
        {tt('scopeHeadline', { n: props.evaluation.scopes?.length ?? 0 })}
      </p>
      <Show when={unscoped().length}>
        <p class="scope-note scope-unscoped" data-testid="scope-unscoped" role="note">
          {tt('scopeUnscoped', {
            n: unscoped().length,
            list: listed(env.locale, unscoped(), 'conjunction'),
            patterns: listed(env.locale, patterns(), 'disjunction'),
          })}
        </p>
      </Show>
    </>
  );
}

function ScopeTable(props: {
  contract: Evaluation['contract'];
  scope: ScopeEvaluation;
  selected: string;
  onSelect: (label: string) => void;
}) {
  const outer = useEnv();
  const tt = termsText(outer.locale);
  // The scope's own target and period kind word its uptimes and period labels.
  const env = createMemo(() =>
    makeEnv(scopeContract(props.contract, props.scope), outer.locale, outer.citations, [...outer.changed]),
  );
  const list = (xs: string[]) => new Intl.ListFormat(outer.locale, { type: 'conjunction' }).format(xs);
  const qualifying = () => props.scope.outages.filter((o) => o.qualifies).length;
  return (
    <EnvProvider env={env()}>
      <div class="scope" data-scope={props.scope.id}>
        <PeriodTable
          periods={props.scope.periods}
          months={[]}
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
                : tt('scopeNoMonitors', {
                    patterns: listed(outer.locale, props.scope.patterns, 'disjunction'),
                  })}
            </span>
            <span>{tt('scopeOutages', { n: props.scope.outages.length, qualifying: qualifying() })}</span>
          </p>
        </PeriodTable>
      </div>
    </EnvProvider>
  );
}

export function ScopeSections(props: {
  evaluation: Evaluation;
  selected: string;
  onSelect: (label: string) => void;
}) {
  return (
    <Show when={props.evaluation.scopes?.length}>
      <div class="scopes" data-testid="scopes">
        <For each={props.evaluation.scopes}>
          {(scope) => (
            <ScopeTable
              contract={props.evaluation.contract}
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
