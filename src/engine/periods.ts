// Measurement periods (SPEC rule 7): calendar months, quarters or years in the contract's
// zone, each from local midnight of its first day to local midnight of the next.
import { MINUTE_MS, startOfLocalDay, toLocal } from './time';

export type PeriodKind = 'month' | 'quarter' | 'year';

export interface Period {
  label: string;
  /** First local date of the period. */
  year: number;
  month: number;
  startMs: number;
  endMs: number;
  /** Minute indices: [startMinute, endMinute). */
  startMinute: number;
  endMinute: number;
}

const monthsIn: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };

function labelOf(kind: PeriodKind, year: number, month: number): string {
  if (kind === 'year') return String(year);
  if (kind === 'quarter') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The period with the given first month (which must start a period of that kind). */
export function periodStarting(zone: string, kind: PeriodKind, year: number, month: number): Period {
  const startMs = startOfLocalDay(zone, year, month, 1);
  const nextIndex = year * 12 + (month - 1) + monthsIn[kind];
  const endMs = startOfLocalDay(zone, Math.floor(nextIndex / 12), (nextIndex % 12) + 1, 1);
  return {
    label: labelOf(kind, year, month),
    year,
    month,
    startMs,
    endMs,
    startMinute: Math.ceil(startMs / MINUTE_MS),
    endMinute: Math.ceil(endMs / MINUTE_MS),
  };
}

/** The period containing the instant. */
export function periodContaining(zone: string, kind: PeriodKind, utcMs: number): Period {
  const local = toLocal(zone, utcMs);
  const first =
    kind === 'month' ? local.month : kind === 'quarter' ? local.month - ((local.month - 1) % 3) : 1;
  return periodStarting(zone, kind, local.year, first);
}

export function nextPeriod(zone: string, kind: PeriodKind, p: Period): Period {
  const idx = p.year * 12 + (p.month - 1) + monthsIn[kind];
  return periodStarting(zone, kind, Math.floor(idx / 12), (idx % 12) + 1);
}

/** Every period overlapping [fromMs, toMs], in order. */
export function periodsCovering(zone: string, kind: PeriodKind, fromMs: number, toMs: number): Period[] {
  const out: Period[] = [];
  for (let p = periodContaining(zone, kind, fromMs); p.startMs <= toMs; p = nextPeriod(zone, kind, p))
    out.push(p);
  return out;
}
