// Asks the browser to keep this origin's data under storage pressure (SPEC §8): without
// it, evidence stored in IndexedDB may be evicted when the disk fills.

interface PersistableStorage {
  persist(): Promise<boolean>;
  persisted(): Promise<boolean>;
}

function persistableStorage(): PersistableStorage | null {
  const storage = (globalThis.navigator as { storage?: Partial<PersistableStorage> } | undefined)?.storage;
  return storage && typeof storage.persist === 'function' && typeof storage.persisted === 'function'
    ? (storage as PersistableStorage)
    : null;
}

/** 'granted' when data is (now) persistent, 'denied' when the browser said no, 'unsupported' where it cannot ask (workers, old browsers). */
export async function requestPersistence(): Promise<'granted' | 'denied' | 'unsupported'> {
  const storage = persistableStorage();
  if (!storage) return 'unsupported';
  if (await storage.persisted()) return 'granted';
  return (await storage.persist()) ? 'granted' : 'denied';
}
