// The byte reader of timestamps never disagrees with the string reader: where it answers
// at all it gives the same instant, its per-hour offset cache gives what localToUtc
// gives for every wall time, and its date arithmetic is Date.UTC's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localToUtc } from '../src/engine/time';
import { epochDay, LocalClock, TimeReader } from '../src/ingest/scan-time';
import { parseTimestamp } from '../src/ingest/timestamps';

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

describe('the byte reader agrees with parseTimestamp', () => {
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
      .tuple(fc.integer({ min: 0, max: 2e9 }), fc.stringMatching(/^[0-9]{1,4}$/))
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

  it.each(ZONES)('in %s', (zone) => {
    const reader = new TimeReader(zone);
    let answered = 0;
    fc.assert(
      fc.property(fc.oneof(iso, epoch, quoted, mutated, fc.string({ maxLength: 30 })), (text) => {
        const bytes = new TextEncoder().encode(text);
        const fromBytes = reader.read(bytes, 0, bytes.length);
        if (Number.isNaN(fromBytes)) return;
        answered++;
        const cell = text.startsWith('"') ? text.slice(1, -1) : text;
        expect(parseTimestamp(cell, zone)).toEqual({ ok: true, ms: fromBytes });
      }),
      { numRuns: 3000 },
    );
    // The generators are meant to reach the fast answers often, not only the refusals.
    expect(answered).toBeGreaterThan(300);
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
  it('reads 1970-01-01 to the end of 2199 and skips the rest with its reason', async () => {
    const { parseTimestamp } = await import('../src/ingest/timestamps');
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
