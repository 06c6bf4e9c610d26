// The user's own holiday list, as CSV (`date`, optional `name`) or an ICS calendar. Apart
// from the built-in country lists (holidays.ts), so that the page's calendar editor reads
// files without bringing any country's rules along.
import { FIRST_YEAR, LAST_YEAR, parseDate } from '../engine/time';
import {
  HEADER_AGAIN,
  isHeaderAgain,
  MAX_COLUMNS,
  normaliseHeader,
  tooManyColumns,
  twiceNamed,
} from './columns';
import { csvRecords, guessDelimiter } from './csv';
import { decodeText, notTextProblem } from './decode';
import { MAX_HOLIDAY_DAYS } from './holiday-limits';
import { holidaysFromIcs } from './ics-holidays';
import { InputError } from './load';

export interface Holiday {
  date: string;
  name: string;
}

/** The same reading for the command line's `--holidays` and the page's calendar editor. */
export function loadHolidays(name: string, bytes: Uint8Array): Holiday[] {
  const text = decodeText(bytes);
  const notText = notTextProblem(bytes, text, 'a CSV or ICS text file');
  if (notText) throw new InputError(name, null, notText);
  return /^\s*BEGIN:VCALENDAR/i.test(text) ? holidaysFromIcs(name, text) : holidaysFromCsv(name, text);
}

const DATE_COLUMNS = ['date', 'day', 'holiday_date'];

// Messages name columns and lines, never a cell: a holiday file may be anyone's export.
function holidaysFromCsv(name: string, text: string): Holiday[] {
  const records = csvRecords(name, text, guessDelimiter(text));
  const head = records.next();
  if (head.done) throw new InputError(name, null, 'the file is empty');
  if (head.value.fields.length > MAX_COLUMNS)
    throw new InputError(name, head.value.line, tooManyColumns(head.value.fields.length));
  const cols = head.value.fields.map(normaliseHeader);
  const dateIdx = cols.findIndex((c) => DATE_COLUMNS.includes(c));
  const nameIdx = cols.findIndex(
    (c) => c === 'name' || c === 'holiday' || c === 'description' || c === 'title',
  );
  if (dateIdx < 0)
    throw new InputError(name, head.value.line, `no date column (a column named ${DATE_COLUMNS.join(', ')})`);
  const twice = twiceNamed(head.value.fields, { date: dateIdx, name: nameIdx });
  if (twice.length) throw new InputError(name, head.value.line, twice.join('; '));
  const out: Holiday[] = [];
  for (const { line, fields } of records) {
    const date = fields[dateIdx]?.trim() ?? '';
    if (isHeaderAgain(fields, head.value.fields))
      throw new InputError(name, line, `${HEADER_AGAIN}: remove it`);
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
    out.push({ date, name: nameIdx >= 0 ? (fields[nameIdx]?.trim() ?? '') : '' });
  }
  return out;
}
