// The report date: today in the contract's zone, unless the page was opened with
// `?asOf=YYYY-MM-DD` (tests and reproducible reports fix it that way).
import { formatDate, localDate, parseDate } from '../../engine/time';

export function fixedAsOf(): string | null {
  const value = new URLSearchParams(globalThis.location?.search ?? '').get('asOf');
  return value && parseDate(value) ? value : null;
}

export function asOfIn(zone: string, now: number = Date.now()): string {
  return fixedAsOf() ?? formatDate(localDate(zone, now));
}
