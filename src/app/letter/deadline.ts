// A deadline as the letter states it, which a reader far from the contract's zone must be
// able to place: a day names the zone it is a day in, a time carries its offset.
import type { DashboardEnv } from '../components/context';
import { deadlineDay, isolate } from '../format';
import { letterTranslator } from './text';

export function letterDeadline(env: DashboardEnv, ms: number): string {
  const day = deadlineDay(ms, env.zone);
  return day === null
    ? env.fmt.instantOffset(ms)
    : letterTranslator(env.locale)('letterDayIn', { date: env.fmt.day(day), zone: isolate(env.zone) });
}
