// An imported file as the rows it is stored in: the dataset row, and per monitor one row
// per UTC month of counts and of check times (built before any transaction opens).
import { checkedRuns } from '../engine/check-outcomes';
import type { ExclusionRecord, InputSummary, MonitorMinutes, OutcomeCounts } from '../engine/observations';
import { MINUTE_MS } from '../engine/time';
import type { LoggedTimes } from '../engine/time-log';
import { monthCounts } from './counts-codec';
import { monthBuckets, runsWithin, storedTimes } from './months';
import type { CheckTimesRow, DatasetRow, EventRow, RowFilter, SeriesRow } from './rows';

/** What the importer knows about the file, beyond its rows. */
interface DatasetMeta {
  name: string;
  size: number;
  kind: DatasetRow['kind'];
  mapping: Record<string, string>;
  where: RowFilter[];
  whereNot: RowFilter[];
  sourceZone: string;
  checksum: string;
  filteredRows: number;
  /** Defaults to now. */
  importedAt?: number;
}

export interface ImportToSave {
  dataset: DatasetMeta;
  minutes: readonly MonitorMinutes[];
  /**
   * A probe monitor's check times in [fromMs, toMs), ascending, as a log of their offsets
   * from `fromMs` (needed to merge median gaps later); asked for a month at a time while
   * the rows are written.
   */
  checkTimes(monitor: string, fromMs: number, toMs: number): LoggedTimes;
  exclusions: readonly ExclusionRecord[];
  summary: InputSummary;
}

type MonthRow<R> = () => Omit<R, 'datasetId'>;

/**
 * A month of one monitor: its counts and (probes) check times, each built only when it is
 * written, so a long file's rows never sit in memory all at once.
 */
interface MonthRows {
  /** The bytes of the month's arrays (counts, runs of checks, check times), from building them once and dropping them. */
  bytes: number;
  series: MonthRow<SeriesRow>;
  checkTimes: MonthRow<CheckTimesRow> | null;
}

export type RowsWithoutId = {
  months: MonthRows[];
  events: Omit<EventRow, 'datasetId'>[];
};

const exactBuffer = (a: Float64Array): ArrayBuffer => a.slice().buffer as ArrayBuffer;

/** A month row's runs of minutes with checks, from its classes (see SeriesRow.checkRuns). */
export const rowCheckRuns = (classes: readonly OutcomeCounts[]): ArrayBuffer =>
  Uint32Array.from(checkedRuns({ firstMinute: 0, classes })).buffer;

/** Monitor minutes to month rows (events whole, months as builders). */
export function rowsOf(data: Pick<ImportToSave, 'minutes' | 'checkTimes'>): RowsWithoutId {
  const out: RowsWithoutId = { months: [], events: [] };
  for (const m of data.minutes) {
    if (m.kind === 'events') {
      out.events.push({
        monitor: m.monitor,
        intervals: exactBuffer(m.intervals),
        spans: structuredClone(m.spans),
      });
      continue;
    }
    const runs = checkedRuns(m);
    for (const b of monthBuckets(runs)) {
      const from = b.firstMinute - m.firstMinute;
      const to = b.endMinute - m.firstMinute;
      const key = { kind: m.kind, monitor: m.monitor, month: b.month, monthFirstMinute: b.monthFirstMinute };
      const month: Omit<MonthRows, 'bytes'> = {
        series: () => ({
          ...key,
          firstMinute: b.firstMinute,
          minutes: to - from,
          // Only the classes with checks this month, each in its smallest form.
          classes: m.classes.flatMap((c) => monthCounts(c, from, to) ?? []),
          checkRuns: runsWithin(runs, b.firstMinute, b.endMinute),
        }),
        checkTimes:
          m.kind === 'probes'
            ? () => ({
                ...key,
                ...storedTimes(
                  data.checkTimes(m.monitor, b.monthFirstMinute * MINUTE_MS, b.endMinute * MINUTE_MS),
                ),
              })
            : null,
      };
      // A month's rows are small beside the reading they come from; how small depends on
      // how steady its checks are, known only from the rows themselves.
      out.months.push({
        bytes: arrayBytes(month.series()) + (month.checkTimes?.().times.byteLength ?? 0),
        ...month,
      });
    }
  }
  return out;
}

export function datasetRowOf(contractId: number, data: ImportToSave): Omit<DatasetRow, 'id'> {
  const d = data.dataset;
  const s = data.summary;
  return {
    contractId,
    name: d.name,
    size: d.size,
    kind: d.kind,
    mapping: { ...d.mapping },
    where: structuredClone(d.where),
    whereNot: structuredClone(d.whereNot),
    sourceZone: d.sourceZone,
    rows: s.rows,
    skippedRows: s.skippedRows,
    skipped: s.skipped.map((r) => ({ ...r })),
    ...(s.numbering ? { numbering: s.numbering } : {}),
    filteredRows: d.filteredRows,
    checksum: d.checksum,
    importedAt: d.importedAt ?? Date.now(),
    monitors: [...s.monitors],
    ...(s.layout ? { layout: structuredClone(s.layout) } : {}),
    gaps: data.minutes.flatMap((m) =>
      m.kind === 'events' ? [] : [{ monitor: m.monitor, medianGapMsTimes2: m.medianGapMsTimes2 }],
    ),
    // Checks are kept by outcome: the policy's rules apply when the contract is evaluated.
    classifiedWith: null,
  };
}

/** Bytes of one record's keys and small fields as stored, beside its arrays. */
const ROW_OVERHEAD_BYTES = 256;

/** The bytes of a series row's arrays. */
const arrayBytes = (row: Omit<SeriesRow, 'datasetId'>): number =>
  row.checkRuns.byteLength +
  row.classes.reduce(
    (sum, c) => sum + c.counts.byteLength + (c.offsets?.byteLength ?? 0) + (c.lengths?.byteLength ?? 0),
    0,
  );

/**
 * About how many bytes a dataset's rows take once written, known before any is written:
 * its months' arrays, its events and exclusions, and each record's keys.
 */
export function storedBytesOf(data: ImportToSave, rows: RowsWithoutId): number {
  let bytes = 4096 + data.summary.skipped.length * ROW_OVERHEAD_BYTES;
  for (const m of rows.months) bytes += m.bytes + (m.checkTimes ? 2 : 1) * ROW_OVERHEAD_BYTES;
  for (const e of rows.events) bytes += e.intervals.byteLength + (e.spans.length + 1) * ROW_OVERHEAD_BYTES;
  return bytes + data.exclusions.length * ROW_OVERHEAD_BYTES;
}

/** Bytes of record rows (tickets, obligation events) as stored: each row's keys, numbers and text. */
export function recordBytesOf(records: readonly object[]): number {
  let bytes = 4096;
  for (const r of records) {
    bytes += ROW_OVERHEAD_BYTES;
    for (const v of Object.values(r)) if (typeof v === 'string') bytes += 2 * v.length;
  }
  return bytes;
}
