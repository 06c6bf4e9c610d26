// A lost-time credit capped outage by outage: "The maximum amount of compensation for an
// individual interruption is 100% of UpCloud's charges for the Services during 30 calendar
// days preceding the interruption" (UpCloud), "Credit of 100 times the fees for any period
// of unavailability lasting more than 15 minutes … up to a maximum of 100% of your fee"
// (Serverlove). Each outage's price is capped on the period's fee, then they add up.
import { describe, expect, it } from 'vitest';
import { blankPolicy } from '../src/engine/blank-policy';
import { type Policy, parsePolicy } from '../src/engine/policy';
import { evaluateCsv, evaluateCsvModel } from './support/evaluate-csv';
import { policyProblems } from './support/policy-problems';

/** 100 % promised in UTC, 100 times the fee for the time down, outages over 15 minutes. */
function hundredTimes(credit: Record<string, unknown>, amount: number | null = 60): Policy {
  return parsePolicy({
    ...blankPolicy(),
    id: 'outage-cap',
    name: 'Outage cap',
    target: 100,
    minOutageMinutes: 16,
    credit: {
      kind: 'lostTime',
      multiple: 100,
      hourlyRate: null,
      whenMissed: false,
      capPercent: null,
      ...credit,
    },
    fee: { amount, currency: 'GBP', per: 'month' },
    claim: { kind: 'daysAfterIncident', days: 30 },
  });
}

const states = (rows: string) => [
  { name: 'server', kind: 'states' as const, csv: `time,monitor,status\n${rows}` },
];

// November 2026 (43 200 minutes): 500 minutes down on the 10th, 200 on the 20th.
const NOVEMBER = states(
  [
    '2026-11-01T00:00:00Z,server,up',
    '2026-11-10T08:00:00Z,server,down',
    '2026-11-10T16:20:00Z,server,up',
    '2026-11-20T08:00:00Z,server,down',
    '2026-11-20T11:20:00Z,server,up',
    '2026-11-30T23:59:00Z,server,up',
  ].join('\n'),
);

const november = (policy: Policy) => evaluateCsv(policy, NOVEMBER, '2026-11-27').periods[0]!;

describe('a lost-time credit capped per outage', () => {
  it('caps the long outage at the fee and adds the short one in full', () => {
    // 100 × 60 × 500 / 43 200 = 69.44… capped at 60; 100 × 60 × 200 / 43 200 = 27.77…;
    // together 87.77… = 87.78 GBP. Uncapped: 100 × 60 × 700 / 43 200 = 97.22.
    expect(november(hundredTimes({ capPerOutagePercent: 100 })).credit.amount).toBe(87.78);
    expect(november(hundredTimes({ capPerOutagePercent: null })).credit.amount).toBe(97.22);
    expect(november(hundredTimes({})).credit.amount).toBe(97.22);
  });

  it('caps each outage where the credit is owed only when the target is missed', () => {
    // November misses 100 %, so the credit is owed; each outage is still priced on its own.
    expect(november(hundredTimes({ capPerOutagePercent: 100, whenMissed: true })).credit.amount).toBe(87.78);
    expect(november(hundredTimes({ capPerOutagePercent: null, whenMissed: true })).credit.amount).toBe(97.22);
  });

  it('keeps the cap per period on the sum', () => {
    expect(november(hundredTimes({ capPerOutagePercent: 100, capPercent: 100 })).credit.amount).toBe(60);
    // 87.78 under a period cap of 150 % (90 GBP) stands.
    expect(november(hundredTimes({ capPerOutagePercent: 100, capPercent: 150 })).credit.amount).toBe(87.78);
  });

  it('caps the shares of a fee not yet entered the same way', () => {
    // 100 % for the first outage, 100 × 200 / 43 200 × 100 = 46.296… % for the second.
    const p = november(hundredTimes({ capPerOutagePercent: 100 }, null));
    expect(p.credit.percent).toBe(146.2962962962963);
    expect(p.credit.amount).toBe(null);
  });

  it('claims only the outages whose windows are open, each still capped on its own', () => {
    // On 15 December the 10 November outage's 30 days have gone and the 20 November one's
    // have not: 27.77… = 27.78 GBP is claimable, the capped 60 of the first has lapsed.
    const p = evaluateCsvModel(
      hundredTimes({ capPerOutagePercent: 100 }),
      NOVEMBER,
      '2026-12-15',
    ).periods.find((x) => x.label === '2026-11')!;
    expect([p.credit.amount, p.claim.status, p.claim.lapsedWindows]).toEqual([87.78, 'open', 1]);
    expect(p.credit.claimable).toEqual({ percent: null, days: null, amount: 27.78 });
    expect(p.credit.lapsed).toEqual({ percent: null, days: null, amount: 60 });
  });

  it('caps an outage crossing a period end in each period on its part', () => {
    // 31 October 15:40 to 1 November 08:20 UTC: 500 minutes in October (44 640 minutes:
    // 67.20 GBP, capped at 60) and 500 in November (69.44, capped at 60).
    const r = evaluateCsv(
      hundredTimes({ capPerOutagePercent: 100 }),
      states(
        [
          '2026-10-01T00:00:00Z,server,up',
          '2026-10-31T15:40:00Z,server,down',
          '2026-11-01T08:00:00Z,server,down',
          '2026-11-01T08:20:00Z,server,up',
          '2026-11-30T23:59:00Z,server,up',
        ].join('\n'),
      ),
      '2026-11-27',
    );
    expect(r.periods.map((p) => [p.label, p.downtimeMinutes, p.credit.amount])).toEqual([
      ['2026-10', 500, 60],
      ['2026-11', 500, 60],
    ]);
  });

  it('is a term of lost-time credits only', () => {
    const bands = {
      ...blankPolicy(),
      credit: { kind: 'bands', bands: [], capPercent: 100, capPerOutagePercent: 100 },
    };
    expect(policyProblems(bands)).toContain('credit.capPerOutagePercent: unknown field');
    expect(policyProblems(hundredTimes({}) as unknown as Record<string, unknown>)).toEqual([]);
  });
});
