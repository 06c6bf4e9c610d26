// What the engine is given: monitoring data already reduced to minutes (by src/ingest),
// exclusion records and per-file summaries. Kept as typed arrays so years of data can be
// stored and re-evaluated without re-reading any file.
import type { InputLayout } from './report';

/**
 * One outcome class's checks per minute (saturating at 65 535): a count for every minute
 * of the monitor's span, or, for a class seen in few minutes (most but the usual one),
 * only the minutes with checks, which then take three times less room.
 */
export interface OutcomeCounts {
  /** The outcome class (check-outcomes.ts). */
  outcome: number;
  /** The minutes with checks as offsets from the monitor's first minute, ascending; null when `counts` has one count per minute of the span. */
  offsets: Uint32Array | null;
  counts: Uint16Array;
}

/**
 * Probe and state-change monitors: how many checks fell in each minute, by what they said.
 * Whether a check was down is the policy's to say (check-outcomes.ts), at evaluation.
 */
export interface ProbeMinutes {
  monitor: string;
  kind: 'probes' | 'states';
  /** Minute index (floor(ms / 60000)) of the span's first minute. */
  firstMinute: number;
  /** Minutes the span covers, from `firstMinute`. */
  spanMinutes: number;
  /** Checks per minute of each outcome class seen, by ascending class. */
  classes: readonly OutcomeCounts[];
  /**
   * The runs of minutes with a check of any class, as ascending [start, end) epoch-minute
   * pairs merged where they touch, where whoever built this already knows them (storage
   * keeps each month's beside its counts). Absent, the engine finds them in `classes`.
   */
  checkRuns?: Float64Array;
  /**
   * Median positive gap between consecutive checks, times two, in ms: an integer even
   * when the median is the mean of two middle gaps. Null with fewer than two distinct times.
   */
  medianGapMsTimes2: number | null;
  /** Carry-forward override in minutes; states logs hold forever (Infinity). */
  holdMinutesOverride: number | null;
}

/** One event log's outages for one monitor, with the span its file covered. */
export interface EventMinutes {
  monitor: string;
  kind: 'events';
  /** Outage intervals as [start, end) ms pairs. */
  intervals: Float64Array;
  /**
   * Spans of each contributing file: the earliest start and the latest instant any event
   * covers. Coverage defaults to the whole contract-zone months these touch; an explicit
   * coverage replaces that.
   */
  spans: { firstMs: number; lastMs: number; coverage: { startMs: number; endMs: number } | null }[];
}

export type MonitorMinutes = ProbeMinutes | EventMinutes;

/** Widens the span kept under `key` to take in [firstMs, lastMs], or keeps that as its span. */
export function widenSpan<K>(
  spans: Map<K, { firstMs: number; lastMs: number }>,
  key: K,
  firstMs: number,
  lastMs: number,
): void {
  const span = spans.get(key);
  if (!span) spans.set(key, { firstMs, lastMs });
  else {
    span.firstMs = Math.min(span.firstMs, firstMs);
    span.lastMs = Math.max(span.lastMs, lastMs);
  }
}

/**
 * Most exclusion records a contract's file or bundle may hold: a maintenance log of
 * decades has thousands, and millions would exhaust the memory before the report.
 */
export const MAX_EXCLUSIONS = 100_000;

export interface ExclusionRecord {
  startMs: number;
  endMs: number;
  kind: string;
  announcedAtMs: number | null;
  note: string;
  /** Where the record came from, for the report. */
  source: string;
  line: number;
}

export interface SkippedRow {
  line: number;
  reason: string;
}

/** How many skipped rows a summary keeps, with their reasons, beside its full count. */
export const SKIPPED_EXAMPLES = 50;

export interface InputSummary {
  name: string;
  kind: 'probes' | 'states' | 'events' | 'exclusions' | 'tickets' | 'holidays' | 'obligations';
  rows: number;
  skippedRows: number;
  monitors: string[];
  /** The first skipped rows with their reasons (a capped sample; skippedRows is the full count). */
  skipped: SkippedRow[];
  /** `record`: a JSON document has no lines to speak of, so its skipped rows' `line` counts records. */
  numbering?: 'record';
  /** How the file was recognised, where it was read through detection. */
  layout?: InputLayout;
  /** The file's size in bytes, where a file was read. */
  size?: number;
  /** SHA-256 of the file's bytes as `sha256sum` prints it (lower-case hex), once computed. */
  sha256?: string;
}
