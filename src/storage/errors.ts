// Storage failures as one typed error the UI can show: a full disk becomes a plain
// "Storage is full" message, and nothing is swallowed (the original stays as `cause`).
import Dexie from 'dexie';

/**
 * `in-use`: a row others still point at (a custom policy a contract uses) was not removed.
 * `unavailable`: the browser gives this page no IndexedDB (private browsing, site data
 * blocked). `blocked`: another tab holds the database open at an older version and does
 * not let this one upgrade it.
 */
export type StorageProblem = 'quota' | 'missing' | 'database' | 'in-use' | 'unavailable' | 'blocked';

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/**
 * True when the browser refused to store more: a QuotaExceededError itself, Dexie's
 * mapped one, or one wrapped as a transaction AbortError's `inner` or a BulkError's failure.
 * A write that Dexie reports aborted (its AbortError, or a BulkError whose every failure is
 * an abort) counts too, and so does an I/O error: that is how Chromium reports a disk that
 * filled during the write.
 * The importer's own cancellation is a plain DOMException and never reaches a write.
 */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as {
    name?: unknown;
    message?: unknown;
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
  };
  if (e.name === 'QuotaExceededError') return true;
  // Chromium's word for a disk that could not take a value's file: "Failed to write blobs (IOError)".
  if ((e.name === 'DataError' || e.name === 'UnknownError') && /IO ?error/i.test(String(e.message)))
    return true;
  if (isQuotaExceeded(e.inner, depth + 1) || isQuotaExceeded(e.cause, depth + 1)) return true;
  if (error instanceof Dexie.DexieError && e.name === 'AbortError') return true;
  if (!Array.isArray(e.failures)) return false;
  const failures = e.failures.filter((f) => f);
  return (
    failures.some((f) => isQuotaExceeded(f, depth + 1)) ||
    (error instanceof Dexie.DexieError && failures.length > 0 && failures.every(isAbort))
  );
}

const isAbort = (f: unknown) =>
  typeof f === 'object' && f !== null && (f as { name?: unknown }).name === 'AbortError';

function isDatabaseError(error: unknown): boolean {
  return (
    error instanceof Dexie.DexieError ||
    (typeof DOMException !== 'undefined' && error instanceof DOMException && error.name !== 'AbortError')
  );
}

/**
 * The error to throw for a failed storage operation: quota and database failures become
 * a StorageError (with the original as its cause); anything else — a bug, an aborted
 * job, another typed error — passes through unchanged.
 */
export function storageErrorOf(error: unknown, doing: string): unknown {
  if (error instanceof StorageError) return error;
  if (isQuotaExceeded(error))
    return new StorageError(
      'quota',
      `Storage is full: the browser refused to store more while ${doing}. Nothing was saved; free space on this device or delete data (old datasets or reports), then try again.`,
      { cause: error },
    );
  if (isDatabaseError(error))
    return new StorageError('database', `Storage failed while ${doing}: ${(error as Error).message}`, {
      cause: error,
    });
  return error;
}
