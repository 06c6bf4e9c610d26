// Shared by the benchmark's sections: how many bytes a monitor-year of checks takes once
// stored, counted from the rows an import writes (src/storage/dataset-rows.ts), beside
// what the previous layout (checks counted as up and down, four bytes a minute) took.
import type { MonitorMinutes } from '../../src/engine/observations';
import { type ImportToSave, rowsOf } from '../../src/storage/dataset-rows';

export interface StorageSize {
  /** Counts per outcome class with checks in the month, each in its smallest stored form, and the month's runs of minutes with checks. */
  countsBytesPerMonitorYear: number;
  /** The same checks as storage version 2 kept them: up and down, four bytes a minute. */
  upDownBytesPerMonitorYear: number;
  /** Check times as their months' logs of changes (four bytes a check before storage version 4). */
  checkTimesBytesPerMonitorYear: number;
  /** Outcome classes stored per monitor-month, on average. */
  classesPerMonth: number;
}

const MONITOR_YEAR_MINUTES = 365 * 1440;

/** Stored sizes of reduced minutes and their check times, per monitor-year of stored minutes. */
export function storageSize(
  minutes: readonly MonitorMinutes[],
  checkTimes: ImportToSave['checkTimes'],
): StorageSize {
  const { months } = rowsOf({ minutes, checkTimes });
  let checkTimesBytes = 0;
  let countsBytes = 0;
  let storedMinutes = 0;
  let classes = 0;
  for (const m of months) {
    const row = m.series();
    for (const c of row.classes)
      countsBytes += c.counts.byteLength + (c.offsets?.byteLength ?? 0) + (c.lengths?.byteLength ?? 0);
    countsBytes += row.checkRuns.byteLength;
    checkTimesBytes += m.checkTimes?.().times.byteLength ?? 0;
    storedMinutes += row.minutes;
    classes += row.classes.length;
  }
  const monitorYears = storedMinutes / MONITOR_YEAR_MINUTES;
  return {
    countsBytesPerMonitorYear: countsBytes / monitorYears,
    upDownBytesPerMonitorYear: (storedMinutes * 4) / monitorYears,
    checkTimesBytesPerMonitorYear: checkTimesBytes / monitorYears,
    classesPerMonth: classes / months.length,
  };
}
