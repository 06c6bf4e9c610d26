/// <reference path="./date-holidays-data.d.ts" />
// The public-holiday rules date-holidays-parser reads, for one country. Run from source
// (tests, `npm run sla`) this is all of date-holidays' data; in the built app and command
// line the Vite plugin in scripts/holiday-data-plugin.ts puts in place of this module one
// that loads only the asked country's rules, and the time zone data they need, as a small
// chunk of its own — the same rules, so the same holidays.

/** date-holidays' data object: `{ version, license, holidays: { [country]: rules }, names }`. */
export type HolidayData = object;

export async function countryHolidayData(_country: string): Promise<HolidayData> {
  const { data } = await import('date-holidays/data');
  return data;
}
