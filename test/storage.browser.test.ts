// src/storage in real Chromium IndexedDB: saving imports atomically, merging datasets by
// rule 1, quota errors, reopening, and how fast a stored year re-evaluates.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { compactCounts, OUTCOME_DOWN, OUTCOME_UP } from '../src/engine/check-outcomes';
import { EvaluationCache, evaluate, withContract } from '../src/engine/evaluate';
import { medianGapMsTimes2 } from '../src/engine/minutes';
import type { MonitorMinutes, ProbeMinutes } from '../src/engine/observations';
import { chooseReading } from '../src/engine/policy';
import type { LoadOptions } from '../src/ingest/load';
import { loadCsv } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';
import {
  CHECKSUM_BLOCK_BYTES,
  FileChecksum,
  type ImportToSave,
  isQuotaExceeded,
  openStore,
  requestPersistence,
  StorageError,
  Store,
  storageErrorOf,
} from '../src/storage';
import {
  addContract,
  checkTimesFrom,
  comparableMonitors,
  fileChecksum,
  fixtureFile,
  freshStore,
  policyOf,
  reduceLikeCli,
} from './fixtures/storage/helpers';
import { denseClasses, upDown } from './support/check-counts';

const opened: Store[] = [];
async function store(): Promise<Store> {
  const s = await freshStore();
  opened.push(s);
  return s;
}
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

/** An import as the worker builds it, from one fixture file. */
async function importOf(file: File, options: LoadOptions): Promise<ImportToSave> {
  const reducer = new MinuteReducer();
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = loadCsv(file.name, bytes, options, reducer);
  const minutes = reducer.finish();
  return {
    dataset: {
      name: file.name,
      size: file.size,
      kind: options.kind,
      mapping: { ...options.columns },
      where: options.where ?? [],
      whereNot: options.whereNot ?? [],
      sourceZone: options.sourceZone,
      checksum: await fileChecksum(file),
      filteredRows: result.filteredRows,
    },
    minutes,
    checkTimes: (monitor, fromMs, toMs) => reducer.logBetween('probes', monitor, fromMs, toMs),
    exclusions: result.exclusions,
    summary: result.summary,
  };
}

function expectSameMonitors(actual: readonly MonitorMinutes[], expected: readonly MonitorMinutes[]): void {
  const c = comparableMonitors(actual, expected);
  expect(c.actual).toEqual(c.expected);
}

const saved = async (s: Store, contractId: number, data: ImportToSave) => {
  const out = await s.saveImport(contractId, data);
  if (out.status !== 'saved') throw new Error(`expected a new dataset, got ${out.status}`);
  return out.datasetId;
};

describe('the duplicate digest', () => {
  it('digests each block with XXH3-128 as the xxHash reference gives it', async () => {
    // xxh128sum's values for "a" and "abc"; an empty file has no block.
    const blocks = async (text: string) => {
      const sum = await FileChecksum.create();
      sum.update(new TextEncoder().encode(text));
      return sum.blockDigests().map((d) => [...d].map((b) => b.toString(16).padStart(2, '0')).join(''));
    };
    expect(await blocks('')).toEqual([]);
    expect(await blocks('a')).toEqual(['a96faf705af16834e6c632b61e964e1f']);
    expect(await blocks('abc')).toEqual(['06b05ab6733a618578af5f94892f3950']);
    // The file's digest is that of its blocks' digests: here of none, XXH3-128's value for "".
    expect((await FileChecksum.create()).hex()).toBe('99aa06d3014798d86001c324468d497f');
  });

  it('is XXH3-128 over the digests of 4 MiB blocks, however the file arrives', async () => {
    const block = CHECKSUM_BLOCK_BYTES;
    const data = new Uint8Array(2 * block + 12_345).map((_, i) => (i * 131 + (i >> 13)) & 255);
    for (const length of [0, 1, block - 1, block, block + 1, data.length]) {
      const bytes = data.subarray(0, length);
      const want = await fileChecksum(new Blob([bytes]));
      for (const chunk of [65_536, 1_000_003, 3 * block]) {
        const sum = await FileChecksum.create();
        // The chunk is overwritten as soon as update returns, as the file reader reuses its buffer.
        const scratch = new Uint8Array(chunk);
        for (let i = 0; i < length; i += chunk) {
          const part = bytes.subarray(i, i + chunk);
          scratch.set(part);
          sum.update(scratch.subarray(0, part.length));
          scratch.fill(0);
        }
        expect(sum.hex(), `length ${length}, chunks of ${chunk}`).toBe(want);
      }
    }
    // Fixed once, so that a change of the definition cannot pass unseen.
    expect(await fileChecksum(new Blob([data]))).toBe('daec914086feaf892db6025811b8df7a');
  });
});

describe('saving and loading a contract’s data', () => {
  it('gives back exactly the command line’s minutes for probes, states, events and exclusions', async () => {
    const s = await store();
    const clarus = await policyOf('clarus-lis');
    const contractId = await addContract(s, clarus);
    const base = { sourceZone: 'Africa/Cairo' };
    const files: { file: File; options: LoadOptions }[] = [
      {
        file: await fixtureFile('realdata/upptime/FoodCoopX-probes.csv'),
        options: { ...base, kind: 'probes' },
      },
      {
        file: await fixtureFile('realdata/upptime/honch-io-probes.csv'),
        options: { ...base, kind: 'states' },
      },
      {
        file: await fixtureFile('realdata/github-status/downtime_windows.csv'),
        options: {
          ...base,
          kind: 'events',
          whereNot: [{ column: 'impact', values: ['maintenance'] }],
        },
      },
      { file: await fixtureFile('rules/ef-maintenance.csv'), options: { ...base, kind: 'exclusions' } },
    ];
    for (const f of files) await saved(s, contractId, await importOf(f.file, f.options));

    const loaded = await s.loadContractInputs(contractId);
    const cli = await reduceLikeCli(files);
    expectSameMonitors(loaded.monitors, cli.monitors);
    expect(loaded.exclusions).toEqual(cli.exclusions);
    // Saved here without the worker, which takes each file's SHA-256 after the save.
    expect(loaded.inputs).toEqual(cli.inputs.map(({ sha256: _sha256, ...input }) => input));

    const datasets = await s.listDatasets(contractId);
    expect(datasets.map((d) => [d.name, d.kind, d.rows])).toEqual([
      ['FoodCoopX-probes.csv', 'probes', 6274],
      ['honch-io-probes.csv', 'states', 489],
      ['downtime_windows.csv', 'events', 801],
      ['ef-maintenance.csv', 'exclusions', 2],
    ]);
    expect(datasets[0]!.checksum).toBe(await fileChecksum(files[0]!.file));
    // FoodCoopX spans 2025-11 to 2026-06: one series row per monitor and UTC month.
    const counts = await s.counts();
    expect(counts.series).toBeGreaterThan(datasets[0]!.monitors.length);
    expect(counts.checkTimes).toBeLessThan(counts.series); // state logs keep no check times
  });

  it('merges two overlapping files of one monitor by rule 1', async () => {
    const s = await store();
    const policy = await policyOf('clarus-lis');
    const contractId = await addContract(s, policy);
    const options: LoadOptions = { kind: 'probes', sourceZone: 'UTC' };
    const a = { file: await fixtureFile('storage/overlap-a.csv'), options };
    const b = { file: await fixtureFile('storage/overlap-b.csv'), options };
    const idA = await saved(s, contractId, await importOf(a.file, options));
    const idB = await saved(s, contractId, await importOf(b.file, options));

    const loaded = await s.loadContractInputs(contractId);
    const both = await reduceLikeCli([a, b]);
    expectSameMonitors(loaded.monitors, both.monitors);

    const api = loaded.monitors.find((m) => m.monitor === 'api') as ProbeMinutes;
    const alone = (await reduceLikeCli([a])).monitors.find((m) => m.monitor === 'api') as ProbeMinutes;
    const otherAlone = (await reduceLikeCli([b])).monitors.find((m) => m.monitor === 'api') as ProbeMinutes;
    // 02:00 UTC: a check from each file in that minute — counts add.
    const minute = Date.UTC(2026, 2, 1, 2, 0) / 60_000;
    const at = (p: ProbeMinutes) => {
      const { up, down } = upDown(p);
      return up[minute - p.firstMinute]! + down[minute - p.firstMinute]!;
    };
    expect([at(alone), at(otherAlone), at(api)]).toEqual([1, 1, 2]);
    // The median gap is over the union of check times: neither file's own.
    const union = Float64Array.from(
      [...textTimes(await a.file.text(), 'api'), ...textTimes(await b.file.text(), 'api')].sort(
        (x, y) => x - y,
      ),
    );
    expect(api.medianGapMsTimes2).toBe(medianGapMsTimes2(union));
    expect([alone.medianGapMsTimes2, otherAlone.medianGapMsTimes2, api.medianGapMsTimes2]).toEqual([
      130_000, 186_000, 108_000,
    ]);
    expect((await s.counts()).mergedGaps).toBe(1);
    // Loading uses the merged gap cached at save: no check times are read.
    const fresh = await openStore(s.name);
    opened.push(fresh);
    fresh.db.checkTimes.where = () => {
      throw new Error('check times read on load');
    };
    expect((await fresh.loadContractInputs(contractId)).monitors.map((m) => m.monitor)).toEqual([
      'api',
      'web',
    ]);

    // Deleting one file un-merges: counts and median are the other file's alone.
    expect(await s.deleteDataset(idB)).toBe(true);
    const after = await s.loadContractInputs(contractId);
    expectSameMonitors(after.monitors, (await reduceLikeCli([a])).monitors);
    expect(await s.counts()).toMatchObject({ datasets: 1, mergedGaps: 0 });
    expect(idA).toBeLessThan(idB);
  });

  it('keeps everything after the database is closed and opened again', async () => {
    const s = await store();
    const policy = await policyOf('clarus-lis');
    const contractId = await addContract(s, policy);
    const file = await fixtureFile('storage/overlap-a.csv');
    await saved(s, contractId, await importOf(file, { kind: 'probes', sourceZone: 'UTC' }));
    const before = await s.loadContractInputs(contractId);
    const name = s.name;
    s.close();
    const reopened = await openStore(name);
    opened.push(reopened);
    expect((await reopened.getContract(contractId))?.policy).toEqual({ kind: 'embedded', policy });
    const after = await reopened.loadContractInputs(contractId);
    expectSameMonitors(after.monitors, before.monitors);
    expect({ ...after, monitors: [] }).toEqual({ ...before, monitors: [] });
  });

  it('saves nothing of a failing import and reports it as a duplicate the second time', async () => {
    const s = await store();
    const policy = await policyOf('clarus-lis');
    const contractId = await addContract(s, policy);
    const data = await importOf(await fixtureFile('storage/overlap-a.csv'), {
      kind: 'probes',
      sourceZone: 'UTC',
    });
    const first = await saved(s, contractId, data);
    expect(await s.saveImport(contractId, data)).toEqual({ status: 'duplicate', datasetId: first });
    const replaced = await s.saveImport(contractId, data, { replace: true });
    expect(replaced).toMatchObject({ status: 'saved', replacedDatasetId: first });
    expect((await s.listDatasets(contractId)).map((d) => d.id)).toEqual([
      (replaced as { datasetId: number }).datasetId,
    ]);
    await expect(s.saveImport(contractId + 99, data)).rejects.toThrow(/no contract/);
  });
});

describe('a full disk', () => {
  it('becomes “Storage is full”, saves nothing and keeps what was stored', async () => {
    const s = await store();
    const policy = await policyOf('clarus-lis');
    const contractId = await addContract(s, policy);
    const options: LoadOptions = { kind: 'probes', sourceZone: 'UTC' };
    await saved(s, contractId, await importOf(await fixtureFile('storage/overlap-a.csv'), options));
    const before = await s.counts();
    const inputsBefore = await s.loadContractInputs(contractId);

    // The browser refuses the series rows in the middle of the transaction.
    const table = s.db.checkTimes;
    const original = table.bulkAdd.bind(table);
    table.bulkAdd = (() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }) as typeof table.bulkAdd;
    try {
      const error = await s
        .saveImport(contractId, await importOf(await fixtureFile('storage/overlap-b.csv'), options))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).problem).toBe('quota');
      expect((error as Error).message).toMatch(
        /^Storage is full: .*overlap-b\.csv.*free space .*delete data/,
      );
      expect(((error as Error).cause as DOMException).name).toBe('QuotaExceededError');
    } finally {
      table.bulkAdd = original;
    }
    expect(await s.counts()).toEqual(before);
    expectSameMonitors((await s.loadContractInputs(contractId)).monitors, inputsBefore.monitors);
  });

  it('an import that would not fit is refused before anything is written', async () => {
    const s = await store();
    const policy = await policyOf('clarus-lis');
    const contractId = await addContract(s, policy);
    const options: LoadOptions = { kind: 'probes', sourceZone: 'UTC' };
    await saved(s, contractId, await importOf(await fixtureFile('storage/overlap-a.csv'), options));
    const before = await s.counts();
    const data = await importOf(await fixtureFile('storage/overlap-b.csv'), options);
    // A device with 6 MB left: the import's rows (about 70 kB) fit, but not with the 8 MB reserve.
    const tried: number[] = [];
    const room = (left: number | null, holds: boolean | null) =>
      new Store(s.db, {
        left: async () => left,
        holds: async (bytes) => {
          tried.push(bytes);
          return holds;
        },
      });
    const error = await room(6 * 1024 * 1024, true)
      .saveImport(contractId, data)
      .catch((e: unknown) => e);
    expect(tried).toEqual([]);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).problem).toBe('quota');
    expect((error as Error).message).toMatch(
      /^Storage is full: saving “overlap-b\.csv” needs about 9 MB and this device has 6 MB left for the app\. Nothing was saved; free space/,
    );
    expect(await s.counts()).toEqual(before);
    // The estimate promises room but the disk cannot take a trial write of that size.
    const full = await room(1e9, false)
      .saveImport(contractId, data)
      .catch((e: unknown) => e);
    expect((full as Error).message).toMatch(
      /^Storage is full: saving “overlap-b\.csv” needs about 9 MB, more than this device can take now\. Nothing was saved/,
    );
    expect(tried).toHaveLength(1);
    // The rows, the 8 MiB reserve and 1 MiB of headroom for the small saves that follow.
    expect(tried[0]! > 9 * 1024 * 1024 && tried[0]! < 9.1 * 1024 * 1024).toBe(true);
    expect(await s.counts()).toEqual(before);
    // With room to spare, or where the browser cannot say, the same import is written.
    expect((await room(9 * 1024 * 1024, null).saveImport(contractId, data)).status).toBe('saved');
  });

  it('an aborted write (how Chromium reports a disk that filled) is a storage-full error', async () => {
    const s = await store();
    const policy = await policyOf('clarus-lis');
    const contractId = await addContract(s, policy);
    const options: LoadOptions = { kind: 'probes', sourceZone: 'UTC' };
    const before = await s.counts();
    const table = s.db.series;
    const original = table.bulkAdd.bind(table);
    table.bulkAdd = (() => {
      const abort = new DOMException(
        'The transaction was aborted, so the request cannot be fulfilled.',
        'AbortError',
      );
      throw new Dexie.BulkError('series.bulkAdd(): 12 of 12 operations failed', Array(12).fill(abort));
    }) as typeof table.bulkAdd;
    try {
      const error = await s
        .saveImport(contractId, await importOf(await fixtureFile('storage/overlap-a.csv'), options))
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'StorageError', problem: 'quota' });
      expect((error as Error).message).toMatch(/^Storage is full: .*overlap-a\.csv/);
    } finally {
      table.bulkAdd = original;
    }
    expect(await s.counts()).toEqual(before);
    expect(isQuotaExceeded(new Dexie.AbortError('Transaction aborted'))).toBe(true);
    expect(isQuotaExceeded(new Dexie.DataError('Failed to write blobs (IOError)'))).toBe(true);
    expect(isQuotaExceeded(new DOMException('Failed to write blobs (IOError)', 'DataError'))).toBe(true);
    expect(
      isQuotaExceeded(new Dexie.DataError('Data provided to an operation does not meet requirements.')),
    ).toBe(false);
    // The importer's own cancellation is not a storage failure.
    expect(isQuotaExceeded(new DOMException('The import was cancelled', 'AbortError'))).toBe(false);
  });

  it('is recognised however Dexie wraps it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    const aborted = Object.assign(new Error('QuotaExceededError'), { name: 'AbortError', inner: quota });
    const bulk = Object.assign(new Error('1 of 3 failed'), { name: 'BulkError', failures: [quota] });
    for (const e of [quota, aborted, bulk]) {
      expect(isQuotaExceeded(e)).toBe(true);
      expect(storageErrorOf(e, 'saveDataset', 'x')).toMatchObject({ name: 'StorageError', problem: 'quota' });
    }
    const bug = new TypeError('x is undefined');
    expect(storageErrorOf(bug, 'saveDataset', 'x')).toBe(bug);
  });
});

describe('a database the browser will not open', () => {
  it('says so when another tab holds it at an older version, and changes nothing', async () => {
    const name = `blocked-${Math.random().toString(36).slice(2)}`;
    // An older app that keeps its connection open through a versionchange.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name, 10);
      r.onupgradeneeded = () =>
        r.result.createObjectStore('contracts', { keyPath: 'id', autoIncrement: true });
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const error = await openStore(name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({
      problem: 'blocked',
      message:
        'Another tab holds your contracts open with an older version of SLA Witness. Close that tab, then reload this page: nothing was changed.',
    });
    expect(old.version).toBe(10);
    expect([...old.objectStoreNames]).toEqual(['contracts']);
    old.close();
    await Dexie.delete(name);
  });

  it('says so when the browser refuses IndexedDB (private browsing)', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      );
    };
    try {
      const error = await openStore(`private-${Math.random().toString(36).slice(2)}`).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StorageError);
      expect(error).toMatchObject({
        problem: 'unavailable',
        message:
          'This browser does not let SLA Witness store data here (private browsing or blocked site data do that), so nothing can be opened or saved. Open the app in a normal window, or allow this site to store data.',
      });
    } finally {
      IDBFactory.prototype.open = open;
    }
  });
});

it('asks for persistent storage without failing where it cannot', async () => {
  expect(['granted', 'denied', 'unsupported']).toContain(await requestPersistence());
});

describe('re-evaluation from storage', () => {
  /** A year of one check a minute for one monitor, 1 in 5 000 down. */
  function yearOfChecks(monitor: string, seed: number): { minutes: ProbeMinutes; times: Float64Array } {
    const firstMinute = Date.UTC(2025, 0, 1) / 60_000;
    const length = 365 * 1440;
    const up = new Uint16Array(length);
    const down = new Uint16Array(length);
    const times = new Float64Array(length);
    for (let i = 0; i < length; i++) {
      if ((i * 7 + seed) % 5000 < 3) down[i] = 1;
      else up[i] = 1;
      times[i] = (firstMinute + i) * 60_000 + ((i + seed) % 60) * 1000;
    }
    times.sort();
    return {
      minutes: {
        monitor,
        kind: 'probes',
        firstMinute,
        spanMinutes: length,
        classes: [compactCounts(OUTCOME_UP, up)!, compactCounts(OUTCOME_DOWN, down)!],
        medianGapMsTimes2: medianGapMsTimes2(times),
        holdMinutesOverride: null,
      },
      times,
    };
  }

  function importOfYear(name: string, year: { minutes: ProbeMinutes; times: Float64Array }[]): ImportToSave {
    const monitors = year.map((y) => y.minutes.monitor);
    return {
      dataset: {
        name,
        size: 0,
        kind: 'probes',
        mapping: {},
        where: [],
        whereNot: [],
        sourceZone: 'UTC',
        checksum: name,
        filteredRows: 0,
      },
      minutes: year.map((y) => y.minutes),
      checkTimes: checkTimesFrom(new Map(year.map((y) => [y.minutes.monitor, y.times]))),
      exclusions: [],
      summary: { name, kind: 'probes', rows: year.length * 525_600, skippedRows: 0, monitors, skipped: [] },
    };
  }

  it('builds the engine input for 10 monitors × 1 year, evaluates it, and reuses the built minutes on a warm load', async () => {
    const s = await store();
    const policy = await policyOf('clarus-lis');
    const contractId = await addContract(s, policy);
    const year = Array.from({ length: 10 }, (_, i) => yearOfChecks(`monitor-${i}`, i * 13));
    const minutes: MonitorMinutes[] = year.map((y) => y.minutes);
    const t0 = performance.now();
    const result = await s.saveImport(contractId, importOfYear('year.csv', year));
    const saveMs = performance.now() - t0;
    expect(result.status).toBe('saved');

    const terms = withContract(policy, { timezone: 'UTC' });
    // Cold: a new connection, nothing cached.
    const cold = await openStore(s.name);
    opened.push(cold);
    const t1 = performance.now();
    const inputs = await cold.loadContractInputs(contractId);
    const t2 = performance.now();
    // One cache for the session, as the worker keeps it.
    const cache = new EvaluationCache();
    const first = evaluate({ policy: terms, ...inputs, asOf: '2026-01-15', cache });
    const t3 = performance.now();
    expectSameMonitors(inputs.monitors, minutes);
    expect(first.periods).toHaveLength(12);

    // Warm: the user toggles an interpretation; storage is not read again.
    const toggled = chooseReading(
      terms,
      terms.interpretations[0]!.id,
      terms.interpretations[0]!.options[1]!.id,
    );
    const t4 = performance.now();
    const again = await cold.loadContractInputs(contractId);
    const t5 = performance.now();
    evaluate({ policy: toggled, ...again, asOf: '2026-01-15', cache });
    const t6 = performance.now();

    // A second file for two of the monitors: their counts add and their gaps merge (cached at save).
    await saved(
      cold,
      contractId,
      importOfYear('year-again.csv', [yearOfChecks('monitor-0', 30), yearOfChecks('monitor-1', 31)]),
    );
    const merged = await openStore(s.name);
    opened.push(merged);
    const t7 = performance.now();
    const mergedInputs = await merged.loadContractInputs(contractId);
    const t8 = performance.now();
    evaluate({ policy: terms, ...mergedInputs, asOf: '2026-01-15', cache });
    const t9 = performance.now();
    const monitor0 = mergedInputs.monitors[0] as ProbeMinutes;
    expect(denseClasses(monitor0).reduce((sum, [, c]) => sum + c[0]!, 0)).toBe(2);

    const timings = {
      saveMs: Math.round(saveMs),
      coldLoadMs: Math.round(t2 - t1),
      evaluateMs: Math.round(t3 - t2),
      warmLoadMs: Math.round(t5 - t4),
      reEvaluateMs: Math.round(t6 - t5),
      coldLoadMergedMs: Math.round(t8 - t7),
      evaluateMergedMs: Math.round(t9 - t8),
    };
    // Timings are reported, never asserted: the warm load's speed comes from reusing the
    // minutes already built, which is what is checked.
    console.log('10 monitors × 1 year:', JSON.stringify(timings));
    expect(again.monitors).toBe(inputs.monitors);
  });
});

/** The times of one monitor's rows in a fixture's text, parsed with Date.parse. */
function textTimes(text: string, monitor: string): number[] {
  const lines = text.trim().split('\n').slice(1);
  return lines
    .map((l) => l.split(/[;,]/))
    .filter((f) => f[1] === monitor)
    .map((f) => Date.parse(f[0]!));
}

describe('the browser room check', () => {
  it('writes a trial of the asked size into its own scratch database and leaves it empty', async () => {
    const { browserRoom, ROOM_PROBE_DATABASE } = await import('../src/storage/room');
    expect(await browserRoom.left()).toBeGreaterThan(0);
    expect(await browserRoom.holds(20 * 1024 * 1024)).toBe(true);
    const db = await new Dexie(ROOM_PROBE_DATABASE).open();
    expect(await db.table('trial').count()).toBe(0);
    db.close();
  });

  it('writes each value of a trial with bytes of its own, the last one cut to what is left', async () => {
    const { browserRoom } = await import('../src/storage/room');
    const put = IDBObjectStore.prototype.put;
    const values: Blob[] = [];
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === 'trial' && value instanceof Blob) values.push(value);
      return put.call(this, value, key);
    };
    try {
      expect(await browserRoom.holds(20 * 1024 * 1024 + 5)).toBe(true);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(values.map((v) => v.size)).toEqual([16 * 1024 * 1024, 4 * 1024 * 1024 + 5]);
    const heads = await Promise.all(
      values.map(async (v) => new Uint8Array(await v.slice(0, 4096).arrayBuffer()).join(',')),
    );
    expect(new Set(heads).size).toBe(2);
  });

  it('writes bytes no compressor shrinks and no volume deduplicates, new at every value of one buffer', async () => {
    const { fillIncompressible } = await import('../src/storage/room');
    const bytes = 4 * 1024 * 1024 + 3;
    // The trial fills one buffer anew for each value it writes.
    const buffer = new Uint8Array(bytes);
    const trial = fillIncompressible(buffer).slice();
    const next = fillIncompressible(buffer);
    expect(next).toBe(buffer);
    expect(trial.length).toBe(bytes);
    const gzipped = await new Response(
      new Blob([trial]).stream().pipeThrough(new CompressionStream('gzip')),
    ).arrayBuffer();
    expect(gzipped.byteLength).toBeGreaterThan(bytes);
    // No 4 KiB block (a file system's unit of deduplication) repeats, within a trial or across two.
    const blocks = new Set<string>();
    for (const t of [trial, next])
      for (let at = 0; at + 4096 <= bytes; at += 4096) blocks.add(t.subarray(at, at + 16).join(','));
    expect(blocks.size).toBe(2 * Math.floor(bytes / 4096));
  });
});
