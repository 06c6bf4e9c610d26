// The report date: today in the contract's zone, unless the user chose another on the
// contract page or the page was opened with `?asOf=YYYY-MM-DD`. A chosen date is kept in
// the address, so a reload, a bookmark or a shared link reproduces the same report.
import { createSignal } from 'solid-js';
import { FIRST_YEAR, formatDate, LAST_YEAR, localDate, parseDate } from '../../engine/time';

function fixedAsOf(): string | null {
  const value = new URLSearchParams(globalThis.location?.search ?? '').get('asOf');
  return value && parseDate(value) ? value : null;
}

const [chosen, setChosen] = createSignal<string | null>(fixedAsOf());

/** The date the user chose, or null for "today". */
export const chosenAsOf = chosen;

/**
 * Chooses the report date (null: today again) and writes it to the address. A date the
 * engine cannot judge (outside 1970–2199, or half-typed) is refused, and false returned:
 * the last date stays, since falling back to today would silently report another day.
 */
export function chooseAsOf(date: string | null): boolean {
  if (date !== null && !parseDate(date)) return false;
  const value = date;
  setChosen(value);
  const loc = globalThis.location;
  if (!loc || !globalThis.history) return true;
  const url = new URL(loc.href);
  if (value) url.searchParams.set('asOf', value);
  else url.searchParams.delete('asOf');
  globalThis.history.replaceState(globalThis.history.state, '', url);
  return true;
}

export function asOfIn(zone: string, now: number = Date.now()): string {
  return chosen() ?? formatDate(localDate(zone, now));
}

/** The first and last report dates the engine accepts. */
export const AS_OF_RANGE = { first: `${FIRST_YEAR}-01-01`, last: `${LAST_YEAR}-12-31` } as const;
