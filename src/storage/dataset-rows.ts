// An imported file as the rows it is stored in: the dataset row, and per monitor one row
// per UTC month of counts and of check times (built before any transaction opens).
import type { ExclusionRecord, InputSummary, MonitorMinutes } from '../engine/observations';
import { monthBuckets, monthTimes } from './months';
import type { CheckTimesRow, DatasetRow, EventRow, RowFilter, SeriesRow } from './rows';

/** What the importer knows about the file, beyond its rows. */
export interface DatasetMeta {
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
  /** Each probe monitor's check times, ascending (needed to merge median gaps later). */
  sortedTimes: ReadonlyMap<string, Float64Array>;
  exclusions: readonly ExclusionRecord[];
  summary: InputSummary;
}

export type RowsWithoutId = {
  series: Omit<SeriesRow, 'datasetId'>[];
  checkTimes: Omit<CheckTimesRow, 'datasetId'>[];
  events: Omit<EventRow, 'datasetId'>[];
};

const exactBuffer = (a: Uint16Array | Uint32Array | Float64Array): ArrayBuffer =>
  a.slice().buffer as ArrayBuffer;

/** Monitor minutes to month rows, built before the transaction opens so it stays short. */
export function rowsOf(data: ImportToSave): RowsWithoutId {
  const out: RowsWithoutId = { series: [], checkTimes: [], events: [] };
  for (const m of data.minutes) {
    if (m.kind === 'events') {
      out.events.push({
        monitor: m.monitor,
        intervals: exactBuffer(m.intervals),
        spans: structuredClone(m.spans),
      });
      continue;
    }
    const times = m.kind === 'probes' ? data.sortedTimes.get(m.monitor) : undefined;
    if (m.kind === 'probes' && !times)
      throw new Error(`saveImport: no check times for monitor "${m.monitor}"`);
    let next = 0;
    for (const b of monthBuckets(m.firstMinute, m.up, m.down)) {
      const from = b.firstMinute - m.firstMinute;
      const to = b.endMinute - m.firstMinute;
      const key = { kind: m.kind, monitor: m.monitor, month: b.month, monthFirstMinute: b.monthFirstMinute };
      out.series.push({
        ...key,
        firstMinute: b.firstMinute,
        up: m.up.slice(from, to).buffer,
        down: m.down.slice(from, to).buffer,
      });
      if (times) {
        const cut = monthTimes(times, b, next);
        next = cut.next;
        out.checkTimes.push({ ...key, times: cut.offsets.buffer });
      }
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
    filteredRows: d.filteredRows,
    checksum: d.checksum,
    importedAt: d.importedAt ?? Date.now(),
    monitors: [...s.monitors],
    gaps: data.minutes.flatMap((m) =>
      m.kind === 'events' ? [] : [{ monitor: m.monitor, medianGapMsTimes2: m.medianGapMsTimes2 }],
    ),
  };
}
