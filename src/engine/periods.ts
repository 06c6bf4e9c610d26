// Measurement periods (SPEC rule 7): months, quarters or years in the contract's zone,
// each from local midnight of its first day to local midnight of the next period's. By
// default they are calendar periods; a contract may start them on another day of the
// month (billing cycles) or in another month (fiscal quarters and years).
import { MINUTE_MS, startOfLocalDay, toLocal } from './time';

export type PeriodKind = 'month' | 'quarter' | 'year';

/** Where periods of a kind start: a day of the month, and for quarters and years a month. */
export interface PeriodStart {
  month: number;
  day: number;
}

export const CALENDAR_START: PeriodStart = { month: 1, day: 1 };

export interface Period {
  label: string;
  /** First local date of the period. */
  year: number;
  month: number;
  day: number;
  startMs: number;
  endMs: number;
  /** Minute indices: [startMinute, endMinute). */
  startMinute: number;
  endMinute: number;
}

export const MONTHS_IN: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };

const isCalendar = (start: PeriodStart) => start.month === 1 && start.day === 1;

function labelOf(kind: PeriodKind, year: number, month: number, day: number, start: PeriodStart): string {
  const mm = String(month).padStart(2, '0');
  // A shifted period is named by its first day: "2026-Q1" would be read as January.
  if (!isCalendar(start)) return `${year}-${mm}-${String(day).padStart(2, '0')}`;
  if (kind === 'year') return String(year);
  if (kind === 'quarter') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return `${year}-${mm}`;
}

/** The period with the given first month (which must start a period of that kind). */
export function periodStarting(
  zone: string,
  kind: PeriodKind,
  year: number,
  month: number,
  start: PeriodStart = CALENDAR_START,
): Period {
  const startMs = startOfLocalDay(zone, year, month, start.day);
  const nextIndex = year * 12 + (month - 1) + MONTHS_IN[kind];
  const endMs = startOfLocalDay(zone, Math.floor(nextIndex / 12), (nextIndex % 12) + 1, start.day);
  return {
    label: labelOf(kind, year, month, start.day, start),
    year,
    month,
    day: start.day,
    startMs,
    endMs,
    startMinute: Math.ceil(startMs / MINUTE_MS),
    endMinute: Math.ceil(endMs / MINUTE_MS),
  };
}

/** The period containing the instant. */
export function periodContaining(
  zone: string,
  kind: PeriodKind,
  utcMs: number,
  start: PeriodStart = CALENDAR_START,
): Period {
  const local = toLocal(zone, utcMs);
  // Months since the first period start on or before the local date.
  let index = local.year * 12 + (local.month - 1);
  if (local.day < start.day) index--;
  const step = MONTHS_IN[kind];
  const offset = (((index - (start.month - 1)) % step) + step) % step;
  index -= offset;
  return periodStarting(zone, kind, Math.floor(index / 12), (index % 12) + 1, start);
}

export function nextPeriod(
  zone: string,
  kind: PeriodKind,
  p: Period,
  start: PeriodStart = CALENDAR_START,
): Period {
  const idx = p.year * 12 + (p.month - 1) + MONTHS_IN[kind];
  return periodStarting(zone, kind, Math.floor(idx / 12), (idx % 12) + 1, start);
}

/** Every period overlapping [fromMs, toMs], in order. */
export function periodsCovering(
  zone: string,
  kind: PeriodKind,
  fromMs: number,
  toMs: number,
  start: PeriodStart = CALENDAR_START,
): Period[] {
  const out: Period[] = [];
  for (
    let p = periodContaining(zone, kind, fromMs, start);
    p.startMs <= toMs;
    p = nextPeriod(zone, kind, p, start)
  )
    out.push(p);
  return out;
}
