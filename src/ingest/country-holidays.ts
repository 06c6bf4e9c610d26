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

const DAY_MS = 86_400_000;

/**
 * The local days a holiday covers. A feast of several days is one entry from its first
 * day to its end (Egypt's Eid al-Fitr is `1 Shawwal P3D`, three days; Eid al-Adha
 * `10 Dhu al-Hijjah P4D`, four); a holiday from midday still takes its day.
 */
export function holidayDates(h: { date: string; start: Date; end: Date }): string[] {
  const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
  const first = Date.parse(`${h.date.slice(0, 10)}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => new Date(first + i * DAY_MS).toISOString().slice(0, 10));
}

/** Public holidays (substitute days included, every day of a feast of several) of a country for the given years. */
export async function builtInHolidays(country: string, fromYear: number, toYear: number): Promise<Holiday[]> {
  const [{ default: HolidaysParser }, data] = await holidayRules(country);
  // Only the local dates are kept, and they do not depend on the zone the parser converts
  // each holiday's start and end into: UTC spares it the country's zone data and the work.
  const hd = new HolidaysParser(data, country, { languages: ['en'], timezone: 'UTC' });
  const out = new Map<string, string>();
  for (let year = fromYear; year <= toYear; year++)
    for (const h of hd.getHolidays(year, 'en'))
      if (h.type === 'public') for (const date of holidayDates(h)) if (!out.has(date)) out.set(date, h.name);
  return [...out].sort(([a], [b]) => a.localeCompare(b)).map(([date, name]) => ({ date, name }));
}
