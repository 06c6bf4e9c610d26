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

// --- claims

/** Months whose claim windows, or whose outages' business days, cross a DST change or a year end. */
const CLAIM_MONTHS: Record<string, { month: string; holidays: string[] }[]> = {
  'Asia/Kolkata': [
    { month: '2026-03', holidays: [] },
    { month: '2026-12', holidays: [] },
  ],
  'Africa/Cairo': [
    { month: '2026-09', holidays: ['2026-10-06'] },
    { month: '2026-03', holidays: [] },
    { month: '2026-10', holidays: [] },
  ],
  'America/Chicago': [
    { month: '2026-03', holidays: ['2026-03-09'] },
    { month: '2026-10', holidays: ['2026-11-02'] },
    { month: '2026-12', holidays: ['2026-12-25', '2027-01-01'] },
  ],
};

const claimArb = fc
  .constantFrom(...Object.keys(PRESET).filter((id) => PRESET[id]!.claim !== null))
  .chain((preset) =>
    fc.record({
      preset: fc.constant(preset),
      month: fc.nat(2),
      // The last days of the month, Fridays before a DST Sunday, and anywhere.
      day: fc.oneof(fc.constantFrom(1, 6, 7, 27, 28), fc.integer({ min: 1, max: 28 })),
      at: openedAtArb,
      minutes: fc.integer({ min: 700, max: 1000 }),
      /** The asOf date, in days from the claim deadline's date: the day before the last day, the last day, the deadline's day, after. */
      asOf: fc.oneof(fc.constantFrom(-2, -1, 0, 1), fc.integer({ min: -40, max: 5 })),
    }),
  );

type ClaimCase = typeof claimArb extends fc.Arbitrary<infer T> ? T : never;

async function compareClaim(c: ClaimCase) {
  const preset = PRESET[c.preset]!;
  const zone = preset.calendar.timezone;
  const months = CLAIM_MONTHS[zone]!;
  const { month, holidays } = months[c.month % months.length]!;
  const cal: OracleCalendar = { ...preset.calendar, holidays };
  const startMs = localAt(zone, `${month}-${String(c.day).padStart(2, '0')}`, c.at);
  const endMs = startMs + c.minutes * MINUTE;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  const period = { endMs: localMidnight(zone, next), incidentMs: startMs };
  const deadline = claimStatus(cal, preset.claim!, period, next).claimBy;
  const asOf = addDays(deadline === null ? next : localDate(zone, Date.parse(deadline)), c.asOf);
  if (asOf < localDate(zone, endMs)) return;
  const states = `time,status\n${iso(startMs)},down\n${iso(endMs)},up\n`;
  const report = await run(
    [
      '--policy',
      c.preset,
      '--states',
      file(`states-${++files}.csv`, states),
      '--holidays',
      holidayFile(holidays),
      ...preset.contract,
    ],
    asOf,
  );
  const p = report.periods.find((q) => q.label === month)!;
  expect(p.met).toBe(false);
  expect({ claimBy: p.claimBy, claimStatus: p.claimStatus, claimDaysLeft: p.claimDaysLeft }).toEqual(
    claimStatus(cal, preset.claim!, period, asOf),
  );
}

describe('claim deadlines against a naive reading of rule 10 and the seeds', () => {
  it('agrees on the deadline and its status around it, across DST and year ends', async () => {
    await fc.assert(fc.asyncProperty(claimArb, compareClaim), {
      seed: 20_261_207,
      numRuns: 60,
      examples: [
        // An outage from Thursday 29 October 23:59 CDT is first counted on Friday, after the
        // night's window: the incident's date is the Thursday it began.
        [{ preset: 'patientiq', month: 1, day: 29, at: 1439, minutes: 700, asOf: 0 }],
        [{ preset: 'patientiq', month: 1, day: 29, at: 1439, minutes: 700, asOf: -1 }],
        // September's window in Cairo ends on 30 October, across the fall-back of the 29th.
        [{ preset: 'clarus-lis', month: 0, day: 27, at: 600, minutes: 700, asOf: 0 }],
        [{ preset: 'clarus-lis', month: 0, day: 27, at: 600, minutes: 700, asOf: -1 }],
      ],
    });
  }, 30_000);
});
