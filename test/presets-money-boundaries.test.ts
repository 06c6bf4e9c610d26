// Each seed contract's credit at the edge of a tier, on a fee that does not divide evenly,
// worked out by hand from the contract's words: one outage in June 2026 (30 days, 43 200
// minutes; no clock change in any preset's zone) or in a longer month, read as an event log.
import { describe, expect, it } from 'vitest';
import type { Policy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { evaluateCsv } from './support/evaluate-csv';

/** One outage of `minutes` from `start` (an ISO time with its offset). */
function outage(start: string, minutes: number): string {
  const end = new Date(Date.parse(start) + minutes * 60_000).toISOString();
  return `start,end,monitor\n${start},${end},app\n`;
}

function run(id: string, start: string, minutes: number, changes: (p: Policy) => void, asOf = '2026-07-05') {
  const policy = structuredClone(PRESETS[id]!) as Policy;
  changes(policy);
  return evaluateCsv(policy, [{ name: 'outages.csv', kind: 'events', csv: outage(start, minutes) }], asOf);
}

const fee = (amount: number, currency: string) => (p: Policy) => {
  p.fee = { ...p.fee, amount, currency };
};

describe('seed credits at a tier boundary, to the cent', () => {
  it('MedOS: 432 of 43 200 minutes is exactly 99.0 %, one day; 433 is two (1 day per started 0.5 %)', () => {
    const days = (m: number) =>
      run('medos', '2026-06-10T00:00:00+05:30', m, fee(999.99, 'INR')).periods[0]!.credit.days;
    expect([days(216), days(432), days(433)]).toEqual([0, 1, 2]);
  });

  it('Clarus LIS: exactly 99.0 % is the 10 % tier, exactly 95.0 % the 25 % one; half cents round away from zero', () => {
    const credit = (m: number, amount = 1234.57) => {
      const p = run('clarus-lis', '2026-06-10T00:00:00+03:00', m, fee(amount, 'EGP')).periods[0]!;
      return [p.credit.percent, p.credit.amount, p.claimBy];
    };
    // 10 % of 1 234.57 = 123.457; 25 % = 308.6425; 50 % of 1 234.55 = 617.275.
    expect(credit(432)).toEqual([10, 123.46, '2026-07-31T00:00:00+03:00']);
    expect(credit(433)).toEqual([25, 308.64, '2026-07-31T00:00:00+03:00']);
    expect(credit(2160)).toEqual([25, 308.64, '2026-07-31T00:00:00+03:00']);
    expect(credit(2161, 1234.55)).toEqual([50, 617.28, '2026-07-31T00:00:00+03:00']);
  });

  it('ElevateFinance: 99.00 after rounding is one step, 98.99 two, on the annual fee ÷ 12', () => {
    const credit = (start: string, m: number, tier = 'GROWTH') =>
      run('elevatefinance', start, m, (p) => {
        fee(100_000.01, 'INR')(p);
        p.eligibility = { ...p.eligibility, tier };
      }).periods[0]!.credit;
    // 100 000.01 ÷ 12 = 8 333.334166…: 5 % = 416.6667…, 10 % = 833.3334…
    // June: 434 minutes is 98.99537 %, 99.00; 435 is 98.99306 %, 98.99.
    expect([
      credit('2026-06-10T00:00:00+05:30', 434).percent,
      credit('2026-06-10T00:00:00+05:30', 434).amount,
    ]).toEqual([5, 416.67]);
    expect([
      credit('2026-06-10T00:00:00+05:30', 435).percent,
      credit('2026-06-10T00:00:00+05:30', 435).amount,
    ]).toEqual([10, 833.33]);
    // July has 44 640 minutes: 448 still rounds to 99.00, 449 does not.
    expect(credit('2026-07-10T00:00:00+05:30', 448).amount).toBe(416.67);
    expect(credit('2026-07-10T00:00:00+05:30', 449).amount).toBe(833.33);
    expect(credit('2026-06-10T00:00:00+05:30', 435, 'STARTER').amount).toBe(0);
  });

  it('Kipu: a Level 0 incident of 44 minutes exceeds 0.72 hours, 43 does not; 3 hours reach 50 %', () => {
    const month = (m: number) => {
      const r = run('kipu', '2026-06-10T10:00:00-04:00', m, (p) => {
        fee(555.55, 'USD')(p);
        p.eligibility = { ...p.eligibility, effectiveDate: '2020-01-01' };
      });
      const june = r.incidentCredits.find((x) => x.label === '2026-06')!;
      return [june.percent, june.amount, june.claimBy];
    };
    // 25 % of 555.55 = 138.8875; 50 % = 277.775.
    expect(month(43)).toEqual([0, 0, null]);
    expect(month(44)).toEqual([25, 138.89, '2026-07-10T10:44:00-04:00']);
    expect(month(179)).toEqual([25, 138.89, '2026-07-10T12:59:00-04:00']);
    expect(month(180)).toEqual([50, 277.78, '2026-07-10T13:00:00-04:00']);
  });

  it('PatientIQ: exactly 99.1 % meets the target, exactly 98.5 % is still the 10 % band', () => {
    // June less the daily 23:00–03:00 window: 43 200 − 30 × 240 = 36 000 minutes; 0.9 % is 324.
    const credit = (m: number) => {
      const p = run('patientiq', '2026-06-10T10:00:00-05:00', m, (x) => {
        fee(777.77, 'USD')(x);
        x.eligibility = { ...x.eligibility, effectiveDate: '2026-01-01' };
      }).periods[0]!;
      return [p.excludedMinutes, p.credit.percent, p.credit.amount, p.claimBy];
    };
    // 10 % of 777.77 = 77.777; 30 % = 233.331. Five business days after Wed 10 June: end of the 17th.
    expect(credit(324)).toEqual([7200, 0, 0, null]);
    expect(credit(325)).toEqual([7200, 10, 77.78, '2026-06-18T00:00:00-05:00']);
    expect(credit(540)).toEqual([7200, 10, 77.78, '2026-06-18T00:00:00-05:00']);
    expect(credit(541)).toEqual([7200, 30, 233.33, '2026-06-18T00:00:00-05:00']);
  });
});
