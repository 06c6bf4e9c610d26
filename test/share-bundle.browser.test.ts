// Contract bundles in real Chromium: a contract imported as the worker does survives
// export, deleting everything and import with an identical report; damaged bundles are
// refused with field-path messages and write nothing; same-name imports ask first.
import { afterEach, describe, expect, it } from 'vitest';
import { addCounts, isDownOutcome, OUTCOME_DOWN, OUTCOME_UP } from '../src/engine/check-outcomes';
import { evaluate, withContract } from '../src/engine/evaluate';
import { obligationTerms } from '../src/engine/obligations';
import { effectivePolicy, type Policy, parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { reportJson } from '../src/engine/report';
import { toReport } from '../src/engine/to-report';
import {
  BUNDLE_FORMAT,
  BundleError,
  type ContractBundle,
  exportContractBundle,
  importContractBundle,
  openStore,
  readContractBundle,
  type Store,
  type TableCounts,
} from '../src/storage';
import { arrayOfBase64, base64OfArray } from '../src/storage/bundle-codec';
import type { BundleJson } from '../src/storage/bundle-schema';
import { importFile } from '../workers/import-job';
import type { ImportOptions } from '../workers/outcomes';
import { fixtureFile, freshStore, policyOf } from './fixtures/storage/helpers';

/** The bundle file's JSON, to break on purpose. */
type Json = BundleJson;

const opened: Store[] = [];
async function store(): Promise<Store> {
  const s = await freshStore();
  opened.push(s);
  return s;
}
afterEach(async () => {
  for (const s of opened.splice(0)) await s.deleteAllData().finally(() => s.close());
});

const AS_OF = '2026-11-21';

async function sample(path: string): Promise<File> {
  const res = await fetch(`/samples/${path}`);
  if (!res.ok) throw new Error(`sample ${path}: HTTP ${res.status}`);
  return new File([await res.arrayBuffer()], path.split('/').pop()!, { type: 'text/csv' });
}

/** The sample probe log cut in two files of alternate lines, so both feed each monitor (a merged gap). */
async function halves(file: File): Promise<[File, File]> {
  const [header, ...lines] = (await file.text()).trimEnd().split('\n');
  const half = (odd: number) =>
    new File(
      [[header, ...lines.filter((_, i) => i % 2 === odd)].join('\n')],
      `probes-${odd ? 'b' : 'a'}.csv`,
    );
  return [half(0), half(1)];
}

async function imported(s: Store, contractId: number, file: File, options: ImportOptions): Promise<void> {
  const outcome = await importFile(s, file, contractId, options);
  if (outcome.status !== 'imported') throw new Error(`import of ${file.name}: ${JSON.stringify(outcome)}`);
}

/** The contract's report as the evaluate job computes it, from stored data only. */
async function storedReport(s: Store, contractId: number): Promise<string> {
  const contract = (await s.getContract(contractId))!;
  const p = contract.policy;
  const policy: Policy =
    p.kind === 'embedded'
      ? p.policy
      : p.kind === 'preset'
        ? PRESETS[p.presetId]!
        : (await s.getPolicy(p.policyId))!.policy;
  const terms = withContract(parsePolicy(policy), {
    timezone: contract.timezone,
    feeAmount: contract.fee,
    currency: contract.currency,
    tier: contract.tier,
    effectiveDate: contract.effectiveDate,
  });
  const inputs = await s.loadContractInputs(contractId);
  // The contract's own holiday list, when it has one, is part of what must survive.
  const holidays = contract.holidays?.map((h) => h.date) ?? [];
  return reportJson(toReport(evaluate({ policy: terms, ...inputs, holidays, asOf: AS_OF })));
}

/** The sample tickets and obligation log, an obligation event entered by hand, and the contract's own holidays. */
async function addRecords(s: Store, contractId: number): Promise<void> {
  const clarus = await policyOf('clarus-lis');
  await imported(s, contractId, await sample('clarus-lis/tickets.csv'), {
    kind: 'tickets',
    sourceZone: 'Africa/Cairo',
  });
  await imported(s, contractId, await sample('clarus-lis/obligations.csv'), {
    kind: 'obligations',
    sourceZone: 'Africa/Cairo',
    obligations: obligationTerms(clarus.obligations),
  });
  await s.addObligationEntry(contractId, {
    obligation: 'rto',
    startedAtMs: Date.parse('2026-11-02T09:00:00+02:00'),
    fulfilledAtMs: Date.parse('2026-11-02T19:00:00+02:00'),
    note: 'entered by hand',
  });
  await s.updateContract(contractId, { holidays: [{ date: '2026-10-06', name: 'Armed Forces Day' }] });
}

/** A Clarus LIS contract with probes (two overlapping files), states, events and maintenance. */
async function clarusContract(
  s: Store,
  policy: Contract['policy'] = { kind: 'preset', presetId: 'clarus-lis' },
) {
  const contractId = await s.addContract({
    name: 'Clarus LIS — lab A',
    policy,
    timezone: 'Africa/Cairo',
    fee: 4200,
    currency: 'EGP',
    tier: null,
    effectiveDate: '2026-01-01',
  });
  const base = { sourceZone: 'Africa/Cairo' };
  const [a, b] = await halves(await sample('clarus-lis/probes.csv'));
  await imported(s, contractId, a, { ...base, kind: 'probes' });
  await imported(s, contractId, b, { ...base, kind: 'probes' });
  await imported(s, contractId, await sample('clarus-lis/maintenance.csv'), { ...base, kind: 'exclusions' });
  await imported(s, contractId, await fixtureFile('rules/ef-states.csv'), {
    ...base,
    kind: 'states',
    columns: { monitor: 'endpoint', code: 'result_code' },
  });
  await imported(s, contractId, await fixtureFile('realdata/github-status/downtime_windows.csv'), {
    ...base,
    kind: 'events',
    whereNot: [{ column: 'impact', values: ['maintenance'] }],
  });
  return contractId;
}
type Contract = Parameters<Store['addContract']>[0];

const gunzip = async (blob: Blob): Promise<string> =>
  new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).text();
const gzipped = async (text: string): Promise<Blob> =>
  new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).blob();

const withoutMetaCounts = (c: TableCounts) => ({ ...c, reports: 0 });

describe('a contract bundle round trip', () => {
  it('export, delete all data, import: the same report', async () => {
    const s = await store();
    const contractId = await clarusContract(s);
    await addRecords(s, contractId);
    const before = await storedReport(s, contractId);
    const countsBefore = await s.counts();
    expect(countsBefore).toMatchObject({
      datasets: 7,
      mergedGaps: 2,
      exclusions: 6,
      events: 1,
      tickets: 6,
      obligationEntries: 5,
    });
    const beforeReport = JSON.parse(before);
    expect(beforeReport.periods.length).toBeGreaterThan(2);
    expect(beforeReport.tickets).toHaveLength(6);
    expect(beforeReport.obligations).toHaveLength(5);

    const t0 = performance.now();
    const blob = await exportContractBundle(s, contractId);
    const exportMs = performance.now() - t0;
    expect(blob.type).toBe('application/gzip');
    const json = JSON.parse(await gunzip(blob));
    expect(json.format).toBe(BUNDLE_FORMAT);
    expect(json.policy).toMatchObject({ source: 'preset', presetId: 'clarus-lis' });
    expect(json.datasets.map((d: { name: string }) => d.name)).toEqual([
      'probes-a.csv',
      'probes-b.csv',
      'maintenance.csv',
      'ef-states.csv',
      'downtime_windows.csv',
      'tickets.csv',
      'obligations.csv',
    ]);
    expect(json.contract.holidays).toEqual([{ date: '2026-10-06', name: 'Armed Forces Day' }]);
    expect(json.tickets.map((t: { id: string }) => t.id)).toEqual([
      'CLR-201',
      'CLR-204',
      'CLR-209',
      'CLR-207',
      'CLR-212',
      'CLR-215',
    ]);
    expect(json.obligationEntries.map((e: { dataset: number | null }) => e.dataset)).toEqual([
      7,
      7,
      7,
      7,
      null,
    ]);
    // Never the raw log: no sample line appears anywhere in the bundle.
    expect(JSON.stringify(json)).not.toContain('2026-09-01T00:00:12+03:00');

    await s.deleteAllData();
    expect(Object.values(await s.counts()).every((n) => n === 0)).toBe(true);

    const t1 = performance.now();
    const bundle = await readContractBundle(blob);
    const outcome = await importContractBundle(s, bundle);
    const importMs = performance.now() - t1;
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
    // A fresh database numbers from 1 again; the ids are new rows, not the bundle's numbers.
    expect(outcome.datasetIds).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(outcome.replacedContractId).toBeNull();
    expect(await storedReport(s, outcome.contractId)).toBe(before);
    expect(withoutMetaCounts(await s.counts())).toEqual(withoutMetaCounts(countsBefore));
    expect(await s.getContract(outcome.contractId)).toMatchObject({
      name: 'Clarus LIS — lab A',
      policy: { kind: 'preset', presetId: 'clarus-lis' },
      fee: 4200,
      effectiveDate: '2026-01-01',
      holidays: [{ date: '2026-10-06', name: 'Armed Forces Day' }],
    });
    console.info(
      `bundle ${(blob.size / 1024).toFixed(0)} KiB; export ${exportMs.toFixed(0)} ms, read+import ${importMs.toFixed(0)} ms`,
    );
  });

  // A preset id names one of the app's own presets, never a property every object has: a
  // bundle naming "constructor" or "toString" brings its own copy of the terms instead.
  it.each(['constructor', 'toString', '__proto__'])(
    'takes the terms a bundle carries for preset id "%s"',
    async (id) => {
      const s = await store();
      const contractId = await clarusContract(s);
      const json = JSON.parse(await gunzip(await exportContractBundle(s, contractId))) as Json;
      await s.deleteAllData();
      const forged = { ...json, policy: { ...json.policy, presetId: id } };
      const outcome = await importContractBundle(
        s,
        await readContractBundle(await gzipped(JSON.stringify(forged))),
      );
      if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
      const stored = await s.getContract(outcome.contractId);
      expect(stored?.policy).toEqual({ kind: 'embedded', policy: json.policy.document });
    },
  );

  /**
   * The current export as an earlier version wrote it: each month's counts per outcome
   * class summed into up and down with the contract's rules (Clarus: 500–599 and
   * timeouts down), and no rules recorded on the datasets.
   */
  async function asUpDown(j: Json): Promise<object> {
    const rules = effectivePolicy(await policyOf('clarus-lis'));
    return {
      ...j,
      datasets: j.datasets.map(({ classifiedWith: _c, ...d }) => d),
      series: j.series.map(({ classes, ...r }) => {
        const up = new Uint16Array(r.minutes);
        const down = new Uint16Array(r.minutes);
        for (const c of classes)
          addCounts(isDownOutcome(c.outcome, rules) ? down : up, {
            outcome: c.outcome,
            offsets: c.offsets === null ? null : new Uint32Array(arrayOfBase64(c.offsets, 'u32')!),
            counts: new Uint16Array(arrayOfBase64(c.counts, 'u16')!),
          });
        return { ...r, up: base64OfArray(up.buffer, 'u16'), down: base64OfArray(down.buffer, 'u16') };
      }),
    };
  }

  it('still reads an sla-bundle/1 file: no own holidays, no tickets, no obligation events', async () => {
    const s = await store();
    const contractId = await clarusContract(s);
    const before = await storedReport(s, contractId);
    const {
      tickets: _t,
      obligationEntries: _o,
      ...rest
    } = (await asUpDown(JSON.parse(await gunzip(await exportContractBundle(s, contractId))))) as Json;
    const { holidays: _h, ...contract } = rest.contract;
    const v1 = { ...rest, format: 'sla-bundle/1', contract };
    const bundle = await readContractBundle(await gzipped(JSON.stringify(v1)));
    expect(bundle).toMatchObject({
      format: BUNDLE_FORMAT,
      contract: { holidays: null },
      tickets: [],
      obligationEntries: [],
    });
    const target = await store();
    const outcome = await importContractBundle(target, bundle);
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
    expect(await storedReport(target, outcome.contractId)).toBe(before);
  });

  it('keeps a JSON file’s skipped rows numbered by record', async () => {
    const s = await store();
    const contractId = await s.addContract({
      name: 'UptimeRobot',
      policy: { kind: 'preset', presetId: 'kipu' },
      timezone: 'UTC',
      fee: 100,
      currency: 'USD',
      tier: null,
      effectiveDate: null,
    });
    const logs = [
      { type: 1, datetime: 1_788_000_000, duration: 600 },
      { type: 2, datetime: 1_788_000_600, duration: 400 },
      { type: 7, datetime: 1_788_001_000, duration: 60 },
    ];
    const file = new File(
      [JSON.stringify({ stat: 'ok', monitors: [{ id: 1, friendly_name: 'api', logs }] })],
      'ur.json',
    );
    await imported(s, contractId, file, { kind: 'events', layout: 'uptimerobot-logs', sourceZone: 'UTC' });
    const [stored] = await s.listDatasets(contractId);
    expect(stored).toMatchObject({ numbering: 'record', skipped: [{ line: 4 }] });
    const bundle = await readContractBundle(await exportContractBundle(s, contractId));
    expect(bundle.datasets[0]).toMatchObject({ numbering: 'record', skipped: [{ line: 4 }] });
    await s.deleteAllData();
    const outcome = await importContractBundle(s, bundle);
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
    expect((await s.listDatasets(outcome.contractId))[0]).toMatchObject({ numbering: 'record' });
  });

  it('still reads the 64-digit duplicate digests of datasets stored before XXH3-128 was used', async () => {
    const s = await store();
    const contractId = await clarusContract(s);
    const json = JSON.parse(await gunzip(await exportContractBundle(s, contractId))) as Json;
    expect(json.datasets.map((d) => d.checksum)).toEqual(
      json.datasets.map(() => expect.stringMatching(/^[0-9a-f]{32}$/)),
    );
    for (const d of json.datasets) d.checksum = 'f'.repeat(64);
    const bundle = await readContractBundle(await gzipped(JSON.stringify(json)));
    expect(bundle.datasets.map((d) => d.checksum)).toEqual(json.datasets.map(() => 'f'.repeat(64)));
  });

  it('still reads an sla-bundle/2 file: its checks as read then, its files naming the rules they were read with', async () => {
    const s = await store();
    const contractId = await clarusContract(s);
    await addRecords(s, contractId);
    const before = await storedReport(s, contractId);
    const exported = JSON.parse(await gunzip(await exportContractBundle(s, contractId))) as Json;
    const v2 = { ...(await asUpDown(exported)), format: 'sla-bundle/2' };
    const bundle = await readContractBundle(await gzipped(JSON.stringify(v2)));
    expect(bundle.format).toBe(BUNDLE_FORMAT);
    expect(
      bundle.series.every((r) =>
        r.classes.every((c) => c.outcome === OUTCOME_UP || c.outcome === OUTCOME_DOWN),
      ),
    ).toBe(true);
    const clarusRules = { downCodes: [{ from: 500, to: 599 }], timeoutIsDown: true };
    expect(bundle.datasets.map((d) => [d.kind, d.classifiedWith])).toEqual(
      exported.datasets.map((d) => [d.kind, d.kind === 'probes' || d.kind === 'states' ? clarusRules : null]),
    );
    const target = await store();
    const outcome = await importContractBundle(target, bundle);
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
    expect(await storedReport(target, outcome.contractId)).toBe(before);
    expect((await target.listDatasets(outcome.contractId)).map((d) => d.classifiedWith)).toEqual(
      bundle.datasets.map((d) => d.classifiedWith),
    );
  });

  it('carries a custom policy; a second import of the same name asks, then keeps both or replaces', async () => {
    const s = await store();
    const custom = {
      ...(await policyOf('clarus-lis')),
      id: 'clarus-custom',
      name: 'Clarus, our reading',
      target: 99.95,
    };
    const policyId = await s.addPolicy({
      name: 'Clarus, our reading',
      policy: custom,
      createdAt: 1,
      updatedAt: 2,
    });
    const contractId = await clarusContract(s, { kind: 'custom', policyId });
    const report = await storedReport(s, contractId);
    const blob = await exportContractBundle(s, contractId);

    // Another device that already has a contract and a dataset: the bundle's rows get new ids.
    const other = await store();
    const { id: _id, ...terms } = (await s.getContract(contractId))!;
    const earlier = await other.addContract({ ...terms, name: 'earlier' });
    await imported(other, earlier, await sample('clarus-lis/maintenance.csv'), {
      kind: 'exclusions',
      sourceZone: 'UTC',
    });
    const bundle = await readContractBundle(blob);
    const first = await importContractBundle(other, bundle);
    if (first.status !== 'imported') throw new Error(JSON.stringify(first));
    expect([first.contractId, first.datasetIds]).toEqual([2, [2, 3, 4, 5, 6]]);
    expect(await other.getPolicy(first.policyId!)).toMatchObject({
      name: 'Clarus, our reading',
      policy: custom,
    });
    expect(await storedReport(other, first.contractId)).toBe(report);
    const once = await other.counts();

    const again = await importContractBundle(other, bundle);
    expect(again).toMatchObject({
      status: 'conflict',
      existing: { id: first.contractId, name: 'Clarus LIS — lab A' },
    });
    expect(await other.counts()).toEqual(once);

    const both = await importContractBundle(other, bundle, { onConflict: 'keep-both' });
    expect(both).toMatchObject({
      status: 'imported',
      name: 'Clarus LIS — lab A (2)',
      policyId: first.policyId,
    });
    expect((await other.counts()).datasets).toBe(2 * once.datasets - 1);
    expect((await other.counts()).policies).toBe(1);

    const replaced = await importContractBundle(other, bundle, { onConflict: 'replace' });
    if (replaced.status !== 'imported') throw new Error(JSON.stringify(replaced));
    expect(replaced).toMatchObject({ name: 'Clarus LIS — lab A', replacedContractId: first.contractId });
    expect(await other.getContract(first.contractId)).toBeUndefined();
    expect((await other.listContracts()).map((c) => c.name)).toEqual([
      'earlier',
      'Clarus LIS — lab A (2)',
      'Clarus LIS — lab A',
    ]);
    expect((await other.counts()).datasets).toBe(2 * once.datasets - 1);
    expect(await storedReport(other, replaced.contractId)).toBe(report);
  });
});

describe('a damaged or foreign bundle', () => {
  /** A small real bundle's JSON to break in one place. */
  async function smallBundleJson(): Promise<Json> {
    const s = await store();
    const clarus = await policyOf('clarus-lis');
    const contractId = await s.addContract({
      name: 'small',
      policy: { kind: 'embedded', policy: clarus },
      timezone: 'Africa/Cairo',
      fee: null,
      currency: 'EGP',
      tier: null,
      effectiveDate: null,
    });
    const base = { sourceZone: 'Africa/Cairo' };
    await imported(s, contractId, await fixtureFile('storage/overlap-a.csv'), { ...base, kind: 'probes' });
    await imported(s, contractId, await fixtureFile('storage/overlap-b.csv'), { ...base, kind: 'probes' });
    await imported(s, contractId, await sample('clarus-lis/maintenance.csv'), {
      ...base,
      kind: 'exclusions',
    });
    await imported(s, contractId, await fixtureFile('realdata/github-status/downtime_windows.csv'), {
      ...base,
      kind: 'events',
    });
    return JSON.parse(await gunzip(await exportContractBundle(s, contractId)));
  }

  const cases: { name: string; make: (j: Json) => Blob | Promise<Blob>; message: string | RegExp }[] = [
    { name: 'not a bundle at all', make: () => new Blob(['time,monitor\n1,a\n']), message: 'not valid JSON' },
    {
      name: 'a bundle cut short',
      make: async (j) => {
        const blob = await gzipped(JSON.stringify(j));
        return blob.slice(0, Math.floor(blob.size / 2));
      },
      message: 'could not be decompressed',
    },
    {
      name: 'another format tag',
      make: (j) => gzipped(JSON.stringify({ ...j, format: 'sla-policy/1' })),
      message: 'format: expected "sla-bundle/3", got "sla-policy/1"',
    },
    {
      name: 'a newer bundle version',
      make: (j) => gzipped(JSON.stringify({ ...j, format: 'sla-bundle/4' })),
      message: 'made by a newer version',
    },
    {
      name: 'JSON that is no bundle',
      make: () => gzipped('[1, 2, 3]'),
      message: 'not an SLA Witness contract bundle',
    },
    {
      name: 'bad base64',
      make: (j) => {
        const c = j.series[1]!.classes[0]!;
        c.counts = `${c.counts.slice(0, -4)}!!!!`;
        return gzipped(JSON.stringify(j));
      },
      message: 'series[1].classes[0].counts: not valid base64',
    },
    {
      name: 'an array shorter than it claims',
      make: (j) => {
        const c = j.series[0]!.classes[0]!;
        c.counts = base64OfArray(arrayOfBase64(c.counts, 'u16')!.slice(0, -2), 'u16');
        return gzipped(JSON.stringify(j));
      },
      message: /^series\[0\]\.classes\[0\]\.counts: expected \d+ values \(\d+ bytes\), got \d+ bytes/,
    },
    {
      name: 'event intervals of the wrong length',
      make: (j) => {
        j.events[0]!.pairs -= 1;
        return gzipped(JSON.stringify(j));
      },
      message: /events\[0\]\.intervals: expected \d+ values/,
    },
    {
      name: 'a policy that fails validation',
      make: (j) => {
        (j.policy.document as { target: number }).target = 150;
        return gzipped(JSON.stringify(j));
      },
      message: 'policy.document.target: expected a number from 0 to 100',
    },
    {
      name: 'a field of the wrong kind',
      make: (j) => {
        (j.datasets[0] as { kind: string }).kind = 'pictures';
        j.contract.timezone = 'Mars/Olympus';
        return gzipped(JSON.stringify(j));
      },
      message:
        /contract\.timezone: expected an IANA time zone.*datasets\[0\]\.kind: expected one of "probes"/s,
    },
    {
      name: 'a negative fee and a currency that is no code',
      make: (j) => {
        j.contract.fee = -1200;
        j.contract.currency = 'EG';
        return gzipped(JSON.stringify(j));
      },
      message:
        /contract\.fee: expected a fee of 0 or more, or null.*contract\.currency: expected a three-letter currency code/s,
    },
    {
      name: 'a duplicate digest of neither length',
      make: (j) => {
        j.datasets[0]!.checksum = 'a'.repeat(40);
        return gzipped(JSON.stringify(j));
      },
      message: 'datasets[0].checksum: expected 32 or 64 lower-case hex digits',
    },
    {
      name: 'rows of a dataset the bundle lacks',
      make: (j) => {
        j.checkTimes[0]!.dataset = 999;
        j.mergedGaps[0]!.datasets = [999];
        return gzipped(JSON.stringify(j));
      },
      message:
        /checkTimes\[0\]\.dataset: no dataset 999 in the bundle.*mergedGaps\[0\]\.datasets\[0\]: no dataset 999/,
    },
  ];

  it.each(cases)('refuses $name with a clear message and writes nothing', async ({ make, message }) => {
    const json = await smallBundleJson();
    const target = await store();
    const countsBefore = await target.counts();
    const blob = await make(structuredClone(json));
    const error = await readContractBundle(blob).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BundleError);
    if (typeof message === 'string') expect((error as BundleError).message).toContain(message);
    else expect((error as BundleError).message).toMatch(message);
    expect(await target.counts()).toEqual(countsBefore);
  });

  it('refuses a bundle of 2 million exclusions at once, by its row limit', async () => {
    const json = await smallBundleJson();
    const text = JSON.stringify({ ...json, exclusions: [] }).replace(
      '"exclusions":[]',
      `"exclusions":[${Array(2_000_000).fill('{}').join(',')}]`,
    );
    const started = performance.now();
    const error = await readContractBundle(new Blob([text])).catch((e: unknown) => e);
    console.log(`2 000 000 exclusions refused in ${Math.round(performance.now() - started)} ms`);
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).problems).toEqual([
      'exclusions: 2000000 rows, more than a bundle may hold (100000)',
    ]);
  });

  it('refuses instants outside the readable years, such as an exclusion of ±8.64e15 ms', async () => {
    const json = await smallBundleJson();
    json.exclusions[0]!.startMs = -8.64e15;
    json.exclusions[0]!.endMs = 8.64e15;
    const error = await readContractBundle(new Blob([JSON.stringify(json)])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).problems).toEqual([
      'exclusions[0].startMs: expected a time in ms from 1970 to 2199',
      'exclusions[0].endMs: expected a time in ms from 1970 to 2199',
    ]);
  });

  it('reads the plain JSON inside a bundle too', async () => {
    const json = await smallBundleJson();
    const bundle = await readContractBundle(new Blob([JSON.stringify(json)]));
    expect(bundle.datasets).toHaveLength(4);
  });

  it('leaves nothing behind when writing fails half-way', async () => {
    const json = await smallBundleJson();
    const bundle = await readContractBundle(await gzipped(JSON.stringify(json)));
    const target = await store();
    await importContractBundle(target, bundle);
    const countsBefore = await target.counts();
    // Two rows with one key: the second bulkAdd fails after the contract and datasets were added.
    const broken: ContractBundle = { ...bundle, series: [...bundle.series, bundle.series[0]!] };
    await expect(importContractBundle(target, broken, { onConflict: 'keep-both' })).rejects.toThrow(
      /Storage failed while importing the bundle/,
    );
    expect(await target.counts()).toEqual(countsBefore);
  });
});

describe('deleting all data', () => {
  it('empties the database for every open connection, whose cached inputs go with it', async () => {
    const page = await store();
    const worker = await openStore(page.name); // the import worker's own connection
    try {
      const clarus = await policyOf('clarus-lis');
      const terms = {
        policy: { kind: 'embedded', policy: clarus },
        timezone: 'UTC',
        fee: null,
        currency: 'EGP',
        tier: null,
        effectiveDate: null,
      } as const;
      const options = { kind: 'probes', sourceZone: 'UTC' } as const;
      const first = await page.addContract({ name: 'a', ...terms });
      await imported(page, first, await fixtureFile('storage/overlap-a.csv'), options);
      const before = await worker.loadContractInputs(first);

      await page.deleteAllData();
      expect(await worker.listContracts()).toEqual([]);
      // The same ids again, other data: the worker must not answer from its cache.
      const again = await page.addContract({ name: 'b', ...terms });
      expect(again).toBe(first);
      await imported(page, again, await fixtureFile('storage/overlap-b.csv'), options);
      const after = await worker.loadContractInputs(again);
      expect(after.inputs.map((i) => i.name)).toEqual(['overlap-b.csv']);
      expect(before.inputs.map((i) => i.name)).toEqual(['overlap-a.csv']);
    } finally {
      worker.close();
    }
  });
});
