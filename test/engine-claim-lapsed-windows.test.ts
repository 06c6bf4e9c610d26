// A credit earned by each outage, with a claim window from each (PatientIQ: "within five
// (5) business days from date of incident"), is claimed by the first window still open;
// the windows of the outages before it have closed, and the period says how many, so the
// part of the credit they earned is not read as still claimable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Policy, parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { toReport } from '../src/engine/to-report';
import { evaluateCsvModel } from './support/evaluate-csv';

const sample = (file: string) => new Uint8Array(readFileSync(`public/samples/patientiq/${file}`));

function evaluation(policy: Policy, asOf = '2026-11-21') {
  return evaluateCsvModel(
    policy,
    [
      { name: 'probes.csv', kind: 'probes', csv: sample('probes.csv') },
      { name: 'maintenance.csv', kind: 'exclusions', csv: sample('maintenance.csv') },
    ],
    asOf,
  );
}

const november = (policy: Policy) => evaluation(policy).periods.find((p) => p.label === '2026-11')!;

describe('claim windows of a credit earned outage by outage', () => {
  it('counts the earlier outages whose windows closed before the open one', () => {
    const policy = parsePolicy({
      ...structuredClone(PRESETS.patientiq!),
      credit: {
        kind: 'perBlock',
        percent: 5,
        perMinutes: 30,
        rounding: 'ceil',
        whenMissed: false,
        capPercent: 100,
      },
    });
    const p = november(policy);
    // The outages of Oct 31 (its 30 minutes in November), Nov 4 and Nov 12 had 5 business
    // days each, gone by Nov 21; the one of Nov 17 is claimable until the end of Nov 24.
    expect(p.claim.status).toBe('open');
    expect(p.claim.daysLeft).toBe(4);
    expect(p.claim.lapsedWindows).toBe(3);
  });

  it('reports as claimable only what the outages with open windows earn, the rest as lapsed', () => {
    const policy = parsePolicy({
      ...structuredClone(PRESETS.patientiq!),
      credit: {
        kind: 'perBlock',
        percent: 5,
        perMinutes: 30,
        rounding: 'ceil',
        whenMissed: false,
        capPercent: 100,
      },
      fee: { amount: 1000.1, currency: 'USD', per: 'month' },
    });
    const p = november(policy);
    // 364 lost minutes: 13 started half hours, 65 % of 1 000.10 = 650.065 → 650.07. The
    // outages whose windows closed lost 30 + 20 + 120 minutes; the two still open, Nov 17
    // and Nov 19, lost 44 + 150 = 194 on their own: 7 half hours, 35 % = 350.035 → 350.04.
    expect([p.credit.percent, p.credit.amount, p.claim.lapsedWindows]).toEqual([65, 650.07, 3]);
    expect(p.credit.claimable).toEqual({ percent: 35, days: null, amount: 350.04 });
    expect(p.credit.lapsed).toEqual({ percent: 30, days: null, amount: 300.03 });
    const r = toReport(evaluation(policy)).periods.find((x) => x.label === '2026-11')!;
    expect([
      r.credit.amount,
      r.credit.claimable.amount,
      r.credit.lapsed.amount,
      r.credit.lapsedWindows,
    ]).toEqual([650.07, 350.04, 300.03, 3]);
  });

  it('counts each outage of a credit per outage once: two of four windows closed leave half the credit', () => {
    const policy = parsePolicy({
      ...structuredClone(PRESETS.patientiq!),
      credit: { kind: 'perEvent', unit: 'amount', value: 12.5, cap: null },
      fee: { amount: 1000, currency: 'USD', per: 'month' },
    });
    const p = november(policy);
    // Outages beginning Nov 4, 12, 17 and 19 (Nov 10's was wholly excluded): 4 × 12.50.
    expect([p.credit.amount, p.claim.lapsedWindows]).toEqual([50, 2]);
    expect(p.credit.claimable).toEqual({ percent: null, days: null, amount: 25 });
    expect(p.credit.lapsed).toEqual({ percent: null, days: null, amount: 25 });
  });

  it('claims no more than a yearly cap leaves of the credit', () => {
    const policy = parsePolicy({
      ...structuredClone(PRESETS.patientiq!),
      credit: { kind: 'perEvent', unit: 'amount', value: 12.5, cap: null },
      fee: { amount: 1000, currency: 'USD', per: 'month' },
      creditLimits: { minimumAmount: null, perPeriodAmount: null, perYearAmount: 70, perYearPercent: null },
    });
    const p = november(policy);
    // October's 50 leaves 20 of the year's 70; the outages still open earned 25 of November's 50.
    expect([p.credit.amount, p.credit.limitedBy, p.claim.lapsedWindows]).toEqual([20, 'perYear', 2]);
    expect(p.credit.claimable).toEqual({ percent: null, days: null, amount: 20 });
    expect(p.credit.lapsed).toEqual({ percent: null, days: null, amount: 0 });
  });

  it('reports all of an expired credit as lapsed, and all of an open one as claimable', () => {
    const policy = parsePolicy({
      ...structuredClone(PRESETS.patientiq!),
      fee: { amount: 1000, currency: 'USD', per: 'month' },
    });
    // November is 98.98… %, the 10 % band; its window runs to the end of Nov 27.
    const nov = (asOf: string) => evaluation(policy, asOf).periods.find((x) => x.label === '2026-11')!;
    const open = nov('2026-11-21');
    expect([open.claim.status, open.credit.claimable, open.credit.lapsed]).toEqual([
      'open',
      { percent: 10, days: null, amount: 100 },
      { percent: 0, days: null, amount: 0 },
    ]);
    const closed = nov('2026-12-21');
    expect([closed.claim.status, closed.credit.claimable, closed.credit.lapsed]).toEqual([
      'expired',
      { percent: 0, days: null, amount: 0 },
      { percent: 10, days: null, amount: 100 },
    ]);
  });

  it('says nothing for a credit claimed from the breach alone', () => {
    const p = november(PRESETS.patientiq!);
    expect(p.claim.status).toBe('open');
    expect(p.claim.lapsedWindows).toBeUndefined();
  });
});
