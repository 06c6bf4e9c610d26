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
  kipuIncidentMonths,
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

/**
 * Stretches of days holding weekends and a DST change in the zone, with made-up holidays in
 * them given as a holiday file, or the preset's own country's holidays (`builtIn`).
 */
const SPANS: Record<string, { from: string; days: number; holidays: string[]; builtIn?: true }[]> = {
  'Asia/Kolkata': [{ from: '2026-01-22', days: 12, holidays: ['2026-01-26', '2026-01-30'] }],
  'Africa/Cairo': [
    { from: '2026-10-25', days: 12, holidays: ['2026-11-01', '2026-10-26'] },
    { from: '2026-04-20', days: 10, holidays: ['2026-04-26'] },
    // Armed Forces Day, Tuesday 6 October, the only Egyptian public holiday in these days.
    { from: '2026-09-28', days: 12, holidays: ['2026-10-06'], builtIn: true },
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
    // With a severity the contract sets no target for, which no outcome lists.
    const severities = [...Object.keys(PRESET[preset]!.response), preset === 'medos' ? 'P4' : 'P0'].filter(
      (v, i, all) => all.indexOf(v) === i,
    );
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
          /** Seconds on the opening and the replies, as often as not. */
          seconds: fc.oneof(
            fc.constant<[number, number, number]>([0, 0, 0]),
            fc.tuple(fc.nat(59), fc.integer({ min: -59, max: 59 }), fc.nat(59)),
          ),
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
      const [opened, reply, resolve] = t.seconds.map((x) => x * 1000) as [number, number, number];
      const openedMs = localAt(zone, addDays(span.from, t.day), t.at) + opened;
      return {
        id: `T${i + 1}`,
        severity: t.severity,
        raw: `${t.label}${t.severity.slice(1)}`,
        openedMs,
        responseMs: happened(t.response === null ? null : openedMs + t.response * MINUTE + reply),
        resolvedMs: happened(t.resolution === null ? null : openedMs + t.resolution * MINUTE + resolve),
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
      ...(span.builtIn ? [] : ['--holidays', holidayFile(span.holidays)]),
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
  }, 300_000);
});

// --- claims

/** Months whose claim windows, or whose outages' business days, cross a DST change or a year end. */
const CLAIM_MONTHS: Record<string, { month: string; holidays: string[]; builtIn?: true }[]> = {
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
    // The built-in US federal holidays: Juneteenth, Independence Day observed on Friday 3 July,
    // Veterans Day, Thanksgiving (not the Friday after), Christmas.
    { month: '2026-06', holidays: ['2026-06-19', '2026-07-03'], builtIn: true },
    { month: '2026-11', holidays: ['2026-11-11', '2026-11-26', '2026-12-25'], builtIn: true },
  ],
};

const claimArb = fc
  .constantFrom(...Object.keys(PRESET).filter((id) => PRESET[id]!.claim !== null))
  .chain((preset) =>
    fc.record({
      preset: fc.constant(preset),
      month: fc.nat(4),
      // The last days of the month, Fridays before a DST Sunday, and anywhere.
      day: fc.oneof(fc.constantFrom(1, 6, 7, 27, 28), fc.integer({ min: 1, max: 28 })),
      at: openedAtArb,
      minutes: fc.integer({ min: 700, max: 1000 }),
      /** The asOf date, in days from the claim deadline's date: the day before the last day, the last day, the deadline's day, after. */
      asOf: fc.oneof(fc.constantFrom(-2, -1, 0, 1), fc.integer({ min: -40, max: 5 })),
      /** A contract the clause gives no credit: the STARTER tier, or a breach within 30 days of the effective date. */
      noCredit: fc.boolean(),
    }),
  );

type ClaimCase = typeof claimArb extends fc.Arbitrary<infer T> ? T : never;

async function compareClaim(c: ClaimCase) {
  const preset = PRESET[c.preset]!;
  const zone = preset.calendar.timezone;
  const months = CLAIM_MONTHS[zone]!;
  const { month, holidays, builtIn } = months[c.month % months.length]!;
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
  // "The STARTER tier … is not entitled to service credits"; "Customer shall have the remedies
  // under the SLA commencing upon thirty (30) days after the Effective Date".
  const without: Record<string, string[]> = {
    elevatefinance: ['--tier', 'STARTER'],
    patientiq: ['--effective', `${month}-01`],
  };
  const noCredit = c.noCredit && without[c.preset] !== undefined;
  const contract = noCredit ? without[c.preset]! : preset.contract;
  const report = await run(
    [
      '--policy',
      c.preset,
      '--states',
      file(`states-${++files}.csv`, states),
      ...(builtIn ? [] : ['--holidays', holidayFile(holidays)]),
      ...contract,
    ],
    asOf,
  );
  const p = report.periods.find((q) => q.label === month)!;
  expect(p.met).toBe(false);
  // "only periods with a credit above 0 get claimBy/claimStatus" (rule 14).
  expect({ claimBy: p.claimBy, claimStatus: p.claimStatus, claimDaysLeft: p.claimDaysLeft }).toEqual(
    noCredit
      ? { claimBy: null, claimStatus: null, claimDaysLeft: null }
      : claimStatus(cal, preset.claim!, period, asOf),
  );
}

describe('claim deadlines against a naive reading of rule 10 and the seeds', () => {
  it('agrees on the deadline and its status around it, across DST and year ends', async () => {
    await fc.assert(fc.asyncProperty(claimArb, compareClaim), {
      seed: 20_261_207,
      numRuns: 120,
      examples: [
        // An outage from Thursday 29 October 23:59 CDT is first counted on Friday, after the
        // night's window: the incident's date is the Thursday it began.
        [{ preset: 'patientiq', month: 1, day: 29, at: 1439, minutes: 700, asOf: 0, noCredit: false }],
        [{ preset: 'patientiq', month: 1, day: 29, at: 1439, minutes: 700, asOf: -1, noCredit: false }],
        // Business days on the built-in US list: Friday 3 July (Independence Day observed),
        // Veterans Day, Thanksgiving.
        ...[27].map((day) => [
          { preset: 'patientiq', month: 3, day, at: 600, minutes: 700, asOf: 0, noCredit: false },
        ]),
        ...[9, 24].map((day) => [
          { preset: 'patientiq', month: 4, day, at: 600, minutes: 700, asOf: 0, noCredit: false },
        ]),
        // September's window in Cairo ends on 30 October, across the fall-back of the 29th.
        [{ preset: 'clarus-lis', month: 0, day: 27, at: 600, minutes: 700, asOf: 0, noCredit: false }],
        [{ preset: 'clarus-lis', month: 0, day: 27, at: 600, minutes: 700, asOf: -1, noCredit: false }],
      ],
    });
  }, 300_000);
});

// --- termination

interface TerminationRule {
  months: string[];
  /** Outages of these lengths are what the rule counts; the others are not. */
  counted: { min: number; max: number };
  uncounted: { min: number; max: number; most: number };
  /** How many counted outages make a month count, and how many consecutive months trigger the rule. */
  perMonth: number;
  consecutive: number;
  noticeDays: number | null;
}

const TERMINATION: Record<string, TerminationRule> = {
  // "Repeated breaches (three or more consecutive months below target) entitle you to
  // terminate": 99.9 % of a month is missed from 45 down minutes, whatever the month's length.
  'clarus-lis': {
    months: ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11'],
    counted: { min: 100, max: 600 },
    // Two such outages could add up to a missed month.
    uncounted: { min: 1, max: 40, most: 1 },
    perMonth: 1,
    consecutive: 3,
    noticeDays: null,
  },
  // "If Customer submits one or more validated SLA claims under this SLA in each of three (3)
  // consecutive calendar months …, Customer may terminate the Agreement upon thirty (30) days
  // written notice": a month with a credit is a claim; the notice is how long termination
  // takes, not a time limit for giving it. A 700-minute outage misses 99.1 % of any month's
  // time outside the nightly window; a 100-minute one does not.
  patientiq: {
    months: ['2026-02', '2026-03', '2026-04', '2026-05', '2026-06'],
    counted: { min: 700, max: 1000 },
    uncounted: { min: 1, max: 100, most: 1 },
    perMonth: 1,
    consecutive: 3,
    noticeDays: null,
  },
  // "three (3) Level 0 Unplanned Service Interruptions in any single calendar month for two (2)
  // consecutive calendar months, … by notifying Kipu within five (5) days following the end of
  // the second consecutive calendar month"; Level 0 is "a continuous period lasting greater than
  // fifteen (15) minutes".
  kipu: {
    months: ['2026-09', '2026-10', '2026-11', '2026-12'],
    counted: { min: 16, max: 90 },
    uncounted: { min: 1, max: 15, most: 2 },
    perMonth: 3,
    consecutive: 2,
    noticeDays: 5,
  },
};

const terminationArb = fc.constantFrom(...Object.keys(TERMINATION)).chain((preset) =>
  fc.record({
    preset: fc.constant(preset),
    months: fc.array(
      fc.record({
        counted: fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 5 }),
        uncounted: fc.array(fc.integer({ min: 0, max: 1000 }), {
          maxLength: TERMINATION[preset]!.uncounted.most,
        }),
        /** No rows at all (no outages either): the month is not reported. */
        quiet: fc.boolean(),
      }),
      { minLength: TERMINATION[preset]!.months.length, maxLength: TERMINATION[preset]!.months.length },
    ),
    asOf: fc.oneof(fc.constantFrom(-2, -1, 0, 1), fc.integer({ min: 0, max: 60 })),
  }),
);

type TerminationCase = typeof terminationArb extends fc.Arbitrary<infer T> ? T : never;

async function compareTermination(c: TerminationCase) {
  const rule = TERMINATION[c.preset]!;
  const zone = PRESET[c.preset]!.calendar.timezone;
  const rows: [number, string][] = [];
  const months = rule.months.map((label, i) => {
    const plan = c.months[i]!;
    if (plan.quiet) return { label, hit: false };
    // One outage a day from the 2nd, each starting at 10:00 local.
    const lengths = [
      ...plan.counted.map((r) => rule.counted.min + (r % (rule.counted.max - rule.counted.min + 1))),
      ...plan.uncounted.map((r) => rule.uncounted.min + (r % (rule.uncounted.max - rule.uncounted.min + 1))),
    ];
    rows.push([localAt(zone, `${label}-01`, 12 * 60), 'up']);
    lengths.forEach((minutes, k) => {
      const startMs = localAt(zone, `${label}-${String(k + 2).padStart(2, '0')}`, 10 * 60);
      rows.push([startMs, 'down'], [startMs + minutes * MINUTE, 'up']);
    });
    return { label, hit: plan.counted.length >= rule.perMonth };
  });
  // Around the last right's notice deadline, where there is one, once every row has happened.
  const noticeBy = consecutiveMonths(zone, months, rule.consecutive, rule.noticeDays, '2027-01-01').at(
    -1,
  )!.noticeBy;
  if (rows.length === 0) return;
  const lastRow = localDate(zone, Math.max(...rows.map(([ms]) => ms)));
  const asOf = addDays(noticeBy === null ? lastRow : localDate(zone, Date.parse(noticeBy)), c.asOf);
  if (asOf < lastRow) return;
  const states = `time,status\n${rows.map(([ms, s]) => `${iso(ms)},${s}`).join('\n')}\n`;
  const report = await run(['--policy', c.preset, '--states', file(`months-${++files}.csv`, states)], asOf);
  expect(report.termination.map(({ rule: _, ...t }) => t)).toEqual(
    consecutiveMonths(zone, months, rule.consecutive, rule.noticeDays, asOf),
  );
}

describe('termination rights against a naive reading of rule 11 and the seeds', () => {
  it('agrees on whether a right is triggered, by which months, and its notice deadline', async () => {
    await fc.assert(fc.asyncProperty(terminationArb, compareTermination), {
      seed: 20_261_208,
      numRuns: 100,
      examples: [-1, 0].map((asOf) => [
        // Three Level 0 in September and October: notice by the end of 5 November, across the fall-back of the 1st.
        {
          preset: 'kipu',
          months: [[0, 0, 0], [5, 6, 7], [], [1]].map((counted) => ({ counted, uncounted: [3] })),
          asOf,
        },
      ]),
    });
  }, 300_000);
});

// --- Kipu's incident credits

const YEAR_2026 = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

const incidentsArb = fc.record({
  months: fc.array(
    fc.array(
      fc.record({
        day: fc.integer({ min: 1, max: 27 }),
        at: openedAtArb,
        minutes: fc.oneof(
          fc.constantFrom(15, 16, 43, 44, 45, 60, 179, 180, 181, 359, 360),
          fc.integer({ min: 1, max: 200 }),
        ),
      }),
      { maxLength: 6 },
    ),
    { minLength: 4, maxLength: 4 },
  ),
  /** Level 0 and 1 tickets: in a month, some minutes after one of its outages starts, open for a while. */
  tickets: fc.array(
    fc.record({
      severity: fc.constantFrom('P0' as const, 'P1' as const),
      month: fc.nat(3),
      outage: fc.nat(5),
      after: fc.oneof(fc.constantFrom(-1, 0, 1, 15, 16), fc.integer({ min: -600, max: 3000 })),
      minutes: fc.option(fc.oneof(fc.constantFrom(43, 44, 180, 240), fc.integer({ min: 1, max: 600 }))),
    }),
    { maxLength: 6 },
  ),
  fee: fc.constantFrom(500, 1234),
  asOf: fc.oneof(fc.constantFrom(-1, 0, 1), fc.integer({ min: -20, max: 40 })),
});

async function compareIncidents(c: typeof incidentsArb extends fc.Arbitrary<infer T> ? T : never) {
  const zone = 'America/New_York';
  const months = ['2026-02', '2026-03', '2026-10', '2026-11'];
  // One outage a day at most; a later one on a day already taken moves to the next free day.
  const outages: { startMs: number; endMs: number }[] = [];
  const byMonth: { startMs: number; endMs: number }[][] = months.map(() => []);
  c.months.forEach((plan, i) => {
    const taken = new Set<number>();
    for (const o of plan) {
      let day = o.day;
      while (taken.has(day)) day = (day % 27) + 1;
      taken.add(day);
      const startMs = localAt(zone, `${months[i]}-${String(day).padStart(2, '0')}`, o.at);
      byMonth[i]!.push({ startMs, endMs: startMs + o.minutes * MINUTE });
    }
  });
  outages.push(...byMonth.flat());
  const tickets = c.tickets.flatMap((t) => {
    const near = byMonth[t.month]![t.outage % Math.max(byMonth[t.month]!.length, 1)];
    const openedMs = (near?.startMs ?? localAt(zone, `${months[t.month]}-14`, 600)) + t.after * MINUTE;
    // Kept inside its month, so the month it counts in is the one it was planned for.
    if (!localDate(zone, openedMs).startsWith(months[t.month]!)) return [];
    return [
      {
        severity: t.severity,
        openedMs,
        resolvedMs: t.minutes === null ? null : openedMs + t.minutes * MINUTE,
      },
    ];
  });
  if (outages.length + tickets.length === 0) return;
  outages.sort((a, b) => a.startMs - b.startMs);
  const first = kipuIncidentMonths(zone, YEAR_2026, outages, tickets, c.fee, '2027-01-01').find(
    (m) => m.claimBy,
  )?.claimBy;
  const lastEnd = localDate(
    zone,
    Math.max(...outages.map((o) => o.endMs), ...tickets.map((t) => t.resolvedMs ?? t.openedMs)),
  );
  const asOf = addDays(first ? localDate(zone, Date.parse(first)) : lastEnd, c.asOf);
  if (asOf < lastEnd) return;
  // A check in January reports the year even where the tickets are the only incidents: a
  // period is reported from the monitoring inputs' rows, not from tickets (rule 14).
  const states = `time,status\n${[
    `${iso(localAt(zone, '2026-01-05', 600))},up`,
    ...outages.map((o) => `${iso(o.startMs)},down\n${iso(o.endMs)},up`),
  ].join('\n')}\n`;
  const ticketCsv = `id,severity,opened_at,first_response_at,resolved_at\n${tickets
    .map(
      (t, i) =>
        `K${i + 1},${t.severity},${iso(t.openedMs)},,${t.resolvedMs === null ? '' : iso(t.resolvedMs)}`,
    )
    .join('\n')}\n`;
  const expected = kipuIncidentMonths(zone, YEAR_2026, outages, tickets, c.fee, asOf);
  const report = await run(
    [
      '--policy',
      'kipu',
      '--states',
      file(`level0-${++files}.csv`, states),
      ...(tickets.length ? ['--tickets', file(`incidents-${++files}.csv`, ticketCsv)] : []),
      '--fee',
      String(c.fee),
      '--currency',
      'USD',
    ],
    asOf,
  );
  expect(
    report.incidentCredits.map((m) => ({
      label: m.label,
      levels: m.levels,
      percent: m.percent,
      amount: m.amount,
      eligibleAt: m.eligibleAt,
      claimBy: m.claimBy,
      claimStatus: m.claimStatus,
      claimDaysLeft: m.claimDaysLeft,
    })),
  ).toEqual(expected);
  // The termination right counts the same Level 0 interruptions, tickets among them.
  const hits = expected.map((m) => ({ label: m.label, hit: m.levels[0]!.incidents >= 3 }));
  expect(report.termination.map(({ rule: _, ...t }) => t)).toEqual(consecutiveMonths(zone, hits, 2, 5, asOf));
}

describe("Kipu's incident credits against a naive reading of its schedule", () => {
  it('agrees month by month on Level 0 and 1 incidents, credits, their claim windows and the termination right', async () => {
    await fc.assert(fc.asyncProperty(incidentsArb, compareIncidents), { seed: 20_261_209, numRuns: 150 });
  }, 300_000);
});
