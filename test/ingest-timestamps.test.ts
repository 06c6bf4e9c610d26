// The one reader of timestamps (src/ingest/timestamps.ts) gives, for every text, what the
// regular expressions of SPEC §3 give (the oracle below, written independently of it):
// the same instant or the same reason. Read in place from a CSV cell's bytes it agrees with
// its own reading of the cell's text; its per-hour offset cache gives what localToUtc gives
// for every wall time, and its date arithmetic is Date.UTC's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_YEAR, isReadableInstant, LAST_YEAR, localToUtc, naiveMs } from '../src/engine/time';
import { CellTimeReader } from '../src/ingest/cell-times';
import { epochDay, httpDateMs, LocalClock, parseTimestamp, type TimeResult } from '../src/ingest/timestamps';

const ORACLE_ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;
const ORACLE_EPOCH = /^\d{1,16}(?:\.\d{1,9})?$/;
const possibleDate = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

/** SPEC §3's timestamps by regular expressions and Date.UTC, as the reading was first written. */
function oracle(raw: string, zone: string): TimeResult {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'empty time' };
  let ms: number;
  if (ORACLE_EPOCH.test(text)) {
    const value = Number(text);
    // A spreadsheet's serial date (days since 1900) is no epoch of the first months of 1970.
    if (value < 1e7)
      return {
        ok: false,
        reason:
          'a number below 10 000 000, too small for epoch seconds: a spreadsheet serial date? save the column formatted as a date and time',
      };
    ms = value >= 1e11 ? Math.round(value) : Math.round(value * 1000);
  } else {
    const m = ORACLE_ISO.exec(text);
    if (!m)
      return {
        ok: false,
        reason: /^\d{1,2}([./-])\d{1,2}\1\d{2,4}(?:$|[\sT,])/.test(text)
          ? 'a date written day or month first (01/02/2026 is 1 February or 2 January): save the times as YYYY-MM-DD HH:MM'
          : /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*[A-Za-z]{2,5}$/.test(text)
            ? "a zone's abbreviation (CST is three zones), not its offset: write the offset (+02:00), or leave it out and read the times in their zone"
            : 'unreadable time (expected a date and time, or epoch seconds or milliseconds)',
      };
    const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const millisecond = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
    if (!possibleDate(year, month, day) || hour > 23 || minute > 59 || second > 59)
      return { ok: false, reason: 'impossible time (no such date or time of day)' };
    const naive = naiveMs({ year, month, day, hour, minute, second, millisecond });
    const zoneText = m[8];
    if (zoneText && /^(z|utc)$/i.test(zoneText)) ms = naive;
    else if (zoneText) {
      const digits = zoneText.slice(1).replace(':', '');
      const offH = Number(digits.slice(0, 2));
      const offM = Number(digits.slice(2) || 0);
      if (offH > 23 || offM > 59)
        return { ok: false, reason: 'impossible offset (expected hours up to 23 and minutes up to 59)' };
      ms = naive - (zoneText[0] === '-' ? -1 : 1) * (offH * 60 + offM) * 60_000;
    } else {
      const utc = localToUtc(zone, naive);
      if (utc === null) return { ok: false, reason: `local time does not exist in ${zone} (DST gap)` };
      ms = utc;
    }
  }
  return isReadableInstant(ms)
    ? { ok: true, ms }
    : { ok: false, reason: `time outside the years ${FIRST_YEAR}–${LAST_YEAR}` };
}

const ZONES = [
  'UTC',
  'America/Chicago',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/Santiago',
  'Africa/Cairo',
  'Pacific/Chatham',
  'America/St_Johns',
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('the one reader of timestamps', () => {
  const piece = {
    date: fc
      .tuple(
        // Mostly around the readable years 1970–2199 and their edges, sometimes anywhere.
        fc.oneof(
          { arbitrary: fc.integer({ min: 1965, max: 2205 }), weight: 4 },
          { arbitrary: fc.integer({ min: 0, max: 9999 }), weight: 1 },
        ),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
    time: fc.option(
      fc
        .tuple(
          fc.constantFrom('T', ' ', 't'),
          fc.integer({ min: 0, max: 25 }),
          fc.integer({ min: 0, max: 61 }),
          fc.option(fc.integer({ min: 0, max: 61 })),
          fc.option(fc.stringMatching(/^[.,][0-9]{0,11}$/)),
        )
        .map(
          ([sep, h, m, s, frac]) => `${sep}${pad(h)}:${pad(m)}${s === null ? '' : `:${pad(s)}${frac ?? ''}`}`,
        ),
    ),
    space: fc.constantFrom('', ' ', '\t', '  '),
    zone: fc.option(
      fc.oneof(
        fc.constantFrom('Z', 'z', 'UTC', 'utc', '+', '-05:', 'GMT'),
        fc
          .tuple(
            fc.constantFrom('+', '-'),
            fc.integer({ min: 0, max: 25 }),
            fc.option(fc.integer({ min: 0, max: 61 })),
            fc.boolean(),
          )
          .map(
            ([sign, h, m, colon]) => `${sign}${pad(h)}${m === null ? '' : `${colon ? ':' : ''}${pad(m)}`}`,
          ),
      ),
    ),
  };
  const iso = fc
    .tuple(piece.space, piece.date, piece.time, piece.space, piece.zone, piece.space)
    .map(([a, date, time, b, zone, c]) => `${a}${date}${time ?? ''}${zone === null ? '' : b + zone}${c}`);
  const epoch = fc.oneof(
    fc.bigInt({ min: 0n, max: 10n ** 17n }).map(String),
    fc
      .tuple(fc.integer({ min: 0, max: 2e9 }), fc.stringMatching(/^[0-9]{1,12}$/))
      .map(([s, f]) => `${s}.${f}`),
  );
  const quoted = fc.oneof(iso, epoch).map((t) => `"${t}"`);
  // Exports' own forms with one character replaced: near misses of the fixed-place reader.
  const mutated = fc
    .tuple(
      fc.constantFrom(
        '2026-06-10T10:20:30.456Z',
        '2026-06-10T10:20:30Z',
        '2026-06-10 10:20:30',
        '2026-06-10T10:20',
      ),
      fc.nat(),
      fc.constantFrom(...'0123456789-:.,TZ +/x\u00e9'.split('')),
    )
    .map(([t, at, ch]) => t.slice(0, at % t.length) + ch + t.slice((at % t.length) + 1));

  const space = fc.constantFrom(' ', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028', '\u0085');
  const spaced = fc
    .tuple(fc.oneof(iso, epoch), space, fc.nat(), fc.boolean())
    .map(([t, s, at, edge]) =>
      edge ? `${s}${t}${s}` : t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1)),
    );
  const texts = fc.oneof(iso, epoch, mutated, spaced, fc.string({ maxLength: 30 }));

  it.each(ZONES)('gives what the regular expressions give, instant or reason, in %s', (zone) => {
    let answered = 0;
    fc.assert(
      fc.property(texts, (text) => {
        const expected = oracle(text, zone);
        if (expected.ok) answered++;
        expect(parseTimestamp(text, zone)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
    // The generators are meant to reach readable times often, not only the refusals.
    expect(answered).toBeGreaterThan(300);
  });

  it.each(ZONES)('reads a CSV cell in place as it reads its text, in %s', (zone) => {
    const reader = new CellTimeReader(zone);
    fc.assert(
      fc.property(fc.oneof(iso, epoch, quoted, mutated, fc.string({ maxLength: 30 })), (cell) => {
        const bytes = new TextEncoder().encode(cell);
        const fromBytes = reader.read(bytes, 0, bytes.length);
        const text = /^".*"$/s.test(cell) && !cell.slice(1, -1).includes('"') ? cell.slice(1, -1) : cell;
        const fromText = parseTimestamp(text, zone);
        // A cell the bytes cannot settle (quotes inside quotes) is read from its text.
        if (Number.isNaN(fromBytes)) expect(fromText.ok && !cell.startsWith('"')).toBe(false);
        else expect(fromText).toEqual({ ok: true, ms: fromBytes });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('an epoch with a long fraction', () => {
  // Half a million digits once overflowed the call stack instead of refusing the cell.
  const cell = `1772359230.${'0'.repeat(500_000)}`;
  const unreadable = {
    ok: false,
    reason: 'unreadable time (expected a date and time, or epoch seconds or milliseconds)',
  };

  it('is unreadable, as text and as a CSV cell', () => {
    expect(parseTimestamp(cell, 'UTC')).toEqual(unreadable);
    const bytes = new TextEncoder().encode(cell);
    expect(new CellTimeReader('UTC').read(bytes, 0, bytes.length)).toBeNaN();
  });

  it('is read up to nanoseconds, and refused from the tenth decimal', () => {
    expect(parseTimestamp('1772359230.123456789', 'UTC')).toEqual({ ok: true, ms: 1_772_359_230_123 });
    expect(parseTimestamp('1772359230.1234567890', 'UTC')).toEqual(unreadable);
  });
});

describe('LocalClock', () => {
  it.each(ZONES)('gives what localToUtc gives for wall times across 2026 in %s', (zone) => {
    const clock = new LocalClock(zone);
    const start = Date.UTC(2026, 0, 1);
    // 7-minute steps plus an odd second cross every hour and every DST change at many phases.
    for (let naive = start; naive < start + 366 * 86_400_000; naive += 7 * 60_000 + 1_001) {
      const expected = localToUtc(zone, naive) ?? Number.NaN;
      const actual = clock.toUtc(naive);
      if (!Object.is(actual, expected))
        expect({ zone, naive, actual }).toEqual({ zone, naive, actual: expected });
    }
  });
});

describe('epochDay', () => {
  it('is Date.UTC on every day from year 100 to 9999 (sampled) and around leap days', () => {
    for (let year = 100; year <= 9999; year += year < 2200 ? 1 : 37)
      for (const [month, day] of [
        [1, 1],
        [2, 28],
        [2, 29],
        [3, 1],
        [12, 31],
      ] as const) {
        const expected = new Date(0).setUTCFullYear(year, month - 1, day) / 86_400_000;
        expect(epochDay(year, month, day)).toBe(expected);
      }
  });
});

describe('the readable years', () => {
  it('reads 1970-01-01 to the end of 2199 and skips the rest with its reason', () => {
    expect(parseTimestamp('1970-01-01T00:00:00Z', 'UTC')).toEqual({ ok: true, ms: 0 });
    expect(parseTimestamp('2199-12-31T23:59:59.999Z', 'UTC')).toEqual({
      ok: true,
      ms: Date.UTC(2200, 0, 1) - 1,
    });
    for (const text of [
      '1969-12-31T23:59:59Z',
      '2200-01-01T00:00:00Z',
      '1970-01-01T00:30:00+01:00',
      '0100-01-01',
      '99999999999999',
    ])
      expect(parseTimestamp(text, 'UTC'), text).toEqual({
        ok: false,
        reason: 'time outside the years 1970–2199',
      });
  });
});

describe('dates a spreadsheet or a log writes in its own way', () => {
  const DAY_MONTH = {
    ok: false,
    reason:
      'a date written day or month first (01/02/2026 is 1 February or 2 January): save the times as YYYY-MM-DD HH:MM',
  };
  const ZONE_WORD = {
    ok: false,
    reason:
      "a zone's abbreviation (CST is three zones), not its offset: write the offset (+02:00), or leave it out and read the times in their zone",
  };

  it('are refused by what they are, never guessed', () => {
    for (const text of ['01/02/2026', '01.05.2026 00:00', '5/1/2026 2:30 PM', '31-12-26', '1.2.2026T10:00'])
      expect(parseTimestamp(text, 'Europe/Berlin'), text).toEqual(DAY_MONTH);
    for (const text of ['2026-05-01 00:00:00 CEST', '2026-05-01T00:00 EST', '2026-05-01 10:20:30.5 GMT'])
      expect(parseTimestamp(text, 'Europe/Berlin'), text).toEqual(ZONE_WORD);
    expect(parseTimestamp('2026-05-01 00:00:00 UTC', 'Europe/Berlin')).toEqual({
      ok: true,
      ms: Date.UTC(2026, 4, 1),
    });
  });
});

describe('a spreadsheet serial date', () => {
  const SERIAL = {
    ok: false,
    reason:
      'a number below 10 000 000, too small for epoch seconds: a spreadsheet serial date? save the column formatted as a date and time',
  };

  it('is refused with its reason, where it was read as a few hours into 1970', () => {
    // 46143.5 is noon on 1 May 2026 in Excel; as epoch seconds it was 1970-01-01T12:49:03.500Z.
    for (const text of ['46143.5', '46143', '45678.000694', '2958465', '0', '59', '9999999.999'])
      expect(parseTimestamp(text, 'UTC'), text).toEqual(SERIAL);
    const bytes = new TextEncoder().encode('46143.5');
    expect(new CellTimeReader('UTC').read(bytes, 0, bytes.length)).toBeNaN();
  });

  it('leaves epoch seconds from 26 April 1970 on, and milliseconds, as they were', () => {
    expect(parseTimestamp('10000000', 'UTC')).toEqual({ ok: true, ms: 1e10 });
    expect(parseTimestamp('1777593600', 'UTC')).toEqual({ ok: true, ms: Date.UTC(2026, 4, 1) });
    expect(parseTimestamp('1777593600000', 'UTC')).toEqual({ ok: true, ms: Date.UTC(2026, 4, 1) });
  });
});

describe('the HTTP Date header of a /metrics scrape', () => {
  it('is read as RFC 9110 writes it, and no impossible date rolls over into the next month', () => {
    expect(httpDateMs('Sun, 31 May 2026 21:05:07 GMT')).toBe(Date.UTC(2026, 4, 31, 21, 5, 7));
    expect(httpDateMs(' Sat, 29 Feb 2028 00:00:00 GMT ')).toBe(Date.UTC(2028, 1, 29));
    for (const text of [
      'Sun, 31 Feb 2026 21:05:07 GMT',
      'Sun, 31 May 2026 24:00:00 GMT',
      'Sun, 31 Mai 2026 21:05:07 GMT',
      'Sun, 31 May 2026 21:05:07 UTC',
      '2026-05-31T21:05:07Z',
    ])
      expect(httpDateMs(text), text).toBeNaN();
  });
});
