// Gap adapter: the worker evaluates without the country's built-in public holidays,
// while the command line adds them; so the page loads them once per country and adds
// them to the policy's own list in the copy sent for evaluation (same calendar either way).
import type { Policy } from '../../engine/policy';
import { builtInHolidays, type Holiday } from '../../ingest/holidays';

const FIRST_YEAR = 1990;
const cache = new Map<string, Promise<Holiday[]>>();

export function countryHolidays(country: string, lastYear: number): Promise<Holiday[]> {
  const key = `${country}|${lastYear}`;
  let found = cache.get(key);
  if (!found) {
    found = builtInHolidays(country, FIRST_YEAR, lastYear).catch(() => []);
    cache.set(key, found);
  }
  return found;
}

/** The policy with the built-in holidays of its calendar's country beside its own. */
export async function withCountryHolidays(policy: Policy, effective: Policy, asOf: string): Promise<Policy> {
  const country = effective.calendar.holidayCountry;
  if (!country) return policy;
  const own = new Set(policy.calendar.holidays.map((h) => h.date));
  const extra = (await countryHolidays(country, Number(asOf.slice(0, 4)) + 1)).filter(
    (h) => !own.has(h.date),
  );
  if (extra.length === 0) return policy;
  return { ...policy, calendar: { ...policy.calendar, holidays: [...policy.calendar.holidays, ...extra] } };
}
