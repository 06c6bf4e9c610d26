// The import worker through the bridge in real Chromium: files into IndexedDB, reports
// equal to the command line's, cancel and kill leave nothing, a full disk is reported.
import * as Comlink from 'comlink';
import { afterAll, describe, expect, it } from 'vitest';
import { createImportBridge, type ImportOutcome, type ImportProgress } from '../src/app/worker-bridge';
import type { Policy } from '../src/engine/policy';
import { reportJson } from '../src/engine/report';
import { toReport } from '../src/engine/to-report';
import type { LoadOptions } from '../src/ingest/load';
import type { Store } from '../src/storage';
import type { ImportWorkerApi } from '../workers/import.worker';
import type { ImportOptions, MinuteImportOptions } from '../workers/outcomes';
import type { FullDiskWorkerApi } from './fixtures/storage/full-disk.worker';
import {
  addContract,
  type ContractTerms,
  fileChecksum,
  fixtureFile,
  freshStore,
  generatedProbeFile,
  policyOf,
  reportLikeCli,
} from './fixtures/storage/helpers';

const stores: Store[] = [];
afterAll(() => {
  for (const s of stores) s.close();
});

/** A fresh database, a contract in it, and a bridge whose worker uses that database. */
async function setup(policyRef: string, terms: Partial<ContractTerms> = {}) {
  const store = await freshStore();
  stores.push(store);
  const policy = await policyOf(policyRef);
  const contractId = await addContract(store, policy, terms);
  const contract = (await store.getContract(contractId))!;
  const bridge = createImportBridge({ storeName: store.name });
  return { store, policy, contractId, contract, bridge };
}

const imported = (o: ImportOutcome) => {
  if (o.status !== 'imported') throw new Error(`expected an import, got ${JSON.stringify(o)}`);
  return o;
};

/** Imports the files through the bridge and checks the stored report against the command line's. */
async function expectCliReport(
  policyRef: string,
  files: { file: File; options: ImportOptions }[],
  asOf: string,
  terms: Partial<ContractTerms> = {},
) {
  const { bridge, contractId, contract, policy, store } = await setup(policyRef, terms);
  const outcomes: Extract<ImportOutcome, { status: 'imported' }>[] = [];
  for (const f of files) outcomes.push(imported(await bridge.importFile(f.file, contractId, f.options)));
  // The report lists each file's SHA-256 once it is taken, after the import.
  await bridge.fingerprintsSettled();
  const evaluated = await bridge.evaluateContract(contractId, policy, asOf);
  if (evaluated.status !== 'evaluated') throw new Error(JSON.stringify(evaluated));
  const cli = await reportLikeCli(
    files.map((f) => ({ file: f.file, options: f.options as LoadOptions })),
    policy,
    contract,
    asOf,
  );
  const report = toReport(evaluated.evaluation);
  expect(reportJson(report)).toBe(reportJson(toReport(cli)));
  expect(evaluated.evaluation.range).toEqual(cli.range);
  expect([...evaluated.evaluation.service]).toEqual([...cli.service]);
  expect([...evaluated.evaluation.counted]).toEqual([...cli.counted]);
  bridge.stop();
  return { report, store, contractId, outcomes };
}

const probeOptions = (
  policy: Policy,
  kind: MinuteImportOptions['kind'],
  extra: Partial<MinuteImportOptions> = {},
): MinuteImportOptions => ({
  kind,
  sourceZone: policy.timezone,
  ...extra,
});

describe('importing through the worker gives the command line’s report', () => {
  it('a 34 MB probe file, read by the import worker and a part worker together (Clarus LIS)', async () => {
    const clarus = await policyOf('clarus-lis');
    // Past the 32 MB from which a file's second half goes to a part worker.
    const file = generatedProbeFile(34 * 1024 * 1024, 5, 'big.csv');
    const { store, contractId, report, outcomes } = await expectCliReport(
      'clarus-lis',
      [{ file, options: probeOptions(clarus, 'probes') }],
      '2026-11-21',
    );
    expect(outcomes.map((o) => o.readers)).toEqual([2]);
    expect(report.periods.length).toBeGreaterThan(6);
    const [dataset] = await store.listDatasets(contractId);
    expect(dataset).toMatchObject({ size: file.size, skippedRows: 0, checksum: await fileChecksum(file) });
    expect(dataset!.rows).toBe(report.inputs[0]!.rows);
  }, 300_000);

  it('an Upptime history as a state-change log (Clarus LIS)', async () => {
    const clarus = await policyOf('clarus-lis');
    const file = await fixtureFile('realdata/upptime/FoodCoopX-probes.csv');
    const { report, store, contractId } = await expectCliReport(
      'clarus-lis',
      [{ file, options: probeOptions(clarus, 'states') }],
      '2026-11-21',
    );
    // Figures of test/cli-realdata.test.ts.
    expect(report.periods.map((p) => [p.label, p.totalMinutes, p.downtimeMinutes, p.credit.percent])).toEqual(
      [
        ['2025-11', 43200, 67, 10],
        ['2025-12', 44640, 186, 10],
        ['2026-01', 44640, 2948, 50],
        ['2026-02', 40320, 916, 25],
        ['2026-03', 44640, 19733, 50],
        ['2026-04', 43140, 24724, 50],
        ['2026-05', 44640, 44640, 50],
        ['2026-06', 43200, 43200, 50],
      ],
    );
    const [dataset] = await store.listDatasets(contractId);
    expect(dataset).toMatchObject({
      name: 'FoodCoopX-probes.csv',
      size: file.size,
      kind: 'states',
      rows: 6274,
      skippedRows: 0,
      sourceZone: 'Africa/Cairo',
      checksum: await fileChecksum(file),
    });
  });

  it('an incident log as events, filtered (GitHub enterprise policy)', async () => {
    const github = await policyOf('policies/github-enterprise.json');
    const file = await fixtureFile('realdata/github-status/downtime_windows.csv');
    const { report } = await expectCliReport(
      'policies/github-enterprise.json',
      [
        {
          file,
          options: probeOptions(github, 'events', {
            whereNot: [{ column: 'impact', values: ['maintenance'] }],
          }),
        },
      ],
      '2026-11-21',
    );
    expect(report.inputs[0]).toMatchObject({ rows: 801, skippedRows: 0 });
    expect(report.periods[1]).toMatchObject({ label: '2022-Q2', downtimeMinutes: 3183 });
  });

  it('the example policies of published SLAs, each on its sample data', async () => {
    const gcf = await policyOf('policies/google-cloud-functions.json');
    const functions = await expectCliReport(
      'policies/google-cloud-functions.json',
      [{ file: await fixtureFile('policies/gcf-executions.csv'), options: probeOptions(gcf, 'probes') }],
      '2026-04-15',
    );
    expect(functions.report.scopes!.map((s) => [s.id, s.periods[0]!.downtimeMinutes])).toEqual([
      ['checkout', 240],
      ['thumbnails', 15],
    ]);
    const ocean = await policyOf('policies/digitalocean-droplets-volumes.json');
    const droplets = await expectCliReport(
      'policies/digitalocean-droplets-volumes.json',
      [{ file: await fixtureFile('policies/do-states.csv'), options: probeOptions(ocean, 'states') }],
      '2026-04-15',
    );
    expect(droplets.report.scopes!.map((s) => [s.id, s.periods[0]!.downtimeMinutes])).toEqual([
      ['droplets', 245],
      ['volumes', 5],
    ]);
    const slack = await policyOf('policies/slack.json');
    const workspace = await expectCliReport(
      'policies/slack.json',
      [
        { file: await fixtureFile('policies/slack-states.csv'), options: probeOptions(slack, 'states') },
        {
          file: await fixtureFile('policies/slack-maintenance.csv'),
          options: probeOptions(slack, 'exclusions'),
        },
      ],
      '2026-04-15',
      { fee: 1296, currency: 'USD' },
    );
    expect(workspace.report.periods[0]).toMatchObject({ downtimeMinutes: 120, credit: { amount: 36 } });
  });

  it('a probe log with a maintenance file, two overlapping files, and mapped columns (ElevateFinance)', async () => {
    const ef = await policyOf('elevatefinance');
    await expectCliReport(
      'elevatefinance',
      [
        { file: await fixtureFile('rules/ef-plain.csv'), options: probeOptions(ef, 'states') },
        { file: await fixtureFile('rules/ef-maintenance.csv'), options: probeOptions(ef, 'exclusions') },
        {
          file: await fixtureFile('rules/ef-states.csv'),
          options: probeOptions(ef, 'states', { columns: { monitor: 'endpoint', code: 'result_code' } }),
        },
      ],
      '2026-07-10',
      { tier: 'GROWTH', fee: 12000, currency: 'INR' },
    );
    const clarus = await policyOf('clarus-lis');
    await expectCliReport(
      'clarus-lis',
      [
        { file: await fixtureFile('storage/overlap-a.csv'), options: probeOptions(clarus, 'probes') },
        { file: await fixtureFile('storage/overlap-b.csv'), options: probeOptions(clarus, 'probes') },
      ],
      '2026-04-01',
    );
  });
});

describe('the worker’s outcomes', () => {
  it('detects a re-import of the same bytes, and replaces it on request', async () => {
    const { bridge, contractId, policy, store } = await setup('clarus-lis');
    const file = await fixtureFile('storage/overlap-a.csv');
    const options = probeOptions(policy, 'probes');
    const first = imported(await bridge.importFile(file, contractId, options));
    const renamed = new File([file], 'renamed.csv');
    expect(await bridge.importFile(renamed, contractId, options)).toEqual({
      status: 'duplicate',
      datasetId: first.datasetId,
      checksum: first.checksum,
    });
    const again = imported(await bridge.importFile(file, contractId, { ...options, replace: true }));
    expect(again.replacedDatasetId).toBe(first.datasetId);
    expect((await store.listDatasets(contractId)).map((d) => d.id)).toEqual([again.datasetId]);
    bridge.stop();
  });

  it('recognises again a file stored with the block SHA-256 digest of earlier versions, by its SHA-256', async () => {
    const { bridge, contractId, policy, store } = await setup('clarus-lis');
    const file = await fixtureFile('storage/overlap-a.csv');
    const options = probeOptions(policy, 'probes');
    const first = imported(await bridge.importFile(file, contractId, options));
    await bridge.fingerprintsSettled();
    // As an earlier version stored it: a 64-digit digest, and the file's SHA-256 beside it.
    const legacy = 'e'.repeat(64);
    await store.db.datasets.update(first.datasetId, { checksum: legacy });
    expect(await bridge.importFile(new File([file], 'again.csv'), contractId, options)).toEqual({
      status: 'duplicate',
      datasetId: first.datasetId,
      checksum: legacy,
    });
    // Other bytes of the same size are a new file.
    const text = await file.text();
    const other = new File(
      [text.replace('2026-03-01T00:00:00Z,api', '2026-03-01T00:00:01Z,api')],
      'other.csv',
    );
    expect(other.size).toBe(file.size);
    const second = imported(await bridge.importFile(other, contractId, options));
    expect(second.checksum).toMatch(/^[0-9a-f]{32}$/);
    const again = imported(await bridge.importFile(file, contractId, { ...options, replace: true }));
    expect(again.replacedDatasetId).toBe(first.datasetId);
    expect((await store.listDatasets(contractId)).map((d) => d.id)).toEqual([
      second.datasetId,
      again.datasetId,
    ]);
    bridge.stop();
  });

  it('returns a bad file as a typed input error and stores nothing', async () => {
    const { bridge, contractId, policy, store } = await setup('medos');
    const before = await store.counts();
    const outcome = await bridge.importFile(
      await fixtureFile('cli/garbage.csv'),
      contractId,
      probeOptions(policy, 'probes'),
    );
    expect(outcome).toMatchObject({
      status: 'failed',
      error: { type: 'input', file: 'garbage.csv', reason: expect.stringMatching(/^no usable rows/) },
    });
    expect(await store.counts()).toEqual(before);
    bridge.stop();
  });

  /** A Clarus LIS contract with one probe file imported through the bridge. */
  async function withOverlapImported() {
    const set = await setup('clarus-lis');
    await set.bridge.importFile(
      await fixtureFile('storage/overlap-a.csv'),
      set.contractId,
      probeOptions(set.policy, 'probes'),
    );
    return set;
  }

  it('hands over the minute arrays of an evaluation by transfer', async () => {
    const { bridge, contractId, policy } = await withOverlapImported();
    const e = await bridge.evaluateContract(contractId, policy, '2026-04-01');
    if (e.status !== 'evaluated') throw new Error(JSON.stringify(e));
    const { range, service, excluded, counted } = e.evaluation;
    const minutes = range.endMinute - range.firstMinute;
    expect([service.length, excluded.length, counted.length]).toEqual([minutes, minutes, minutes]);
    // Each array owns its buffer exactly: moved, not a view into something larger.
    expect(service.buffer.byteLength).toBe(minutes);
    const bad = await bridge.evaluateContract(contractId, { ...policy, target: 200 }, '2026-04-01');
    expect(bad).toMatchObject({
      status: 'failed',
      error: { type: 'policy', problems: [expect.stringMatching(/^target/)] },
    });
    bridge.stop();
  });

  it('keeps the minute arrays on the page for a target change, and takes new ones for a new minimum', async () => {
    const { bridge, contractId, policy } = await withOverlapImported();
    const evaluated = async (p: Policy) => {
      const e = await bridge.evaluateContract(contractId, p, '2026-04-01');
      if (e.status !== 'evaluated') throw new Error(JSON.stringify(e));
      return e.evaluation;
    };
    const first = await evaluated(policy);
    const target = await evaluated({ ...policy, target: 99.95 });
    // The same arrays: the worker posted only their name.
    expect(target.service).toBe(first.service);
    expect(target.counted).toBe(first.counted);
    expect(target.contract.target).toBe(99.95);
    // Two asked at once, both answered from what the page held when it asked.
    const [a, b] = await Promise.all([evaluated({ ...policy, target: 99.99 }), evaluated(policy)]);
    expect(a.service).toBe(first.service);
    expect(b.service).toBe(first.service);
    expect(a.contract.target).toBe(99.99);
    const shortest = await evaluated({ ...policy, minOutageMinutes: 10 });
    expect(shortest.service).not.toBe(first.service);
    expect(shortest.service.buffer.byteLength).toBe(first.service.length);
    expect(Array.from(shortest.service)).toEqual(Array.from(first.service));
    // After a stop, a fresh worker posts its arrays again.
    bridge.stop();
    const restarted = await evaluated(policy);
    expect(restarted.service).not.toBe(first.service);
    expect(restarted.periods).toEqual(first.periods);
    bridge.stop();
  });
});

describe('a cancelled, killed or refused import leaves nothing behind', () => {
  const big = generatedProbeFile(50 * 1024 * 1024, 10, 'big-probes.csv');

  it('cancel through the AbortSignal mid-file: an AbortError at once, nothing stored, the next import works', async () => {
    const { bridge, contractId, policy, store } = await setup('clarus-lis');
    const before = await store.counts();
    const controller = new AbortController();
    const updates: ImportProgress[] = [];
    let settled = false;
    /** Whether the import had settled by the first task after the abort: "at once", however busy the machine. */
    let settledByNextTask: boolean | null = null;
    const running = bridge.importFile(big, contractId, probeOptions(policy, 'probes'), {
      signal: controller.signal,
      onProgress: (p) => {
        updates.push(p);
        if (p.bytes > 0 && p.bytes < p.totalBytes && !controller.signal.aborted) {
          controller.abort();
          setTimeout(() => {
            settledByNextTask = settled;
          }, 0);
        }
      },
    });
    const error = await running.catch((e: unknown) => e);
    settled = true;
    await new Promise((done) => setTimeout(done, 0));
    expect(settledByNextTask).toBe(true);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect((error as DOMException).message).toBe(
      'The import of “big-probes.csv” was cancelled: nothing was stored.',
    );
    expect(updates[0]!.totalBytes).toBe(big.size);
    expect(await store.counts()).toEqual(before);
    // A fresh worker takes the next call.
    imported(
      await bridge.importFile(
        await fixtureFile('storage/overlap-a.csv'),
        contractId,
        probeOptions(policy, 'probes'),
      ),
    );
    expect((await store.counts()).datasets).toBe(1);
    bridge.stop();
  });

  it('cancelling one call stops the worker: a call running beside it rejects, saying why', async () => {
    const { bridge, contractId, policy, store } = await setup('clarus-lis');
    const before = await store.counts();
    const controller = new AbortController();
    const importing = bridge.importFile(big, contractId, probeOptions(policy, 'probes'), {
      onProgress: () => controller.abort(),
    });
    const evaluating = bridge.evaluateContract(contractId, policy, '2026-04-01', {
      signal: controller.signal,
    });
    await expect(evaluating).rejects.toThrow('The evaluation was cancelled.');
    await expect(importing).rejects.toThrow(/another task in the import worker was cancelled/);
    expect(await store.counts()).toEqual(before);
    await expect(
      bridge.evaluateContract(contractId, policy, '2026-04-01', { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    bridge.stop();
  });

  it('kill the worker while its save transaction is open: IndexedDB rolls it back', async () => {
    const { contractId, policy, store } = await setup('clarus-lis');
    const before = await store.counts();
    // A worker of its own, killed without the bridge's help.
    const worker = new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module' });
    const api = Comlink.wrap<ImportWorkerApi>(worker);
    await api.useStore(store.name);
    let settled = false;
    const saving = new Promise<ImportProgress>((resolve) => {
      void api
        .importFile(
          big,
          contractId,
          probeOptions(policy, 'probes'),
          Comlink.proxy((p: ImportProgress) => {
            if (p.phase === 'saving') resolve(p);
          }),
        )
        .finally(() => {
          settled = true;
        });
    });
    const update = await saving;
    worker.terminate();
    expect(update.bytes).toBe(big.size);
    expect(settled).toBe(false); // the transaction was still running
    // The dataset row was written first inside that transaction: it must be gone too.
    await new Promise((r) => setTimeout(r, 200));
    expect(await store.counts()).toEqual(before);
  });

  it('a full disk comes back as a typed storage error; earlier data stays', async () => {
    const { bridge, contractId, policy, store } = await setup('clarus-lis');
    const options = probeOptions(policy, 'probes');
    imported(await bridge.importFile(await fixtureFile('storage/overlap-a.csv'), contractId, options));
    bridge.stop();
    const before = await store.counts();
    // The same API in a worker whose IndexedDB refuses series writes as over quota. (A real
    // quota through CDP's Storage.overrideQuotaForOrigin is not reliable: Chromium keeps
    // the space it found free for as long as the origin has a connection open.)
    const worker = new Worker(new URL('./fixtures/storage/full-disk.worker.ts', import.meta.url), {
      type: 'module',
    });
    const api = Comlink.wrap<FullDiskWorkerApi>(worker);
    await api.useStore(store.name);
    const outcome = await api.importFile(await fixtureFile('storage/overlap-b.csv'), contractId, options);
    worker.terminate();
    expect(outcome).toMatchObject({ status: 'failed', error: { type: 'storage', problem: 'quota' } });
    const message = (outcome as { error: { message: string } }).error.message;
    expect(message).toMatch(/^Storage is full: .*overlap-b\.csv.*free space on this device or delete data/);
    expect(await store.counts()).toEqual(before);
    const evaluated = await bridge.evaluateContract(contractId, policy, '2026-04-01');
    expect(evaluated).toMatchObject({
      status: 'evaluated',
      evaluation: { inputs: [{ name: 'overlap-a.csv' }] },
    });
    bridge.stop();
  });
});

it('sends at most ten progress updates a second', async () => {
  const { bridge, contractId, policy } = await setup('clarus-lis');
  const times: number[] = [];
  const started = performance.now();
  imported(
    await bridge.importFile(
      generatedProbeFile(8 * 1024 * 1024, 3, 'progress.csv'),
      contractId,
      probeOptions(policy, 'probes'),
      {
        onProgress: () => times.push(performance.now()),
      },
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  expect(times.length).toBeGreaterThan(0);
  // Ten a second, plus the first update of each phase.
  expect(times.length).toBeLessThanOrEqual(Math.ceil(seconds * 10) + 2);
  bridge.stop();
});
