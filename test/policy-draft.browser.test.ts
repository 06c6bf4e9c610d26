// The policy form's draft against the storage echoes of its own saves, through the session's
// policy as last saved: the first edit of a preset moves the contract onto its own copy, and
// that echo may land after the next edit.
import { batch, createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createPolicyDraft } from '../src/app/policy/draft';
import { createSaved } from '../src/app/state/saved';
import type { ContractSession } from '../src/app/state/session';
import type { Policy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import type { ContractRow } from '../src/storage';

/**
 * A contract on the MedOS preset, its policy shown as the session shows it (last saved until
 * read back), whose saves reach storage only when `land` is called.
 */
function presetSession() {
  const preset = PRESETS.medos!;
  const [contract, setContract] = createSignal<Pick<ContractRow, 'policy'>>({
    policy: { kind: 'preset', presetId: 'medos' },
  });
  const [stored, setStored] = createSignal<Policy>(preset);
  const front = createRoot(() => createSaved(stored, () => 1));
  const saved: Policy[] = [];
  const writes: (() => void)[] = [];
  const session = {
    contract,
    policy: front.value,
    savePolicy: (p: Policy) => {
      saved.push(p);
      return front.save(p, () => new Promise<void>((done) => writes.push(done)));
    },
  } as unknown as ContractSession;
  /** The contract as read back after the nth save, whose write has committed. */
  const land = (n: number) => {
    const p = saved[n]!;
    // The row and its policy come from one read, as the session's do.
    batch(() => {
      setContract({ policy: { kind: 'embedded', policy: p } });
      setStored(() => p);
    });
    writes[n]!();
  };
  /** The contract switched to a preset from the policy's menu. */
  const switchTo = (presetId: string) => {
    batch(() => {
      setContract({ policy: { kind: 'preset', presetId } });
      setStored(() => PRESETS[presetId]!);
    });
  };
  return { session, saved, land, switchTo };
}

/** The draft as the form makes it, its effects running as in the page. */
function formDraft(session: ContractSession) {
  return createRoot((dispose) => ({ draft: createPolicyDraft(session), dispose }));
}

describe('the policy draft', () => {
  it('keeps an edit made before the echo of the first save turned the preset into the contract’s own copy', () => {
    const { session, saved, land } = presetSession();
    const { draft, dispose } = formDraft(session);
    draft.change(['timezone'], 'America/New_York');
    draft.change(['target'], 99.99);
    land(0);
    const after = draft.draft() as Policy;
    expect([after.timezone, after.target]).toEqual(['America/New_York', 99.99]);
    // A third edit is made on the draft as shown, so the target is not lost from storage.
    draft.change(['minOutageMinutes'], 5);
    land(1);
    land(2);
    const stored = saved.at(-1)!;
    expect([stored.timezone, stored.target, stored.minOutageMinutes]).toEqual(['America/New_York', 99.99, 5]);
    expect(draft.draft()).toEqual(stored);
    dispose();
  });

  it('starts afresh when the contract is switched to a preset, even one this form saved unchanged', () => {
    const { session, land, switchTo } = presetSession();
    const { draft, dispose } = formDraft(session);
    // The target changed and changed back: the contract's own copy is the preset as it is.
    draft.change(['target'], 99.99);
    draft.change(['target'], 99.5);
    land(0);
    land(1);
    expect(draft.draft()).toEqual(PRESETS.medos);
    switchTo('clarus-lis');
    expect(draft.draft()).toEqual(PRESETS['clarus-lis']);
    draft.change(['target'], 99.95);
    land(2);
    switchTo('medos');
    expect(draft.draft()).toEqual(PRESETS.medos);
    dispose();
  });
});
