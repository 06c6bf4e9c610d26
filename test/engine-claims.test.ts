// Claim deadlines, eligibility and termination rights (SPEC rules 9–11) on PatientIQ and
// Clarus months built from state-change logs; expected values computed by hand.
import { describe, expect, it } from 'vitest';
import { claimAfterEligibility } from '../src/engine/claims';
import { evaluate, withContract } from '../src/engine/evaluate';
import { effectivePolicy, type Policy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { toReport } from '../src/engine/to-report';
import { loadCsv } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';

function run(policy: Policy, csv: string, asOf: string) {
  const eff = effectivePolicy(policy);
  const reducer = new MinuteReducer();
  const { summary } = loadCsv(
    'site.csv',
    new TextEncoder().encode(csv),
    {
      kind: 'states',
      sourceZone: eff.timezone,
    },
    reducer,
  );
  return toReport(evaluate({ policy, monitors: reducer.finish(), exclusions: [], inputs: [summary], asOf }));
}

// June 2026 in Chicago: 43 200 minutes, 7 200 in the daily 23:00–03:00 window, so
// 36 000 measurable. 99.1 % is missed from the 325th down minute (35 676 / 36 000 =
// 99.1 % exactly is met; 35 675 is not). A 400-minute outage on Tuesday 9 June
// 10:00–16:40 CDT crosses that point at 15:25.
const june = 'time,status\n2026-06-01T00:00:00,up\n2026-06-09T10:00:00,down\n2026-06-09T16:40:00,up\n';

describe('PatientIQ', () => {
  it('credit 10 % ((36 000 − 400) / 36 000 = 98.89 %), claim within 5 business days of the incident', () => {
    const p = run(
      withContract(PRESETS.patientiq!, { effectiveDate: '2026-01-01', feeAmount: 2000 }),
      june,
      '2026-06-16',
    ).periods[0]!;
    expect([p.label, p.excludedMinutes, p.downtimeMinutes, p.met, p.credit.percent, p.credit.amount]).toEqual(
      ['2026-06', 7200, 400, false, 10, 200],
    );
    expect(p.uptimePercent).toBe((100 * 35600) / 36000);
    expect(p.breachAt).toBe('2026-06-09T15:25:00-05:00');
    // Business days after Tue 9 June: W 10, Th 11, F 12, M 15, Tu 16 → by the end of 16 June.
    expect([p.claimBy, p.claimStatus, p.claimDaysLeft]).toEqual(['2026-06-17T00:00:00-05:00', 'open', 1]);
  });

  it('the claim has expired the day after', () => {
    const p = run(PRESETS.patientiq!, june, '2026-06-17').periods[0]!;
    expect(p.claimStatus).toBe('expired');
  });

  it('no remedy for a breach before effective date + 30 days', () => {
    // Effective 20 May → remedies from 19 June; the breach on 9 June is before.
    const p = run(withContract(PRESETS.patientiq!, { effectiveDate: '2026-05-20' }), june, '2026-06-16')
      .periods[0]!;
    expect(p.credit.percent).toBe(0);
    expect(p.credit.eligible).toBe(false);
    expect(p.credit.conditions).toContainEqual({ condition: 'breach on or after 2026-06-19', met: false });
    expect(p.claimBy).toBeNull();
  });

  it('counts the 5 business days from the outage that broke the month, past a US holiday', () => {
    // February 2026 in Chicago: 40 320 minutes, 6 720 in the window (180 on the 1st, 27 × 240,
    // 60 on the 28th), 33 600 measurable; 302 down minutes meet 99.1 %, 303 do not. 240
    // minutes on Tue 3 Feb leave it met; the 63rd minute on Thu 12 Feb (11:02–11:03) breaks it.
    const feb =
      'time,status\n2026-02-01T00:00:00,up\n2026-02-03T10:00:00,down\n2026-02-03T14:00:00,up\n' +
      '2026-02-12T10:00:00,down\n2026-02-12T11:03:00,up\n';
    const policy = structuredClone(PRESETS.patientiq!);
    policy.calendar.holidays = [{ date: '2026-02-16', name: "Presidents' Day" }];
    const p = run(policy, feb, '2026-02-20').periods[0]!;
    expect([p.excludedMinutes, p.downtimeMinutes, p.met, p.credit.percent]).toEqual([6720, 303, false, 10]);
    expect(p.breachAt).toBe('2026-02-12T11:03:00-06:00');
    // F 13, (M 16 Presidents' Day), Tu 17, W 18, Th 19, F 20 → by the end of 20 February.
    expect([p.claimBy, p.claimStatus, p.claimDaysLeft]).toEqual(['2026-02-21T00:00:00-06:00', 'open', 1]);
  });

  it('claims in 3 consecutive months give a termination right; 2 do not', () => {
    const three =
      'time,status\n2026-06-01T00:00:00,up\n2026-06-09T10:00:00,down\n2026-06-09T16:40:00,up\n' +
      '2026-07-09T10:00:00,down\n2026-07-09T16:40:00,up\n2026-08-11T10:00:00,down\n2026-08-11T16:40:00,up\n';
    const r = run(PRESETS.patientiq!, three, '2026-09-01');
    expect(r.periods.map((p) => p.credit.percent)).toEqual([10, 10, 10]);
    expect(r.termination[0]).toMatchObject({ triggered: true, periods: ['2026-06', '2026-07', '2026-08'] });
    const two = three.split('\n').slice(0, 5).join('\n');
    expect(run(PRESETS.patientiq!, two, '2026-09-01').termination[0]!.triggered).toBe(false);
  });

  it('claims in two separate runs of 3 months give two rights', () => {
    // 400 minutes a month (below 99.1 % in any month: 10 %) in June–August and
    // October–December 2026, September met: two runs, each a right of its own.
    const day = (d: string) => `${d}T10:00:00,down\n${d}T16:40:00,up\n`;
    const csv = `time,status\n2026-06-01T00:00:00,up\n${['2026-06-09', '2026-07-09', '2026-08-11']
      .map(day)
      .join('')}2026-09-15T00:00:00,up\n${['2026-10-13', '2026-11-10', '2026-12-08'].map(day).join('')}`;
    const r = run(PRESETS.patientiq!, csv, '2027-01-04');
    expect(r.periods.map((p) => p.credit.percent)).toEqual([10, 10, 10, 0, 10, 10, 10]);
    expect(r.termination.map((t) => [t.triggered, t.periods])).toEqual([
      [true, ['2026-06', '2026-07', '2026-08']],
      [true, ['2026-10', '2026-11', '2026-12']],
    ]);
  });

  it('each set of claims within the span is a right of its own', () => {
    // Two claims within 30 days complete the rule: 28 January and 2 February, then
    // 29 June and 3 July; the lone claim of 15 September is in no set.
    const policy = structuredClone(PRESETS.patientiq!);
    policy.termination = [
      { kind: 'claims', consecutiveMonths: 3, claimsWithin: { count: 2, days: 30 }, noticeDays: 30 },
    ];
    const day = (d: string) => `${d}T10:00:00,down\n${d}T16:40:00,up\n`;
    const csv = `time,status\n2026-01-01T00:00:00,up\n${['2026-01-28', '2026-02-02']
      .map(day)
      .join('')}2026-04-15T00:00:00,up\n${['2026-06-29', '2026-07-03', '2026-09-15'].map(day).join('')}`;
    const r = run(policy, csv, '2026-10-01');
    expect(r.periods.map((p) => [p.label, p.credit.percent])).toEqual([
      ['2026-01', 10],
      ['2026-02', 10],
      ['2026-04', 0],
      ['2026-06', 10],
      ['2026-07', 10],
      ['2026-09', 10],
    ]);
    expect(r.termination.map((t) => t.periods)).toEqual([
      ['2026-01', '2026-02'],
      ['2026-06', '2026-07'],
    ]);
  });
});

describe('Clarus LIS termination: three consecutive months below target', () => {
  // Each month: 60 down minutes (≥ 44 misses 99.9 % in any month).
  const months = (list: string[]) =>
    `time,status\n2026-01-01T00:00:00,up\n${list.map((m) => `2026-${m}-10T10:00:00,down\n2026-${m}-10T11:00:00,up\n`).join('')}`;

  it('just triggered by January–March', () => {
    const r = run(PRESETS['clarus-lis']!, months(['01', '02', '03']), '2026-04-01');
    expect(r.termination[0]).toEqual({
      rule: '3 consecutive months below target',
      triggered: true,
      periods: ['2026-01', '2026-02', '2026-03'],
      noticeBy: null,
      noticeStatus: null,
      noticeDaysLeft: null,
    });
  });

  it('just not triggered when April breaks the run after two', () => {
    // A row in March reports it (a month only carried into is not reported, rule 14).
    const r = run(
      PRESETS['clarus-lis']!,
      `${months(['01', '02', '04', '05'])}2026-03-15T00:00:00,up\n`,
      '2026-06-01',
    );
    expect(r.periods.map((p) => p.met)).toEqual([false, false, true, false, false]);
    expect(r.termination[0]!.triggered).toBe(false);
  });

  it('a second run of three months below target is a right of its own', () => {
    // January–March, then April met, then June–September: two runs, each named by the
    // three months that completed it (docs/policy.md: one right per run).
    const r = run(
      PRESETS['clarus-lis']!,
      `${months(['01', '02', '03', '06', '07', '08', '09'])}2026-04-15T00:00:00,up\n2026-05-15T00:00:00,up\n`,
      '2026-10-01',
    );
    expect(r.periods.map((p) => p.met)).toEqual([
      false,
      false,
      false,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(r.termination.map((t) => [t.triggered, t.periods])).toEqual([
      [true, ['2026-01', '2026-02', '2026-03']],
      [true, ['2026-06', '2026-07', '2026-08']],
    ]);
  });
});

describe('Kipu: "within thirty (30) days from the time Customer becomes eligible"', () => {
  it('a deadline whose wall time summer time skips falls 30 × 24 hours after eligibility', () => {
    // Eligible Fri 6 Feb 2026 02:30 EST; 8 March has no 02:00–03:00 in New York, so the
    // deadline is 720 hours later, 03:30 EDT. 1–8 March open on 1 March: 8 days.
    const eligible = Date.parse('2026-02-06T02:30:00-05:00');
    const c = claimAfterEligibility(
      'America/New_York',
      eligible,
      30,
      Date.parse('2026-03-01T00:00:00-05:00'),
      '2026-03-01',
    );
    expect(c.claimByMs).toBe(Date.parse('2026-03-08T03:30:00-04:00'));
    expect(c.claimByMs! - eligible).toBe(720 * 3_600_000);
    expect([c.status, c.daysLeft]).toEqual(['open', 8]);
  });
});
