// The report date: today in the contract's zone, unless the user chose another on the
// contract page or the page was opened with `?asOf=YYYY-MM-DD`. A chosen date is kept in
// the address, so a reload, a bookmark or a shared link reproduces the same report.
import { createSignal } from 'solid-js';
import { formatDate, localDate, parseDate } from '../../engine/time';

function fixedAsOf(): string | null {
  const value = new URLSearchParams(globalThis.location?.search ?? '').get('asOf');
  return value && parseDate(value) ? value : null;
}

const [chosen, setChosen] = createSignal<string | null>(fixedAsOf());

/** The date the user chose, or null for "today". */
export const chosenAsOf = chosen;

/** Chooses the report date (null: today again) and writes it to the address. */
export function chooseAsOf(date: string | null): void {
  const value = date && parseDate(date) ? date : null;
  setChosen(value);
  const loc = globalThis.location;
  if (!loc || !globalThis.history) return;
  const url = new URL(loc.href);
  if (value) url.searchParams.set('asOf', value);
  else url.searchParams.delete('asOf');
  globalThis.history.replaceState(globalThis.history.state, '', url);
}

export function asOfIn(zone: string, now: number = Date.now()): string {
  return chosen() ?? formatDate(localDate(zone, now));
}
