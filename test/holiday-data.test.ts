// The built app and command line read each country's holiday rules from a chunk of its
// own (scripts/holiday-data-plugin.ts, which the tests run through as the build does);
// every country must give exactly what date-holidays with all of its data gives.
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { HOLIDAY_COUNTRIES } from '../src/engine/holiday-countries';
import { builtInHolidays, holidayDates } from '../src/ingest/country-holidays';
import { countryHolidayData } from '../src/ingest/holiday-data';

describe('one country’s holiday rules at a time', () => {
  it('lists for policies exactly the countries date-holidays has rules for', async () => {
    const { data } = (await import('date-holidays/data')) as { data: { holidays: object } };
    expect([...HOLIDAY_COUNTRIES].sort()).toEqual(Object.keys(data.holidays).sort());
  });

  it('hands date-holidays-parser only the country asked for', async () => {
    const data = (await countryHolidayData('EG')) as { holidays: object; names: object };
    expect(Object.keys(data.holidays)).toEqual(['EG']);
    expect(Object.keys(data.names).length).toBeGreaterThan(10);
  });

  it('gives every country the public holidays date-holidays gives with all its data', {
    timeout: 300_000,
  }, async () => {
    const countries = Object.keys(new Holidays().getCountries('en'));
    expect(countries.length).toBeGreaterThan(150);
    for (const country of countries) {
      const ours = await builtInHolidays(country, 2025, 2027);
      const full = new Holidays(country, { languages: ['en'] });
      const expected = new Map<string, string>();
      for (let year = 2025; year <= 2027; year++)
        for (const h of full.getHolidays(year, 'en'))
          if (h.type === 'public')
            for (const date of holidayDates(h)) if (!expected.has(date)) expected.set(date, h.name);
      expect(ours, country).toEqual(
        [...expected].sort(([a], [b]) => a.localeCompare(b)).map(([date, name]) => ({ date, name })),
      );
    }
  });

  it('knows no holidays for a country it does not know', async () => {
    expect(await builtInHolidays('XX', 2026, 2026)).toEqual([]);
  });
});
