// Shared by the benchmark's sections: how many bytes a monitor-year of checks takes once
// stored, counted from the rows an import writes (src/storage/dataset-rows.ts), beside
// what the previous layout (checks counted as up and down, four bytes a minute) took.
import type { MonitorMinutes } from '../../src/engine/observations';
import { rowsOf } from '../../src/storage/dataset-rows';

export interface StorageSize {
  /** Counts per outcome class with checks in the month, each in its smallest stored form, and the month's runs of minutes with checks. */
  countsBytesPerMonitorYear: number;
  /** The same checks as storage version 2 kept them: up and down, four bytes a minute. */
  upDownBytesPerMonitorYear: number;
  /** Check times, four bytes a check (unchanged). */
  checkTimesBytesPerMonitorYear: number;
  /** Outcome classes stored per monitor-month, on average. */
  classesPerMonth: number;
}

const MONITOR_YEAR_MINUTES = 365 * 1440;

/** Stored sizes of reduced minutes holding `checks` checks, per monitor-year of stored minutes. */
export function storageSize(minutes: readonly MonitorMinutes[], checks: number): StorageSize {
  const { months } = rowsOf({ minutes, checkTimes: () => new Float64Array(0) });
  let countsBytes = 0;
  let storedMinutes = 0;
  let classes = 0;
  for (const m of months) {
    const row = m.series();
    for (const c of row.classes)
      countsBytes += c.counts.byteLength + (c.offsets?.byteLength ?? 0) + (c.lengths?.byteLength ?? 0);
    countsBytes += row.checkRuns.byteLength;
    storedMinutes += row.minutes;
    classes += row.classes.length;
  }
  const monitorYears = storedMinutes / MONITOR_YEAR_MINUTES;
  return {
    countsBytesPerMonitorYear: countsBytes / monitorYears,
    upDownBytesPerMonitorYear: (storedMinutes * 4) / monitorYears,
    checkTimesBytesPerMonitorYear: (checks * 4) / monitorYears,
    classesPerMonth: classes / months.length,
  };
}
