// A credit counted only on the downtime beyond what the target allows: "Any unplanned
// outages exceeding 0.1% of the month will be credited one day of service for every 15
// minutes of downtime beyond the 0.1% threshold" (Virteche), "prorated monthly Fees for
// each full or partial hour of downtime in excess of the Availability SLA" (Rackspace).
import { describe, expect, it } from 'vitest';
import { blankPolicy } from '../src/engine/blank-policy';
import { type Policy, parsePolicy } from '../src/engine/policy';
import { type CsvFile, evaluateCsv } from './support/evaluate-csv';
import { policyProblems } from './support/policy-problems';
import { virtecheDays } from './support/public-terms';

/** 99.9 % a month in UTC with the given credit, claimed within 10 days of the outage. */
function virteche(credit: Record<string, unknown>, extra: Record<string, unknown> = {}): Policy {
  return parsePolicy({
    ...blankPolicy(),
    id: 'beyond-allowance',
    name: 'Beyond the allowance',
    credit,
    fee: { amount: 4464, currency: 'USD', per: 'month' },
    claim: { kind: 'daysAfterIncident', days: 10 },
    ...extra,
  });
}

const serviceDays = virtecheDays;
const perBlock = {
  kind: 'perBlock',
  percent: 5,
  perMinutes: 15,
  rounding: 'ceil',
  whenMissed: true,
  capPercent: 100,
};
const lostTime = { kind: 'lostTime', multiple: 10, hourlyRate: null, whenMissed: true, capPercent: null };

const states = (rows: string[], monitor = 'server'): CsvFile[] => [
  {
    name: monitor,
    kind: 'states',
    csv: `time,monitor,status\n${rows.map((r) => r.replace(',', `,${monitor},`)).join('\n')}`,
  },
];

/** A server's state changes in October 2026 (31 days, 44 640 minutes), with the files besides. */
function october(downs: [string, string][], monitor = 'server'): CsvFile[] {
  const rows = ['2026-10-01T00:00:00Z,up'];
  for (const [from, to] of downs) rows.push(`2026-10-${from}:00Z,down`, `2026-10-${to}:00Z,up`);
  rows.push('2026-10-31T23:59:00Z,up');
  return states(rows, monitor);
}

// One hour down: 0.1 % of 44 640 minutes is 44.64, so 15.36 minutes lie beyond it.
const HOUR = october([['10T08:00', '10T09:00']]);
const period = (policy: Policy, files = HOUR, asOf = '2026-10-15') =>
  evaluateCsv(policy, files, asOf).periods[0]!;

describe('a credit on the downtime beyond the allowance', () => {
  it('gives Virteche one day for the one whole 15 minutes beyond 44.64 of 60, two where a started block counts', () => {
    expect(period(virteche(serviceDays('floor'))).credit.days).toBe(1);
    expect(period(virteche(serviceDays('ceil'))).credit.days).toBe(2);
    // Counted on every lost minute: 60 / 15 = 4 days.
    expect(period(virteche(serviceDays('floor', false))).credit.days).toBe(4);
    expect(period(virteche({ ...serviceDays('floor', false), beyondAllowance: false })).credit.days).toBe(4);
  });

  it('counts blocks of a percent the same way', () => {
    const p = period(virteche({ ...perBlock, beyondAllowance: true }));
    expect([p.credit.percent, p.credit.amount]).toEqual([10, 446.4]);
    expect(period(virteche(perBlock)).credit.percent).toBe(20);
  });

  it('prices the lost time beyond the allowance exactly', () => {
    // 10 × 15.36 minutes × 4464 / 44 640 a minute = 15.36 USD; all 60 minutes give 60.00.
    expect(period(virteche({ ...lostTime, beyondAllowance: true })).credit.amount).toBe(15.36);
    expect(period(virteche(lostTime)).credit.amount).toBe(60);
    // Before the fee is known: 10 × 15.36 / 44 640 of it.
    const share = period(
      virteche(
        { ...lostTime, beyondAllowance: true },
        { fee: { amount: null, currency: 'USD', per: 'month' } },
      ),
    );
    expect([share.credit.percent, share.credit.amount]).toEqual([15_360 / 44_640, null]);
  });

  it('gives nothing within the allowance, and nothing for a part of a block beyond it counted in whole blocks', () => {
    const within = period(virteche(serviceDays('ceil')), october([['10T08:00', '10T08:44']]));
    expect([within.met, within.credit.days, within.claimBy]).toEqual([true, 0, null]);
    // 45 minutes: missed, 0.36 beyond.
    const justOver = october([['10T08:00', '10T08:45']]);
    const floor = period(virteche(serviceDays('floor')), justOver);
    expect([floor.met, floor.credit.days, floor.claimBy]).toEqual([false, 0, null]);
    const ceil = period(virteche(serviceDays('ceil')), justOver);
    expect([ceil.met, ceil.credit.days, ceil.claimBy]).toEqual([false, 1, '2026-10-21T00:00:00+00:00']);
  });

  it('takes the allowance of the minutes the uptime is measured on', () => {
    // A customer's own day off (1 440 minutes) left out of the month: 0.1 % of 43 200 is
    // 43.2, so 16.8 minutes lie beyond, priced 16.80 USD, where counted on the whole month
    // (formula "total") the allowance stays 44.64.
    const files: CsvFile[] = [
      ...HOUR,
      {
        name: 'maintenance',
        kind: 'exclusions',
        csv: 'start,end,kind\n2026-10-20T00:00:00Z,2026-10-21T00:00:00Z,customer\n',
      },
    ];
    const excluding = (formula: string) =>
      virteche(
        { ...lostTime, beyondAllowance: true },
        {
          formula,
          exclusions: {
            ...blankPolicy().exclusions,
            kinds: { ...blankPolicy().exclusions.kinds, customer: { excluded: true, notice: null } },
          },
        },
      );
    const fromTotal = period(excluding('excludeFromTotal'), files);
    expect([fromTotal.excludedMinutes, fromTotal.credit.amount]).toEqual([1440, 16.8]);
    expect(period(excluding('total'), files).credit.amount).toBe(15.36);
  });

  it('is claimed whole from the outage at which the month fell below target', () => {
    // 40 minutes on the 2nd are within the allowance; the 45th lost minute falls in the
    // outage of the 25th, whose 10 days run to 5 November. 60 − 44.64 = 15.36: 15.36 USD.
    const files = october([
      ['02T08:00', '02T08:40'],
      ['25T08:00', '25T08:20'],
    ]);
    const p = period(virteche({ ...lostTime, beyondAllowance: true }), files, '2026-11-01');
    expect([p.credit.amount, p.claimBy, p.claimStatus]).toEqual([15.36, '2026-11-05T00:00:00+00:00', 'open']);
    expect([p.credit.claimable.amount, p.credit.lapsed.amount]).toEqual([15.36, 0]);
    const late = period(virteche({ ...lostTime, beyondAllowance: true }), files, '2026-11-06');
    expect([late.claimStatus, late.credit.claimable.amount, late.credit.lapsed.amount]).toEqual([
      'expired',
      0,
      15.36,
    ]);
  });

  it('capped per outage, gives the allowance the earliest minutes and caps each outage on what it has beyond', () => {
    // November (43 200 minutes) at 99 % allows 432: the 500 minutes of the 10th leave 68
    // beyond it, the 200 of the 20th are all beyond. 100 × 60 GBP × 68 / 43 200 = 9.44…;
    // 100 × 60 × 200 / 43 200 = 27.77…, capped at 20 % of 60 = 12: 21.44 GBP.
    const files = states([
      '2026-11-01T00:00:00Z,up',
      '2026-11-10T08:00:00Z,down',
      '2026-11-10T16:20:00Z,up',
      '2026-11-20T08:00:00Z,down',
      '2026-11-20T11:20:00Z,up',
      '2026-11-30T23:59:00Z,up',
    ]);
    const hundredTimes = (capPerOutagePercent: number | null, fee: number | null = 60) =>
      virteche(
        { ...lostTime, multiple: 100, beyondAllowance: true, capPerOutagePercent },
        { target: 99, fee: { amount: fee, currency: 'GBP', per: 'month' } },
      );
    const november = (policy: Policy) => period(policy, files, '2026-11-27');
    expect(november(hundredTimes(20)).credit.amount).toBe(21.44);
    // Without the cap per outage: 100 × 60 × 268 / 43 200 = 37.22.
    expect(november(hundredTimes(null)).credit.amount).toBe(37.22);
    // Before the fee is known, the shares: 100 × 68 / 43 200 of it (15.74… %) and 20 %.
    expect(november(hundredTimes(20, null)).credit.percent).toBe(1_544_000 / 43_200);
  });

  it('takes each scope’s allowance from its own target', () => {
    // edge: 60 minutes against 99.9 % (15.36 beyond, one day); core: 300 minutes against
    // 99.5 % (223.2 allowed, 76.8 beyond, five days).
    const policy = virteche(serviceDays('floor'), {
      scopes: [
        { id: 'edge', name: 'Edge', monitors: ['edge'] },
        { id: 'core', name: 'Core', monitors: ['core'], target: 99.5 },
      ],
    });
    const files = [
      ...october([['10T08:00', '10T09:00']], 'edge'),
      ...october([['12T08:00', '12T13:00']], 'core'),
    ];
    const r = evaluateCsv(policy, files, '2026-10-15');
    expect(r.scopes!.map((s) => [s.id, s.periods[0]!.downtimeMinutes, s.periods[0]!.credit.days])).toEqual([
      ['edge', 60, 1],
      ['core', 300, 5],
    ]);
  });
});

describe('the terms a credit beyond the allowance is written with', () => {
  it('is owed only in a missed period', () => {
    const doc = (credit: Record<string, unknown>) => ({ ...blankPolicy(), credit });
    expect(policyProblems(doc({ ...perBlock, whenMissed: false, beyondAllowance: true }))).toEqual([
      'credit.beyondAllowance: expected credit.whenMissed true',
    ]);
    expect(policyProblems(doc({ ...lostTime, beyondAllowance: true, capPerOutagePercent: 100 }))).toEqual([]);
    expect(policyProblems(doc({ ...perBlock, whenMissed: false, beyondAllowance: false }))).toEqual([]);
    expect(policyProblems(doc({ ...perBlock, beyondAllowance: 'yes' }))).toEqual([
      'credit.beyondAllowance: expected true or false',
    ]);
    expect(policyProblems(doc({ kind: 'bands', bands: [], capPercent: 100, beyondAllowance: true }))).toEqual(
      ['credit.beyondAllowance: unknown field'],
    );
  });

  it('is checked in a plan’s own credit too', () => {
    const doc = {
      ...blankPolicy(),
      plans: [{ id: 'pro', name: 'Pro', credit: { ...serviceDays('floor'), whenMissed: false } }],
    };
    expect(policyProblems(doc)).toEqual([
      'plans[0] → credit.beyondAllowance: expected credit.whenMissed true',
    ]);
  });
});
