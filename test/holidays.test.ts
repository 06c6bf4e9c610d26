// Holiday lists: built-in per country, or the user's own as CSV or ICS.
import { describe, expect, it } from 'vitest';
import { builtInHolidays, holidayDates } from '../src/ingest/country-holidays';
import { loadHolidays } from '../src/ingest/holiday-files';
import { MAX_HOLIDAY_DAYS } from '../src/ingest/holiday-limits';
import { InputError } from '../src/ingest/load';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('built-in public holidays', () => {
  it('Egypt 2026 includes Armed Forces Day and the 25 January holidays once', async () => {
    const eg = await builtInHolidays('EG', 2026, 2026);
    expect(eg.map((h) => h.date)).toContain('2026-10-06');
    expect(eg.filter((h) => h.date === '2026-01-25')).toHaveLength(1);
  });

  // date-holidays' EG rules: Eid al-Fitr `1 Shawwal P3D`, Eid al-Adha `10 Dhu al-Hijjah P4D`.
  it('Egypt keeps every day of Eid al-Fitr (three) and Eid al-Adha (four)', async () => {
    const eg = await builtInHolidays('EG', 2025, 2025);
    const eid = eg.filter(
      (h) => h.name.startsWith('End of Ramadan') || h.name.startsWith('Feast of the Sacrifice'),
    );
    expect(eid.map((h) => h.date)).toEqual([
      '2025-03-30',
      '2025-03-31',
      '2025-04-01',
      '2025-06-06',
      '2025-06-07',
      '2025-06-08',
      '2025-06-09',
    ]);
  });

  it('a holiday from midday takes its day; a day-long one takes only its own', () => {
    const at = (iso: string) => new Date(iso);
    expect(
      holidayDates({
        date: '2026-12-24 14:00:00',
        start: at('2026-12-24T14:00Z'),
        end: at('2026-12-25T00:00Z'),
      }),
    ).toEqual(['2026-12-24']);
    expect(
      holidayDates({
        date: '2026-03-20 00:00:00 -0600',
        start: at('2026-03-19T18:00Z'),
        end: at('2026-03-22T18:00Z'),
      }),
    ).toEqual(['2026-03-20', '2026-03-21', '2026-03-22']);
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
    expect(() => loadHolidays('h.csv', bytes('date\n2026-02-30\n'))).toThrow(
      'h.csv:2: expected a date YYYY-MM-DD from 1970 to 2199 in the date column',
    );
  });

  it('refuses a header naming a column twice, naming the column and the header line', () => {
    expect(() => loadHolidays('h.csv', bytes('date,name,Name\n2026-10-06,a,b\n'))).toThrow(
      new InputError(
        'h.csv',
        1,
        'the name column "name" is named twice in the header: rename one, so that the right one is read',
      ),
    );
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

/** A calendar around the given event lines: the first event begins on line 4. */
const calendar = (...events: string[][]) =>
  bytes(
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:x',
      ...events.flatMap((e) => ['BEGIN:VEVENT', 'UID:1', ...e, 'END:VEVENT']),
      'END:VCALENDAR',
    ].join('\r\n'),
  );
const dates = (file: Uint8Array) => loadHolidays('h.ics', file).map((h) => h.date);
const problem = (name: string, file: Uint8Array): string => {
  try {
    loadHolidays(name, file);
  } catch (e) {
    expect((e as Error).name).toBe('InputError');
    return (e as Error).message;
  }
  throw new Error('read without a problem');
};

describe('user holiday files: bad input gets one message with no content of the file', () => {
  it('a CSV of binary data or terminal escapes is refused before any cell is read', () => {
    const binary = new Uint8Array([
      0x64,
      0x61,
      0x74,
      0x65,
      0,
      1,
      2,
      3,
      0x1b,
      ...bytes('HUNTER2X'),
      0,
      0,
      0,
      0xff,
    ]);
    expect(problem('h.csv', binary)).toBe('h.csv: this is not a CSV or ICS text file (binary data)');
    expect(problem('h.csv', bytes('when\x1b]0;HUNTER2X\x07\x1b[2J,name\n'))).toBe(
      'h.csv: this is not a CSV or ICS text file (binary data)',
    );
  });

  it('an empty file, or one of blank lines, is called empty as a ticket or obligation file would be', () => {
    expect(problem('h.csv', bytes(''))).toBe('h.csv: the file is empty');
    expect(problem('h.csv', bytes(' \r\n\n\t\n'))).toBe('h.csv: the file is empty');
    expect(problem('h.ics', bytes('\n'))).toBe('h.ics: the file is empty');
  });

  it('a CSV without a date column names the columns it looks for, not the ones it found', () => {
    expect(problem('h.csv', bytes('HUNTER2X,name\n2026-01-01,x\n'))).toBe(
      'h.csv:1: no date column (a column named date, day, holiday_date)',
    );
  });

  it('a CSV of more than 2000 columns is refused on its header line', () => {
    expect(problem('h.csv', bytes(`date,${'HUNTER2X,'.repeat(2500)}\n`))).toBe(
      'h.csv:1: the header has 2502 columns; SLA Witness reads files of at most 2000 columns',
    );
  });

  it('a CSV date is checked against 1970–2199 and never quoted', () => {
    expect(problem('h.csv', bytes('date\n2026-01-01\nHUNTER2X\n'))).toBe(
      'h.csv:3: expected a date YYYY-MM-DD from 1970 to 2199 in the date column',
    );
    expect(problem('h.csv', bytes('date\n2200-01-01\n'))).toBe(
      'h.csv:2: expected a date YYYY-MM-DD from 1970 to 2199 in the date column',
    );
  });

  it(`a CSV of more than ${MAX_HOLIDAY_DAYS} holidays is refused on the first row beyond`, () => {
    expect(problem('h.csv', bytes(`date\n${'2026-01-01\n'.repeat(MAX_HOLIDAY_DAYS + 1)}`))).toBe(
      'h.csv:50002: more than 50000 holidays; SLA Witness reads at most 50000',
    );
  });

  it('ICS dates that are not real dates from 1970 to 2199 name the property and the event line', () => {
    const cases: [string[], string][] = [
      [['DTSTART;VALUE=DATE:HUNTER2X'], 'h.ics:4: DTSTART is not a date from 1970 to 2199'],
      [['DTSTART;VALUE=DATE:20261340'], 'h.ics:4: DTSTART is not a date from 1970 to 2199'],
      [['DTSTART;VALUE=DATE:00000101'], 'h.ics:4: DTSTART is not a date from 1970 to 2199'],
      [
        ['DTSTART;VALUE=DATE:20260101', 'DTEND;VALUE=DATE:HUNTER2X'],
        'h.ics:4: DTEND is not a date from 1970 to 2199',
      ],
      [
        ['DTSTART;VALUE=DATE:19700101', 'DTEND;VALUE=DATE:99991231'],
        'h.ics:4: DTEND is not a date from 1970 to 2199',
      ],
      [
        ['DTSTART;VALUE=DATE:20260101', 'DTEND;VALUE=DATE:2757600101'],
        'h.ics:4: DTEND is not a date from 1970 to 2199',
      ],
      [
        ['DTSTART;VALUE=DATE:20260101', 'DURATION:HUNTER2X'],
        'h.ics:4: DURATION is not a duration such as P1D or PT8H',
      ],
      [
        ['DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=DAILY;UNTIL=HUNTER2X'],
        'h.ics:4: an RRULE whose UNTIL is not a date',
      ],
      [
        ['DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=DAILY;COUNT=3', 'EXDATE;VALUE=DATE:HUNTER2X'],
        'h.ics:4: EXDATE is not a date',
      ],
      [
        ['DTSTART;VALUE=DATE:20260110', 'DTEND;VALUE=DATE:20260101'],
        'h.ics:4: the event ends before it starts',
      ],
      [['SUMMARY:HUNTER2X meeting'], 'h.ics:4: an event without a DTSTART'],
    ];
    for (const [event, message] of cases) expect(problem('h.ics', calendar(event))).toBe(message);
  });

  it('the line of the second event is named, and a broken line or property by its own line', () => {
    expect(
      problem(
        'h.ics',
        calendar(['DTSTART;VALUE=DATE:20260101'], ['DTSTART;VALUE=DATE:HUNTER2X', 'SUMMARY:x']),
      ),
    ).toBe('h.ics:8: DTSTART is not a date from 1970 to 2199');
    expect(
      problem(
        'h.ics',
        bytes(
          'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nHUNTER2X secret line no colon\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\n',
        ),
      ),
    ).toBe('h.ics:3: not a readable ICS calendar: a line without NAME:value');
    expect(problem('h.ics', calendar(['DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=HUNTER2X']))).toBe(
      'h.ics:7: not a readable ICS calendar',
    );
  });

  it('an event longer than a year, or days beyond the file limit, are refused', () => {
    expect(problem('h.ics', calendar(['DTSTART;VALUE=DATE:20260101', 'DTEND;VALUE=DATE:20270205']))).toBe(
      'h.ics:4: the event spans 400 days; a holiday event may span at most 366',
    );
    expect(problem('h.ics', calendar(['DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=DAILY']))).toBe(
      'h.ics:4: the event repeats on more than 50000 holiday days (a daily repeat, most likely); SLA Witness reads at most 50000',
    );
    const yearly = Array.from({ length: 300 }, () => ['DTSTART;VALUE=DATE:19700525', 'RRULE:FREQ=YEARLY']);
    // 217 events of 230 years each give 49 910 days; the 218th goes beyond (line 4 + 5 × 217).
    expect(problem('h.ics', calendar(...yearly))).toBe(
      'h.ics:1089: the calendar gives more than 50000 holiday days (a daily repeat or a long event, most likely); SLA Witness reads at most 50000',
    );
  });

  it('rules that never match, or repeat more often than daily, end at once', { timeout: 3000 }, () => {
    expect(
      dates(calendar(['DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31'])),
    ).toEqual([]);
    expect(
      dates(calendar(['DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30'])),
    ).toEqual([]);
    expect(
      problem('h.ics', calendar(['DTSTART:20260101T000000Z', 'RRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30'])),
    ).toBe(
      'h.ics:4: a holiday repeats daily, weekly, monthly or yearly: an RRULE of a finer or unknown FREQ is not read',
    );
    // Each examines every day to 2199 and matches none: 119 fit in the budget, the 120th (line 4 + 5 × 119) not.
    const never = Array.from({ length: 200 }, () => [
      'DTSTART;VALUE=DATE:19700101',
      'RRULE:FREQ=DAILY;BYMONTHDAY=1;BYYEARDAY=2',
    ]);
    expect(problem('h.ics', calendar(...never))).toBe(
      "h.ics:599: the calendar's repeating events ask for more than 10000000 days to be examined; end them with UNTIL or COUNT",
    );
  });

  it('no message of any bad file quotes it', () => {
    const files: [string, Uint8Array][] = [
      ['h.csv', bytes('date\nHUNTER2X\n')],
      ['h.csv', bytes('HUNTER2X\n2026-01-01\n')],
      ['h.ics', calendar(['SUMMARY:HUNTER2X'])],
      ['h.ics', calendar(['DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=HUNTER2X'])],
      ['h.ics', calendar(['DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=YEARLY;BYMONTH=HUNTER2X'])],
      ['h.ics', calendar(['DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=YEARLY;BYDAY=HUNTER2X'])],
      ['h.ics', calendar(['DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=YEARLY;X-HUNTER2X=1'])],
      ['h.ics', calendar(['DTSTART;VALUE=DATE:20260101', 'RDATE;VALUE=DATE:HUNTER2X'])],
      ['h.ics', calendar(['DTSTART;HUNTER2X'])],
      ['h.ics', bytes('BEGIN:VCALENDAR\r\nHUNTER2X\r\n')],
    ];
    for (const [name, file] of files) expect(problem(name, file)).not.toContain('HUNTER2X');
  });
});

describe('user holiday files: repeating ICS events, stepped day by day to 2199', () => {
  it('the last Monday of May and the fourth Thursday of November', () => {
    expect(
      dates(
        calendar(
          ['DTSTART;VALUE=DATE:20260525', 'RRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO;COUNT=3'],
          ['DTSTART;VALUE=DATE:20261126', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH;UNTIL=20281231'],
        ),
      ),
    ).toEqual(['2026-05-25', '2026-11-26', '2027-05-31', '2027-11-25', '2028-05-29', '2028-11-23']);
  });

  it('the last working day of each month, every other week, and a multi-day event each time', () => {
    expect(
      dates(
        calendar([
          'DTSTART;VALUE=DATE:20260130',
          'RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3',
        ]),
      ),
    ).toEqual(['2026-01-30', '2026-02-27', '2026-03-31']);
    expect(
      dates(calendar(['DTSTART;VALUE=DATE:20260102', 'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;COUNT=4'])),
    ).toEqual(['2026-01-02', '2026-01-12', '2026-01-16', '2026-01-26']);
    expect(
      dates(
        calendar(['DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20261227', 'RRULE:FREQ=YEARLY;COUNT=2']),
      ),
    ).toEqual(['2026-12-24', '2026-12-25', '2026-12-26', '2027-12-24', '2027-12-25', '2027-12-26']);
  });

  it('EXDATE removes an occurrence, RDATE adds one, and an open rule ends with 2199', () => {
    expect(
      dates(
        calendar([
          'DTSTART;VALUE=DATE:20260101',
          'RRULE:FREQ=YEARLY;COUNT=3',
          'EXDATE;VALUE=DATE:20270101',
          'RDATE;VALUE=DATE:20260615',
        ]),
      ),
    ).toEqual(['2026-01-01', '2026-06-15', '2028-01-01']);
    // 29 February: leap years only, and 2100 is none.
    const open = dates(calendar(['DTSTART;VALUE=DATE:20280229', 'RRULE:FREQ=YEARLY']));
    expect([open.length, open[0], open.at(-1), open.includes('2100-02-29')]).toEqual([
      42,
      '2028-02-29',
      '2196-02-29',
      false,
    ]);
  });
});
