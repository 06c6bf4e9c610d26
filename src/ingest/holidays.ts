// Holiday lists from CSV (`date`, optional `name`); a given list replaces the built-in one.
import { parseDate } from '../engine/time';
import { normaliseHeader } from './columns';
import { csvRecords, guessDelimiter } from './csv';
import { decodeText } from './decode';
import { InputError } from './load';

export function loadHolidaysCsv(name: string, bytes: Uint8Array): { date: string; name: string }[] {
  const text = decodeText(bytes);
  const records = csvRecords(text, guessDelimiter(text));
  const head = records.next();
  if (head.done) throw new InputError(name, null, 'the file is empty');
  const cols = head.value.fields.map(normaliseHeader);
  const dateIdx = cols.findIndex((c) => c === 'date' || c === 'day' || c === 'holiday_date');
  const nameIdx = cols.findIndex(
    (c) => c === 'name' || c === 'holiday' || c === 'description' || c === 'title',
  );
  if (dateIdx < 0)
    throw new InputError(name, head.value.line, `no date column (columns: ${head.value.fields.join(', ')})`);
  const out: { date: string; name: string }[] = [];
  for (const { line, fields } of records) {
    const date = fields[dateIdx]?.trim() ?? '';
    if (!parseDate(date))
      throw new InputError(name, line, `expected a date YYYY-MM-DD, found "${date.slice(0, 30)}"`);
    out.push({ date, name: nameIdx >= 0 ? (fields[nameIdx]?.trim() ?? '') : '' });
  }
  return out;
}
