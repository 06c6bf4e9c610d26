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
  const byPath = createMemo(() => problemsByPath(problems(), draft()));
  const valid = createMemo(() => (draft() !== null && problems().length === 0 ? (draft() as Policy) : null));

  // Where the contract keeps its policy; switching it starts the draft afresh. A memo, so
  // that a save (which rereads the contract) does not count as a switch and reset an
  // invalid draft the user is still typing.
  const sourceKey = createMemo(() => {
    const p = session.contract()?.policy;
    return p
      ? p.kind === 'custom'
        ? `custom:${p.policyId}`
        : p.kind === 'preset'
          ? `preset:${p.presetId}`
          : 'embedded'
      : '';
  });
  createEffect(
    on(sourceKey, () => {
      setImported(false);
      setDraft(() => structuredClone(session.policy()));
    }),
  );
  // The policies this form saved. Their echoes through storage can come late and out of
  // order (a read begun before a later save finishes after it); none is newer than the
  // draft, so an echo of one is never taken back into it. The last few are enough.
  const sent: string[] = [];
  const remember = (text: string) => {
    sent.push(text);
    if (sent.length > 32) sent.shift();
  };
  // A policy changed elsewhere (another tab, a shared link) comes in unless the user is mid-edit.
  createEffect(
    on(session.policy, (p) => {
      if (imported() || problems().length > 0) return;
      const text = JSON.stringify(p);
      if (sent.includes(text)) return;
      if (text !== JSON.stringify(draft())) setDraft(() => structuredClone(p));
    }),
  );

  function commit(next: unknown): void {
    setDraft(() => next);
    if (imported() || problems().length > 0) return;
    remember(JSON.stringify(next));
    session.savePolicy(next as Policy).catch(showError);
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
