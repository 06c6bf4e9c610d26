// A contract's policy as the page shows it, against edits made faster than storage answers:
// two claim conditions answered one after the other both stay answered.
import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { addContract, appStore } from '../src/app/state/db';
import { newContractRow } from '../src/app/state/policies';
import { type ContractSession, createContractSession } from '../src/app/state/session';
import { until } from '../src/app/state/until';
import { withAnswer } from '../src/app/terms/answers';
import type { Policy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';

/** MedOS with two conditions the customer answers before claiming. */
function withConditions(): Policy {
  const policy = structuredClone(PRESETS.medos!);
  policy.eligibility.conditions = [
    { id: 'paid', text: 'All invoices paid', answer: null },
    { id: 'reported', text: 'The outage was reported to support', answer: null },
  ];
  return policy;
}

async function openSession(policy: Policy) {
  const id = await addContract(newContractRow('Clinic', { kind: 'embedded', policy }, policy));
  const { session, dispose } = createRoot((dispose) => ({
    session: createContractSession(() => id),
    dispose,
  }));
  await until(() => session.loaded());
  return { id, session, dispose };
}

const answers = (p: Policy | null | undefined) => p?.eligibility.conditions?.map((c) => c.answer);

/** The answers in the contract row as last read from storage. */
function storedAnswers(session: ContractSession) {
  const source = session.contract()?.policy;
  return source?.kind === 'embedded' ? answers(source.policy) : undefined;
}

describe('a contract session', () => {
  it('starts the next edit from the policy just saved, before storage has answered', async () => {
    const { id, session, dispose } = await openSession(withConditions());
    const first = session.savePolicy(withAnswer(session.policy()!, 'paid', true)!);
    const last = withAnswer(session.policy()!, 'reported', false)!;
    const second = session.savePolicy(last);
    await Promise.all([first, second]);
    expect(answers(session.policy())).toEqual([true, false]);
    const stored = await (await appStore()).getContract(id);
    expect(stored?.policy.kind === 'embedded' && answers(stored.policy.policy)).toEqual([true, false]);
    // Storage's answer comes back the same.
    await until(() => storedAnswers(session)?.[1] === false);
    // The same policy read back is no change: what depends on it is not rebuilt.
    expect(session.policy()).toBe(last);
    dispose();
  });

  it('shows the stored policy again when a save fails', async () => {
    const { session, dispose } = await openSession(withConditions());
    const store = await appStore();
    const write = store.updateContract;
    store.updateContract = () => Promise.reject(new Error('The disk is full'));
    try {
      const saving = session.savePolicy(withAnswer(session.policy()!, 'paid', true)!);
      expect(answers(session.policy())).toEqual([true, null]);
      await expect(saving).rejects.toThrow('The disk is full');
    } finally {
      store.updateContract = write;
    }
    expect(answers(session.policy())).toEqual([null, null]);
    dispose();
  });
});
