// Tickets, obligation logs, holidays and what-if through the worker bridge in real
// Chromium: the report equals the command line's, a bad obligation log stores nothing,
// the contract's own holidays count, and deleting a contract leaves nothing of it.
import { afterAll, describe, expect, it } from 'vitest';
import { createImportBridge, type EvaluateOutcome, type ImportOutcome } from '../src/app/worker-bridge';
import { evaluate, withContract } from '../src/engine/evaluate';
import { obligationTerms } from '../src/engine/obligations';
import { effectivePolicy, type Policy } from '../src/engine/policy';
import { reportJson } from '../src/engine/report';
import { toReport } from '../src/engine/to-report';
import { builtInHolidays } from '../src/ingest/country-holidays';
import type { LoadOptions } from '../src/ingest/load';
import { loadObligations } from '../src/ingest/obligations';
import { loadTickets } from '../src/ingest/tickets';
import type { Store } from '../src/storage';
import type { ImportOptions } from '../workers/outcomes';
import { CLARUS_SAMPLE_FINGERPRINTS } from './fixtures/sample-fingerprints';
import { addContract, fileSha256, freshStore, policyOf, reduceLikeCli } from './fixtures/storage/helpers';

const AS_OF = '2026-11-21';
const ZONE = 'Africa/Cairo';

const stores: Store[] = [];
afterAll(() => {
  for (const s of stores) s.close();
});

async function sample(name: string): Promise<File> {
  const res = await fetch(`/samples/clarus-lis/${name}`);
  if (!res.ok) throw new Error(`sample ${name}: HTTP ${res.status}`);
  return new File([await res.arrayBuffer()], name, { type: 'text/csv' });
}

/** A fresh database with a Clarus LIS contract, and a bridge whose worker uses that database. */
async function setup() {
  const store = await freshStore();
  stores.push(store);
  const policy = await policyOf('clarus-lis');
  const contractId = await addContract(store, policy);
  const bridge = createImportBridge({ storeName: store.name });
  return { store, policy, contractId, bridge };
}

const minuteOptions = (kind: 'probes' | 'exclusions') => ({ kind, sourceZone: ZONE }) as const;
const ticketOptions = { kind: 'tickets', sourceZone: ZONE } as const;
const obligationOptions = (policy: Policy) =>
  ({
    kind: 'obligations',
    sourceZone: ZONE,
    obligations: obligationTerms(effectivePolicy(policy).obligations),
  }) as const;

const imported = (o: ImportOutcome) => {
  if (o.status !== 'imported') throw new Error(`expected an import, got ${JSON.stringify(o)}`);
  return o;
};
const evaluated = (o: EvaluateOutcome) => {
  if (o.status !== 'evaluated') throw new Error(`expected a report, got ${JSON.stringify(o)}`);
  return o;
};

/** The whole Clarus sample: probes, maintenance, tickets and the obligation log, in the command line's order. */
async function clarusSample(policy: Policy): Promise<{ file: File; options: ImportOptions }[]> {
  return [
    { file: await sample('probes.csv'), options: minuteOptions('probes') },
    { file: await sample('maintenance.csv'), options: minuteOptions('exclusions') },
    { file: await sample('tickets.csv'), options: ticketOptions },
    { file: await sample('obligations.csv'), options: obligationOptions(policy) },
  ];
}

/**
 * The report `sla --policy clarus-lis --probes … --exclusions … --tickets … --obligations …`
 * prints, computed its way in the page: the same readers, Egypt's built-in holidays over
 * the years the inputs and asOf touch (2026: 2025 to 2027), and the engine.
 */
async function cliReport(policy: Policy, files: { file: File; options: ImportOptions }[]) {
  const minuteFiles = files.flatMap((f) =>
    f.options.kind === 'tickets' || f.options.kind === 'obligations'
      ? []
      : [{ file: f.file, options: f.options as LoadOptions }],
  );
  const reduced = await reduceLikeCli(minuteFiles);
  const inputs = [...reduced.inputs];
  const ticketFile = files.find((f) => f.options.kind === 'tickets')!.file;
  const loaded = loadTickets(ticketFile.name, new Uint8Array(await ticketFile.arrayBuffer()), ZONE);
  inputs.push({ ...loaded.summary, size: ticketFile.size, sha256: await fileSha256(ticketFile) });
  const obligationFile = files.find((f) => f.options.kind === 'obligations')!.file;
  const obligations = loadObligations(
    obligationFile.name,
    new Uint8Array(await obligationFile.arrayBuffer()),
    ZONE,
    obligationTerms(effectivePolicy(policy).obligations),
  );
  inputs.push({
    name: obligationFile.name,
    kind: 'obligations',
    rows: obligations.length,
    skippedRows: 0,
    monitors: [],
    skipped: [],
    size: obligationFile.size,
    sha256: await fileSha256(obligationFile),
  });
  const holidays = (await builtInHolidays('EG', 2025, 2027)).map((h) => h.date);
  return evaluate({
    policy: withContract(policy, { timezone: ZONE }),
    ...reduced,
    inputs,
    tickets: loaded.tickets,
    obligations,
    holidays,
    asOf: AS_OF,
  });
}

describe('tickets and obligation logs through the worker', () => {
  it('give the command line’s report for the Clarus LIS sample', async () => {
    const { bridge, contractId, policy, store } = await setup();
    const files = await clarusSample(policy);
    const started = performance.now();
    for (const f of files) imported(await bridge.importFile(f.file, contractId, f.options));
    const importMs = performance.now() - started;
    // Each file's SHA-256 is taken after its import: the report lists it once taken.
    await bridge.fingerprintsSettled();
    const first = evaluated(await bridge.evaluateContract(contractId, policy, AS_OF));
    const report = toReport(first.evaluation);
    const cli = toReport(await cliReport(policy, files));
    expect(reportJson(report)).toBe(reportJson(cli));

    // Figures checked against `npm run sla -- --policy clarus-lis --probes … --tickets … --obligations … --as-of 2026-11-21`.
    expect(report.tickets.map((t) => [t.id, t.clock, t.elapsedMinutes, t.targetMinutes, t.met])).toEqual([
      ['CLR-201', '24x7', 30, 60, true],
      ['CLR-204', 'business', 270, 240, false],
      ['CLR-209', 'business', 240, 540, true],
      ['CLR-207', '24x7', 80, 60, false],
      ['CLR-212', 'business', 1620, 1080, false],
      ['CLR-215', 'business', 60, 240, null],
    ]);
    expect(
      report.ticketCompliance.map((c) => [c.severity, c.kind, c.decided, c.pending, c.compliancePercent]),
    ).toEqual([
      ['P1', 'response', 2, 0, 50],
      ['P2', 'response', 1, 1, 0],
      ['P3', 'response', 1, 0, 100],
      ['P4', 'response', 1, 0, 0],
    ]);
    expect(report.obligations.map((o) => [o.obligation, o.status, o.marginHours, o.source])).toEqual([
      ['breach-notification', 'met', 28, 'obligations.csv:2'],
      ['rpo', 'missed', -8.25, 'obligations.csv:3'],
      ['rto', 'met', 2.92, 'obligations.csv:4'],
      ['breach-notification', 'pending', 20, 'obligations.csv:5'],
    ]);
    expect(report.inputs.map((i) => [i.name, i.kind, i.rows, i.skippedRows])).toEqual([
      ['probes.csv', 'probes', 36195, 0],
      ['maintenance.csv', 'exclusions', 6, 0],
      ['tickets.csv', 'tickets', 6, 0],
      ['obligations.csv', 'obligations', 4, 0],
    ]);
    // Size and digest as `stat` and `sha256sum` print them (checked in Node by evidence-fingerprints.test.ts).
    expect(report.inputs.map((i) => [i.name, { size: i.size, sha256: i.sha256 }])).toEqual(
      Object.entries(CLARUS_SAMPLE_FINGERPRINTS),
    );
    expect((await store.listDatasets(contractId)).map((d) => [d.kind, d.rows, d.sourceZone])).toEqual([
      ['probes', 36195, ZONE],
      ['exclusions', 6, ZONE],
      ['tickets', 6, ZONE],
      ['obligations', 4, ZONE],
    ]);

    // The holidays are cached in the worker: a second evaluation does not build them again.
    const second = evaluated(await bridge.evaluateContract(contractId, policy, AS_OF));
    expect(reportJson(toReport(second.evaluation))).toBe(reportJson(report));
    console.info(
      `Clarus sample: import ${importMs.toFixed(0)} ms; evaluate ${JSON.stringify(first.timings)}, again ${JSON.stringify(second.timings)}`,
    );
    bridge.stop();
  });

  it('an obligation log naming an unknown obligation is refused whole and stores nothing', async () => {
    const { bridge, contractId, policy, store } = await setup();
    const before = await store.counts();
    const text = [
      'obligation,started_at,fulfilled_at,note',
      'breach-notification,2026-09-25T14:00:00+03:00,2026-09-27T10:00:00+03:00,fine',
      'uptime-party,2026-09-26T14:00:00+03:00,,not a promise of this contract',
    ].join('\n');
    const outcome = await bridge.importFile(
      new File([text], 'bad-obligations.csv'),
      contractId,
      obligationOptions(policy),
    );
    expect(outcome).toMatchObject({
      status: 'failed',
      error: {
        type: 'input',
        file: 'bad-obligations.csv',
        line: 3,
        reason: expect.stringMatching(/^unknown obligation \(this contract has: breach-notification, /),
      },
    });
    expect((outcome as { error: { message: string } }).error.message).toMatch(/^bad-obligations\.csv:3: /);
    expect(await store.counts()).toEqual(before);
    bridge.stop();
  });

  it('re-imports of the same tickets file are duplicates unless replaced; a huge one is refused', async () => {
    const { bridge, contractId, store } = await setup();
    const file = await sample('tickets.csv');
    const first = imported(await bridge.importFile(file, contractId, ticketOptions));
    expect(first.summary).toMatchObject({ kind: 'tickets', rows: 6, skippedRows: 0 });
    expect(await bridge.importFile(new File([file], 'again.csv'), contractId, ticketOptions)).toEqual({
      status: 'duplicate',
      datasetId: first.datasetId,
      checksum: first.checksum,
    });
    const again = imported(await bridge.importFile(file, contractId, { ...ticketOptions, replace: true }));
    expect(again.replacedDatasetId).toBe(first.datasetId);
    expect(await store.counts()).toMatchObject({ datasets: 1, tickets: 6 });

    const before = await store.counts();
    const huge = new File([new Uint8Array(50 * 1024 * 1024 + 1)], 'huge-tickets.csv');
    expect(await bridge.importFile(huge, contractId, ticketOptions)).toMatchObject({
      status: 'failed',
      error: {
        type: 'input',
        file: 'huge-tickets.csv',
        line: null,
        reason: expect.stringMatching(/at most 50 MB/),
      },
    });
    expect(await store.counts()).toEqual(before);
    bridge.stop();
  });
});

describe('evaluation in the worker', () => {
  it('uses the contract’s own holiday list instead of the built-in one', async () => {
    const { bridge, contractId, policy, store } = await setup();
    imported(await bridge.importFile(await sample('tickets.csv'), contractId, ticketOptions));
    const ticket = async (id: string) =>
      toReport(evaluated(await bridge.evaluateContract(contractId, policy, AS_OF)).evaluation).tickets.find(
        (t) => t.id === id,
      )!;

    // CLR-209 (P3, one business day) was opened Mon 5 Oct 15:00 and answered Wed 7 Oct 10:00;
    // Tue 6 Oct is Armed Forces Day, an Egyptian public holiday, so only 3 h + 1 h count.
    expect(await ticket('CLR-209')).toMatchObject({ elapsedMinutes: 240, met: true });
    // An own list without it: the holiday is a working day again, 3 h + 9 h + 1 h.
    await store.updateContract(contractId, { holidays: [{ date: '2026-01-07', name: 'Coptic Christmas' }] });
    expect(await ticket('CLR-209')).toMatchObject({ elapsedMinutes: 780, met: false });
    await store.updateContract(contractId, { holidays: [{ date: '2026-10-06', name: 'Armed Forces Day' }] });
    expect(await ticket('CLR-209')).toMatchObject({ elapsedMinutes: 240, met: true });
    // Back to null: the built-in list again.
    await store.updateContract(contractId, { holidays: null });
    expect(await ticket('CLR-209')).toMatchObject({ elapsedMinutes: 240, met: true });
    bridge.stop();
  });

  it('applies what-if switches exactly as the engine does', async () => {
    const { bridge, contractId, policy } = await setup();
    const files = (await clarusSample(policy)).slice(0, 2);
    for (const f of files) imported(await bridge.importFile(f.file, contractId, f.options));
    await bridge.fingerprintsSettled();
    const baseline = toReport(evaluated(await bridge.evaluateContract(contractId, policy, AS_OF)).evaluation);
    const emergency = baseline.exclusions.findIndex((x) => x.kind === 'emergency' && x.excluded);
    const october = baseline.outages.find((o) => o.start.startsWith('2026-10-12T10:15'))!;
    const whatIf = {
      exclusionsOff: [emergency],
      outagesOff: [Math.floor(Date.parse(october.start) / 60_000)],
    };
    const switched = evaluated(await bridge.evaluateContract(contractId, policy, AS_OF, { whatIf }));
    const reference = evaluate({
      policy: withContract(policy, { timezone: ZONE }),
      ...(await reduceLikeCli(files.map((f) => ({ file: f.file, options: f.options as LoadOptions })))),
      holidays: (await builtInHolidays('EG', 2025, 2027)).map((h) => h.date),
      whatIf,
      asOf: AS_OF,
    });
    expect(reportJson(toReport(switched.evaluation))).toBe(reportJson(toReport(reference)));
    // The figures of the what-if end-to-end test: September misses, October's credit drops.
    const credit = (r: typeof baseline, label: string) =>
      r.periods.find((p) => p.label === label)!.credit.percent;
    expect([credit(baseline, '2026-09'), credit(toReport(switched.evaluation), '2026-09')]).toEqual([0, 10]);
    expect([credit(baseline, '2026-10'), credit(toReport(switched.evaluation), '2026-10')]).toEqual([25, 10]);

    expect(
      await bridge.evaluateContract(contractId, policy, AS_OF, {
        whatIf: { exclusionsOff: [0.5] },
      }),
    ).toMatchObject({ status: 'failed', error: { type: 'request' } });
    bridge.stop();
  });
});

describe('deleting a contract', () => {
  it('removes its datasets, minutes, tickets and obligation events and leaves other contracts alone', async () => {
    const { bridge, contractId: keep, policy, store } = await setup();
    imported(await bridge.importFile(await sample('tickets.csv'), keep, ticketOptions));
    await store.addObligationEntry(keep, {
      obligation: 'rto',
      startedAtMs: Date.UTC(2026, 9, 1, 8),
      fulfilledAtMs: null,
      note: 'kept',
    });
    const kept = await store.counts();

    const gone = await addContract(store, policy);
    for (const f of await clarusSample(policy)) imported(await bridge.importFile(f.file, gone, f.options));
    await store.addObligationEntry(gone, {
      obligation: 'rto',
      startedAtMs: Date.UTC(2026, 9, 2, 8),
      fulfilledAtMs: null,
      note: 'goes',
    });
    evaluated(await bridge.evaluateContract(gone, policy, AS_OF));
    expect(await store.counts()).toMatchObject({ datasets: 5, tickets: 12, obligationEntries: 6 });

    expect(await store.deleteContract(gone)).toBe(true);
    expect(await store.counts()).toEqual(kept);
    expect(await store.getContract(gone)).toBeUndefined();
    expect(await store.deleteContract(gone)).toBe(false);
    expect(await bridge.evaluateContract(gone, policy, AS_OF)).toMatchObject({
      status: 'failed',
      error: { type: 'storage', problem: 'missing' },
    });
    const left = toReport(evaluated(await bridge.evaluateContract(keep, policy, AS_OF)).evaluation);
    expect(left.tickets).toHaveLength(6);
    expect(left.obligations.map((o) => o.note)).toEqual(['kept']);
    bridge.stop();
  });
});
