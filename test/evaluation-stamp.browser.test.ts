// What re-evaluates an open contract: a file's SHA-256, recorded in the background after
// its import, changes the request, so the report and the claim letter list it once it is.
import { describe, expect, it } from 'vitest';
import { evaluationStamp } from '../src/app/state/session';
import type { ContractRow, DatasetRow, ObligationEntryRow } from '../src/storage';

// Only the fields the stamp reads.
const contract = {
  timezone: 'Africa/Cairo',
  fee: 12000,
  currency: 'EGP',
  tier: null,
  effectiveDate: null,
  holidays: null,
  ticketResolutions: [],
} as unknown as ContractRow;
const dataset = (id: number, sha256?: string) => ({ id, ...(sha256 ? { sha256 } : {}) }) as DatasetRow;
const none: ObligationEntryRow[] = [];

describe('the evaluation stamp', () => {
  it('changes when a dataset’s SHA-256 is recorded, and not when nothing did', () => {
    const before = evaluationStamp(contract, [dataset(1), dataset(2)], none);
    expect(evaluationStamp(contract, [dataset(1), dataset(2)], none)).toBe(before);
    const hashed = evaluationStamp(contract, [dataset(1), dataset(2, 'ab'.repeat(32))], none);
    expect(hashed).not.toBe(before);
    expect(evaluationStamp(contract, [dataset(1), dataset(2, 'ab'.repeat(32))], none)).toBe(hashed);
  });

  it('changes with a new dataset, a changed term or a hand-entered event', () => {
    const before = evaluationStamp(contract, [dataset(1)], none);
    expect(evaluationStamp(contract, [dataset(1), dataset(2)], none)).not.toBe(before);
    expect(evaluationStamp({ ...contract, fee: 15000 }, [dataset(1)], none)).not.toBe(before);
    const entry = {
      id: 7,
      obligation: 'rto',
      startedAtMs: 0,
      fulfilledAtMs: 60_000,
      note: '',
    } as unknown as ObligationEntryRow;
    expect(evaluationStamp(contract, [dataset(1)], [entry])).not.toBe(before);
  });
});
