// What the worker's jobs return: results and failures as data the UI can show, because
// an Error thrown across Comlink arrives as little more than its message.
import type { Evaluation } from '../src/engine/model';
import type { ObligationTerms } from '../src/engine/obligations';
import type { InputSummary } from '../src/engine/observations';
import { PolicyError } from '../src/engine/policy';
import type { InputLayout } from '../src/engine/report';
import type { FileKind } from '../src/ingest/columns';
import { InputError } from '../src/ingest/load';
import { StorageError, type StorageFault, type StorageProblem } from '../src/storage';
import type { RowFilter } from '../src/storage/rows';

interface CommonImportOptions {
  /** Zone for timestamps written without one (default: the contract's). */
  sourceZone: string;
  /** Replace a dataset imported earlier from the same bytes instead of reporting a duplicate. */
  replace?: boolean;
  /** How the file was recognised and read (src/ingest/input-layout.ts), kept for the report. */
  inputLayout?: InputLayout;
}

/** Files that become minutes or exclusion records: streamed through the importer. */
export interface MinuteImportOptions extends CommonImportOptions {
  kind: FileKind;
  /** role → column name overrides. */
  columns?: Record<string, string>;
  where?: RowFilter[];
  whereNot?: RowFilter[];
  /** The detected layout's id (src/ingest/detect.ts), where it changes how records are read. */
  layout?: string;
}

/** A support-ticket file (SPEC §3 Tickets). */
export interface TicketImportOptions extends CommonImportOptions {
  kind: 'tickets';
  /** A ticket column (`opened_at`) → the file's column the user chose for it. */
  columns?: Record<string, string>;
  /** The file's own severity labels (case-insensitive) → P0…P4, tried before the usual spellings. */
  severityMap?: Record<string, string>;
}

/** An obligation log (`obligation, started_at, fulfilled_at, note`). */
export interface ObligationImportOptions extends CommonImportOptions {
  kind: 'obligations';
  /** A log column (`started_at`) → the file's column the user chose for it. */
  columns?: Record<string, string>;
  /** The contract's obligations: a row naming any other refuses the whole file. */
  obligations: ObligationTerms[];
}

export type ImportOptions = MinuteImportOptions | TicketImportOptions | ObligationImportOptions;

/** Every kind of file the worker imports. */
export type ImportKind = ImportOptions['kind'];

export interface ImportProgress {
  phase: 'reading' | 'saving';
  bytes: number;
  totalBytes: number;
  rows: number;
  rowsPerSecond: number;
}

export type JobFailure =
  | { type: 'input'; file: string; line: number | null; reason: string; message: string }
  | { type: 'storage'; problem: StorageProblem; fault: StorageFault; message: string }
  | { type: 'policy'; problems: string[]; message: string }
  | { type: 'request'; message: string };

/** What-if switches for an evaluation, as the engine takes them. */
export interface WhatIfSwitches {
  /** Exclusion records left out: indexes into the report's `exclusions`. */
  exclusionsOff?: number[];
  /** Outages treated as up: the first minute index of each. */
  outagesOff?: number[];
}

export type ImportOutcome =
  | {
      status: 'imported';
      datasetId: number;
      replacedDatasetId: number | null;
      checksum: string;
      summary: InputSummary;
      filteredRows: number;
      /** How many workers read the file: 2 when a part worker took a large file's second half. */
      readers: 1 | 2;
    }
  | { status: 'duplicate'; datasetId: number; checksum: string }
  | { status: 'failed'; error: JobFailure };

export type EvaluateOutcome =
  | {
      status: 'evaluated';
      /** What the screens show; its per-minute arrays are transferred. */
      evaluation: Evaluation;
      /** See src/service/evaluate-contract.ts `Evaluated`. */
      holidaysUnavailable: string | null;
      /** Reading storage, resolving the calendar's holidays, and the engine itself. */
      timings: { loadMs: number; holidaysMs: number; evaluateMs: number };
    }
  | { status: 'failed'; error: JobFailure };

/** The reason part of an InputError, whose message is "file:line: reason". */
function reasonOf(e: InputError): string {
  const prefix = e.line === null ? `${e.file}: ` : `${e.file}:${e.line}: `;
  return e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
}

/** The failure a job reports for an expected error; null for a bug, which is rethrown. */
export function failureOf(error: unknown): JobFailure | null {
  if (error instanceof InputError)
    return {
      type: 'input',
      file: error.file,
      line: error.line,
      reason: reasonOf(error),
      message: error.message,
    };
  if (error instanceof StorageError)
    return { type: 'storage', problem: error.problem, fault: error.fault, message: error.message };
  if (error instanceof PolicyError)
    return {
      type: 'policy',
      problems: [...error.problems],
      message: `Invalid policy: ${error.problems.join('; ')}`,
    };
  return null;
}
