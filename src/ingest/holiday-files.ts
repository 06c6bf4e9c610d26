// The user's own holiday list, as CSV (`date`, optional `name`) or an ICS calendar. Apart
// from the built-in country lists (holidays.ts), so that the page's calendar editor reads
// files without bringing any country's rules along.
import { FIRST_YEAR, LAST_YEAR, parseDate } from '../engine/time';
import { HEADER_AGAIN, isHeaderAgain } from './columns';
import { MAX_HOLIDAY_DAYS } from './holiday-limits';
import { holidaysFromIcs } from './ics-holidays';
import { InputError } from './load';
import { smallFileText, smallTable } from './small-table';

export interface Holiday {
  date: string;
  name: string;
}

/** The same reading for the command line's `--holidays` and the page's calendar editor. */
export function loadHolidays(name: string, bytes: Uint8Array): Holiday[] {
  const text = smallFileText(name, bytes, 'a CSV or ICS text file');
  return /^\s*BEGIN:VCALENDAR/i.test(text) ? holidaysFromIcs(name, text) : holidaysFromCsv(name, text);
}

const COLUMNS = {
  date: ['date', 'day', 'holiday_date'],
  name: ['name', 'holiday', 'description', 'title'],
};

// Messages name columns and lines, never a cell: a holiday file may be anyone's export.
function holidaysFromCsv(name: string, text: string): Holiday[] {
  const { header, at, rows } = smallTable(
    name,
    text,
    COLUMNS,
    ['date'],
    () => `no date column (a column named ${COLUMNS.date.join(', ')})`,
  );
  const out: Holiday[] = [];
  for (const { line, fields } of rows) {
    const date = fields[at.date]?.trim() ?? '';
    if (isHeaderAgain(fields, header)) throw new InputError(name, line, `${HEADER_AGAIN}: remove it`);
    if (!parseDate(date))
      throw new InputError(
        name,
        line,
        `expected a date YYYY-MM-DD from ${FIRST_YEAR} to ${LAST_YEAR} in the date column`,
      );
    if (out.length === MAX_HOLIDAY_DAYS)
      throw new InputError(
        name,
        line,
        `more than ${MAX_HOLIDAY_DAYS} holidays; SLA Witness reads at most ${MAX_HOLIDAY_DAYS}`,
      );
    out.push({ date, name: at.name >= 0 ? (fields[at.name]?.trim() ?? '') : '' });
  }
  return out;
}
