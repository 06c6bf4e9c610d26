// Holiday lists for the calendar editor: the built-in country list (computed in the import
// worker, which holds the holiday rules for evaluations already) and file imports (ical.js
// loads only when asked), the years to show, and an error's file and line as the page says them.
import type { Evaluation } from '../../engine/model';
import { localDate } from '../../engine/time';
import type { Holiday } from '../../ingest/holiday-files';
import { InputError } from '../../ingest/stream-input';
import { MAX_WHOLE_FILE_BYTES, tooLargeToRead } from '../../ingest/whole-files';
import { jobFailureText } from '../import/failure';
import { errorText } from '../shell/errors';
import { importBridge } from '../worker-bridge';

export { clockText, weekdayName } from '../format';

export type { Holiday };

export function loadBuiltIn(country: string, fromYear: number, toYear: number): Promise<Holiday[]> {
  return importBridge.builtInHolidays(country, fromYear, toYear);
}

/**
 * The language a holiday's name is read in: the built-in names are English, but a name the
 * user typed or a calendar file brought may be Arabic (or any other), and a screen reader
 * told it was English would spell it out letter by letter. Told by its script; a script
 * with no one language leaves the page's.
 */
export function holidayNameLang(name: string): 'en' | 'ar' | undefined {
  if (/\p{Script=Arabic}/u.test(name)) return 'ar';
  return /^[\p{Script=Latin}\p{Script=Common}]*$/u.test(name) && /\p{Script=Latin}/u.test(name)
    ? 'en'
    : undefined;
}

export async function readHolidayFile(file: File): Promise<Holiday[]> {
  if (file.size > MAX_WHOLE_FILE_BYTES)
    throw new InputError(file.name, null, tooLargeToRead('holiday file', file.size));
  const { loadHolidays } = await import('../../ingest/holiday-files');
  return loadHolidays(file.name, new Uint8Array(await file.arrayBuffer()));
}

/** The years of the evaluation's periods (or of the report date) with one either side. */
export function dataYears(evaluation: Evaluation | null, asOf: string): { from: number; to: number } {
  const zone = evaluation?.contract.timezone ?? 'UTC';
  const years = evaluation?.periods.length
    ? evaluation.periods.flatMap((p) => [localDate(zone, p.startMs).year, localDate(zone, p.endMs).year])
    : [Number(asOf.slice(0, 4))];
  return { from: Math.min(...years) - 1, to: Math.max(...years) + 1 };
}

/** Sorted by date, one entry per date (the later one wins). */
export function tidy(list: readonly Holiday[]): Holiday[] {
  const byDate = new Map(list.map((h) => [h.date, { date: h.date, name: h.name.trim() }]));
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** "holidays.csv, line 4: expected a date YYYY-MM-DD from 1970 to 2199 in the date column" in the interface language. */
export function fileErrorText(e: unknown): string {
  return e instanceof InputError
    ? jobFailureText({ type: 'input', file: e.file, line: e.line, reason: e.reason, message: e.message })
    : errorText(e);
}

const cache = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: string): Intl.DateTimeFormat {
  let f = cache.get(locale);
  if (!f)
    cache.set(
      locale,
      (f = new Intl.DateTimeFormat(locale, {
        weekday: 'short',
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      })),
    );
  return f;
}

/** A local date "2026-10-06" as "Tue, Oct 6, 2026" (the weekday matters for business days). */
export function holidayDay(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return dayFormat(locale).format(Date.UTC(y, m - 1, d));
}
