// Storage failures as one typed error the UI can show: a full disk becomes a plain
// "Storage is full" message, and nothing is swallowed (the original stays as `cause`).
// What went wrong travels as data (`fault`), so the page words it in its own language and
// a failure in the worker crosses to the page whole; `message` is its English wording.
import Dexie from 'dexie';

/**
 * `in-use`: a row others still point at (a custom policy a contract uses) was not removed.
 * `unavailable`: the browser gives this page no IndexedDB (private browsing, site data
 * blocked). `blocked`: another tab holds the database open at an older version and does
 * not let this one upgrade it.
 */
export type StorageProblem = 'quota' | 'missing' | 'database' | 'in-use' | 'unavailable' | 'blocked';

/** What storage was doing when it failed; `name` in a fault is the dataset's, file's or contract's. */
export type StorageTask =
  | 'open'
  | 'read'
  | 'saveContract'
  | 'deleteContract'
  | 'savePolicy'
  | 'deletePolicy'
  | 'saveDataset'
  | 'saveFile'
  | 'deleteDataset'
  | 'deleteAll'
  | 'exportContract'
  | 'importBundle'
  | 'saveResolution'
  | 'saveObligation'
  | 'deleteObligation'
  | 'recordDigest';

/** A thing storage looked for and did not find: a contract (by id), a preset or custom policy. */
type MissingThing = 'contract' | 'preset' | 'policy';

export type StorageFault =
  | {
      problem: 'quota';
      task: StorageTask;
      name?: string;
      /** Set when the app measured the room first: about how many MB the write needs, and has. */
      neededMb?: number;
      leftMb?: number;
    }
  /** `reason`: the browser's own words for the failure. */
  | { problem: 'database'; task: StorageTask; name?: string; reason: string }
  | { problem: 'missing'; thing: MissingThing; id: string }
  | { problem: 'in-use'; policy: string; contracts: string[] }
  | { problem: 'unavailable' }
  | { problem: 'blocked' };

const TASK_WORDS: Record<StorageTask, string> = {
  open: 'opening the database',
  read: 'reading stored data',
  saveContract: 'saving the contract',
  deleteContract: 'deleting the contract',
  savePolicy: 'saving the policy',
  deletePolicy: 'deleting the policy',
  saveDataset: 'saving “{name}”',
  saveFile: 'saving “{name}”',
  deleteDataset: 'deleting a dataset',
  deleteAll: 'deleting all data',
  exportContract: 'exporting the contract',
  importBundle: 'importing the bundle of “{name}”',
  saveResolution: 'saving the ticket’s resolution',
  saveObligation: 'saving the obligation event',
  deleteObligation: 'deleting the obligation event',
  recordDigest: 'recording a file’s SHA-256',
};

const MISSING_WORDS: Record<MissingThing, string> = {
  contract: 'There is no contract {id} (was it deleted?).',
  preset: 'The contract uses preset "{id}", which this version lacks.',
  policy: 'The contract’s custom policy {id} no longer exists.',
};

const FREE_SPACE =
  'Nothing was saved; free space on this device or delete data (old datasets or reports), then try again.';

const taskText = (task: StorageTask, name = '') => TASK_WORDS[task].replace('{name}', name);

/** The fault in English, as the command line and the console read it. */
function englishText(f: StorageFault): string {
  switch (f.problem) {
    case 'quota': {
      const doing = taskText(f.task, f.name);
      if (f.neededMb === undefined)
        return `Storage is full: the browser refused to store more while ${doing}. ${FREE_SPACE}`;
      const has =
        f.leftMb === undefined
          ? ', more than this device can take now'
          : ` and this device has ${f.leftMb} MB left for the app`;
      return `Storage is full: ${doing} needs about ${f.neededMb} MB${has}. ${FREE_SPACE}`;
    }
    case 'database':
      return `Storage failed while ${taskText(f.task, f.name)}: ${f.reason}`;
    case 'missing':
      return MISSING_WORDS[f.thing].replace('{id}', f.id);
    case 'in-use': {
      const one = f.contracts.length === 1;
      return `The policy “${f.policy}” is used by ${f.contracts.map((c) => `“${c}”`).join(', ')}; give ${one ? 'that contract' : 'those contracts'} another policy first.`;
    }
    case 'unavailable':
      return 'This browser does not let SLA Witness store data here (private browsing or blocked site data do that), so nothing can be opened or saved. Open the app in a normal window, or allow this site to store data.';
    case 'blocked':
      return 'Another tab holds your contracts open with an older version of SLA Witness. Close that tab, then reload this page: nothing was changed.';
  }
}

export class StorageError extends Error {
  readonly problem: StorageProblem;
  constructor(
    readonly fault: StorageFault,
    options?: { cause?: unknown },
  ) {
    super(englishText(fault), options);
    this.name = 'StorageError';
    this.problem = fault.problem;
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
export function storageErrorOf(error: unknown, task: StorageTask, name?: string): unknown {
  if (error instanceof StorageError) return error;
  const named = name === undefined ? {} : { name };
  if (isQuotaExceeded(error)) return new StorageError({ problem: 'quota', task, ...named }, { cause: error });
  if (isDatabaseError(error))
    return new StorageError(
      { problem: 'database', task, ...named, reason: String((error as Error).message) },
      { cause: error },
    );
  return error;
}
