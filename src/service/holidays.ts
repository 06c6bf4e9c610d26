// The business calendar's holidays for one evaluation: a list the user gave replaces the
// built-in one; otherwise the policy country's public holidays over every year the
// inputs and the report date touch, one year either side (a deadline can run into the
// next year).
import type { Policy } from '../engine/policy';
import type { EvaluationSources } from './inputs';

/** Built-in lists already made, per country and years: date-holidays takes tens of ms each. */
export type HolidayLists = Map<string, Promise<string[]>>;

function holidayYears(sources: EvaluationSources, asOf: string): { fromYear: number; toYear: number } {
  let first = Number.POSITIVE_INFINITY;
  const see = (ms: number) => {
    if (Number.isFinite(ms) && ms < first) first = ms;
  };
  for (const m of sources.monitors)
    see(m.kind === 'events' ? (m.spans[0]?.firstMs ?? Number.NaN) : m.firstMinute * 60_000);
  for (const t of sources.tickets) see(t.openedAtMs);
  for (const o of sources.obligations) see(o.startedAtMs);
  for (const x of sources.exclusions) see(x.announcedAtMs ?? x.startMs);
  const asOfYear = Number(asOf.slice(0, 4));
  const firstYear = Number.isFinite(first) ? new Date(first).getUTCFullYear() : asOfYear;
  return { fromYear: Math.min(firstYear, asOfYear) - 1, toYear: asOfYear + 1 };
}

function countryHolidays(lists: HolidayLists, country: string, fromYear: number, toYear: number) {
  const key = `${country}|${fromYear}|${toYear}`;
  let found = lists.get(key);
  if (!found) {
    // A lazy chunk in the app: the country's holiday rules load only when a calendar needs them.
    found = import('../ingest/country-holidays')
      .then(({ builtInHolidays }) => builtInHolidays(country, fromYear, toYear))
      .then((list) => list.map((h) => h.date));
    lists.set(key, found);
    // A failed load is not remembered: the next evaluation tries again.
    found.catch(() => lists.delete(key));
  }
  return found;
}

/**
 * The holidays beside the policy's own list. `effective` is the policy with its chosen
 * interpretations applied; `given` the user's list (YYYY-MM-DD), or null.
 */
export async function holidaysFor(
  effective: Policy,
  given: readonly string[] | null,
  sources: EvaluationSources,
  asOf: string,
  lists: HolidayLists = new Map(),
): Promise<string[]> {
  if (given) return [...given];
  const country = effective.calendar.holidayCountry;
  if (!country) return [];
  const { fromYear, toYear } = holidayYears(sources, asOf);
  return countryHolidays(lists, country, fromYear, toYear);
}
