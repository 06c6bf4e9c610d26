// src/storage's version-2 tables in real Chromium IndexedDB: tickets and obligation events
// saved with their dataset in one transaction, events entered by hand, contracts and
// custom policies changed and removed through the Store, never through Dexie.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ObligationTerms, obligationTerms } from '../src/engine/obligations';
import { effectivePolicy } from '../src/engine/policy';
import { loadObligations } from '../src/ingest/obligations';
import { loadTickets } from '../src/ingest/tickets';
import { HAND_ENTERED_SOURCE, StorageError, Store } from '../src/storage';
import { PROOF_MS } from '../src/storage/room';
import { addContract, fileChecksum, freshStore, policyOf } from './fixtures/storage/helpers';

const ZONE = 'Africa/Cairo';

const opened: Store[] = [];
async function store(): Promise<Store> {
  const s = await freshStore();
  opened.push(s);
  return s;
}
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

async function sample(name: string): Promise<File> {
  const res = await fetch(`/samples/clarus-lis/${name}`);
  if (!res.ok) throw new Error(`sample ${name}: HTTP ${res.status}`);
  return new File([await res.arrayBuffer()], name, { type: 'text/csv' });
}

/** The sample tickets file as the worker hands it to the Store. */
async function ticketsToSave() {
  const file = await sample('tickets.csv');
  const { tickets, summary } = loadTickets(file.name, new Uint8Array(await file.arrayBuffer()), ZONE);
  return {
    name: file.name,
    size: file.size,
    checksum: await fileChecksum(file),
    sourceZone: ZONE,
    tickets,
    summary,
  };
}

async function entriesToSave(ids: ObligationTerms[]) {
  const file = await sample('obligations.csv');
  const entries = loadObligations(file.name, new Uint8Array(await file.arrayBuffer()), ZONE, ids);
  const summary = {
    name: file.name,
    kind: 'obligations' as const,
    rows: entries.length,
    skippedRows: 0,
    monitors: [],
    skipped: [],
  };
  return { name: file.name, size: file.size, checksum: await fileChecksum(file), entries, summary };
}

async function clarus(s: Store) {
  const policy = await policyOf('clarus-lis');
  const contractId = await addContract(s, policy);
  return { policy, contractId, ids: obligationTerms(effectivePolicy(policy).obligations) };
}

describe('room for a record file', () => {
  const MiB = 1024 * 1024;

  it('a tickets file or an obligation log that would not fit is refused before anything is written', async () => {
    const s = await store();
    const { contractId, ids } = await clarus(s);
    const before = await s.counts();
    const room = (left: number | null, holds: boolean) =>
      new Store(s.db, { left: async () => left, holds: async () => holds });
    const tickets = await room(6 * MiB, true)
      .saveTickets(contractId, await ticketsToSave())
      .catch((e: unknown) => e);
    expect(tickets).toBeInstanceOf(StorageError);
    expect((tickets as StorageError).problem).toBe('quota');
    expect((tickets as Error).message).toMatch(
      /^Storage is full: saving “tickets\.csv” needs about 9 MB and this device has 6 MB left for the app\. Nothing was saved; free space/,
    );
    const entries = await room(null, false)
      .saveObligationEntries(contractId, await entriesToSave(ids))
      .catch((e: unknown) => e);
    expect((entries as Error).message).toMatch(
      /^Storage is full: saving “obligations\.csv” needs about 9 MB, more than this device can take now\. Nothing was saved/,
    );
    expect(await s.counts()).toEqual(before);
  });

  it('files saved one after another share one trial write for half a minute, while its headroom lasts', async () => {
    const s = await store();
    const { contractId, ids } = await clarus(s);
    const tried: number[] = [];
    const proving = new Store(s.db, {
      left: async () => null,
      holds: async (bytes) => {
        tried.push(bytes);
        return true;
      },
    });
    const tickets = await ticketsToSave();
    expect((await proving.saveTickets(contractId, tickets)).status).toBe('saved');
    // Six tickets' rows, the 8 MiB reserve and 1 MiB of headroom.
    expect(tried).toHaveLength(1);
    expect(tried[0]! > 9 * MiB && tried[0]! < 9 * MiB + 8192).toBe(true);
    // The obligation log that follows is saved on that proof.
    expect((await proving.saveObligationEntries(contractId, await entriesToSave(ids))).status).toBe('saved');
    expect(tried).toHaveLength(1);
    // A file whose rows pass the headroom left is tried on its own.
    const many = {
      ...tickets,
      name: 'many-tickets.csv',
      checksum: 'f'.repeat(64),
      tickets: Array.from({ length: 5000 }, (_, i) => ({
        ...tickets.tickets[0]!,
        id: `T-${i}`,
        line: i + 2,
      })),
    };
    expect((await proving.saveTickets(contractId, many)).status).toBe('saved');
    expect(tried).toHaveLength(2);
    expect(tried[1]! > 10 * MiB).toBe(true);
    // Half a minute on, a small file proves the room again.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + PROOF_MS);
      expect((await proving.saveTickets(contractId, tickets, { replace: true })).status).toBe('saved');
    } finally {
      vi.useRealTimers();
    }
    expect(tried).toHaveLength(3);
  });
});

describe('tickets', () => {
  it('are saved as a dataset with its rows, found again by checksum, and go with their dataset', async () => {
    const s = await store();
    const { contractId } = await clarus(s);
    const data = await ticketsToSave();
    const saved = await s.saveTickets(contractId, data);
    if (saved.status !== 'saved') throw new Error(JSON.stringify(saved));
    expect(await s.listDatasets(contractId)).toMatchObject([
      { id: saved.datasetId, kind: 'tickets', name: 'tickets.csv', rows: 6, sourceZone: ZONE, monitors: [] },
    ]);
    expect(await s.saveTickets(contractId, data)).toEqual({
      status: 'duplicate',
      datasetId: saved.datasetId,
    });
    const replaced = await s.saveTickets(contractId, data, { replace: true });
    expect(replaced).toMatchObject({ status: 'saved', replacedDatasetId: saved.datasetId });

    const inputs = await s.loadContractInputs(contractId);
    expect(inputs.tickets).toEqual(data.tickets);
    // The stored file's size goes with its summary to the report (its SHA-256 once the worker has it).
    expect(inputs.inputs).toEqual([{ ...data.summary, size: data.size }]);
    expect((await s.listTickets(contractId)).map((t) => [t.id, t.line])).toEqual(
      data.tickets.map((t) => [t.id, t.line]),
    );
    expect(await s.counts()).toMatchObject({ datasets: 1, tickets: 6 });

    expect(await s.deleteDataset((replaced as { datasetId: number }).datasetId)).toBe(true);
    expect(await s.counts()).toMatchObject({ datasets: 0, tickets: 0 });
    expect((await s.loadContractInputs(contractId)).tickets).toEqual([]);
  });

  it('of two datasets that share a ticket id are judged once, the later dataset’s row standing', async () => {
    const s = await store();
    const { contractId } = await clarus(s);
    const data = await ticketsToSave();
    await s.saveTickets(contractId, data);
    // A later export: CLR-215 answered and resolved since, and one new ticket.
    const text = [
      'id,severity,opened_at,first_response_at,resolved_at',
      'CLR-215,P2,2026-11-19T17:00:00+02:00,2026-11-22T10:00:00+02:00,2026-11-23T12:00:00+02:00',
      'CLR-218,P3,2026-11-24T10:00:00+02:00,,',
    ].join('\n');
    const bytes = new TextEncoder().encode(text);
    const later = loadTickets('tickets-later.csv', bytes, ZONE);
    await s.saveTickets(contractId, {
      name: 'tickets-later.csv',
      size: bytes.length,
      checksum: await fileChecksum(new File([bytes], 'tickets-later.csv')),
      sourceZone: ZONE,
      ...later,
    });
    const inputs = await s.loadContractInputs(contractId);
    expect(inputs.tickets.map((t) => [t.id, t.source, t.line, t.resolvedAtMs])).toEqual([
      ...data.tickets.slice(0, 5).map((t) => [t.id, 'tickets.csv', t.line, t.resolvedAtMs]),
      ['CLR-215', 'tickets-later.csv', 2, Date.parse('2026-11-23T12:00:00+02:00')],
      ['CLR-218', 'tickets-later.csv', 3, null],
    ]);
    expect(inputs.inputs.map((i) => [i.name, i.rows, i.skippedRows, i.skipped])).toEqual([
      [
        'tickets.csv',
        5,
        1,
        [
          {
            line: 7,
            reason:
              'the id of the ticket on line 2 of tickets-later.csv, a later file, whose row is judged (each ticket is judged once)',
          },
        ],
      ],
      ['tickets-later.csv', 2, 0, []],
    ]);
    // What is stored is untouched: the earlier file keeps its six rows.
    expect(await s.listDatasets(contractId)).toMatchObject([{ rows: 6 }, { rows: 2 }]);
  });

  it('save nothing when the transaction fails, or when the contract is gone', async () => {
    const s = await store();
    const { contractId } = await clarus(s);
    const data = await ticketsToSave();
    const before = await s.counts();
    // Two tickets on one line of one file: the second write fails after the dataset row was added.
    const broken = { ...data, tickets: [...data.tickets, data.tickets[0]!] };
    await expect(s.saveTickets(contractId, broken)).rejects.toThrow(
      /Storage failed while saving “tickets.csv”/,
    );
    expect(await s.counts()).toEqual(before);
    await expect(s.saveTickets(contractId + 99, data)).rejects.toThrow(StorageError);
    expect(await s.counts()).toEqual(before);
  });
});

describe('obligation events', () => {
  it('come from a file or by hand; a file’s go with its dataset, hand-entered ones stay', async () => {
    const s = await store();
    const { contractId, ids } = await clarus(s);
    const data = await entriesToSave(ids);
    const saved = await s.saveObligationEntries(contractId, data);
    if (saved.status !== 'saved') throw new Error(JSON.stringify(saved));
    expect(await s.saveObligationEntries(contractId, data)).toEqual({
      status: 'duplicate',
      datasetId: saved.datasetId,
    });
    const byHand = await s.addObligationEntry(contractId, {
      obligation: 'rto',
      startedAtMs: Date.UTC(2026, 10, 2, 7),
      fulfilledAtMs: Date.UTC(2026, 10, 2, 17),
      note: 'restored',
    });
    const rows = await s.listObligationEntries(contractId);
    expect(rows.map((r) => [r.obligation, r.datasetId, r.source, r.line])).toEqual([
      ['breach-notification', saved.datasetId, 'obligations.csv', 2],
      ['rpo', saved.datasetId, 'obligations.csv', 3],
      ['rto', saved.datasetId, 'obligations.csv', 4],
      ['breach-notification', saved.datasetId, 'obligations.csv', 5],
      ['rto', null, HAND_ENTERED_SOURCE, 0],
    ]);
    expect(rows.at(-1)!.id).toBe(byHand);
    expect((await s.loadContractInputs(contractId)).obligations).toEqual([
      ...data.entries,
      {
        obligation: 'rto',
        startedAtMs: Date.UTC(2026, 10, 2, 7),
        fulfilledAtMs: Date.UTC(2026, 10, 2, 17),
        note: 'restored',
        source: HAND_ENTERED_SOURCE,
        line: 0,
      },
    ]);

    expect(await s.deleteDataset(saved.datasetId)).toBe(true);
    expect((await s.listObligationEntries(contractId)).map((r) => r.id)).toEqual([byHand]);
    expect(await s.deleteObligationEntry(byHand)).toBe(true);
    expect(await s.deleteObligationEntry(byHand)).toBe(false);
    expect((await s.loadContractInputs(contractId)).obligations).toEqual([]);
    await expect(
      s.addObligationEntry(contractId + 99, {
        obligation: 'rto',
        startedAtMs: 0,
        fulfilledAtMs: null,
        note: '',
      }),
    ).rejects.toMatchObject({ problem: 'missing' });
  });
});

describe('contracts and custom policies', () => {
  it('change through the Store; a new contract uses the built-in holidays', async () => {
    const s = await store();
    const { contractId } = await clarus(s);
    expect((await s.getContract(contractId))!.holidays).toBeNull();
    expect(await s.updateContract(contractId, { name: 'Lab B', fee: 5000, holidays: [] })).toBe(true);
    expect(await s.getContract(contractId)).toMatchObject({ name: 'Lab B', fee: 5000, holidays: [] });
    expect(await s.updateContract(contractId + 99, { name: 'nobody' })).toBe(false);

    const policy = await policyOf('clarus-lis');
    const a = await s.addPolicy({ name: 'A', policy, createdAt: 1, updatedAt: 1 });
    const b = await s.addPolicy({ name: 'B', policy, createdAt: 2, updatedAt: 2 });
    expect((await s.listPolicies()).map((p) => p.name)).toEqual(['A', 'B']);
    expect(await s.updatePolicy(a, { name: 'A, renamed' })).toBe(true);
    const renamed = await s.getPolicy(a);
    expect(renamed).toMatchObject({ name: 'A, renamed', createdAt: 1 });
    expect(renamed!.updatedAt).toBeGreaterThan(1);

    await s.updateContract(contractId, { policy: { kind: 'custom', policyId: a } });
    const refused = await s.deletePolicy(a).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StorageError);
    expect(refused).toMatchObject({ problem: 'in-use', message: expect.stringContaining('“Lab B”') });
    expect(await s.deletePolicy(b)).toBe(true);
    expect(await s.deletePolicy(b)).toBe(false);
    expect((await s.listPolicies()).map((p) => p.id)).toEqual([a]);
  });

  it('a deleted contract takes every row of its own, in one transaction', async () => {
    const s = await store();
    const { contractId, ids } = await clarus(s);
    const other = await clarus(s);
    await s.saveTickets(other.contractId, await ticketsToSave());
    const kept = await s.counts();
    await s.saveTickets(contractId, await ticketsToSave());
    await s.saveObligationEntries(contractId, await entriesToSave(ids));
    await s.addObligationEntry(contractId, {
      obligation: 'rto',
      startedAtMs: 0,
      fulfilledAtMs: null,
      note: '',
    });
    expect(await s.deleteContract(contractId)).toBe(true);
    expect(await s.counts()).toEqual({ ...kept, contracts: kept.contracts - 1 });
    expect((await s.loadContractInputs(other.contractId)).tickets).toHaveLength(6);
  });
});
