// Holiday lists: built-in per country, or the user's own as CSV or ICS.
import { describe, expect, it } from 'vitest';
import { builtInHolidays, loadHolidays } from '../src/ingest/holidays';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('built-in public holidays', () => {
  it('Egypt 2026 includes Armed Forces Day and the 25 January holidays once', async () => {
    const eg = await builtInHolidays('EG', 2026, 2026);
    expect(eg.map((h) => h.date)).toContain('2026-10-06');
    expect(eg.filter((h) => h.date === '2026-01-25')).toHaveLength(1);
  });

  it('the US list keeps the observed substitute day of 4 July 2026', async () => {
    const us = await builtInHolidays('US', 2026, 2026);
    expect(us.map((h) => h.date)).toEqual(expect.arrayContaining(['2026-07-03', '2026-07-04', '2026-11-26']));
  });

  it('India 2026 has Republic Day', async () => {
    expect((await builtInHolidays('IN', 2026, 2027)).map((h) => h.date)).toEqual(
      expect.arrayContaining(['2026-01-26', '2027-01-26']),
    );
  });
});

describe('user holiday files', () => {
  it('reads a CSV with date and name', () => {
    expect(
      loadHolidays('h.csv', bytes('date,name\n2026-10-06,Armed Forces Day\n\n2026-12-24,Office closed\n')),
    ).toEqual([
      { date: '2026-10-06', name: 'Armed Forces Day' },
      { date: '2026-12-24', name: 'Office closed' },
    ]);
  });

  it('names the line of a bad date', () => {
    // The cell is not quoted back: a calendar file may hold anything.
    expect(() => loadHolidays('h.csv', bytes('date\n2026-02-30\n'))).toThrow(
      /^h\.csv:2: expected a date YYYY-MM-DD$/,
    );
  });

  it('refuses an unreadable calendar without quoting it, and never with an internal error', () => {
    const calendar = (...lines: string[]) =>
      bytes(['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR', ''].join('\r\n'));
    const event = (...lines: string[]) => ['BEGIN:VEVENT', 'UID:1', ...lines, 'END:VEVENT'];
    const cases: [Uint8Array, string][] = [
      [
        calendar('HUNTER2X secret line', ...event('DTSTART;VALUE=DATE:20260704')),
        'x.ics: not a readable ICS calendar',
      ],
      [
        calendar(...event('DTSTART;VALUE=DATE:HUNTER2X')),
        'x.ics: an event with an unreadable date, time or rule',
      ],
      [calendar(...event('SUMMARY:HUNTER2X password')), 'x.ics: an event without a start (DTSTART)'],
    ];
    for (const [ics, message] of cases)
      expect(() => loadHolidays('x.ics', ics)).toThrow(new RegExp(`^${message.replace(/[.()]/g, '\\$&')}$`));
  });

  it('reads an ICS calendar: single, multi-day and yearly events', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'BEGIN:VEVENT',
      'UID:1',
      'DTSTART;VALUE=DATE:20260320',
      'DTEND;VALUE=DATE:20260323',
      'SUMMARY:Eid al-Fitr',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:2',
      'DTSTART;VALUE=DATE:20261006',
      'DTEND;VALUE=DATE:20261007',
      'SUMMARY:Armed Forces Day',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:3',
      'DTSTART;VALUE=DATE:20250501',
      'DTEND;VALUE=DATE:20250502',
      'RRULE:FREQ=YEARLY;COUNT=3',
      'SUMMARY:Labour Day',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(loadHolidays('h.ics', bytes(ics)).map((h) => h.date)).toEqual([
      '2025-05-01',
      '2026-03-20',
      '2026-03-21',
      '2026-03-22',
      '2026-05-01',
      '2026-10-06',
      '2027-05-01',
    ]);
  });

  it('rejects a broken calendar with the file name', () => {
    expect(() => loadHolidays('h.ics', bytes('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n'))).toThrow(/^h\.ics: /);
  });
});
