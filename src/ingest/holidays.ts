/// <reference path="./date-holidays-data.d.ts" />
// Holiday lists for business calendars: the built-in public holidays of a country
// (date-holidays' rules, read by date-holidays-parser, loaded only when needed and only
// for that country: see holiday-data.ts), or the user's own list as CSV or an ICS
// calendar (holiday-files.ts). A given list replaces the built-in one.
import { countryHolidayData } from './holiday-data';
import type { Holiday } from './holiday-files';

export { type Holiday, loadHolidays } from './holiday-files';

/** Public holidays (substitute days included) of a country for the given years. */
export async function builtInHolidays(country: string, fromYear: number, toYear: number): Promise<Holiday[]> {
  const [{ default: HolidaysParser }, data] = await Promise.all([
    import('date-holidays-parser'),
    countryHolidayData(country),
  ]);
  const hd = new HolidaysParser(data, country, { languages: ['en'] });
  const out = new Map<string, string>();
  for (let year = fromYear; year <= toYear; year++)
    for (const h of hd.getHolidays(year, 'en'))
      if (h.type === 'public' && !out.has(h.date.slice(0, 10))) out.set(h.date.slice(0, 10), h.name);
  return [...out].sort(([a], [b]) => a.localeCompare(b)).map(([date, name]) => ({ date, name }));
}
