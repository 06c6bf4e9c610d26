// Lost time priced in whole blocks: "Rackspace guarantees 99.95% availability for Cloud
// Infrastructure. Client shall be entitled to prorated monthly Fees for each full or partial
// hour of downtime in excess of the Availability SLA" (quoted on markettransfer.info).
import { describe, expect, it } from 'vitest';
import { blankPolicy } from '../src/engine/blank-policy';
import { type Policy, parsePolicy } from '../src/engine/policy';
import { type CsvFile, evaluateCsv } from './support/evaluate-csv';
import { policyProblems } from './support/policy-problems';

const lostTime = { kind: 'lostTime', multiple: 1, hourlyRate: null, whenMissed: true, capPercent: null };
const hours = (rounding: 'ceil' | 'floor') => ({ ...lostTime, perMinutes: 60, rounding });

/** 99.9 % a month in UTC, 4464 USD a month: 0.10 USD a minute of October (44 640 minutes). */
function rackspace(credit: Record<string, unknown>, extra: Record<string, unknown> = {}): Policy {
  return parsePolicy({
    ...blankPolicy(),
    id: 'rackspace',
    name: 'Rackspace cloud',
    credit,
    fee: { amount: 4464, currency: 'USD', per: 'month' },
    claim: { kind: 'daysAfterIncident', days: 10 },
    ...extra,
  });
}

/** A server down from 08:00 for `minutes` on 10 October 2026. */
function october(minutes: number): CsvFile[] {
  const end = new Date(Date.UTC(2026, 9, 10, 8, minutes)).toISOString().replace('.000', '');
  return [
    {
      name: 'server',
      kind: 'states',
      csv: [
        'time,monitor,status',
        '2026-10-01T00:00:00Z,server,up',
        '2026-10-10T08:00:00Z,server,down',
        `${end},server,up`,
        '2026-10-31T23:59:00Z,server,up',
      ].join('\n'),
    },
  ];
}

const credit = (policy: Policy, minutes: number) =>
  evaluateCsv(policy, october(minutes), '2026-10-15').periods[0]!.credit;

describe('lost time priced in whole blocks', () => {
  it('prices 61 minutes as two started hours, one whole hour, or to the minute', () => {
    // 4464 USD × 120 / 44 640 = 12.00; × 60 / 44 640 = 6.00; × 61 / 44 640 = 6.10.
    expect(credit(rackspace(hours('ceil')), 61).amount).toBe(12);
    expect(credit(rackspace(hours('floor')), 61).amount).toBe(6);
    expect(credit(rackspace(lostTime), 61).amount).toBe(6.1);
    // A whole number of blocks is priced as it is.
    expect(credit(rackspace(hours('ceil')), 120).amount).toBe(12);
  });

  it('rounds the minutes beyond the allowance, times the multiple', () => {
    // 99.95 % of October allows 22.32 minutes; 90 down leave 67.68 beyond it: two started
    // hours (12.00 USD, 10 × 120.00), one whole (6.00), or 6.768 to the minute (6.77).
    const beyond = (c: Record<string, unknown>) =>
      rackspace({ ...c, beyondAllowance: true }, { target: 99.95 });
    expect(credit(beyond(hours('ceil')), 90).amount).toBe(12);
    expect(credit(beyond({ ...hours('ceil'), multiple: 10 }), 90).amount).toBe(120);
    expect(credit(beyond(hours('floor')), 90).amount).toBe(6);
    expect(credit(beyond(lostTime), 90).amount).toBe(6.77);
    // 22 minutes are within the allowance: the target is met and nothing is owed.
    expect(credit(beyond(hours('ceil')), 22).amount).toBe(0);
  });

  it('prices whole blocks at an hourly rate, under the period’s cap, and as a share of an unknown fee', () => {
    // 61 minutes in started hours at 10 USD an hour: 20.00.
    expect(credit(rackspace({ ...hours('ceil'), hourlyRate: 10 }), 61).amount).toBe(20);
    // 10 × 12.00 capped at 2 % of 4464 = 89.28.
    expect(credit(rackspace({ ...hours('ceil'), multiple: 10, capPercent: 2 }), 61).amount).toBe(89.28);
    const share = credit(
      rackspace(hours('ceil'), { fee: { amount: null, currency: 'USD', per: 'month' } }),
      61,
    );
    expect([share.percent, share.amount]).toEqual([12_000 / 44_640, null]);
  });

  it('on every lost minute, rounds a met period’s minutes too', () => {
    // 30 minutes meet 99.9 %; a started hour of them is priced as 60 minutes: 6.00.
    expect(credit(rackspace({ ...hours('ceil'), whenMissed: false }), 30).amount).toBe(6);
    expect(credit(rackspace({ ...hours('floor'), whenMissed: false }), 30).amount).toBe(0);
  });
});

describe('the terms whole blocks of lost time are written with', () => {
  const doc = (c: Record<string, unknown>) => ({ ...blankPolicy(), credit: c });

  it('names the block and how a part of one counts together', () => {
    expect(policyProblems(doc(hours('ceil')))).toEqual([]);
    expect(policyProblems(doc({ ...lostTime, perMinutes: 60 }))).toEqual(['credit.rounding: missing field']);
    expect(policyProblems(doc({ ...lostTime, rounding: 'ceil' }))).toEqual([
      'credit.perMinutes: missing field',
    ]);
    expect(policyProblems(doc({ ...hours('ceil'), perMinutes: 0 }))).toEqual([
      'credit.perMinutes: expected a whole number of minutes from 1',
    ]);
    expect(policyProblems(doc({ ...hours('ceil'), rounding: 'up' }))).toEqual([
      'credit.rounding: expected one of "ceil", "floor"',
    ]);
  });

  it('is not priced outage by outage, the blocks being counted on the period’s lost minutes', () => {
    expect(policyProblems(doc({ ...hours('ceil'), capPerOutagePercent: 100 }))).toEqual([
      'credit.perMinutes: expected no credit.capPerOutagePercent',
    ]);
    expect(policyProblems(doc({ ...hours('ceil'), capPerOutagePercent: null }))).toEqual([]);
    expect(
      policyProblems({
        ...blankPolicy(),
        plans: [{ id: 'pro', name: 'Pro', credit: { ...hours('floor'), capPerOutagePercent: 50 } }],
      }),
    ).toEqual(['plans[0] → credit.perMinutes: expected no credit.capPerOutagePercent']);
  });
});
