// The policy being edited: a draft that may be invalid while the user types, checked by
// parsePolicy on every change; a valid draft is saved at once (so the report follows),
// an invalid one stays here with its field-level problems.
import { type Accessor, createEffect, createMemo, createSignal, on } from 'solid-js';
import { type Policy, PolicyError, parsePolicy } from '../../engine/policy';
import { showError } from '../shell/errors';
import type { ContractSession } from '../state/session';
import { type Path, problemsByPath, setAt } from './paths';

export interface PolicyDraft {
  draft: Accessor<unknown>;
  problems: Accessor<string[]>;
  byPath: Accessor<Map<string, string[]>>;
  /** The draft as a policy when it is valid. */
  valid: Accessor<Policy | null>;
  /** True while the draft came from an imported file and is not yet saved anywhere. */
  imported: Accessor<boolean>;
  change: (path: Path, value: unknown) => void;
  replace: (doc: unknown, options?: { imported?: boolean }) => void;
}

function check(doc: unknown): string[] {
  try {
    parsePolicy(doc);
    return [];
  } catch (e) {
    if (e instanceof PolicyError) return e.problems;
    return [(e as Error).message];
  }
}

export function createPolicyDraft(session: ContractSession): PolicyDraft {
  const [draft, setDraft] = createSignal<unknown>(session.policy());
  const [imported, setImported] = createSignal(false);
  const problems = createMemo(() => (draft() === null ? [] : check(draft())));
  const byPath = createMemo(() => problemsByPath(problems()));
  const valid = createMemo(() => (draft() !== null && problems().length === 0 ? (draft() as Policy) : null));

  // Where the contract keeps its policy; switching it starts the draft afresh.
  const sourceKey = () => {
    const p = session.contract()?.policy;
    return p
      ? p.kind === 'custom'
        ? `custom:${p.policyId}`
        : p.kind === 'preset'
          ? `preset:${p.presetId}`
          : 'embedded'
      : '';
  };
  createEffect(
    on(sourceKey, () => {
      setImported(false);
      setDraft(() => structuredClone(session.policy()));
    }),
  );
  // Saves still on their way: their echoes are older than the draft.
  let saving = 0;
  // A saved policy echoes back through storage; take it unless the user is mid-edit.
  createEffect(
    on(session.policy, (p) => {
      if (saving > 0 || imported() || problems().length > 0) return;
      if (JSON.stringify(p) !== JSON.stringify(draft())) setDraft(() => structuredClone(p));
    }),
  );

  function commit(next: unknown): void {
    setDraft(() => next);
    if (imported() || problems().length > 0) return;
    saving++;
    session
      .savePolicy(next as Policy)
      .catch(showError)
      .finally(() => saving--);
  }

  return {
    draft,
    problems,
    byPath,
    valid,
    imported,
    change: (path, value) => commit(setAt(draft(), path, value)),
    replace: (doc, options = {}) => {
      setImported(options.imported ?? false);
      commit(doc);
    },
  };
}
