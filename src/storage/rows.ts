// The shapes stored in IndexedDB, one interface per table; typed-array data is kept as
// exact-size ArrayBuffers so a row never drags a larger underlying buffer along.
import type { ObligationEntry } from '../engine/obligations';
import type { ExclusionRecord, InputSummary, SkippedRow } from '../engine/observations';
import type { Policy } from '../engine/policy';
import type { InputLayout, SlaReport } from '../engine/report';
import type { TicketRecord } from '../engine/tickets';

/** Which policy a contract evaluates: a built-in preset, a stored custom policy, or its own copy. */
export type PolicySource =
  | { kind: 'preset'; presetId: string }
  | { kind: 'custom'; policyId: number }
  | { kind: 'embedded'; policy: Policy };

export interface ContractRow {
  id: number;
  name: string;
  policy: PolicySource;
  timezone: string;
  /** In `currency`, per the policy's fee period; null when not given. */
  fee: number | null;
  currency: string;
  tier: string | null;
  effectiveDate: string | null;
  createdAt: number;
  /**
   * The business calendar's holidays (local dates): null uses the built-in public holidays
   * of the policy's `calendar.holidayCountry`; a list is the contract's own, edited or
   * imported, and replaces the built-in one (the policy's own holidays apply either way).
   */
  holidays: ContractHoliday[] | null;
  /**
   * When tickets its files leave unresolved were resolved, as the customer entered it (a P0
   * would otherwise run to the report date); absent on contracts stored before.
   */
  ticketResolutions?: TicketResolution[];
}

interface TicketResolution {
  ticketId: string;
  resolvedAtMs: number;
}

interface ContractHoliday {
  /** YYYY-MM-DD, a local date in the contract's zone. */
  date: string;
  name: string;
}

export interface PolicyRow {
  id: number;
  name: string;
  policy: Policy;
  createdAt: number;
  updatedAt: number;
}

export type DatasetKind = 'probes' | 'states' | 'events' | 'exclusions' | 'tickets' | 'obligations';

/** The kinds whose rows become minutes and exclusion records (the rest are record lists). */
export const MINUTE_KINDS: readonly DatasetKind[] = ['probes', 'states', 'events', 'exclusions'];

export interface RowFilter {
  column: string;
  values: string[];
}

export interface DatasetRow {
  id: number;
  contractId: number;
  /** The file name as dropped, with extension. */
  name: string;
  /** File size in bytes. */
  size: number;
  kind: DatasetKind;
  /** role → column name overrides used at import. */
  mapping: Record<string, string>;
  where: RowFilter[];
  whereNot: RowFilter[];
  /** Zone for timestamps the file wrote without one. */
  sourceZone: string;
  rows: number;
  skippedRows: number;
  /** The first skipped rows with their reasons (a capped sample). */
  skipped: SkippedRow[];
  /** `record`: the file was JSON, and a skipped row's `line` counts its records (see InputSummary). */
  numbering?: 'record';
  /** Rows the where / whereNot filters left out. */
  filteredRows: number;
  /**
   * The duplicate digest, taken while the import streams the file: XXH3-128 over the
   * XXH3-128 of each 4 MiB block (src/storage/checksum.ts), 32 lower-case hex digits;
   * datasets stored before it was used hold SHA-256 over SHA-256 blocks (64 digits) and
   * keep it. No standard tool prints it; `sha256` is the fingerprint a vendor can check.
   */
  checksum: string;
  /**
   * SHA-256 of the file's bytes as `sha256sum` prints it, computed in the background once
   * the import is stored; absent until then, and in datasets stored before it was kept.
   */
  sha256?: string;
  importedAt: number;
  monitors: string[];
  /** Per probe or state monitor: this file's own median gap (rules 2, 14). */
  gaps: { monitor: string; medianGapMsTimes2: number | null }[];
  /** How the file was recognised, for the report's inputs[].layout (absent in datasets stored before it was kept). */
  layout?: InputLayout;
  /**
   * The down codes and timeout rule a probe or state file was read with when it was
   * imported before checks were kept by outcome: its checks are stored as up or down, and
   * the policy's rules of today do not change them. Null for every file whose checks are
   * kept by outcome (the policy's rules apply at evaluation) and for other kinds.
   */
  classifiedWith: CheckRules | null;
}

/** Down codes and the timeout rule, as a dataset records them (the policy fields of the same names). */
export interface CheckRules {
  downCodes: { from: number; to: number }[];
  timeoutIsDown: boolean;
}

/** UTC calendar month "YYYY-MM": storage buckets are independent of any contract's zone. */
export type MonthKey = string;

/** One dataset × monitor × kind × UTC month of per-minute check counts. */
export interface SeriesRow {
  datasetId: number;
  kind: 'probes' | 'states';
  monitor: string;
  month: MonthKey;
  /** Minute index of the month's first minute. */
  monthFirstMinute: number;
  /** Minute index of the month's first minute with checks. */
  firstMinute: number;
  /** Minutes from `firstMinute` to the month's last minute with checks. */
  minutes: number;
  /** The checks per minute of each outcome class with checks this month, by ascending class. */
  classes: StoredOutcomeCounts[];
  /**
   * The month's runs of minutes with a check of any class: Uint32 [start, end) offset pairs
   * from `firstMinute`, ascending, apart. Derived from `classes` whenever a row is written
   * (import, bundle, upgrade), so loading never scans the counts to find them.
   */
  checkRuns: ArrayBuffer;
}

/** One outcome class's counts in a series row (OutcomeCounts of src/engine/observations.ts, as buffers). */
export interface StoredOutcomeCounts {
  /** The outcome class (src/engine/check-outcomes.ts). */
  outcome: number;
  /** Uint32 offsets from the row's `firstMinute` of the minutes with checks; null when `counts` has one count per minute. */
  offsets: ArrayBuffer | null;
  /** Uint16 counts. */
  counts: ArrayBuffer;
  /**
   * Uint32 run lengths in minutes, one per count: each count then holds for that many
   * minutes (src/storage/counts-codec.ts). Absent when each count is one minute's.
   */
  lengths?: ArrayBuffer;
}

/**
 * The sorted check times of one series row, kept so that two files of one monitor can
 * give the median gap over both (rule 1). Kept apart from `series` so that re-evaluation,
 * which needs only counts, never reads them.
 */
export interface CheckTimesRow {
  datasetId: number;
  kind: 'probes' | 'states';
  monitor: string;
  month: MonthKey;
  monthFirstMinute: number;
  /** How many checks. */
  count: number;
  /**
   * Their ms offsets from the month's first minute (a month is under 2^32 ms), ascending,
   * as a log of changes (src/engine/time-log.ts): a steady prober's month takes a few
   * bytes, irregular checks about three bytes each. Schema versions before 4 kept one
   * Uint32 a check, which version 4's upgrade rewrites.
   */
  times: ArrayBuffer;
}

/** One event log's outage intervals and file spans for one monitor. */
export interface EventRow {
  datasetId: number;
  monitor: string;
  /** Float64 [start, end) ms pairs, sorted. */
  intervals: ArrayBuffer;
  spans: { firstMs: number; lastMs: number; coverage: { startMs: number; endMs: number } | null }[];
}

export interface ExclusionRow extends ExclusionRecord {
  id: number;
  datasetId: number;
}

/**
 * The median gap of a monitor fed by several datasets, over the union of their check
 * times (rule 1 across files); valid while `datasetIds` are exactly its contributors.
 */
export interface MergedGapRow {
  contractId: number;
  kind: 'probes' | 'states';
  monitor: string;
  datasetIds: number[];
  medianGapMsTimes2: number | null;
}

/** One support ticket of a tickets dataset; a dataset's line numbers are its key. */
export interface TicketRow extends TicketRecord {
  datasetId: number;
  contractId: number;
}

/** One logged event of an obligation: from a file (`datasetId`) or entered by hand (null). */
export interface ObligationEntryRow extends ObligationEntry {
  id: number;
  contractId: number;
  datasetId: number | null;
}

export interface ReportRow {
  id: number;
  contractId: number;
  asOf: string;
  createdAt: number;
  report: SlaReport;
}

/** The per-file summary the report lists, rebuilt from a dataset row. */
export function inputSummaryOf(d: DatasetRow): InputSummary {
  return {
    name: d.name,
    kind: d.kind,
    rows: d.rows,
    skippedRows: d.skippedRows,
    monitors: [...d.monitors],
    skipped: d.skipped.map((s) => ({ ...s })),
    ...(d.numbering ? { numbering: d.numbering } : {}),
    ...(d.layout ? { layout: structuredClone(d.layout) } : {}),
    size: d.size,
    ...(d.sha256 ? { sha256: d.sha256 } : {}),
  };
}
