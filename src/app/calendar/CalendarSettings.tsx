// The calendar section of a contract's settings: the editor fed from the session, saving
// the contract's own holiday list (or null for the built-in one) on the contract row.
import { Show } from 'solid-js';
import { effectivePolicy } from '../../engine/policy';
import { appStore } from '../state/db';
import { shownEvaluation } from '../state/report-of';
import { createSaved } from '../state/saved';
import type { ContractSession } from '../state/session';
import { CalendarEditor } from './CalendarEditor';
import { dataYears, type Holiday } from './holidays';

export function CalendarSettings(props: { session: ContractSession }) {
  const s = props.session;
  const policy = () => {
    const p = s.policy();
    return p ? effectivePolicy(p) : null;
  };
  // Two holidays removed one after the other: the second starts from the list without the first.
  const own = createSaved(() => s.contract()?.holidays ?? null, s.id);
  const save = (holidays: Holiday[] | null) =>
    own.save(holidays, async () => (await appStore()).updateContract(s.id(), { holidays }));
  return (
    <Show when={policy()}>
      {(p) => (
        <CalendarEditor
          zone={s.zone()}
          calendar={p().calendar}
          clause={p().citations.calendar}
          own={own.value()}
          years={dataYears(shownEvaluation(s.evaluation())?.evaluation ?? null, s.asOf())}
          save={save}
        />
      )}
    </Show>
  );
}
