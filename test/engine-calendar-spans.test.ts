// Business time over long spans (SPEC §4 rule 12): the calendar answers from tables of
// whole dates, and must give the minutes, down to the last one, of a walk over every
// date's working hours, which is kept here as the reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BusinessCalendar, businessCalendar } from '../src/engine/calendar';
import { evaluate } from '../src/engine/evaluate';
import { PRESETS } from '../src/engine/presets';
import type { TicketRecord } from '../src/engine/tickets';
import { addDays, formatDate, localDate, MINUTE_MS, naiveMs } from '../src/engine/time';
import { toReport } from '../src/engine/to-report';

type LocalDay = { year: number; month: number; day: number };

/** Business minutes as a walk over every local date from a's to b's. */
function walkedMinutes(cal: BusinessCalendar, aMs: number, bMs: number): number {
  if (!(bMs > aMs)) return 0;
  let total = 0;
  const last = localDate(cal.zone, bMs);
  for (let day = localDate(cal.zone, aMs); naiveMs(day) <= naiveMs(last); day = addDays(day, 1))
    for (const i of cal.workingIntervals(day)) {
      const s = Math.max(i.startMs, aMs);
      const e = Math.min(i.endMs, bMs);
      if (e > s) total += e - s;
    }
  return total / MINUTE_MS;
}

function walkedNextBusinessDay(cal: BusinessCalendar, day: LocalDay): LocalDay {
  let d = addDays(day, 1);
  while (!cal.isBusinessDay(d)) d = addDays(d, 1);
  return d;
}

const DAY_MS = 86_400_000;
const YEAR_MS = 365 * DAY_MS;
const FROM = Date.UTC(1970, 0, 1);
const TO = Date.UTC(2200, 0, 1);
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

// Hours on the half hour reach into the DST gaps (02:30 in New York, 00:30 in Cairo) and
// both ends of the day (00:00, 24:00).
const weeklyArb = fc.array(
  fc
    .tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 47 }), fc.integer({ min: 1, max: 48 }))
    .filter(([, a, b]) => a < b)
    .map(([weekday, a, b]) => ({ weekday, from: clock(a * 30), to: clock(b * 30) })),
  { minLength: 1, maxLength: 6 },
);

const spanArb = fc
  .tuple(
    fc.integer({ min: FROM, max: TO - 1 }),
    fc.oneof(
      fc.integer({ min: 0, max: 10 * DAY_MS }),
      fc.integer({ min: 0, max: 60 * DAY_MS }),
      fc.integer({ min: 0, max: 3 * YEAR_MS }),
    ),
  )
  .map(([a, len]) => [Math.floor(a / MINUTE_MS) * MINUTE_MS, Math.min(TO - 1, a + len)] as const);

describe('business minutes over long spans equal the date-by-date walk', () => {
  for (const zone of ['America/New_York', 'Africa/Cairo', 'Asia/Kolkata']) {
    it(`in ${zone}, with holidays, on one calendar asked many spans`, () => {
      fc.assert(
        fc.property(
          weeklyArb,
          fc.array(spanArb, { minLength: 1, maxLength: 4 }),
          fc.array(fc.integer({ min: 0, max: 1200 }), { maxLength: 40 }),
          (weekly, spans, holidayOffsets) => {
            const anchor = localDate(zone, spans[0]![0]);
            const holidays = holidayOffsets.map((d) => formatDate(addDays(anchor, d)));
            const cal = businessCalendar(
              { timezone: zone, calendar: { weekly, holidayCountry: null, holidays: [] } },
              holidays,
            );
            for (const [a, b] of spans) {
              expect(cal.businessMinutesBetween(a, b)).toBe(walkedMinutes(cal, a, b));
              expect(cal.businessMinutesBetween(b, a)).toBe(0);
            }
            const day = localDate(zone, spans[0]![0]);
            expect(cal.nextBusinessDay(day)).toEqual(walkedNextBusinessDay(cal, day));
            let walked = day;
            for (let i = 0; i < 5; i++) walked = walkedNextBusinessDay(cal, walked);
            expect(cal.addBusinessDays(day, 5)).toEqual(walked);
          },
        ),
        { numRuns: 30 },
      );
    }, 300_000);
  }

  it('spans that start or end on DST days in New York and Cairo', () => {
    const cal = businessCalendar(
      {
        timezone: 'America/New_York',
        calendar: {
          weekly: [
            { weekday: 7, from: '00:00', to: '24:00' },
            { weekday: 1, from: '02:30', to: '17:00' },
          ],
          holidayCountry: null,
          holidays: [],
        },
      },
      [],
    );
    // Sunday 2026-03-08 loses 02:00-03:00, Sunday 2026-11-01 repeats 01:00-02:00.
    const springStart = Date.UTC(2026, 2, 8, 5);
    const fallStart = Date.UTC(2026, 10, 1, 4);
    for (const a of [springStart - DAY_MS, springStart, springStart + 7 * 3_600_000])
      for (const b of [fallStart, fallStart + 25 * 3_600_000, fallStart + 9 * DAY_MS])
        expect(cal.businessMinutesBetween(a, b)).toBe(walkedMinutes(cal, a, b));
  });
});

describe('tickets spanning the whole readable range', () => {
  it('50 P2 tickets answered 230 years after opening each count 32 400 720 business minutes', () => {
    // Clarus LIS works Sun-Thu 09:00-18:00 Cairo: 60 001 working days of 540 minutes
    // from Fri 1970-01-02 to Mon 2199-12-30, give or take the hours summer time moves.
    const tickets: TicketRecord[] = Array.from({ length: 50 }, (_, i) => ({
      id: `T${i}`,
      severity: 'P2',
      openedAtMs: Date.parse('1970-01-02T10:00:00Z'),
      firstResponseAtMs: Date.parse('2199-12-30T10:00:00Z'),
      resolvedAtMs: null,
      reportPublishedAtMs: null,
      source: 'tickets.csv',
      line: i + 2,
    }));
    const started = performance.now();
    const report = toReport(
      evaluate({
        policy: PRESETS['clarus-lis']!,
        monitors: [],
        exclusions: [],
        inputs: [],
        tickets,
        asOf: '2026-11-21',
      }),
    );
    expect(report.tickets.map((t) => t.elapsedMinutes)).toEqual(Array(50).fill(32_400_720));
    // A walk of the span per ticket takes minutes; the tables take about a second.
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 300_000);
});
