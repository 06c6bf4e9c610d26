/// <reference path="./date-holidays-data.d.ts" />
// A country's built-in public holidays: date-holidays' rules read by date-holidays-parser,
// loaded only when needed and only for that country (see holiday-data.ts). Apart from the
// user's files (holiday-files.ts), so that loading it does not bring a calendar parser.
import { countryHolidayData } from './holiday-data';
import type { Holiday } from './holiday-files';

/**
 * The parser and the country's rules, each a chunk of its own in the app: loaded ahead of
 * the first evaluation, they are not fetched one after the other while the user waits.
 */
export function holidayRules(country: string) {
  return Promise.all([import('date-holidays-parser'), countryHolidayData(country)]);
}

/** Public holidays (substitute days included) of a country for the given years. */
export async function builtInHolidays(country: string, fromYear: number, toYear: number): Promise<Holiday[]> {
  const [{ default: HolidaysParser }, data] = await holidayRules(country);
  // Only the local dates are kept, and they do not depend on the zone the parser converts
  // each holiday's start and end into: UTC spares it the country's zone data and the work.
  const hd = new HolidaysParser(data, country, { languages: ['en'], timezone: 'UTC' });
  const out = new Map<string, string>();
  for (let year = fromYear; year <= toYear; year++)
    for (const h of hd.getHolidays(year, 'en'))
      if (h.type === 'public' && !out.has(h.date.slice(0, 10))) out.set(h.date.slice(0, 10), h.name);
  return [...out].sort(([a], [b]) => a.localeCompare(b)).map(([date, name]) => ({ date, name }));
}
