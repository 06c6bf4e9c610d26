// Periods and wall-clock time (SPEC §3 timestamps, §4 rules 7 and 14). Every expected
// value below is worked out by hand from the zone rules of 2026:
//   Africa/Cairo     UTC+2, summer time UTC+3 from Fri 2026-04-24 00:00 (→ 01:00)
//                    to Thu 2026-10-29 24:00 (→ 23:00).
//   America/Chicago  UTC−6, summer time UTC−5 from Sun 2026-03-08 02:00 (→ 03:00)
//                    to Sun 2026-11-01 02:00 (→ 01:00).
//   Asia/Kolkata     UTC+5:30 all year.
import { describe, expect, it } from 'vitest';
import { businessCalendar } from '../src/engine/calendar';
import { nextPeriod, periodContaining, periodStarting, periodsCovering } from '../src/engine/periods';
import { formatInstant, localToUtc, naiveMs, startOfLocalDay, toLocal } from '../src/engine/time';
import { parseTimestamp } from '../src/ingest/timestamps';
import { isoInZone } from './support/reference-oracle';

const minutesOf = (p: { startMinute: number; endMinute: number }) => p.endMinute - p.startMinute;
const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0) =>
  Date.UTC(y, mo - 1, d, h, mi, s, ms);

describe('calendar months keep their true elapsed minutes (rule 7)', () => {
  it('April 2026 in Africa/Cairo loses the hour of the spring-forward: 43 140 minutes', () => {
    const p = periodStarting('Africa/Cairo', 'month', 2026, 4);
    // 30 days × 1440 = 43 200, minus the skipped hour 00:00–01:00 on 24 April = 43 140.
    expect(minutesOf(p)).toBe(43_140);
    expect(p.label).toBe('2026-04');
    // 2026-04-01T00:00+02:00 = 03-31T22:00Z; 2026-05-01T00:00+03:00 = 04-30T21:00Z.
    expect(p.startMs).toBe(utc(2026, 3, 31, 22));
    expect(p.endMs).toBe(utc(2026, 4, 30, 21));
    expect(formatInstant('Africa/Cairo', p.startMs)).toBe('2026-04-01T00:00:00+02:00');
    expect(formatInstant('Africa/Cairo', p.endMs)).toBe('2026-05-01T00:00:00+03:00');
  });

  it('October 2026 in Africa/Cairo gains the repeated hour: 44 700 minutes', () => {
    // 31 × 1440 = 44 640, plus 60 = 44 700.
    expect(minutesOf(periodStarting('Africa/Cairo', 'month', 2026, 10))).toBe(44_700);
  });

  it('November 2026 in America/Chicago gains an hour: 43 260 minutes', () => {
    const p = periodStarting('America/Chicago', 'month', 2026, 11);
    // 30 × 1440 = 43 200 + 60 = 43 260.
    expect(minutesOf(p)).toBe(43_260);
    // 11-01T00:00−05:00 = 05:00Z; 12-01T00:00−06:00 = 06:00Z.
    expect(p.startMs).toBe(utc(2026, 11, 1, 5));
    expect(p.endMs).toBe(utc(2026, 12, 1, 6));
    expect(formatInstant('America/Chicago', p.startMs)).toBe('2026-11-01T00:00:00-05:00');
    expect(formatInstant('America/Chicago', p.endMs)).toBe('2026-12-01T00:00:00-06:00');
  });

  it('March 2026 in America/Chicago loses an hour: 44 580 minutes', () => {
    const p = periodStarting('America/Chicago', 'month', 2026, 3);
    // 31 × 1440 = 44 640 − 60 = 44 580.
    expect(minutesOf(p)).toBe(44_580);
    expect(formatInstant('America/Chicago', p.startMs)).toBe('2026-03-01T00:00:00-06:00');
    expect(formatInstant('America/Chicago', p.endMs)).toBe('2026-04-01T00:00:00-05:00');
  });

  it('a zone without DST has plain month lengths (June 2026 in Asia/Kolkata: 43 200)', () => {
    const p = periodStarting('Asia/Kolkata', 'month', 2026, 6);
    expect(minutesOf(p)).toBe(43_200);
    // 06-01T00:00+05:30 = 05-31T18:30Z.
    expect(p.startMs).toBe(utc(2026, 5, 31, 18, 30));
  });

  it('quarters and years: labels and lengths', () => {
    const q = periodStarting('Asia/Kolkata', 'quarter', 2026, 4);
    expect(q.label).toBe('2026-Q2');
    // 30 + 31 + 30 = 91 days × 1440 = 131 040.
    expect(minutesOf(q)).toBe(131_040);
    const y = periodStarting('America/New_York', 'year', 2026, 1);
    expect(y.label).toBe('2026');
    // The spring and autumn hours cancel: 365 × 1440 = 525 600.
    expect(minutesOf(y)).toBe(525_600);
    expect(nextPeriod('America/New_York', 'year', y).label).toBe('2027');
  });

  it('periodContaining uses the contract zone, not UTC', () => {
    // 2026-06-30T19:00Z is already 1 July 00:30 in Kolkata.
    expect(periodContaining('Asia/Kolkata', 'month', utc(2026, 6, 30, 19)).label).toBe('2026-07');
    expect(periodContaining('Asia/Kolkata', 'month', utc(2026, 6, 30, 18, 29)).label).toBe('2026-06');
    // 2026-08-15 is in Q3.
    expect(periodContaining('Asia/Kolkata', 'quarter', utc(2026, 8, 15)).label).toBe('2026-Q3');
  });

  it('periodsCovering lists every month overlapped, in order', () => {
    const ps = periodsCovering('Asia/Kolkata', 'month', utc(2026, 5, 20), utc(2026, 7, 2));
    expect(ps.map((p) => p.label)).toEqual(['2026-05', '2026-06', '2026-07']);
  });
});

describe('formatInstant writes the zone offset, to the second', () => {
  it('fixed and fractional offsets', () => {
    // 04:30:15.999Z + 5:30 = 10:00:15 (milliseconds dropped).
    expect(formatInstant('Asia/Kolkata', utc(2026, 6, 10, 4, 30, 15, 999))).toBe('2026-06-10T10:00:15+05:30');
    // Nepal is UTC+5:45: 00:00Z → 05:45.
    expect(formatInstant('Asia/Kathmandu', utc(2026, 1, 1))).toBe('2026-01-01T05:45:00+05:45');
    // Newfoundland standard time is UTC−3:30: 12:00Z → 08:30.
    expect(formatInstant('America/St_Johns', utc(2026, 1, 15, 12))).toBe('2026-01-15T08:30:00-03:30');
    // UTC is written as +00:00, never Z.
    expect(formatInstant('UTC', utc(2026, 1, 1))).toBe('2026-01-01T00:00:00+00:00');
  });

  it('winter and summer offsets', () => {
    expect(formatInstant('Africa/Cairo', utc(2026, 1, 15, 10))).toBe('2026-01-15T12:00:00+02:00');
    expect(formatInstant('Africa/Cairo', utc(2026, 7, 15, 10))).toBe('2026-07-15T13:00:00+03:00');
    expect(formatInstant('America/Chicago', utc(2026, 1, 15, 18))).toBe('2026-01-15T12:00:00-06:00');
    expect(formatInstant('America/Chicago', utc(2026, 7, 15, 17))).toBe('2026-07-15T12:00:00-05:00');
  });

  it('the two occurrences of a repeated hour differ only in the offset', () => {
    // 06:30Z = 01:30 CDT; 07:30Z = 01:30 CST.
    expect(formatInstant('America/Chicago', utc(2026, 11, 1, 6, 30))).toBe('2026-11-01T01:30:00-05:00');
    expect(formatInstant('America/Chicago', utc(2026, 11, 1, 7, 30))).toBe('2026-11-01T01:30:00-06:00');
  });

  it('a time before 1970 still floors to the second', () => {
    // −0.5 s is 1969-12-31T23:59:59.5Z → floor to 23:59:59.
    expect(formatInstant('UTC', -500)).toBe('1969-12-31T23:59:59+00:00');
  });
});

describe('localToUtc', () => {
  it('maps an ordinary wall time by the offset in force', () => {
    // 10:00 IST − 5:30 = 04:30Z.
    expect(localToUtc('Asia/Kolkata', naiveMs({ year: 2026, month: 6, day: 10, hour: 10 }))).toBe(
      utc(2026, 6, 10, 4, 30),
    );
    // 12:00 CDT + 5 h = 17:00Z.
    expect(localToUtc('America/Chicago', naiveMs({ year: 2026, month: 7, day: 1, hour: 12 }))).toBe(
      utc(2026, 7, 1, 17),
    );
  });

  it('returns null inside a DST gap', () => {
    expect(
      localToUtc('America/Chicago', naiveMs({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 })),
    ).toBe(null);
    expect(localToUtc('America/Chicago', naiveMs({ year: 2026, month: 3, day: 8, hour: 2 }))).toBe(null);
    expect(localToUtc('Africa/Cairo', naiveMs({ year: 2026, month: 4, day: 24, hour: 0, minute: 30 }))).toBe(
      null,
    );
    // The edges of the gap exist: 01:59 CST = 07:59Z, 03:00 CDT = 08:00Z.
    expect(
      localToUtc('America/Chicago', naiveMs({ year: 2026, month: 3, day: 8, hour: 1, minute: 59 })),
    ).toBe(utc(2026, 3, 8, 7, 59));
    expect(localToUtc('America/Chicago', naiveMs({ year: 2026, month: 3, day: 8, hour: 3 }))).toBe(
      utc(2026, 3, 8, 8),
    );
  });

  it('takes the first occurrence of a time repeated by the fall-back', () => {
    // 01:30 on 1 Nov occurs at 06:30Z (CDT) and 07:30Z (CST): the first is 06:30Z.
    expect(
      localToUtc('America/Chicago', naiveMs({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 })),
    ).toBe(utc(2026, 11, 1, 6, 30));
    // Cairo repeats 23:00–23:59 on 29 Oct: 23:30 first at +03:00 = 20:30Z.
    expect(
      localToUtc('Africa/Cairo', naiveMs({ year: 2026, month: 10, day: 29, hour: 23, minute: 30 })),
    ).toBe(utc(2026, 10, 29, 20, 30));
  });

  it('a local day whose midnight is skipped starts at the first existing wall time', () => {
    // Cairo, 24 April 2026: 00:00–00:59 do not exist; the day starts at 01:00+03:00 = 04-23T22:00Z.
    expect(startOfLocalDay('Africa/Cairo', 2026, 4, 24)).toBe(utc(2026, 4, 23, 22));
    expect(toLocal('Africa/Cairo', utc(2026, 4, 23, 22)).hour).toBe(1);
  });

  it('a local date the zone skipped altogether starts where the next date does', () => {
    // Pacific/Apia jumped from 2011-12-29T23:59:59-10:00 to 2011-12-31T00:00:00+14:00
    // (= 2011-12-30T10:00Z): the 30th has no instant, so it begins and ends at once.
    expect(startOfLocalDay('Pacific/Apia', 2011, 12, 30)).toBe(utc(2011, 12, 30, 10));
    expect(startOfLocalDay('Pacific/Apia', 2011, 12, 31)).toBe(utc(2011, 12, 30, 10));
    // The 29th still runs its full 24 hours: 00:00-10:00 = 10:00Z.
    expect(startOfLocalDay('Pacific/Apia', 2011, 12, 29)).toBe(utc(2011, 12, 29, 10));
  });

  it('business hours on a skipped date count no time, and the days around it keep theirs', () => {
    const cal = businessCalendar({
      timezone: 'Pacific/Apia',
      calendar: {
        weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '09:00', to: '17:00' })),
        holidayCountry: null,
        holidays: [],
      },
    });
    // Thu 29 Dec 480 min, Fri 30 Dec skipped 0, Mon 2 Jan 480 min.
    expect(cal.workingIntervals({ year: 2011, month: 12, day: 30 })).toEqual([
      { startMs: utc(2011, 12, 30, 10), endMs: utc(2011, 12, 30, 10) },
    ]);
    expect(cal.businessMinutesBetween(utc(2011, 12, 29, 10), utc(2012, 1, 2, 11))).toBe(960);
  });
});

describe('parseTimestamp', () => {
  const ok = (raw: string, zone = 'UTC') => {
    const r = parseTimestamp(raw, zone);
    if (!r.ok) throw new Error(`expected ${raw} to parse: ${r.reason}`);
    return r.ms;
  };
  const reason = (raw: string, zone = 'UTC') => {
    const r = parseTimestamp(raw, zone);
    if (r.ok) throw new Error(`expected ${raw} to be rejected, got ${r.ms}`);
    return r.reason;
  };

  it('reads epoch seconds and milliseconds, told apart at 10^11', () => {
    expect(ok('1780000000')).toBe(1_780_000_000_000);
    expect(ok('1780000000000')).toBe(1_780_000_000_000);
    expect(ok('1780000000.5')).toBe(1_780_000_000_500);
    // Just below 10^11 is seconds; 10^11 itself is milliseconds (rule 14). As seconds it is
    // in the year 5138, past the readable years; read as milliseconds it would be 1973.
    expect(parseTimestamp('99999999999', 'UTC')).toEqual({
      ok: false,
      reason: 'time outside the years 1970–2199',
    });
    expect(ok('100000000000')).toBe(100_000_000_000);
    // The zone never matters for epoch values.
    expect(ok('1780000000', 'America/Chicago')).toBe(1_780_000_000_000);
  });

  it('reads Z and explicit offsets exactly, whatever the source zone', () => {
    expect(ok('2026-06-10T10:00:00Z', 'America/Chicago')).toBe(utc(2026, 6, 10, 10));
    // 10:00+05:30 = 04:30Z.
    expect(ok('2026-06-10T10:00:00+05:30', 'America/Chicago')).toBe(utc(2026, 6, 10, 4, 30));
    // 10:00−06:00 = 16:00Z.
    expect(ok('2026-06-10T10:00:00-06:00', 'Asia/Kolkata')).toBe(utc(2026, 6, 10, 16));
    expect(ok('2026-06-10T10:00:00.250Z')).toBe(utc(2026, 6, 10, 10, 0, 0, 250));
  });

  it('reads zone-less local times in the source zone', () => {
    // 10:00 IST = 04:30Z.
    expect(ok('2026-06-10 10:00', 'Asia/Kolkata')).toBe(utc(2026, 6, 10, 4, 30));
    expect(ok('2026-06-10T10:00:00', 'Asia/Kolkata')).toBe(utc(2026, 6, 10, 4, 30));
    // 12:00 CDT = 17:00Z, 12:00 CST = 18:00Z.
    expect(ok('2026-07-01 12:00:00', 'America/Chicago')).toBe(utc(2026, 7, 1, 17));
    expect(ok('2026-01-05 12:00:00', 'America/Chicago')).toBe(utc(2026, 1, 5, 18));
    // A repeated local time reads as its first occurrence (06:30Z, CDT).
    expect(ok('2026-11-01 01:30', 'America/Chicago')).toBe(utc(2026, 11, 1, 6, 30));
  });

  it('rejects a local time inside a DST gap, saying so', () => {
    expect(reason('2026-03-08 02:30', 'America/Chicago')).toMatch(/DST/);
    expect(reason('2026-04-24T00:15:00', 'Africa/Cairo')).toMatch(/DST/);
    // The same wall time with an explicit offset is a real instant.
    expect(ok('2026-03-08T02:30:00-06:00', 'America/Chicago')).toBe(utc(2026, 3, 8, 8, 30));
  });

  it('rejects impossible dates and times', () => {
    for (const raw of [
      '2026-02-29 10:00', // 2026 is not a leap year
      '2026-04-31 10:00',
      '2026-13-01 10:00',
      '2026-00-10 10:00',
      '2026-06-00 10:00',
      '2026-06-10 24:00',
      '2026-06-10 10:60',
      '2026-06-10 10:00:60',
    ])
      expect(reason(raw, 'Asia/Kolkata')).toMatch(/impossible/);
    expect(ok('2028-02-29 10:00')).toBe(utc(2028, 2, 29, 10));
  });

  it('rejects text that is no time at all', () => {
    expect(reason('yesterday')).toMatch(/unreadable/);
    // Day or month first: which is not told by the text, so it is not guessed.
    expect(reason('10/06/2026')).toBe(
      'a date written day or month first (01/02/2026 is 1 February or 2 January): save the times as YYYY-MM-DD HH:MM',
    );
    expect(reason('')).toMatch(/empty/);
  });
});

describe('formatInstant', () => {
  it('writes a whole minute the same the first time and every time after, in each zone', () => {
    const minute = utc(2026, 3, 29, 12, 34);
    const zones = ['Africa/Cairo', 'America/Chicago', 'Asia/Kathmandu', 'UTC'];
    const first = zones.map((z) => formatInstant(z, minute));
    expect(first).toEqual([
      '2026-03-29T14:34:00+02:00',
      '2026-03-29T07:34:00-05:00',
      '2026-03-29T18:19:00+05:45',
      '2026-03-29T12:34:00+00:00',
    ]);
    expect(zones.map((z) => formatInstant(z, minute))).toEqual(first);
    // Seconds inside a minute are written to the second, not from the minute's text.
    expect(formatInstant('Africa/Cairo', minute + 59_999)).toBe('2026-03-29T14:34:59+02:00');
  });
});

describe('the wall time of an instant, in every zone the runtime knows', () => {
  // Every 6 days 5 h 7 min 11.25 s through 2026 and 2027, so the hours, minutes and
  // seconds vary and the summer-time changes of both hemispheres fall between samples;
  // then the engine's last year. (In 1970 a few zones still kept offsets with seconds,
  // Monrovia's −0:44:30, which an ISO offset cannot write.)
  const instants = [
    ...Array.from({ length: 120 }, (_, i) => utc(2025, 12, 20) + i * (6 * 86_400_000 + 18_431_250)),
    utc(2199, 12, 31, 23, 59, 59, 999),
  ];

  it('is the one the reference reads from the labelled parts of the zone rules', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.length).toBeGreaterThan(300);
    for (const zone of zones)
      for (const ms of instants)
        expect({ zone, ms, text: formatInstant(zone, ms) }).toEqual({ zone, ms, text: isoInZone(zone, ms) });
  });
});
