// Room for a write, made sure of before the write starts. Chromium that runs out of disk in
// the middle of an IndexedDB write reports it as an abort or an I/O error, and a database
// damaged that way may be discarded whole on a later start; so an import that would not fit
// is refused before any byte of it is written, with the "Storage is full" message.
//
// Two checks, since neither alone is enough: the browser's quota estimate (which on some
// volumes promises far more than the disk holds), and a trial write of the same size into a
// scratch database of its own, removed again at once, which fails cleanly where the disk
// cannot take it and never touches stored data.
import { StorageError, type StorageTask } from './errors';

export interface Room {
  /** Bytes the browser says are left for this origin; null where it cannot say. */
  left(): Promise<number | null>;
  /** Whether `bytes` can really be written now; null where it cannot be tried. */
  holds(bytes: number): Promise<boolean | null>;
}

/** IndexedDB writes a row more than once (log, then table files) and keeps structure beside it. */
const WRITE_AMPLIFICATION = 2;
/** Left free after any import, so the next small write (a setting, a policy) still fits. */
const RESERVE_BYTES = 8 * 1024 * 1024;
/** The scratch database of trial writes, apart from the app's data. */
export const ROOM_PROBE_DATABASE = 'sla-witness-room-probe';

type StorageLike = { estimate?: () => Promise<{ quota?: number; usage?: number }> };

async function estimatedLeft(): Promise<number | null> {
  const storage = (globalThis.navigator as { storage?: StorageLike } | undefined)?.storage;
  if (!storage?.estimate) return null;
  try {
    const { quota, usage } = await storage.estimate();
    if (typeof quota !== 'number' || typeof usage !== 'number') return null;
    return Math.max(0, quota - usage);
  } catch {
    return null;
  }
}

const done = (request: IDBRequest | IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    if (request instanceof IDBTransaction) {
      request.oncomplete = () => resolve();
      request.onabort = request.onerror = () => reject(request.error ?? new Error('aborted'));
    } else {
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('failed'));
    }
  });

/** The most crypto.getRandomValues fills in one call. */
const RANDOM_CALL_BYTES = 65_536;

/**
 * Fills `into` with bytes no storage layer can compress or deduplicate, new at every call,
 * so the trial takes as much disk as the data would.
 */
export function fillIncompressible(into: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  for (let at = 0; at < into.length; at += RANDOM_CALL_BYTES)
    crypto.getRandomValues(into.subarray(at, Math.min(into.length, at + RANDOM_CALL_BYTES)));
  return into;
}

/** One value of a trial: the app's own rows are many values of moderate size. */
const TRIAL_VALUE_BYTES = 16 * 1024 * 1024;

async function trialWrite(bytes: number): Promise<boolean | null> {
  const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) return null;
  const open = factory.open(ROOM_PROBE_DATABASE, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('trial');
  try {
    await done(open);
  } catch {
    return null;
  }
  const db = open.result;
  try {
    const tx = db.transaction('trial', 'readwrite');
    const store = tx.objectStore('trial');
    // As Blobs, which Chromium writes straight into files of the database's own, where an
    // ArrayBuffer value goes through serialisation and the database's log first (about
    // three times as long for the same bytes, with the disk's room proved all the same).
    // A Blob copies its bytes when made, so one buffer, filled anew for each value, serves
    // them all: memory touched for the first time is dear (a fault per page) and a phone's
    // is short.
    const chunk = new Uint8Array(Math.min(TRIAL_VALUE_BYTES, bytes));
    for (let at = 0, key = 0; at < bytes; at += TRIAL_VALUE_BYTES, key++)
      store.put(
        new Blob([fillIncompressible(chunk.subarray(0, Math.min(TRIAL_VALUE_BYTES, bytes - at)))]),
        key,
      );
    await done(tx);
    return true;
  } catch {
    return false;
  } finally {
    try {
      const clear = db.transaction('trial', 'readwrite');
      clear.objectStore('trial').clear();
      await done(clear);
    } catch {
      // A failed trial left nothing to clear.
    }
    db.close();
  }
}

/** The browser's own answers: its quota estimate and a trial write (in the page and in workers). */
export const browserRoom: Room = { left: estimatedLeft, holds: trialWrite };

const megabytes = (bytes: number) => Math.max(1, Math.ceil(bytes / (1024 * 1024)));

/**
 * Written by each trial beyond what its own save needs. The files of one import (a contract's
 * checks, its maintenance notices, tickets and obligation events) are saved one after the
 * other, seconds apart: the small ones that follow are saved on the room the first trial
 * proved, rather than each writing 8 MiB of its own (0.1–0.3 s apiece here).
 */
const HEADROOM_BYTES = 1024 * 1024;
/** How long a trial's proof of room stands: other programs may fill the disk meanwhile. */
export const PROOF_MS = 30_000;

/** Room a trial proved beyond the saves admitted on it since, and until when it stands. */
const proofs = new WeakMap<Room, { spare: number; until: number }>();

/** Throws the storage-full error when `bytes` of rows would not fit with room to spare. */
export async function ensureRoom(room: Room, bytes: number, task: StorageTask, name: string): Promise<void> {
  const needed = bytes * WRITE_AMPLIFICATION + RESERVE_BYTES;
  const left = await room.left();
  let fits: boolean | null = false;
  if (left === null || needed <= left) {
    const now = Date.now();
    const proof = proofs.get(room);
    if (proof && now < proof.until && bytes <= proof.spare) {
      proof.spare -= bytes;
      return;
    }
    // The trial writes the rows' own size, the reserve and the headroom: a disk that takes
    // that takes the rows, and leaves the reserve after the next small save too.
    fits = await room.holds(bytes + RESERVE_BYTES + HEADROOM_BYTES);
    if (fits === true) proofs.set(room, { spare: HEADROOM_BYTES, until: now + PROOF_MS });
    else proofs.delete(room);
  }
  if (fits !== false) return;
  throw new StorageError({
    problem: 'quota',
    task,
    name,
    neededMb: megabytes(needed),
    ...(left !== null && left < needed ? { leftMb: megabytes(left) } : {}),
  });
}
