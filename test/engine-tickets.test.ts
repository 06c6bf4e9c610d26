// Response times on business calendars and Kipu's incident credits (SPEC rules 9, 11, 12),
// with every expectation computed by hand in the comments.
import { describe, expect, it } from 'vitest';
import { businessCalendar, CalendarError } from '../src/engine/calendar';
import { OUTCOME_UP } from '../src/engine/check-outcomes';
import { evaluate } from '../src/engine/evaluate';
import type { ProbeMinutes } from '../src/engine/observations';
import { effectivePolicy, type Policy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { normaliseSeverity, type TicketRecord } from '../src/engine/tickets';
import { toReport } from '../src/engine/to-report';

const at = (iso: string) => Date.parse(iso);
let seq = 0;
const ticket = (
  severity: string,
  opened: string,
  response: string | null,
  resolved: string | null = null,
): TicketRecord => ({
  id: `T${++seq}`,
  severity,
  openedAtMs: at(opened),
  firstResponseAtMs: response === null ? null : at(response),
  resolvedAtMs: resolved === null ? null : at(resolved),
  reportPublishedAtMs: null,
  source: 'tickets.csv',
  line: seq + 1,
});

/** One up check, so the period holding it is reported. */
const oneCheck = (iso: string): ProbeMinutes => {
  const minute = Math.floor(at(iso) / 60_000);
  return {
    monitor: 'site',
    kind: 'probes',
    firstMinute: minute,
    spanMinutes: 1,
    classes: [{ outcome: OUTCOME_UP, offsets: null, counts: Uint16Array.of(1) }],
    medianGapMsTimes2: null,
    holdMinutesOverride: null,
  };
};

function run(policy: Policy, tickets: TicketRecord[], asOf: string, monitors: ProbeMinutes[] = []) {
  return toReport(evaluate({ policy, monitors, exclusions: [], inputs: [], tickets, asOf }));
}

const withHolidays = (id: string, dates: string[]): Policy => {
  const p = structuredClone(PRESETS[id]!);
  p.calendar.holidays = dates.map((date) => ({ date, name: 'holiday' }));
  return p;
};

describe('severity labels', () => {
  it.each([
    ['P2', 'P2'],
    ['2', 'P2'],
    ['Sev 1', 'P1'],
    ['sev-3', 'P3'],
    ['Level 0', 'P0'],
    ['Critical', 'P1'],
    ['urgent!', null],
  ])('%s → %s', (raw, expected) => expect(normaliseSeverity(raw)).toBe(expected));
});

describe('Clarus LIS (Sun–Thu 09–18 Cairo)', () => {
  it('a P2 opened Thursday 17:30 with 4 business hours is due Sunday 12:30', () => {
    const cal = businessCalendar(effectivePolicy(PRESETS['clarus-lis']!));
    // Thursday 17:30–18:00 = 30 min; Sunday 09:00 + 210 min = 12:30.
    expect(cal.addBusinessMinutes(at('2026-11-05T17:30:00+02:00'), 240)).toBe(
      at('2026-11-08T12:30:00+02:00'),
    );
    const r = run(
      PRESETS['clarus-lis']!,
      [
        ticket('P2', '2026-11-05T17:30:00+02:00', '2026-11-08T12:30:00+02:00'),
        ticket('P2', '2026-11-05T17:30:00+02:00', '2026-11-08T12:31:00+02:00'),
      ],
      '2026-11-21',
    );
    expect(
      r.tickets.map((t) => [t.clock, t.elapsedMinutes, t.targetMinutes, t.met, t.marginMinutes]),
    ).toEqual([
      ['business', 240, 240, true, 0],
      ['business', 241, 240, false, -1],
    ]);
  });

  it('carries the instants and the working-day length of a business clock to the evaluation, not to the report', () => {
    const e = evaluate({
      policy: PRESETS['clarus-lis']!,
      monitors: [],
      exclusions: [],
      inputs: [],
      tickets: [
        ticket('P1', '2026-11-01T10:00:00+02:00', '2026-11-01T10:40:00+02:00'),
        ticket('P2', '2026-11-01T10:00:00+02:00', '2026-11-01T12:00:00+02:00'),
        ticket('P4', '2026-11-01T10:00:00+02:00', '2026-11-05T10:00:00+02:00'),
      ],
      asOf: '2026-11-21',
    });
    // Sun–Thu 09:00–18:00: a working day is 540 minutes; the P4's 2 business days are 1 080.
    // The P2's "4 business hours" read in hours: no working day to count them in.
    expect(e.tickets.map((t) => [t.severity, t.clock, t.targetMinutes, t.workingDayMinutes])).toEqual([
      ['P1', '24x7', 60, null],
      ['P2', 'business', 240, 0],
      ['P4', 'business', 1080, 540],
    ]);
    // The ticket's own instants, for the tables' opened and answered times.
    expect(e.tickets[2]).toMatchObject({
      openedAtMs: at('2026-11-01T10:00:00+02:00'),
      firstResponseAtMs: at('2026-11-05T10:00:00+02:00'),
      resolvedAtMs: null,
    });
    expect(e.ticketCompliance.map((c) => [c.severity, c.workingDayMinutes])).toEqual([
      ['P1', null],
      ['P2', 0],
      ['P4', 540],
    ]);
    const report = toReport(e);
    expect(Object.keys(report.tickets[2]!)).toEqual([
      'id',
      'severity',
      'clock',
      'elapsedMinutes',
      'targetMinutes',
      'met',
      'marginMinutes',
      'pending',
    ]);
    expect('workingDayMinutes' in report.ticketCompliance[2]!).toBe(false);
  });

  it('a P3 (1 business day = 540 min) skips an Egyptian public holiday', () => {
    // Mon 2026-10-05 17:00–18:00 = 60; Tue 10-06 Armed Forces Day; Wed 09:00 + 480 = 17:00.
    const r = run(
      withHolidays('clarus-lis', ['2026-10-06']),
      [
        ticket('P3', '2026-10-05T17:00:00+03:00', '2026-10-07T16:59:00+03:00'),
        ticket('P3', '2026-10-05T17:00:00+03:00', '2026-10-07T17:01:00+03:00'),
      ],
      '2026-11-21',
    );
    expect(r.tickets.map((t) => [t.elapsedMinutes, t.targetMinutes, t.met])).toEqual([
      [539, 540, true],
      [541, 540, false],
    ]);
  });

  it('an unanswered P1 is pending within its hour and missed once the asOf day passes it', () => {
    const open = [ticket('P1', '2026-11-20T23:30:00+02:00', null)];
    // Measured to the end of 2026-11-20: 30 minutes of 60.
    expect(run(PRESETS['clarus-lis']!, open, '2026-11-20').tickets[0]).toMatchObject({
      elapsedMinutes: 30,
      met: null,
      pending: true,
    });
    // To the end of 2026-11-21: 24 h 30 min.
    expect(run(PRESETS['clarus-lis']!, open, '2026-11-21').tickets[0]).toMatchObject({
      elapsedMinutes: 1470,
      met: false,
      pending: true,
    });
  });

  // Jira exports times to the millisecond: a response 0.2 s past the hour missed its target,
  // and the figures say so rather than 60 of 60 with no breach.
  it('a response a fraction of a second late reads past its target, and one exactly on time on it', () => {
    const r = run(
      PRESETS['clarus-lis']!,
      [
        ticket('P1', '2026-11-01T10:00:00+02:00', '2026-11-01T11:00:00.200+02:00'),
        ticket('P1', '2026-11-02T10:00:00+02:00', '2026-11-02T11:00:00.000+02:00'),
        ticket('P1', '2026-11-03T10:00:00+02:00', '2026-11-03T10:59:59.999+02:00'),
      ],
      '2026-11-20',
    );
    expect(r.tickets.map((t) => [t.elapsedMinutes, t.targetMinutes, t.marginMinutes, t.met])).toEqual([
      [60.01, 60, -0.01, false],
      [60, 60, 0, true],
      [60, 60, 0, true],
    ]);
    expect(r.ticketCompliance[0]).toMatchObject({ met: 2, missed: 1, worstBreachMinutes: 0.01 });
  });

  it('compliance per severity counts decided tickets only', () => {
    const r = run(
      PRESETS['clarus-lis']!,
      [
        ticket('P1', '2026-11-01T10:00:00+02:00', '2026-11-01T10:40:00+02:00'),
        ticket('P1', '2026-11-02T10:00:00+02:00', '2026-11-02T11:30:00+02:00'),
        ticket('P1', '2026-11-20T23:30:00+02:00', null),
      ],
      '2026-11-20',
    );
    expect(r.ticketCompliance).toEqual([
      {
        severity: 'P1',
        kind: 'response',
        tickets: 3,
        decided: 2,
        met: 1,
        missed: 1,
        pending: 1,
        compliancePercent: 50,
        worstBreachMinutes: 30,
      },
    ]);
  });
});

describe('Kipu (Mon–Fri 09–17 New York)', () => {
  it('a Level 0 response across the spring-forward change is measured in elapsed time', () => {
    // 01:30 EST = 06:30Z, 03:20 EDT = 07:20Z: 50 minutes, though the wall clocks differ by 110.
    const r = run(
      PRESETS.kipu!,
      [ticket('P0', '2026-03-08T01:30:00-05:00', '2026-03-08T03:20:00-04:00')],
      '2026-11-21',
    );
    expect(r.tickets[0]).toMatchObject({ clock: '24x7', elapsedMinutes: 50, targetMinutes: 60, met: true });
  });

  it('a Level 2 business day runs over the fall-back weekend', () => {
    // Fri 2026-10-30 16:00–17:00 EDT = 60; Mon 11-02 09:00 EST + 420 = 16:00 EST.
    const r = run(
      PRESETS.kipu!,
      [ticket('P2', '2026-10-30T16:00:00-04:00', '2026-11-02T16:00:00-05:00')],
      '2026-11-21',
    );
    expect(r.tickets[0]).toMatchObject({
      clock: 'business',
      elapsedMinutes: 480,
      targetMinutes: 480,
      met: true,
    });
  });
});

describe('MedOS P3 "next business day"', () => {
  it('opened Friday evening, due at Monday’s close', () => {
    // Friday after 18:00 adds nothing; Monday 09:00–18:00 is the 540-minute target.
    const r = run(
      PRESETS.medos!,
      [
        ticket('P3', '2026-11-06T19:00:00+05:30', '2026-11-09T17:59:00+05:30'),
        ticket('P3', '2026-11-06T19:00:00+05:30', '2026-11-10T09:30:00+05:30'),
      ],
      '2026-11-21',
    );
    expect(r.tickets.map((t) => [t.elapsedMinutes, t.targetMinutes, t.met])).toEqual([
      [539, 540, true],
      [570, 540, false],
    ]);
  });

  it('measures resolution targets too', () => {
    // P0: resolve within 4 h, 24x7.
    const r = run(
      PRESETS.medos!,
      [ticket('P0', '2026-11-06T10:00:00+05:30', '2026-11-06T10:10:00+05:30', '2026-11-06T14:30:00+05:30')],
      '2026-11-21',
    );
    expect(r.resolutions[0]).toMatchObject({
      clock: '24x7',
      elapsedMinutes: 270,
      targetMinutes: 240,
      met: false,
    });
  });
});

describe('ElevateFinance P4 (5 Working Days of 540 minutes)', () => {
  it('spans a weekend and Republic Day', () => {
    // Thu 01-22 10:00–18:00 = 480; Fri 540 (1020); Mon 01-26 holiday; Tue 540 (1560);
    // Wed 540 (2100); Thu 540 (2640); Fri 01-30 09:00 + 60 = 2700 at 10:00.
    const r = run(
      withHolidays('elevatefinance', ['2026-01-26']),
      [
        ticket('P4', '2026-01-22T10:00:00+05:30', '2026-01-30T10:00:00+05:30'),
        ticket('P4', '2026-01-22T10:00:00+05:30', '2026-01-30T10:01:00+05:30'),
      ],
      '2026-11-21',
    );
    expect(r.tickets.map((t) => [t.elapsedMinutes, t.targetMinutes, t.met])).toEqual([
      [2700, 2700, true],
      [2701, 2700, false],
    ]);
  });
});

describe('Kipu incident credits per month (Level 0 from tickets and outages, Level 1 from tickets)', () => {
  const kipu = (tickets: TicketRecord[]) =>
    run(
      { ...structuredClone(PRESETS.kipu!), fee: { amount: 1000, currency: 'USD', per: 'month' } },
      tickets,
      '2026-12-31',
      [oneCheck('2026-01-01T12:00:00Z')],
    );
  const month = (r: ReturnType<typeof kipu>, label: string) =>
    r.incidentCredits.find((m) => m.label === label)!;
  const p0 = (day: string, minutes: number) =>
    ticket(
      'P0',
      `2026-03-${day}T10:00:00-04:00`,
      null,
      new Date(at(`2026-03-${day}T10:00:00-04:00`) + minutes * 60_000).toISOString(),
    );

  it('2 incidents of 20 min (0.67 h) earn nothing; 2 of 30 min (1 h > 0.72 h) earn 25 %', () => {
    expect(month(kipu([p0('10', 20), p0('11', 20)]), '2026-03').percent).toBe(0);
    const r = kipu([p0('10', 30), p0('11', 30)]);
    expect(month(r, '2026-03')).toMatchObject({ percent: 25, amount: 250 });
  });

  // 43 min 12 s is 0.72 h exactly: it does not exceed 0.72 hours, and one second more does.
  // In floating-point hours it was 43.2 / 60 = 0.7200000000000001, which did.
  it('one incident of exactly 0.72 h earns nothing; a second longer earns 25 %', () => {
    const exact = month(kipu([p0('10', 43.2)]), '2026-03');
    expect([exact.levels[0]!.hours, exact.percent]).toEqual([0.72, 0]);
    const over = month(kipu([p0('10', 43.2 + 1 / 60)]), '2026-03');
    expect([over.levels[0]!.hours, over.percent]).toEqual([0.720278, 25]);
  });

  it('3 incidents earn 50 %; 5 earn 100 %', () => {
    expect(month(kipu([p0('10', 16), p0('11', 16), p0('12', 16)]), '2026-03').percent).toBe(50);
    expect(month(kipu(['10', '11', '12', '13', '16'].map((d) => p0(d, 16))), '2026-03').percent).toBe(100);
  });

  it('aggregate hours: one 3-hour incident earns 50 %, 6 hours 100 %', () => {
    expect(month(kipu([p0('10', 180)]), '2026-03').percent).toBe(50);
    expect(month(kipu([p0('10', 179)]), '2026-03').percent).toBe(25);
    expect(month(kipu([p0('10', 300), p0('11', 60)]), '2026-03').percent).toBe(100);
  });

  it('Level 1: 3 tickets earn 25 %, 5 tickets 50 %; the highest level applies', () => {
    const p1 = (day: string) =>
      ticket('P1', `2026-05-${day}T10:00:00-04:00`, null, `2026-05-${day}T15:00:00.000Z`);
    expect(month(kipu(['04', '05', '06'].map(p1)), '2026-05').percent).toBe(25);
    expect(month(kipu(['04', '05', '06', '07', '08'].map(p1)), '2026-05').percent).toBe(50);
  });

  it('termination: 3 Level 0 incidents in each of two consecutive months, notice within 5 days', () => {
    const april = (day: string) =>
      ticket('P0', `2026-04-${day}T10:00:00-04:00`, null, `2026-04-${day}T14:20:00.000Z`);
    const triggered = kipu([p0('10', 20), p0('11', 20), p0('12', 20), april('07'), april('08'), april('09')]);
    expect(triggered.termination[0]).toEqual({
      rule: '3 or more P0 incidents in a month for 2 consecutive months',
      triggered: true,
      periods: ['2026-03', '2026-04'],
      noticeBy: '2026-05-06T00:00:00-04:00',
      noticeStatus: 'expired',
      noticeDaysLeft: 0,
    });
    const not = kipu([p0('10', 20), p0('11', 20), p0('12', 20), april('07'), april('08')]);
    expect(not.termination[0]!.triggered).toBe(false);
  });

  it('three heavy months in a row give two rights, each with its own notice deadline and status', () => {
    const heavy = (month: string) =>
      ['07', '08', '09'].map((day) =>
        ticket('P0', `2026-${month}-${day}T10:00:00-04:00`, null, `2026-${month}-${day}T14:20:00.000Z`),
      );
    const tickets = [...heavy('03'), ...heavy('04'), ...heavy('05')];
    const policy = {
      ...structuredClone(PRESETS.kipu!),
      fee: { amount: 1000, currency: 'USD', per: 'month' as const },
    };
    // On 3 June the March–April right has lapsed; the April–May one is open until 6 June.
    const june = run(policy, tickets, '2026-06-03', [oneCheck('2026-01-01T12:00:00Z')]);
    expect(june.termination.map((t) => [t.periods, t.noticeBy, t.noticeStatus, t.noticeDaysLeft])).toEqual([
      [['2026-03', '2026-04'], '2026-05-06T00:00:00-04:00', 'expired', 0],
      [['2026-04', '2026-05'], '2026-06-06T00:00:00-04:00', 'open', 3],
    ]);
    // On its last day a notice still counts that day.
    const last = run(policy, tickets, '2026-06-05', [oneCheck('2026-01-01T12:00:00Z')]);
    expect(last.termination[1]).toMatchObject({ noticeStatus: 'open', noticeDaysLeft: 1 });
    expect(
      run(policy, tickets, '2026-06-06', [oneCheck('2026-01-01T12:00:00Z')]).termination[1],
    ).toMatchObject({
      noticeStatus: 'expired',
      noticeDaysLeft: 0,
    });
  });
});

describe('a calendar whose holidays leave no business day', () => {
  const everyDay: string[] = [];
  for (let t = Date.UTC(2020, 0, 1); t <= Date.UTC(2050, 11, 31); t += 86_400_000)
    everyDay.push(new Date(t).toISOString().slice(0, 10));

  it('says so in a typed error rather than a plain one', () => {
    const cal = businessCalendar(effectivePolicy(PRESETS['clarus-lis']!), everyDay);
    const failure = (() => {
      try {
        cal.nextBusinessDay({ year: 2026, month: 11, day: 5 });
      } catch (e) {
        return e;
      }
    })();
    expect(failure).toBeInstanceOf(CalendarError);
    expect((failure as CalendarError).reason).toBe('the holidays leave no business day within ten years');
    expect(() => cal.addBusinessMinutes(at('2026-11-05T10:00:00+02:00'), 60)).toThrow(
      new CalendarError('the holidays leave no business time within ten years'),
    );
  });
});
