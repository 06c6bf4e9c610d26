// Schema upgrades in real Chromium: a database written by each shipped schema version,
// with that version's own frozen declaration, opens with the current class intact.
// A new `version(n)` adds its frozen stores and a case below; no case is ever removed.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { OUTCOME_DOWN, OUTCOME_TIMEOUT, OUTCOME_UP } from '../src/engine/check-outcomes';
import type { EventMinutes, ProbeMinutes } from '../src/engine/observations';
import { chooseReading, effectivePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { exportContractBundle, openStore, readContractBundle, type Store } from '../src/storage';
import { SlaDatabase } from '../src/storage/database';
import { monthOffsets } from '../src/storage/months';
import { denseClasses, upDown } from './support/check-counts';

/** Version 1's stores exactly as shipped (copied, not imported: the class may change, this may not). */
const V1_STORES = {
  contracts: '++id, name',
  policies: '++id, name',
  datasets: '++id, contractId, [contractId+checksum]',
  series: '[datasetId+kind+monitor+month], datasetId',
  checkTimes: '[datasetId+kind+monitor+month], datasetId',
  events: '[datasetId+monitor], datasetId',
  exclusions: '++id, datasetId',
  mergedGaps: '[contractId+kind+monitor], contractId',
  reports: '++id, contractId',
};

/** Version 2's additions exactly as shipped. */
const V2_STORES = {
  tickets: '[datasetId+line], datasetId, contractId',
  obligationEntries: '++id, contractId, datasetId',
};

const SEP_2026 = Date.UTC(2026, 8, 1) / 60_000;
const u16 = (...v: number[]) => Uint16Array.from(v).buffer;

/** Rows as version 1 wrote them: a contract with a probe, an event and an exclusion dataset, a custom policy, a report. */
async function writeVersion1(db: Dexie): Promise<void> {
  // The policy as it was saved then: policy version 1, migrated whenever it is read.
  const policy = {
    ...(await (await fetch('/policies/github-enterprise.json')).json()),
    schema: 'sla-policy/1',
  };
  await db.transaction('rw', db.tables, async () => {
    const policyId = await db.table('policies').add({ name: 'GitHub', policy, createdAt: 1, updatedAt: 2 });
    const contractId = await db.table('contracts').add({
      name: 'Written by version 1',
      policy: { kind: 'custom', policyId },
      timezone: 'UTC',
      fee: 100,
      currency: 'USD',
      tier: null,
      effectiveDate: '2026-01-01',
      createdAt: 3,
    });
    const dataset = (kind: string, name: string, monitors: string[]) => ({
      contractId,
      name,
      size: 10,
      kind,
      mapping: {},
      where: [],
      whereNot: [],
      sourceZone: 'UTC',
      rows: 4,
      skippedRows: 1,
      skipped: [{ line: 3, reason: 'bad time' }],
      filteredRows: 0,
      checksum: String(kind.length).padStart(64, 'a'),
      importedAt: 4,
      monitors,
      gaps: kind === 'probes' ? [{ monitor: 'web', medianGapMsTimes2: 120_000 }] : [],
    });
    const probes = await db.table('datasets').add(dataset('probes', 'p.csv', ['web']));
    const events = await db.table('datasets').add(dataset('events', 'e.csv', ['api']));
    const exclusions = await db.table('datasets').add(dataset('exclusions', 'x.csv', []));
    const key = {
      datasetId: probes,
      kind: 'probes',
      monitor: 'web',
      month: '2026-09',
      monthFirstMinute: SEP_2026,
    };
    await db.table('series').add({ ...key, firstMinute: SEP_2026 + 1, up: u16(1, 0, 1), down: u16(0, 1, 0) });
    await db.table('checkTimes').add({ ...key, times: Uint32Array.from([60_000, 120_000, 180_000]).buffer });
    await db.table('events').add({
      datasetId: events,
      monitor: 'api',
      intervals: Float64Array.from([Date.UTC(2026, 8, 2), Date.UTC(2026, 8, 2, 1)]).buffer,
      spans: [{ firstMs: Date.UTC(2026, 8, 2), lastMs: Date.UTC(2026, 8, 2, 1), coverage: null }],
    });
    await db.table('exclusions').add({
      datasetId: exclusions,
      startMs: Date.UTC(2026, 8, 3),
      endMs: Date.UTC(2026, 8, 3, 2),
      kind: 'planned',
      announcedAtMs: null,
      note: 'upgrade',
      source: 'x.csv',
      line: 2,
    });
    await db
      .table('reports')
      .add({ contractId, asOf: '2026-09-30', createdAt: 5, report: { schema: 'sla-report/1' } });
  });
}

/** What every later version must still read from version 1's rows. */
async function expectVersion1Data(store: Store): Promise<void> {
  const [contract] = await store.listContracts();
  expect(contract).toMatchObject({ name: 'Written by version 1', fee: 100, policy: { kind: 'custom' } });
  // Version 2's upgrade: the new field is there, null (the built-in holidays).
  expect(contract).toHaveProperty('holidays', null);
  const policyId = (contract!.policy as { policyId: number }).policyId;
  expect((await store.getPolicy(policyId))?.policy.schema).toBe('sla-policy/1');
  expect((await store.listDatasets(contract!.id)).map((d) => [d.name, d.kind, d.skippedRows])).toEqual([
    ['p.csv', 'probes', 1],
    ['e.csv', 'events', 1],
    ['x.csv', 'exclusions', 1],
  ]);
  const inputs = await store.loadContractInputs(contract!.id);
  const web = inputs.monitors.find((m) => m.monitor === 'web') as ProbeMinutes;
  expect(web.firstMinute).toBe(SEP_2026);
  // Version 4's upgrade: the row's runs of minutes with checks, from its counts, and its
  // check times as their number and a log of changes.
  expect([...web.checkRuns!]).toEqual([SEP_2026 + 1, SEP_2026 + 4]);
  const times = (await store.db.checkTimes.toArray()).find((r) => r.monitor === 'web')!;
  expect(times.count).toBe(3);
  expect([...monthOffsets(times)]).toEqual([60_000, 120_000, 180_000]);
  // Version 3's upgrade: checks counted as up or down become the two classes no rule changes.
  expect(denseClasses(web).map(([outcome, counts]) => [outcome, [...counts.subarray(0, 4)]])).toEqual([
    [OUTCOME_UP, [0, 1, 0, 1]],
    [OUTCOME_DOWN, [0, 0, 1, 0]],
  ]);
  // … and the probe file says which rules it was read with: its contract's policy's.
  expect((await store.listDatasets(contract!.id)).map((d) => d.classifiedWith)).toEqual([
    { downCodes: [{ from: 500, to: 599 }], timeoutIsDown: true },
    null,
    null,
  ]);
  expect(web.medianGapMsTimes2).toBe(120_000);
  const api = inputs.monitors.find((m) => m.monitor === 'api') as EventMinutes;
  expect([...api.intervals]).toEqual([Date.UTC(2026, 8, 2), Date.UTC(2026, 8, 2, 1)]);
  expect(inputs.exclusions).toEqual([
    {
      startMs: Date.UTC(2026, 8, 3),
      endMs: Date.UTC(2026, 8, 3, 2),
      kind: 'planned',
      announcedAtMs: null,
      note: 'upgrade',
      source: 'x.csv',
      line: 2,
    },
  ]);
  expect(await store.counts()).toEqual({
    contracts: 1,
    policies: 1,
    datasets: 3,
    series: 1,
    checkTimes: 1,
    events: 1,
    exclusions: 1,
    mergedGaps: 0,
    tickets: 0,
    obligationEntries: 0,
    reports: 1,
  });
  expect(inputs.tickets).toEqual([]);
  expect(inputs.obligations).toEqual([]);
  // Upgraded data still travels: it exports as a bundle that reads back.
  const bundle = await readContractBundle(await exportContractBundle(store, contract!.id));
  expect(bundle.datasets).toHaveLength(3);
  expect(bundle.contract.holidays).toBeNull();
}

const TICKET = {
  id: 'T-1',
  severity: 'P2',
  openedAtMs: Date.UTC(2026, 8, 7, 8),
  firstResponseAtMs: Date.UTC(2026, 8, 7, 9),
  resolvedAtMs: null,
  reportPublishedAtMs: null,
  source: 't.csv',
  line: 2,
};
const ENTRY = {
  obligation: 'breach-notification',
  startedAtMs: Date.UTC(2026, 8, 10),
  fulfilledAtMs: null,
  note: 'by hand',
  source: 'entered by hand',
  line: 0,
};

/** ElevateFinance read with timeouts not counted as down: the contract's own copy of the preset. */
const ELEVATE_TIMEOUTS_IGNORED = chooseReading(PRESETS.elevatefinance!, 'timeouts', 'ignored');

/**
 * Rows as version 2 wrote them: version 1's, a contract's own holidays, a tickets dataset
 * and its ticket, an obligation event, and a second contract (ElevateFinance, timeouts
 * not down) with a state log.
 */
async function writeVersion2(db: Dexie): Promise<void> {
  await writeVersion1(db);
  await db.transaction('rw', db.tables, async () => {
    const elevate = await db.table('contracts').add({
      name: 'ElevateFinance, timeouts ignored',
      policy: { kind: 'embedded', policy: ELEVATE_TIMEOUTS_IGNORED },
      timezone: 'Asia/Kolkata',
      fee: null,
      currency: 'INR',
      tier: null,
      effectiveDate: null,
      createdAt: 7,
      holidays: null,
    });
    const states = await db.table('datasets').add({
      contractId: elevate,
      name: 's.csv',
      size: 30,
      kind: 'states',
      mapping: {},
      where: [],
      whereNot: [],
      sourceZone: 'Asia/Kolkata',
      rows: 2,
      skippedRows: 0,
      skipped: [],
      filteredRows: 0,
      checksum: 'c'.repeat(64),
      importedAt: 8,
      monitors: ['app'],
      gaps: [{ monitor: 'app', medianGapMsTimes2: null }],
    });
    const key = {
      datasetId: states,
      kind: 'states',
      monitor: 'app',
      month: '2026-09',
      monthFirstMinute: SEP_2026,
    };
    await db.table('series').add({ ...key, firstMinute: SEP_2026, up: u16(1, 0), down: u16(0, 1) });
    await db.table('checkTimes').add({ ...key, times: Uint32Array.from([0, 60_000]).buffer });
  });
  await db.transaction('rw', db.tables, async () => {
    const contract = (await db.table('contracts').toArray())[0] as { id: number };
    await db.table('contracts').update(contract.id, { holidays: [{ date: '2026-09-08', name: 'Lab day' }] });
    const tickets = await db.table('datasets').add({
      contractId: contract.id,
      name: 't.csv',
      size: 80,
      kind: 'tickets',
      mapping: {},
      where: [],
      whereNot: [],
      sourceZone: 'UTC',
      rows: 1,
      skippedRows: 0,
      skipped: [],
      filteredRows: 0,
      checksum: 'b'.repeat(64),
      importedAt: 6,
      monitors: [],
      gaps: [],
    });
    await db.table('tickets').add({ ...TICKET, datasetId: tickets, contractId: contract.id });
    await db.table('obligationEntries').add({ ...ENTRY, contractId: contract.id, datasetId: null });
  });
}

async function expectVersion2Data(store: Store): Promise<void> {
  const [contract, elevate] = await store.listContracts();
  // The state log was read with its contract's rules: timeouts were not down.
  const [states] = await store.listDatasets(elevate!.id);
  expect(states!.classifiedWith).toEqual({ downCodes: [{ from: 500, to: 599 }], timeoutIsDown: false });
  const app = (await store.loadContractInputs(elevate!.id)).monitors[0] as ProbeMinutes;
  expect(app.classes.map((c) => c.outcome)).toEqual([OUTCOME_UP, OUTCOME_DOWN]);
  // Its checks stay as they were read, whatever the policy says now.
  for (const timeoutIsDown of [true, false]) {
    const { up, down } = upDown(app, { downCodes: [{ from: 500, to: 599 }], timeoutIsDown });
    expect([[...up.subarray(0, 2)], [...down.subarray(0, 2)]]).toEqual([
      [1, 0],
      [0, 1],
    ]);
  }
  expect(contract!.holidays).toEqual([{ date: '2026-09-08', name: 'Lab day' }]);
  expect((await store.listDatasets(contract!.id)).map((d) => d.kind)).toEqual([
    'probes',
    'events',
    'exclusions',
    'tickets',
  ]);
  const inputs = await store.loadContractInputs(contract!.id);
  expect(inputs.tickets).toEqual([TICKET]);
  expect(inputs.obligations).toEqual([ENTRY]);
  expect(inputs.inputs.map((i) => i.kind)).toEqual(['probes', 'events', 'exclusions', 'tickets']);
  expect(await store.counts()).toMatchObject({ datasets: 5, tickets: 1, obligationEntries: 1 });
}

/** Version 3 declares no new stores: its series rows hold counts per outcome class. */
const V3_STORES = {};

/**
 * Rows as version 3 writes them: version 2's, upgraded, and a probe file of the
 * ElevateFinance contract kept by outcome (a 200, a timeout, a 503).
 */
async function writeVersion3(db: Dexie): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const contractId = await db.table('contracts').add({
      name: 'Written by version 3',
      policy: { kind: 'preset', presetId: 'elevatefinance' },
      timezone: '',
      fee: null,
      currency: 'INR',
      tier: null,
      effectiveDate: null,
      createdAt: 9,
      holidays: null,
    });
    const probes = await db.table('datasets').add({
      contractId,
      name: 'p.csv',
      size: 40,
      kind: 'probes',
      mapping: {},
      where: [],
      whereNot: [],
      sourceZone: 'Asia/Kolkata',
      rows: 3,
      skippedRows: 0,
      skipped: [],
      filteredRows: 0,
      checksum: 'd'.repeat(64),
      importedAt: 10,
      monitors: ['api'],
      gaps: [{ monitor: 'api', medianGapMsTimes2: 120_000 }],
      classifiedWith: null,
    });
    const key = {
      datasetId: probes,
      kind: 'probes',
      monitor: 'api',
      month: '2026-09',
      monthFirstMinute: SEP_2026,
    };
    await db.table('series').add({
      ...key,
      firstMinute: SEP_2026,
      minutes: 3,
      // A class in most minutes has a count a minute; the rare ones only theirs.
      classes: [
        { outcome: OUTCOME_TIMEOUT, offsets: Uint32Array.of(1).buffer, counts: u16(1) },
        { outcome: 200, offsets: null, counts: u16(1, 0, 0) },
        { outcome: 503, offsets: Uint32Array.of(2).buffer, counts: u16(1) },
      ],
    });
    await db.table('checkTimes').add({ ...key, times: Uint32Array.from([0, 60_000, 120_000]).buffer });
  });
}

async function expectVersion3Data(store: Store): Promise<void> {
  const contract = (await store.listContracts()).find((c) => c.name === 'Written by version 3')!;
  expect((await store.listDatasets(contract.id)).map((d) => d.classifiedWith)).toEqual([null]);
  const api = (await store.loadContractInputs(contract.id)).monitors[0] as ProbeMinutes;
  expect(denseClasses(api).map(([outcome, counts]) => [outcome, [...counts.subarray(0, 3)]])).toEqual([
    [OUTCOME_TIMEOUT, [0, 1, 0]],
    [200, [1, 0, 0]],
    [503, [0, 0, 1]],
  ]);
  // Version 4's upgrade: one run over the three minutes, whichever class each check was.
  expect([...api.checkRuns!]).toEqual([SEP_2026, SEP_2026 + 3]);
  // Kept by outcome: the policy's timeout reading decides, when the contract is evaluated.
  const rulesOf = (reading: string) =>
    effectivePolicy(chooseReading(PRESETS.elevatefinance!, 'timeouts', reading));
  const downOf = (reading: string) => [...upDown(api, rulesOf(reading)).down.subarray(0, 3)];
  expect(downOf('counted')).toEqual([0, 1, 1]);
  expect(downOf('ignored')).toEqual([0, 0, 1]);
}

/** Version 4 declares no new stores: its series rows keep their runs of minutes with checks. */
const V4_STORES = {};
const OCT_2026 = Date.UTC(2026, 9, 1) / 60_000;

/**
 * Rows as version 4 writes them: version 3's, upgraded, and a state log whose checks run
 * from the last two minutes of September into October, then stop, then one more.
 */
async function writeVersion4(db: Dexie): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const contractId = await db.table('contracts').add({
      name: 'Written by version 4',
      policy: { kind: 'preset', presetId: 'elevatefinance' },
      timezone: '',
      fee: null,
      currency: 'INR',
      tier: null,
      effectiveDate: null,
      createdAt: 11,
      holidays: null,
    });
    const states = await db.table('datasets').add({
      contractId,
      name: 's.csv',
      size: 50,
      kind: 'states',
      mapping: {},
      where: [],
      whereNot: [],
      sourceZone: 'UTC',
      rows: 4,
      skippedRows: 0,
      skipped: [],
      filteredRows: 0,
      checksum: 'e'.repeat(32),
      importedAt: 12,
      monitors: ['db'],
      gaps: [{ monitor: 'db', medianGapMsTimes2: null }],
      classifiedWith: null,
    });
    const month = (month: string, monthFirstMinute: number) => ({
      datasetId: states,
      kind: 'states',
      monitor: 'db',
      month,
      monthFirstMinute,
    });
    await db.table('series').bulkAdd([
      {
        ...month('2026-09', SEP_2026),
        firstMinute: OCT_2026 - 2,
        minutes: 2,
        classes: [{ outcome: OUTCOME_UP, offsets: null, counts: u16(1, 1) }],
        checkRuns: Uint32Array.of(0, 2).buffer,
      },
      {
        ...month('2026-10', OCT_2026),
        firstMinute: OCT_2026,
        minutes: 4,
        // Runs of equal counts: 1 for a minute, none for two, 1 for one.
        classes: [
          {
            outcome: OUTCOME_DOWN,
            offsets: null,
            counts: u16(1, 0, 1),
            lengths: Uint32Array.of(1, 2, 1).buffer,
          },
        ],
        checkRuns: Uint32Array.of(0, 1, 3, 4).buffer,
      },
    ]);
    await writeEventLog(db, contractId as number);
  });
}

const MAR_5 = Date.UTC(2026, 2, 5, 10);
const APR_5 = Date.UTC(2026, 3, 5, 10);
const HALF_HOUR = 30 * 60_000;

/**
 * An event log naming three monitors, az-a and az-b down in March and az-c in April; up to
 * version 4 each monitor's span was its own events', from version 5 the whole log's.
 */
async function writeEventLog(db: Dexie, contractId: number, logSpans = false): Promise<void> {
  const events = await db.table('datasets').add({
    contractId,
    name: 'e.csv',
    size: 120,
    kind: 'events',
    mapping: {},
    where: [],
    whereNot: [],
    sourceZone: 'UTC',
    rows: 3,
    skippedRows: 0,
    skipped: [],
    filteredRows: 0,
    checksum: 'f'.repeat(32),
    importedAt: 13,
    monitors: ['az-a', 'az-b', 'az-c'],
    gaps: [],
    classifiedWith: null,
  });
  const row = (monitor: string, startMs: number) => ({
    datasetId: events,
    monitor,
    intervals: Float64Array.of(startMs, startMs + HALF_HOUR).buffer,
    spans: [
      logSpans
        ? { firstMs: MAR_5, lastMs: APR_5 + HALF_HOUR - 1, coverage: null }
        : { firstMs: startMs, lastMs: startMs + HALF_HOUR - 1, coverage: null },
    ],
  });
  await db.table('events').bulkAdd([row('az-a', MAR_5), row('az-b', MAR_5), row('az-c', APR_5)]);
}

/** Every monitor of the log spans it whole: March and April are covered for each. */
async function expectEventLogSpans(store: Store, contractName: string): Promise<void> {
  const contract = (await store.listContracts()).find((c) => c.name === contractName)!;
  const monitors = (await store.loadContractInputs(contract.id)).monitors.filter((m) => m.kind === 'events');
  expect(monitors.map((m) => [m.monitor, m.kind === 'events' ? m.spans : null])).toEqual(
    ['az-a', 'az-b', 'az-c'].map((monitor) => [
      monitor,
      [{ firstMs: MAR_5, lastMs: APR_5 + HALF_HOUR - 1, coverage: null }],
    ]),
  );
}

async function expectVersion4Data(store: Store): Promise<void> {
  await expectEventLogSpans(store, 'Written by version 4');
  const contract = (await store.listContracts()).find((c) => c.name === 'Written by version 4')!;
  const db = (await store.loadContractInputs(contract.id)).monitors[0] as ProbeMinutes;
  // The months' runs join across the month boundary.
  expect([...db.checkRuns!]).toEqual([OCT_2026 - 2, OCT_2026 + 1, OCT_2026 + 3, OCT_2026 + 4]);
  expect(db.firstMinute).toBe(SEP_2026 + 29 * 1440);
  expect(denseClasses(db).map(([outcome, counts]) => [outcome, [...counts.subarray(1438, 1444)]])).toEqual([
    [OUTCOME_UP, [1, 1, 0, 0, 0, 0]],
    [OUTCOME_DOWN, [0, 0, 1, 0, 0, 1]],
  ]);
}

interface MigrationCase {
  from: number;
  declare: (db: Dexie) => void;
  write: (db: Dexie) => Promise<void>;
  check: (store: Store) => Promise<void>;
}

const CASES: MigrationCase[] = [
  {
    from: 1,
    declare: (db) => db.version(1).stores(V1_STORES),
    write: writeVersion1,
    check: expectVersion1Data,
  },
  {
    from: 2,
    declare: (db) => {
      db.version(1).stores(V1_STORES);
      db.version(2).stores(V2_STORES);
    },
    write: writeVersion2,
    check: expectVersion2Data,
  },
  {
    from: 3,
    declare: (db) => {
      db.version(1).stores(V1_STORES);
      db.version(2).stores(V2_STORES);
      db.version(3).stores(V3_STORES);
    },
    write: writeVersion3,
    check: expectVersion3Data,
  },
  {
    from: 4,
    declare: (db) => {
      db.version(1).stores(V1_STORES);
      db.version(2).stores(V2_STORES);
      db.version(3).stores(V3_STORES);
      db.version(4).stores(V4_STORES);
    },
    write: writeVersion4,
    check: expectVersion4Data,
  },
  {
    from: 5,
    declare: (db) => {
      db.version(1).stores(V1_STORES);
      db.version(2).stores(V2_STORES);
      db.version(3).stores(V3_STORES);
      db.version(4).stores(V4_STORES);
      db.version(5).stores({});
    },
    write: async (db) => {
      await db.transaction('rw', db.tables, async () => {
        const contractId = await db.table('contracts').add({
          name: 'Written by version 5',
          policy: { kind: 'preset', presetId: 'clarus-lis' },
          timezone: '',
          fee: null,
          currency: 'EGP',
          tier: null,
          effectiveDate: null,
          createdAt: 14,
          holidays: null,
        });
        await writeEventLog(db, contractId as number, true);
      });
    },
    check: (store) => expectEventLogSpans(store, 'Written by version 5'),
  },
];

const CURRENT = new SlaDatabase('sla-migration-probe').verno;
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('opening a database written by an older schema version', () => {
  it('knows every version up to the current one', () => {
    expect(CURRENT).toBeGreaterThanOrEqual(1);
    expect(CASES.map((c) => c.from)).toEqual(Array.from({ length: CURRENT }, (_, i) => i + 1));
  });

  it.each(CASES)('version $from → current: data intact', async ({ from, declare, write, check }) => {
    const name = `sla-migration-${from}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const old = new Dexie(name);
    declare(old);
    await old.open();
    expect(old.verno).toBe(from);
    await write(old);
    old.close();

    const store = await openStore(name);
    try {
      expect(store.db.verno).toBe(CURRENT);
      await check(store);
    } finally {
      store.close();
    }
  });
});
