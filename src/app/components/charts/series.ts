// Per-day sums of the engine's per-minute flags (or, without them, of the outage list) for the day charts; no SLA rules.
import { forEachHeld, indexOfMinute } from '../../../engine/held';
import { DOWN, NODATA } from '../../../engine/minutes';
import type { OutageFinding, PeriodFigures } from '../../../engine/model';
import { addDays, formatDate, localDate, MINUTE_MS, startOfLocalDay } from '../../../engine/time';
import type { MinuteArrays } from '../types';

export interface DaySummary {
  /** Local date YYYY-MM-DD in the contract's zone. */
  date: string;
  /** Its day of the month, for a short axis label. */
  dayOfMonth: number;
  /** Counted Downtime minutes. */
  counted: number;
  /** Excluded minutes. */
  excluded: number;
  /** Minutes without data (null when only the outage list is known). */
  nodata: number | null;
  /** Minutes of the day (1380 or 1500 on DST days). */
  minutes: number;
  startMinute: number;
  endMinute: number;
}

/** The local days of a period, with their minute bounds. */
function periodDays(period: Pick<PeriodFigures, 'startMs' | 'endMs'>, zone: string): DaySummary[] {
  const endMs = period.endMs;
  let day = localDate(zone, period.startMs);
  let startMs = startOfLocalDay(zone, day.year, day.month, day.day);
  const out: DaySummary[] = [];
  while (startMs < endMs) {
    const next = addDays(day, 1);
    const nextMs = Math.min(endMs, startOfLocalDay(zone, next.year, next.month, next.day));
    const startMinute = startMs / MINUTE_MS;
    const endMinute = nextMs / MINUTE_MS;
    out.push({
      date: formatDate(day),
      dayOfMonth: day.day,
      counted: 0,
      excluded: 0,
      nodata: 0,
      minutes: endMinute - startMinute,
      startMinute,
      endMinute,
    });
    day = next;
    startMs = nextMs;
  }
  return out;
}

/** Per-day counts from the evaluation's minute arrays. */
export function dailyFromMinutes(period: PeriodFigures, zone: string, m: MinuteArrays): DaySummary[] {
  const days = periodDays(period, zone);
  for (const d of days) {
    let counted = 0;
    let excluded = 0;
    let nodata = 0;
    let held = 0;
    forEachHeld(m.range, d.startMinute, d.endMinute, (start, end, at) => {
      held += end - start;
      for (let i = at; i < at + end - start; i++) {
        counted += m.counted[i]!;
        excluded += m.excluded[i]!;
        if (m.service[i] === NODATA) nodata++;
      }
    });
    // Minutes the evaluation does not hold have no data.
    nodata += d.minutes - held;
    Object.assign(d, { counted, excluded, nodata });
  }
  return days;
}

/** Per-day counts spread from the outage list: each outage's counted and excluded share by overlap. */
export function dailyFromOutages(
  period: PeriodFigures,
  zone: string,
  outages: readonly OutageFinding[],
): DaySummary[] {
  const days = periodDays(period, zone);
  for (const o of outages) {
    const start = o.startMs / MINUTE_MS;
    const end = o.endMs / MINUTE_MS;
    if (o.minutes <= 0) continue;
    for (const d of days) {
      const overlap = Math.min(end, d.endMinute) - Math.max(start, d.startMinute);
      if (overlap <= 0) continue;
      d.counted += Math.round((overlap * o.countedMinutes) / o.minutes);
      d.excluded += Math.round((overlap * o.excludedMinutes) / o.minutes);
    }
  }
  for (const d of days) d.nodata = null;
  return days;
}

/** Running total of counted Downtime at the end of each day. */
export function cumulative(days: readonly DaySummary[]): number[] {
  let sum = 0;
  return days.map((d) => (sum += d.counted));
}

/** The service state of one minute, as the drill-down draws it. */
export type MinuteState = 'up' | 'down' | 'downNotCounted' | 'excluded' | 'nodata';

export function minuteState(m: MinuteArrays, minute: number): MinuteState {
  const i = indexOfMinute(m.range, minute);
  if (i < 0) return 'nodata';
  if (m.excluded[i]) return 'excluded';
  if (m.service[i] === DOWN) return m.counted[i] ? 'down' : 'downNotCounted';
  return m.service[i] === NODATA ? 'nodata' : 'up';
}
