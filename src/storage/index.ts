// The storage module's public API: open the store, save and merge imports, contract bundles, typed errors.
import Dexie from 'dexie';
import { DEFAULT_STORE_NAME, SlaDatabase } from './database';
import { isQuotaExceeded, StorageError, storageErrorOf } from './errors';
import { Store } from './store';

/**
 * Dexie's live queries, re-exported so the page can watch storage (commits made in the
 * worker included) without importing Dexie itself: the querier should call Store methods.
 */
export { liveQuery } from 'dexie';
export {
  BUNDLE_FORMAT,
  type BundleConflictChoice,
  BundleError,
  type BundleOpenOutcome,
  type BundleRefusal,
  bundleFileName,
  type ContractBundle,
  exportContractBundle,
  importContractBundle,
  openBundleFile,
  readContractBundle,
} from './bundle';
export { readAtMost } from './bundle-codec';
export { CHECKSUM_BLOCK_BYTES, FileChecksum } from './checksum';
export type { ContractPatch, PolicyPatch } from './contracts';
export { DEFAULT_STORE_NAME } from './database';
export {
  isQuotaExceeded,
  StorageError,
  type StorageFault,
  type StorageProblem,
  type StorageTask,
  storageErrorOf,
} from './errors';
export { requestPersistence } from './persistence';
export {
  HAND_ENTERED_SOURCE,
  type NewObligationEntry,
} from './records';
export type * from './rows';
export type { ImportToSave, SaveOutcome } from './save';
export { type NewContract, Store, type TableCounts } from './store';

/** Opens (creating or upgrading) the app's database. */
export async function openStore(name: string = DEFAULT_STORE_NAME): Promise<Store> {
  let db: SlaDatabase;
  try {
    // Loaded before the database opens, and only when its upgrade needs them: awaiting a
    // module load inside the upgrade's transaction would let IndexedDB commit it early.
    const presets = (await upgradeReadsPresets(name)) ? (await import('../engine/presets')).PRESETS : {};
    db = new SlaDatabase(name, presets);
  } catch (e) {
    throw unavailable(e);
  }
  // An older tab that keeps its connection open holds the upgrade back for as long as it
  // stays open: say so instead of waiting without a word.
  let onBlocked = (): void => {};
  const blocked = new Promise<never>((_, reject) => {
    onBlocked = () => reject(new StorageError({ problem: 'blocked' }));
  });
  db.on('blocked', onBlocked);
  try {
    await Promise.race([db.open(), blocked]);
  } catch (e) {
    db.on('blocked').unsubscribe(onBlocked);
    if (e instanceof StorageError) {
      db.close();
      throw e;
    }
    // A full disk, or a database a newer version of the app wrote: said as such.
    if (isQuotaExceeded(e) || (e as { name?: unknown }).name === 'VersionError')
      throw storageErrorOf(e, 'open');
    throw unavailable(e);
  }
  db.on('blocked').unsubscribe(onBlocked);
  return new Store(db);
}

/** The browser refused this page a database at all (private browsing, site data blocked). */
const unavailable = (cause: unknown) => new StorageError({ problem: 'unavailable' }, { cause });

/**
 * Whether the stored database predates version 3, whose upgrade reads the built-in
 * presets (Dexie stores version n as IndexedDB version 10·n). Where the browser cannot
 * list its databases, assume it does.
 */
async function upgradeReadsPresets(name: string): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return true;
  const found = (await indexedDB.databases()).find((d) => d.name === name);
  return found !== undefined && (found.version ?? 0) < 30;
}

/**
 * Deletes the app's database by name without opening it (when no Store is at hand); open
 * connections elsewhere close and reopen empty on their next use.
 */
export async function deleteAllData(name: string = DEFAULT_STORE_NAME): Promise<void> {
  try {
    await Dexie.delete(name);
  } catch (e) {
    throw storageErrorOf(e, 'deleteAll');
  }
}
