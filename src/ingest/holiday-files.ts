// The user's own holiday list, as CSV (`date`, optional `name`) or an ICS calendar. Apart
// from the built-in country lists (holidays.ts), so that the page's calendar editor reads
// files without bringing any country's rules along.
import ICAL from 'ical.js';
import { addDays, formatDate, parseDate } from '../engine/time';
import { columnList, normaliseHeader } from './columns';
import { csvRecords, guessDelimiter } from './csv';
import { decodeText } from './decode';
import { InputError } from './load';

export interface Holiday {
  date: string;
  name: string;
}

export function loadHolidays(name: string, bytes: Uint8Array): Holiday[] {
  const text = decodeText(bytes);
  return /^\s*BEGIN:VCALENDAR/i.test(text) ? holidaysFromIcs(name, text) : holidaysFromCsv(name, text);
}

function holidaysFromCsv(name: string, text: string): Holiday[] {
  const records = csvRecords(text, guessDelimiter(text));
  const head = records.next();
  if (head.done) throw new InputError(name, null, 'the file is empty');
  const cols = head.value.fields.map(normaliseHeader);
  const dateIdx = cols.findIndex((c) => c === 'date' || c === 'day' || c === 'holiday_date');
  const nameIdx = cols.findIndex(
    (c) => c === 'name' || c === 'holiday' || c === 'description' || c === 'title',
  );
  if (dateIdx < 0)
    throw new InputError(name, head.value.line, `no date column (columns: ${columnList(head.value.fields)})`);
  const out: Holiday[] = [];
  for (const { line, fields } of records) {
    const date = fields[dateIdx]?.trim() ?? '';
    if (!parseDate(date)) throw new InputError(name, line, 'expected a date YYYY-MM-DD');
    out.push({ date, name: nameIdx >= 0 ? (fields[nameIdx]?.trim() ?? '') : '' });
  }
  return out;
}

/**
 * All-day events of an ICS calendar; a multi-day event gives each of its days (DTEND is
 * exclusive) and a recurring one each occurrence up to 2100.
 */
function holidaysFromIcs(name: string, text: string): Holiday[] {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch {
    // ical.js's own message quotes the line it could not read: a calendar may hold anything.
    throw new InputError(name, null, 'not a readable ICS calendar');
  }
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  if (events.length === 0) throw new InputError(name, null, 'the calendar has no events');
  const out = new Map<string, string>();
  const add = (start: ICAL.Time, end: ICAL.Time | null, summary: string) => {
    let d = { year: start.year, month: start.month, day: start.day };
    const last = end ? formatDate({ year: end.year, month: end.month, day: end.day }) : null;
    do {
      if (!out.has(formatDate(d))) out.set(formatDate(d), summary);
      d = addDays(d, 1);
    } while (last !== null && formatDate(d) < last);
  };
  try {
    readEvents(name, events, add);
  } catch (e) {
    if (e instanceof InputError) throw e;
    // ical.js reads dates and rules when asked for them, and its messages quote the text.
    throw new InputError(name, null, 'an event with an unreadable date, time or rule');
  }
  return [...out].sort(([a], [b]) => a.localeCompare(b)).map(([date, holiday]) => ({ date, name: holiday }));
}

/** Each event's days (each occurrence's, up to 2100, for a recurring one) given to `add`. */
function readEvents(
  name: string,
  events: ICAL.Event[],
  add: (start: ICAL.Time, end: ICAL.Time | null, summary: string) => void,
) {
  for (const event of events) {
    const summary = event.summary ?? '';
    if (!event.startDate) throw new InputError(name, null, 'an event without a start (DTSTART)');
    if (!event.isRecurring()) {
      add(event.startDate, event.endDate, summary);
      continue;
    }
    const iterator = event.iterator();
    for (
      let next = iterator.next(), n = 0;
      next && next.year <= 2100 && n < 1000;
      next = iterator.next(), n++
    ) {
      const { startDate, endDate } = event.getOccurrenceDetails(next);
      add(startDate, endDate, summary);
    }
  }
}
