// Files dropped the moment a contract opens are planned with the contract's zone and its
// policy's obligations, not with the empty defaults of a contract not yet read.
import { createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { importDefaults } from '../src/app/import/defaults';
import type { ContractSession } from '../src/app/state/session';
import type { Policy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import type { ContractRow } from '../src/storage';

/** A contract being read; `holidays` its own list of holidays (null: the policy country's). */
function openingSession(holidays: ContractRow['holidays'] = null) {
  const [loaded, setLoaded] = createSignal(false);
  const [policy, setPolicy] = createSignal<Policy | null>(null);
  const [zone, setZone] = createSignal('UTC');
  const [contract, setContract] = createSignal<Pick<ContractRow, 'holidays'> | undefined>(undefined);
  const session = { loaded, policy, zone, contract } as unknown as ContractSession;
  const finishReading = () => {
    setPolicy(PRESETS['clarus-lis']!);
    setZone('America/New_York');
    setContract({ holidays });
    setLoaded(true);
  };
  return { session, finishReading };
}

describe('import defaults', () => {
  it('wait until the contract has been read', async () => {
    const { session, finishReading } = openingSession();
    let settled = false;
    const defaults = importDefaults(session).then((d) => {
      settled = true;
      return d;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).toBe(false);
    finishReading();
    expect(await defaults).toEqual({
      zone: 'America/New_York',
      obligations: [
        { id: 'breach-notification', rule: { kind: 'withinHours' } },
        { id: 'rto', rule: { kind: 'withinHours' } },
        { id: 'rpo', rule: { kind: 'dataLossAtMostHours' } },
      ],
      // Clarus counts business days without Egypt's public holidays.
      holidayCountry: 'EG',
    });
  });

  it('name no holiday country for a contract that keeps its own list of holidays', async () => {
    const { session, finishReading } = openingSession([{ date: '2026-10-06', name: 'Armed Forces Day' }]);
    finishReading();
    expect((await importDefaults(session)).holidayCountry).toBeNull();
  });

  it('are given at once for a contract already read', async () => {
    const { session, finishReading } = openingSession();
    finishReading();
    expect((await importDefaults(session)).zone).toBe('America/New_York');
  });
});
