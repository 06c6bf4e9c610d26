// The contract's Obligations tab: the policy's promises, the session's stored events, the
// latest report's judgement of them, and adding or deleting events in the store.
import { Show } from 'solid-js';
import { effectivePolicy } from '../../engine/policy';
import type { NewObligationEntry } from '../../storage';
import { announce } from '../shell/announce';
import { showError } from '../shell/errors';
import { appStore } from '../state/db';
import { t } from '../state/locale';
import { shownEvaluation } from '../state/report-of';
import type { ContractSession } from '../state/session';
import { ObligationsView } from './ObligationsView';

export function ObligationsTab(props: { session: ContractSession }) {
  const s = props.session;
  const policy = () => {
    const p = s.policy();
    return p ? effectivePolicy(p) : null;
  };
  const add = async (entry: NewObligationEntry) => {
    await (await appStore()).addObligationEntry(s.id(), entry);
    announce(t('obAdded'));
  };
  const remove = async (id: number) => {
    try {
      await (await appStore()).deleteObligationEntry(id);
      announce(t('obDeleted'));
    } catch (e) {
      showError(e);
    }
  };
  return (
    <Show when={policy()}>
      {(p) => (
        <ObligationsView
          obligations={p().obligations}
          preset={p().id}
          zone={s.zone()}
          evaluation={shownEvaluation(s.evaluation())?.evaluation ?? null}
          entries={s.obligationEntries()}
          citations={s.clauses().citations}
          changed={s.clauses().changed}
          onAdd={add}
          onDelete={remove}
        />
      )}
    </Show>
  );
}
