// The business calendar's holidays for one evaluation, resolved in the worker as the command
// line does: the contract's own list when it has one, else the built-in public holidays of
// the policy's country over every year the inputs and asOf touch.
import type { Policy } from '../src/engine/policy';
import type { ContractInputs, ContractRow } from '../src/storage';

// Per country and year range: building a country's list takes date-holidays tens of ms,
// and every policy change re-evaluates with the same list.
const cache = new Map<string, Promise<string[]>>();

/** The first and last year to load: one either side, as a deadline can run into the next year. */
export function holidayYears(inputs: ContractInputs, asOf: string): { fromYear: number; toYear: number } {
  let first = Number.POSITIVE_INFINITY;
  const see = (ms: number) => {
    if (Number.isFinite(ms) && ms < first) first = ms;
  };
  for (const m of inputs.monitors)
    see(m.kind === 'events' ? (m.spans[0]?.firstMs ?? Number.NaN) : m.firstMinute * 60_000);
  for (const t of inputs.tickets) see(t.openedAtMs);
  for (const o of inputs.obligations) see(o.startedAtMs);
  for (const x of inputs.exclusions) see(x.announcedAtMs ?? x.startMs);
  const asOfYear = Number(asOf.slice(0, 4));
  const firstYear = Number.isFinite(first) ? new Date(first).getUTCFullYear() : asOfYear;
  return { fromYear: Math.min(firstYear, asOfYear) - 1, toYear: asOfYear + 1 };
}

function countryHolidays(country: string, fromYear: number, toYear: number): Promise<string[]> {
  const key = `${country}|${fromYear}|${toYear}`;
  let found = cache.get(key);
  if (!found) {
    // A lazy chunk: the country's holiday rules load only when a calendar needs them.
    found = import('../src/ingest/country-holidays')
      .then(({ builtInHolidays }) => builtInHolidays(country, fromYear, toYear))
      .then((list) => list.map((h) => h.date));
    cache.set(key, found);
    // A failed load is not remembered: the next evaluation tries again.
    found.catch(() => cache.delete(key));
  }
  return found;
}

/**
 * The holidays beside the policy's own list: the contract's list replaces the built-in
 * one (as `--holidays` does on the command line); `effective` is the policy with its
 * chosen interpretations applied.
 */
export async function holidaysOf(
  contract: Pick<ContractRow, 'holidays'>,
  effective: Policy,
  inputs: ContractInputs,
  asOf: string,
): Promise<string[]> {
  if (contract.holidays) return contract.holidays.map((h) => h.date);
  const country = effective.calendar.holidayCountry;
  if (!country) return [];
  const { fromYear, toYear } = holidayYears(inputs, asOf);
  return countryHolidays(country, fromYear, toYear);
}
