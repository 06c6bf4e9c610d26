// The command line against a naive reading of SPEC §4 rules 10–12 and the seeds' clauses
// (test/support/reference-deadlines.ts): claim deadlines, termination rights and ticket
// targets on each preset's business calendar, on generated inputs around business hours,
// weekends, holidays, deadlines and DST changes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport, TicketReport } from '../src/engine/report';
import {
  addDays,
  claimStatus,
  consecutiveMonths,
  localDate,
  localMidnight,
  type OracleCalendar,
  type OracleClaim,
  type OracleTarget,
  type OracleTicketOutcome,
  ticketOutcome,
} from './support/reference-deadlines';
import { firstMinuteAtWall } from './support/reference-oracle';
import { scratchFiles } from './support/scratch';

const MINUTE = 60_000;
const { file } = scratchFiles('sla-deadlines-');
let files = 0;

async function run(argv: string[], asOf: string): Promise<SlaReport> {
  return JSON.parse(
    await runSla(parseArgs([...argv, '--as-of', asOf]), new Date(`${asOf}T12:00:00Z`)),
  ) as SlaReport;
}

const MON_FRI = [1, 2, 3, 4, 5];

interface Preset {
  calendar: Omit<OracleCalendar, 'holidays'>;
  /** Response targets by normalised severity (SPEC §5 and the seeds' tables). */
  response: Record<string, OracleTarget>;
  resolution: Record<string, OracleTarget>;
  claim: OracleClaim | null;
  /** Flags the contract needs for its credits to be owed at all. */
  contract: string[];
}

const PRESET: Record<string, Preset> = {
  // "P0 … 15 minutes / Within 4 hours; P1 30 minutes / Within 24 hours; P2 2 hours / Within
  // 7 days; P3 Next business day / Sprint cycle"; "we proactively credit your account".
  medos: {
    calendar: { timezone: 'Asia/Kolkata', weekdays: MON_FRI, open: '09:00', close: '18:00' },
    response: {
      P0: { clock: '24x7', minutes: 15 },
      P1: { clock: '24x7', minutes: 30 },
      P2: { clock: '24x7', minutes: 120 },
      P3: { clock: 'business', nextBusinessDay: true },
    },
    resolution: {
      P0: { clock: '24x7', minutes: 240 },
      P1: { clock: '24x7', minutes: 1440 },
      P2: { clock: '24x7', minutes: 7 * 1440 },
    },
    claim: { kind: 'automatic' },
    contract: [],
  },
  // "Business Hours — 09:00 to 18:00 (GMT+2, Cairo time), Sunday through Thursday"; "P1 … 1
  // hour, 24×7"; "P2 … 4 Business Hours"; "P3 … 1 Business Day"; "P4 … 2 Business Days";
  // "within 30 days of the end of the month in which the Downtime occurred".
  'clarus-lis': {
    calendar: { timezone: 'Africa/Cairo', weekdays: [7, 1, 2, 3, 4], open: '09:00', close: '18:00' },
    response: {
      P1: { clock: '24x7', minutes: 60 },
      P2: { clock: 'business', minutes: 240 },
      P3: { clock: 'business', minutes: 540 },
      P4: { clock: 'business', minutes: 1080 },
    },
    resolution: {},
    claim: { kind: 'daysAfterPeriodEnd', days: 30 },
    contract: [],
  },
  // "09:00 to 18:00 Indian Standard Time on Monday to Friday"; "P1 within two (2) hours 24x7;
  // P2 eight (8) Working Hours; P3 twenty-four (24) Working Hours; P4 five (5) Working Days";
  // "within thirty (30) calendar days of the end of the affected month"; STARTER gets nothing.
  elevatefinance: {
    calendar: { timezone: 'Asia/Kolkata', weekdays: MON_FRI, open: '09:00', close: '18:00' },
    response: {
      P1: { clock: '24x7', minutes: 120 },
      P2: { clock: 'business', minutes: 480 },
      P3: { clock: 'business', minutes: 1440 },
      P4: { clock: 'business', minutes: 5 * 540 },
    },
    resolution: {},
    claim: { kind: 'daysAfterPeriodEnd', days: 30 },
    contract: ['--tier', 'GROWTH'],
  },
  // "0 < 1 hour; 1 < 1 hour; 2 < 1 business day; 3-4 < 2 business days"; SPEC §5: Mon–Fri 09–17.
  kipu: {
    calendar: { timezone: 'America/New_York', weekdays: MON_FRI, open: '09:00', close: '17:00' },
    response: {
      P0: { clock: '24x7', minutes: 60 },
      P1: { clock: '24x7', minutes: 60 },
      P2: { clock: 'business', minutes: 480 },
      P3: { clock: 'business', minutes: 960 },
      P4: { clock: 'business', minutes: 960 },
    },
    resolution: {},
    claim: null,
    contract: [],
  },
  // "within five (5) business days from date of incident it first believes entitles it to
  // receive a remedy"; "remedies … commencing upon thirty (30) days after the Effective Date".
  patientiq: {
    calendar: { timezone: 'America/Chicago', weekdays: MON_FRI, open: '09:00', close: '17:00' },
    response: {},
    resolution: {},
    claim: { kind: 'businessDaysAfterIncident', days: 5 },
    contract: ['--effective', '2025-01-01'],
  },
};

/** Stretches of days holding weekends and a DST change in the zone, with made-up holidays in them. */
const SPANS: Record<string, { from: string; days: number; holidays: string[] }[]> = {
  'Asia/Kolkata': [{ from: '2026-01-22', days: 12, holidays: ['2026-01-26', '2026-01-30'] }],
  'Africa/Cairo': [
    { from: '2026-10-25', days: 12, holidays: ['2026-11-01', '2026-10-26'] },
    { from: '2026-04-20', days: 10, holidays: ['2026-04-26'] },
  ],
  'America/New_York': [
    { from: '2026-10-28', days: 12, holidays: ['2026-11-02', '2026-11-06'] },
    { from: '2026-03-04', days: 9, holidays: ['2026-03-09'] },
  ],
  'America/Chicago': [{ from: '2026-10-28', days: 12, holidays: ['2026-11-02'] }],
};

const holidayFile = (dates: string[]) =>
  file(`holidays-${++files}.csv`, `date,name\n${dates.map((d) => `${d},Closed`).join('\n')}\n`);

/** The instant a local date and "HH:MM" name (the first, where a fall-back repeats it). */
const localAt = (zone: string, date: string, minuteOfDay: number) =>
  firstMinuteAtWall(zone, Date.parse(`${date}T00:00:00Z`) / MINUTE + minuteOfDay) * MINUTE;

const iso = (ms: number) => new Date(ms).toISOString();

// --- tickets

/** Around the edges of working hours, the small hours of DST nights, and anywhere. */
const openedAtArb = fc.oneof(
  fc.constantFrom(8 * 60 + 59, 9 * 60, 9 * 60 + 1, 16 * 60 + 59, 17 * 60, 17 * 60 + 1, 17 * 60 + 59, 18 * 60),
  fc.constantFrom(0, 30, 90, 150, 23 * 60 + 59),
  fc.integer({ min: 0, max: 1439 }),
);
const delayArb = fc.oneof(
  fc.constant(null),
  fc.constantFrom(14, 15, 16, 29, 30, 31, 59, 60, 61, 119, 120, 121, 239, 240, 241),
  fc.integer({ min: 1, max: 6 * 1440 }),
);

const ticketsArb = fc
  .constantFrom(...Object.keys(PRESET).filter((id) => Object.keys(PRESET[id]!.response).length > 0))
  .chain((preset) => {
    const spans = SPANS[PRESET[preset]!.calendar.timezone]!;
    const severities = Object.keys(PRESET[preset]!.response);
    return fc.record({
      preset: fc.constant(preset),
      span: fc.nat(spans.length - 1),
      asOfDay: fc.nat(spans[0]!.days + 2),
      tickets: fc.array(
        fc.record({
          severity: fc.constantFrom(...severities),
          label: fc.constantFrom('P', '', 'Sev ', 'Level '),
          day: fc.nat(spans[0]!.days - 1),
          at: openedAtArb,
          response: delayArb,
          resolution: delayArb,
        }),
        { minLength: 1, maxLength: 14 },
      ),
    });
  });

type TicketsCase = typeof ticketsArb extends fc.Arbitrary<infer T> ? T : never;

const outcomeOf = (t: TicketReport): OracleTicketOutcome => ({
  id: t.id,
  severity: t.severity,
  clock: t.clock,
  elapsedMinutes: t.elapsedMinutes,
  targetMinutes: t.targetMinutes,
  met: t.met,
  marginMinutes: t.marginMinutes,
  pending: t.pending,
});

const byId = (a: { id: string }, b: { id: string }) => Number(a.id.slice(1)) - Number(b.id.slice(1));

async function compareTickets(c: TicketsCase) {
  const preset = PRESET[c.preset]!;
  const zone = preset.calendar.timezone;
  const span = SPANS[zone]![c.span % SPANS[zone]!.length]!;
  const cal: OracleCalendar = { ...preset.calendar, holidays: span.holidays };
  const asOf = addDays(span.from, Math.min(c.asOfDay, span.days + 2));
  const endOfAsOf = localMidnight(zone, addDays(asOf, 1));
  // A time after the end of the asOf day has not happened yet on the report's date.
  const happened = (ms: number | null) => (ms !== null && ms < endOfAsOf ? ms : null);
  const tickets = c.tickets
    .map((t, i) => {
      const openedMs = localAt(zone, addDays(span.from, t.day), t.at);
      return {
        id: `T${i + 1}`,
        severity: t.severity,
        raw: `${t.label}${t.severity.slice(1)}`,
        openedMs,
        responseMs: happened(t.response === null ? null : openedMs + t.response * MINUTE),
        resolvedMs: happened(t.resolution === null ? null : openedMs + t.resolution * MINUTE),
      };
    })
    .filter((t) => t.openedMs < endOfAsOf);
  if (tickets.length === 0) return;
  const csv = `id,severity,opened_at,first_response_at,resolved_at\n${tickets
    .map(
      (t) =>
        `${t.id},${t.raw},${iso(t.openedMs)},${t.responseMs === null ? '' : iso(t.responseMs)},${t.resolvedMs === null ? '' : iso(t.resolvedMs)}`,
    )
    .join('\n')}\n`;
  const report = await run(
    [
      '--policy',
      c.preset,
      '--tickets',
      file(`tickets-${++files}.csv`, csv),
      '--holidays',
      holidayFile(span.holidays),
    ],
    asOf,
  );

  const expected = (targets: Record<string, OracleTarget>, done: 'responseMs' | 'resolvedMs') =>
    tickets
      .filter((t) => targets[t.severity])
      .map((t) =>
        ticketOutcome(
          cal,
          targets[t.severity]!,
          { id: t.id, severity: t.severity, openedMs: t.openedMs, doneMs: t[done] },
          asOf,
        ),
      );
  const responses = expected(preset.response, 'responseMs');
  const resolutions = expected(preset.resolution, 'resolvedMs');
  expect(report.inputs[0]!.skippedRows).toBe(0);
  expect(report.tickets.map(outcomeOf).sort(byId)).toEqual(responses);
  expect(report.resolutions.map(outcomeOf).sort(byId)).toEqual(resolutions);

  // "per severity: tickets decided, met, missed, pending, compliance % over decided tickets"
  const compliance = (kind: 'response' | 'resolution', outcomes: OracleTicketOutcome[]) =>
    [...new Set(outcomes.map((o) => o.severity))].sort().map((severity) => {
      const of = outcomes.filter((o) => o.severity === severity);
      const met = of.filter((o) => o.met === true).length;
      const missed = of.filter((o) => o.met === false).length;
      return {
        severity,
        kind,
        tickets: of.length,
        decided: met + missed,
        met,
        missed,
        pending: of.length - met - missed,
        compliancePercent: met + missed === 0 ? null : (100 * met) / (met + missed),
      };
    });
  expect(
    report.ticketCompliance
      .filter((s) => s.tickets > 0)
      .map(({ worstBreachMinutes: _, ...s }) => s)
      .sort((a, b) => (a.kind + a.severity < b.kind + b.severity ? -1 : 1)),
  ).toEqual([...compliance('resolution', resolutions), ...compliance('response', responses)]);
}

describe('ticket targets against a naive reading of rule 12', () => {
  it('agrees ticket by ticket around working hours, weekends, holidays and DST', async () => {
    await fc.assert(fc.asyncProperty(ticketsArb, compareTickets), { seed: 20_261_206, numRuns: 80 });
  }, 30_000);
});
