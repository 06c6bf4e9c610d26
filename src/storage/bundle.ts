// A contract with everything stored for it as one gzip file (`sla-bundle/3`), to move or
// share it without a server: minutes, summaries, tickets and obligation events, never the raw logs.
import type { Policy } from '../engine/policy';
import { base64OfArray, bundleText, gzip } from './bundle-codec';
import { BUNDLE_FORMAT, BundleError, type BundleJson, type BundleRefusal } from './bundle-schema';
import { type ContractBundle, validBundle } from './bundle-validate';
import { CONTRACT_TABLES, removeContract } from './contracts';
import { countsOf } from './counts-codec';
import type { SlaDatabase } from './database';
import { StorageError, type StorageFault, storageErrorOf } from './errors';
import { withLogSpans } from './event-spans';
import { monthOffsets } from './months';
import { ensureRoom } from './room';
import type { ContractRow, PolicySource } from './rows';
import type { Store } from './store';

export { BUNDLE_FORMAT, BundleError, type BundleRefusal } from './bundle-schema';
export type { ContractBundle } from './bundle-validate';

const BUNDLE_MIME = 'application/gzip';

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The built-in presets, loaded on use (the import worker shares this module and never
 * needs them) and before a transaction opens: awaiting a module load inside one would let
 * IndexedDB commit it early.
 */
type Presets = Readonly<Record<string, Policy>>;
const loadPresets = async (): Promise<Presets> => (await import('../engine/presets')).PRESETS;

/** A file name for a contract's bundle: `<contract>-<YYYY-MM-DD>.sla-bundle.json.gz`. */
export function bundleFileName(contractName: string, date: Date = new Date()): string {
  const stem = contractName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'contract';
  return `${stem}-${date.toISOString().slice(0, 10)}.sla-bundle.json.gz`;
}

async function policySection(
  db: SlaDatabase,
  source: PolicySource,
  presets: Presets,
): Promise<BundleJson['policy']> {
  if (source.kind === 'embedded') return { source: 'embedded', document: source.policy };
  if (source.kind === 'preset') {
    const document = presets[source.presetId];
    if (!document) throw new StorageError({ problem: 'missing', thing: 'preset', id: source.presetId });
    return { source: 'preset', presetId: source.presetId, document };
  }
  const row = await db.policies.get(source.policyId);
  if (!row) throw new StorageError({ problem: 'missing', thing: 'policy', id: String(source.policyId) });
  return {
    source: 'custom',
    name: row.name,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    document: row.policy,
  };
}

/** The contract and all its stored data as bundle JSON, read in one consistent snapshot. */
async function bundleJsonOf(db: SlaDatabase, contractId: number, presets: Presets): Promise<BundleJson> {
  const contract = await db.contracts.get(contractId);
  if (!contract) throw new StorageError({ problem: 'missing', thing: 'contract', id: String(contractId) });
  const datasets = await db.datasets.where('contractId').equals(contractId).sortBy('id');
  const ids = datasets.map((d) => d.id);
  const [policy, series, checkTimes, events, exclusions, mergedGaps, tickets, obligationEntries] =
    await Promise.all([
      policySection(db, contract.policy, presets),
      db.series.where('datasetId').anyOf(ids).toArray(),
      db.checkTimes.where('datasetId').anyOf(ids).toArray(),
      db.events.where('datasetId').anyOf(ids).toArray(),
      db.exclusions.where('datasetId').anyOf(ids).toArray(),
      db.mergedGaps.where('contractId').equals(contractId).toArray(),
      db.tickets.where('contractId').equals(contractId).toArray(),
      db.obligationEntries.where('contractId').equals(contractId).sortBy('id'),
    ]);
  const rowOrder = (a: { datasetId: number; kind?: string; monitor: string; month?: string }, b: typeof a) =>
    a.datasetId - b.datasetId ||
    byKey(a.kind ?? '', b.kind ?? '') ||
    byKey(a.monitor, b.monitor) ||
    byKey(a.month ?? '', b.month ?? '');
  const {
    id: _id,
    createdAt,
    name,
    timezone,
    fee,
    currency,
    tier,
    effectiveDate,
    holidays,
    ticketResolutions,
  } = contract;
  return {
    format: BUNDLE_FORMAT,
    exportedAt: new Date().toISOString(),
    contract: {
      name,
      timezone,
      fee,
      currency,
      tier,
      effectiveDate,
      createdAt,
      holidays: holidays?.map((h) => ({ ...h })) ?? null,
      ...(ticketResolutions?.length ? { ticketResolutions: ticketResolutions.map((r) => ({ ...r })) } : {}),
    },
    policy,
    datasets: datasets.map(({ id, contractId: _c, ...d }) => ({ ref: id, ...d })),
    // A row's runs of checks are derived from its counts, and derived again on import.
    series: series.sort(rowOrder).map(({ datasetId, classes, checkRuns: _runs, ...r }) => ({
      dataset: datasetId,
      ...r,
      // A bundle carries one count a minute or the minutes with checks, never runs.
      classes: classes.map(countsOf).map((c) => ({
        outcome: c.outcome,
        entries: c.counts.length,
        offsets: c.offsets === null ? null : base64OfArray(c.offsets.buffer as ArrayBuffer, 'u32'),
        counts: base64OfArray(c.counts.buffer as ArrayBuffer, 'u16'),
      })),
    })),
    // A bundle carries one Uint32 offset a check, as it always has.
    checkTimes: checkTimes.sort(rowOrder).map(({ datasetId, count, times, ...r }) => ({
      dataset: datasetId,
      ...r,
      count,
      times: base64OfArray(monthOffsets({ count, times }).buffer, 'u32'),
    })),
    events: events.sort(rowOrder).map(({ datasetId, intervals, ...r }) => ({
      dataset: datasetId,
      ...r,
      pairs: intervals.byteLength / 16,
      intervals: base64OfArray(intervals, 'f64'),
    })),
    // Stored order (dataset, then id) is the order the engine reads them in.
    exclusions: exclusions
      .sort((a, b) => a.datasetId - b.datasetId || a.id - b.id)
      .map(({ id: _x, datasetId, ...r }) => ({ dataset: datasetId, ...r })),
    mergedGaps: mergedGaps
      .sort((a, b) => byKey(a.kind, b.kind) || byKey(a.monitor, b.monitor))
      .map(({ contractId: _c, datasetIds, ...g }) => ({ ...g, datasets: [...datasetIds] })),
    tickets: tickets
      .sort((a, b) => a.datasetId - b.datasetId || a.line - b.line)
      .map(({ datasetId, contractId: _c, ...t }) => ({ dataset: datasetId, ...t })),
    // Stored order is the order the engine reads them in; hand-entered ones have no dataset.
    obligationEntries: obligationEntries.map(({ id: _x, contractId: _c, datasetId, ...e }) => ({
      dataset: datasetId,
      ...e,
    })),
  };
}

/** Exports one contract as a gzip-compressed `sla-bundle/3` JSON file. */
export async function exportContractBundle(store: Store, contractId: number): Promise<Blob> {
  const db = store.db;
  const presets = await loadPresets();
  let json: BundleJson;
  try {
    json = await db.transaction(
      'r',
      [...CONTRACT_TABLES(db), db.policies],
      // An async scope function: Dexie keeps the transaction alive across native awaits only then.
      async () => bundleJsonOf(db, contractId, presets),
    );
  } catch (e) {
    throw storageErrorOf(e, 'exportContract');
  }
  const blob = await gzip(JSON.stringify(json));
  return new Blob([blob], { type: BUNDLE_MIME });
}

/** Reads and checks a bundle file (gzip, or the plain JSON inside one); throws a BundleError naming each problem. */
export async function readContractBundle(blob: Blob): Promise<ContractBundle> {
  const text = await bundleText(blob);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BundleError({ code: 'notJson' });
  }
  return validBundle(json);
}

export type BundleConflictChoice = 'replace' | 'keep-both';

export interface BundleImportOptions {
  /**
   * What to do when a contract of the same name exists. Unset (the first call): nothing is
   * written and the outcome is `conflict`; 'replace' deletes that contract (the oldest of
   * that name) with all its data; 'keep-both' imports under a new name "Name (2)".
   */
  onConflict?: BundleConflictChoice;
}

export type BundleImportOutcome =
  | { status: 'conflict'; existing: ContractRow }
  | {
      status: 'imported';
      contractId: number;
      /** The name it was saved under (differs from the bundle's with 'keep-both'). */
      name: string;
      /** The custom policy row it uses (new, or an identical one already stored), if any. */
      policyId: number | null;
      replacedContractId: number | null;
      /** New dataset ids, in the bundle's dataset order. */
      datasetIds: number[];
    };

const ALL_TABLES = (db: SlaDatabase) => [...CONTRACT_TABLES(db), db.policies];

async function freeName(db: SlaDatabase, name: string): Promise<string> {
  const taken = new Set((await db.contracts.toArray()).map((c) => c.name));
  for (let n = 2; ; n++) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
}

async function policySourceOf(
  db: SlaDatabase,
  section: ContractBundle['policy'],
  presets: Presets,
): Promise<{ source: PolicySource; policyId: number | null }> {
  if (section.source === 'embedded')
    return { source: { kind: 'embedded', policy: section.document }, policyId: null };
  if (section.source === 'preset')
    return presets[section.presetId]
      ? { source: { kind: 'preset', presetId: section.presetId }, policyId: null }
      : { source: { kind: 'embedded', policy: section.document }, policyId: null };
  // A custom policy already stored with the same name and terms is reused, not doubled.
  const text = JSON.stringify(section.document);
  const same = (await db.policies.where('name').equals(section.name).toArray()).find(
    (p) => JSON.stringify(p.policy) === text,
  );
  const policyId =
    same?.id ??
    (await db.policies.add({
      name: section.name,
      policy: section.document,
      createdAt: section.createdAt,
      updatedAt: section.updatedAt,
    }));
  return { source: { kind: 'custom', policyId }, policyId };
}

async function writeBundle(
  db: SlaDatabase,
  bundle: ContractBundle,
  options: BundleImportOptions,
  presets: Presets,
): Promise<BundleImportOutcome> {
  const named = await db.contracts.where('name').equals(bundle.contract.name).sortBy('id');
  const existing = named.length > 0 ? named[0] : undefined;
  if (existing && !options.onConflict) return { status: 'conflict', existing };
  let name = bundle.contract.name;
  let replacedContractId: number | null = null;
  if (existing && options.onConflict === 'replace') {
    await removeContract(db, existing.id);
    replacedContractId = existing.id;
  } else if (existing) name = await freeName(db, name);

  const { source, policyId } = await policySourceOf(db, bundle.policy, presets);
  const contractId = await db.contracts.add({ ...bundle.contract, name, policy: source });
  // Datasets go in their bundle order (their old id order), so new ids keep the merge order.
  const ids = new Map<number, number>();
  const datasets = [...bundle.datasets].sort((a, b) => a.ref - b.ref);
  for (const { ref, ...d } of datasets) ids.set(ref, await db.datasets.add({ ...d, contractId }));
  const idOf = (ref: number) => ids.get(ref)!;
  await db.series.bulkAdd(bundle.series.map(({ dataset, ...r }) => ({ ...r, datasetId: idOf(dataset) })));
  await db.checkTimes.bulkAdd(
    bundle.checkTimes.map(({ dataset, ...r }) => ({ ...r, datasetId: idOf(dataset) })),
  );
  // A bundle exported before an event log's span was the whole log's is read as one now.
  await db.events.bulkAdd(
    withLogSpans(bundle.events, (r) => r.dataset).map(({ dataset, ...r }) => ({
      ...r,
      datasetId: idOf(dataset),
    })),
  );
  await db.exclusions.bulkAdd(
    bundle.exclusions.map(({ dataset, ...r }) => ({ ...r, datasetId: idOf(dataset) })),
  );
  await db.mergedGaps.bulkAdd(
    bundle.mergedGaps.map(({ datasets: refs, ...g }) => ({
      ...g,
      contractId,
      datasetIds: refs.map(idOf).sort((a, b) => a - b),
    })),
  );
  await db.tickets.bulkAdd(
    bundle.tickets.map(({ dataset, ...t }) => ({ ...t, contractId, datasetId: idOf(dataset) })),
  );
  // bulkAdd numbers rows in array order, so new ids keep the order the engine reads them in.
  await db.obligationEntries.bulkAdd(
    bundle.obligationEntries.map(({ dataset, ...e }) => ({
      ...e,
      contractId,
      datasetId: dataset === null ? null : idOf(dataset),
    })),
  );
  return {
    status: 'imported',
    contractId,
    name,
    policyId,
    replacedContractId,
    datasetIds: bundle.datasets.map((d) => idOf(d.ref)),
  };
}

/** The bytes a bundle's arrays take once stored (its small rows are within the reserve). */
function bundleBytes(bundle: ContractBundle): number {
  let bytes = 0;
  for (const r of bundle.series)
    for (const c of r.classes) bytes += c.counts.byteLength + (c.offsets?.byteLength ?? 0);
  for (const r of bundle.checkTimes) bytes += r.times.byteLength;
  for (const r of bundle.events) bytes += r.intervals.byteLength;
  return bytes;
}

/**
 * Stores a checked bundle as a new contract with fresh ids, in one transaction: all of it
 * or, on any failure, nothing. A contract of the same name is never overwritten unless
 * `onConflict` says so; without it the outcome is `conflict` and nothing is written.
 */
export async function importContractBundle(
  store: Store,
  bundle: ContractBundle,
  options: BundleImportOptions = {},
): Promise<BundleImportOutcome> {
  const db = store.db;
  const presets = await loadPresets();
  await ensureRoom(store.room, bundleBytes(bundle), 'importBundle', bundle.contract.name);
  try {
    const outcome = await db.transaction('rw', ALL_TABLES(db), async () =>
      writeBundle(db, bundle, options, presets),
    );
    if (outcome.status === 'imported' && outcome.replacedContractId !== null)
      store.forgetInputs(outcome.replacedContractId);
    return outcome;
  } catch (e) {
    throw storageErrorOf(e, 'importBundle', bundle.contract.name);
  }
}

/** Opening a bundle file: its contract stored, a same-name conflict to ask about, or why it was refused. */
export type BundleOpenOutcome =
  | BundleImportOutcome
  | {
      status: 'refused';
      /** In English; `refusal` or `fault`, when set, say the same as data for the page to word. */
      problems: string[];
      refusal?: BundleRefusal;
      fault?: StorageFault;
    };

/**
 * Reads, checks and stores a bundle file in one call, so the worker does all of it and
 * the page never parses a large bundle; asked again with `onConflict` after a conflict.
 * Refusals come back as data (a thrown BundleError would lose its problems in transit).
 */
export async function openBundleFile(
  store: Store,
  file: Blob,
  onConflict?: BundleConflictChoice,
): Promise<BundleOpenOutcome> {
  let bundle: ContractBundle;
  try {
    bundle = await readContractBundle(file);
  } catch (e) {
    if (e instanceof BundleError)
      return { status: 'refused', problems: [...e.problems], ...(e.refusal ? { refusal: e.refusal } : {}) };
    throw e;
  }
  try {
    return await importContractBundle(store, bundle, onConflict ? { onConflict } : {});
  } catch (e) {
    if (e instanceof StorageError) return { status: 'refused', problems: [e.message], fault: e.fault };
    throw e;
  }
}
