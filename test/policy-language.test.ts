// The terms real SLAs write beyond the five seed contracts, each at its boundary with
// hand-computed figures: every case fails if the engine ignores the field it sets.

import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import githubEnterprise from '../public/policies/github-enterprise.json';
import { blankPolicy } from '../src/engine/blank-policy';
import { evaluate } from '../src/engine/evaluate';
import type { ExclusionRecord, ProbeMinutes } from '../src/engine/observations';
import { type Policy, parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import type { TicketRecord } from '../src/engine/tickets';
import { toReport } from '../src/engine/to-report';
import { policyProblems } from './support/policy-problems';
import { probeMinutes } from './support/probe-minutes';
import { rightsOf } from './support/public-terms';

const MIN = 60_000;
const at = (iso: string) => Date.parse(iso);

/** A plain policy: 99.9 % per calendar month in UTC, nothing excluded, no credit. */
function base(changes: Partial<Policy> = {}): Policy {
  return { ...blankPolicy(), id: 'case', name: 'Case', ...changes };
}

/** One check a minute from `from` to `to`, up unless `checks` says otherwise for a minute. */
function probe(
  monitor: string,
  from: string,
  to: string,
  checks: Record<string, readonly [number, number]> = {},
): ProbeMinutes {
  const first = at(from) / MIN;
  const n = (at(to) - at(from)) / MIN;
  const up = new Uint16Array(n).fill(1);
  const down = new Uint16Array(n);
  for (const [when, [u, d]] of Object.entries(checks)) {
    const i = at(when) / MIN - first;
    up[i] = u;
    down[i] = d;
  }
  return probeMinutes(monitor, first, up, down);
}

/** Down for every minute of [from, to). */
function downDuring(from: string, to: string): Record<string, readonly [number, number]> {
  const out: Record<string, readonly [number, number]> = {};
  for (let t = at(from); t < at(to); t += MIN) out[new Date(t).toISOString()] = [0, 1];
  return out;
}

function run(
  policy: Policy,
  monitors: ProbeMinutes[],
  extra: { exclusions?: ExclusionRecord[]; tickets?: TicketRecord[]; asOf?: string } = {},
) {
  return evaluate({
    policy: parsePolicy(policy),
    monitors,
    exclusions: extra.exclusions ?? [],
    inputs: [],
    tickets: extra.tickets,
    asOf: extra.asOf ?? '2026-04-15',
  });
}

const problems = policyProblems;

const MARCH = ['2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'] as const;

describe('error rate over requests', () => {
  const rate = (changes: Partial<NonNullable<Policy['measurement']>> = {}) =>
    base({
      measurement: {
        intervalMinutes: 1,
        rule: 'errorRate',
        errorRatePercent: 5,
        minChecks: 2000,
        monitorsDown: null,
        ...changes,
      },
    });
  const downtime = (policy: Policy, up: number, down: number) =>
    run(policy, [probe('api', ...MARCH, { '2026-03-10T12:00:00Z': [up, down] })]).periods[0]!.downtimeMinutes;

  it('is down above 5 %, not at exactly 5 %', () => {
    expect(downtime(rate(), 9500, 500)).toBe(0);
    expect(downtime(rate(), 9499, 501)).toBe(1);
  });

  it('needs the minimum number of requests', () => {
    expect(downtime(rate(), 999, 1000)).toBe(0); // 1999 requests
    expect(downtime(rate(), 1000, 1000)).toBe(1); // 2000 requests
  });

  it('refuses an error-rate rule without its rate, naming the field', () => {
    expect(problems(rate({ errorRatePercent: null }))).toEqual([
      'measurement.errorRatePercent: expected the error rate above which an interval is down',
    ]);
    expect(problems(rate({ intervalMinutes: 7 }))).toEqual([
      'measurement.intervalMinutes: expected a whole number of minutes that divides 60',
    ]);
  });
});

describe('intervals of several minutes', () => {
  const grid = (rule: 'any' | 'majority' | 'all') =>
    base({
      measurement: { intervalMinutes: 5, rule, errorRatePercent: null, minChecks: null, monitorsDown: null },
    });
  const oneBadCheck = () => [probe('api', ...MARCH, { '2026-03-10T12:03:00Z': [0, 1] })];

  it('a 5-minute interval touched by one bad check is down for all its 5 minutes', () => {
    const e = run(grid('any'), oneBadCheck());
    expect(e.periods[0]!.downtimeMinutes).toBe(5);
    expect(e.outages.map((o) => [new Date(o.startMs).toISOString(), o.minutes])).toEqual([
      ['2026-03-10T12:00:00.000Z', 5],
    ]);
  });

  it('one bad check of five is not a majority, five of five is all', () => {
    expect(run(grid('majority'), oneBadCheck()).periods[0]!.downtimeMinutes).toBe(0);
    const all = downDuring('2026-03-10T12:00:00Z', '2026-03-10T12:04:00Z');
    expect(run(grid('all'), [probe('api', ...MARCH, all)]).periods[0]!.downtimeMinutes).toBe(0);
    const five = downDuring('2026-03-10T12:00:00Z', '2026-03-10T12:05:00Z');
    expect(run(grid('all'), [probe('api', ...MARCH, five)]).periods[0]!.downtimeMinutes).toBe(5);
  });

  it('an interval without checks carries the last checked minute’s own state, not its interval’s', () => {
    // 12:00–12:04 holds four good checks and a failed one: up under "all". The minute
    // 12:04 alone failed, and that state is carried into 12:05 (hold 2); 12:06 on has no data.
    const checks = { '2026-03-10T12:04:00Z': [0, 1] as const };
    for (let m = 5; m < 10; m++) Object.assign(checks, { [`2026-03-10T12:0${m}:00Z`]: [0, 0] });
    const e = run(grid('all'), [probe('api', '2026-03-10T12:00:00Z', '2026-03-10T12:10:00Z', checks)]);
    expect(e.outages.map((o) => [new Date(o.startMs).toISOString(), o.minutes])).toEqual([
      ['2026-03-10T12:05:00.000Z', 1],
    ]);
  });
});

describe('k of n monitors', () => {
  const twoOfThree = base({
    measurement: {
      intervalMinutes: 1,
      rule: 'any',
      errorRatePercent: null,
      minChecks: null,
      monitorsDown: 2,
    },
  });
  const bad = { '2026-03-10T12:00:00Z': [0, 1] } as const;
  it('is up with k − 1 monitors down and down with k', () => {
    const one = [probe('a', ...MARCH, bad), probe('b', ...MARCH), probe('c', ...MARCH)];
    expect(run(twoOfThree, one).periods[0]!.downtimeMinutes).toBe(0);
    const two = [probe('a', ...MARCH, bad), probe('b', ...MARCH, bad), probe('c', ...MARCH)];
    expect(run(twoOfThree, two).periods[0]!.downtimeMinutes).toBe(1);
  });
});

describe('notice in business days', () => {
  // Weekdays 09:00–18:00 UTC: notice is whole 9-hour working days of business time.
  const policy = base({
    calendar: {
      weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '09:00', to: '18:00' })),
      holidayCountry: null,
      holidays: [],
    },
    exclusions: {
      ...base().exclusions,
      kinds: {
        ...base().exclusions.kinds,
        customer: { excluded: true, notice: { kind: 'businessDays', days: 2 } },
      },
    },
  });
  const record = (start: string, announced: string): ExclusionRecord => ({
    startMs: at(start),
    endMs: at(start) + 60 * MIN,
    kind: 'customer',
    announcedAtMs: at(announced),
    note: '',
    source: 'notices.csv',
    line: 2,
  });

  it('Monday 10:00 for Wednesday 10:00 is two days (8 + 9 + 1 hours); Thursday 19:00 for Monday 08:00 is one', () => {
    const e = run(policy, [probe('a', ...MARCH)], {
      exclusions: [
        record('2026-03-11T10:00:00Z', '2026-03-09T10:00:00Z'),
        record('2026-03-16T08:00:00Z', '2026-03-12T19:00:00Z'),
      ],
    });
    expect(e.periods[0]!.excludedMinutes).toBe(60);
    expect(toReport(e).exclusions.map((x) => x.excluded)).toEqual([true, false]);
  });
});

describe('caps on excluded maintenance', () => {
  const planned = (from: string, to: string): ExclusionRecord => ({
    startMs: at(from),
    endMs: at(to),
    kind: 'planned',
    announcedAtMs: null,
    note: '',
    source: 'notices.csv',
    line: 2,
  });
  const capped = (per: 'period' | 'year') =>
    base({
      exclusions: {
        ...base().exclusions,
        kinds: { ...base().exclusions.kinds, planned: { excluded: true, notice: null } },
        caps: [{ kinds: ['planned'], hours: 1, per }],
      },
    });

  it('per period: 60 minutes excluded, the 61st counts', () => {
    const under = downDuring('2026-03-10T10:00:00Z', '2026-03-10T11:00:00Z');
    const e1 = run(capped('period'), [probe('a', ...MARCH, under)], {
      exclusions: [planned('2026-03-10T10:00:00Z', '2026-03-10T11:00:00Z')],
    });
    expect([e1.periods[0]!.excludedMinutes, e1.periods[0]!.downtimeMinutes]).toEqual([60, 0]);
    const over = downDuring('2026-03-10T10:00:00Z', '2026-03-10T11:01:00Z');
    const e2 = run(capped('period'), [probe('a', ...MARCH, over)], {
      exclusions: [planned('2026-03-10T10:00:00Z', '2026-03-10T11:01:00Z')],
    });
    expect([e2.periods[0]!.excludedMinutes, e2.periods[0]!.downtimeMinutes]).toEqual([60, 1]);
  });

  it('a minute stays excluded while the caps of one of the kinds covering it allow it', () => {
    // A daily 10:00–11:00 window capped at 30 minutes a month is used up on 1 March; the
    // planned hour on 10 March inside the window is still excluded under its own cap.
    const policy = base({
      exclusions: {
        ...base().exclusions,
        kinds: { ...base().exclusions.kinds, planned: { excluded: true, notice: null } },
        windows: [{ start: '10:00', end: '11:00', weekdays: [], note: 'Daily window' }],
        caps: [
          { kinds: ['windows'], hours: 0.5, per: 'period' },
          { kinds: ['planned'], hours: 1, per: 'period' },
        ],
      },
    });
    const down = downDuring('2026-03-10T10:00:00Z', '2026-03-10T11:00:00Z');
    const e = run(policy, [probe('a', ...MARCH, down)], {
      exclusions: [planned('2026-03-10T10:00:00Z', '2026-03-10T11:00:00Z')],
    });
    expect([e.periods[0]!.excludedMinutes, e.periods[0]!.downtimeMinutes]).toEqual([90, 0]);
  });

  it('per year: the surplus is taken in time order, across periods', () => {
    const monitors = (lastMinutes: number) => [
      probe('a', '2026-01-01T00:00:00Z', '2026-04-01T00:00:00Z', {
        ...downDuring('2026-01-10T10:00:00Z', '2026-01-10T10:40:00Z'),
        ...downDuring(
          '2026-03-10T10:00:00Z',
          new Date(at('2026-03-10T10:00:00Z') + lastMinutes * MIN).toISOString(),
        ),
      }),
    ];
    const notices = (lastMinutes: number) => [
      planned('2026-01-10T10:00:00Z', '2026-01-10T10:40:00Z'),
      planned('2026-03-10T10:00:00Z', new Date(at('2026-03-10T10:00:00Z') + lastMinutes * MIN).toISOString()),
    ];
    const figures = (lastMinutes: number) =>
      run(capped('year'), monitors(lastMinutes), { exclusions: notices(lastMinutes) }).periods.map((p) => [
        p.label,
        p.excludedMinutes,
        p.downtimeMinutes,
      ]);
    expect(figures(20)).toEqual([
      ['2026-01', 40, 0],
      ['2026-02', 0, 0],
      ['2026-03', 20, 0],
    ]);
    expect(figures(21)).toEqual([
      ['2026-01', 40, 0],
      ['2026-02', 0, 0],
      ['2026-03', 20, 1],
    ]);
  });

  it('per year: maintenance in months no monitor watched still uses the year’s cap', () => {
    // January's 40 planned minutes use the cap whether or not a check was made then (rule
    // 14: excluded whatever the service state), so of March's 21 down minutes under notice
    // 20 are excluded and 1 counts, as when January was monitored (the test above).
    const down = downDuring('2026-03-10T10:00:00Z', '2026-03-10T10:21:00Z');
    const e = run(capped('year'), [probe('a', ...MARCH, down)], {
      exclusions: [
        planned('2026-01-10T10:00:00Z', '2026-01-10T10:40:00Z'),
        planned('2026-03-10T10:00:00Z', '2026-03-10T10:21:00Z'),
      ],
    });
    expect(e.periods.map((p) => [p.label, p.excludedMinutes, p.downtimeMinutes])).toEqual([
      ['2026-03', 20, 1],
    ]);
    // March's notice is excluded in part, and says by how much.
    expect(e.exclusions.map((x) => [x.excluded, x.overCapMinutes])).toEqual([
      [true, 0],
      [true, 1],
    ]);
    expect(toReport(e).exclusions.map((x) => x.reason)).toEqual([
      'excluded kind',
      'excluded kind; 1 min of it beyond the cap on planned exclusions, measured as any other time',
    ]);
    // With the year's cap in a later year, January's maintenance leaves March's alone.
    const lastYear = run(capped('year'), [probe('a', ...MARCH, down)], {
      exclusions: [
        planned('2025-01-10T10:00:00Z', '2025-01-10T10:40:00Z'),
        planned('2026-03-10T10:00:00Z', '2026-03-10T10:21:00Z'),
      ],
    });
    expect(lastYear.periods.map((p) => [p.label, p.excludedMinutes, p.downtimeMinutes])).toEqual([
      ['2026-03', 21, 0],
    ]);
  });
});

describe('credits beyond bands and steps', () => {
  it('a minimum credit: 0.99 is not owed, 1.00 is', () => {
    const policy = base({
      credit: { kind: 'lostTime', multiple: 1, hourlyRate: 0.6, whenMissed: false, capPercent: 100 },
      creditLimits: { minimumAmount: 1, perPeriodAmount: null, perYearAmount: null, perYearPercent: null },
    });
    const amount = (lost: number) =>
      run(policy, [
        probe(
          'a',
          ...MARCH,
          downDuring('2026-03-10T00:00:00Z', new Date(at('2026-03-10T00:00:00Z') + lost * MIN).toISOString()),
        ),
      ]).periods[0]!.credit;
    expect([amount(99).amount, amount(99).limitedBy]).toEqual([0, 'minimum']);
    expect([amount(100).amount, amount(100).limitedBy]).toEqual([1, undefined]);
  });

  // The figure a credit rule gives and the amount the contract's bounds leave can differ:
  // the period says which bound cut it, for the page to say so beside the amount.
  it('names the bound that cut a credit: the next month’s fee, the cap per period', () => {
    const policy = (eligibility: boolean, perPeriodAmount: number | null) =>
      base({
        credit: { kind: 'perEvent', unit: 'amount', value: 400, cap: null },
        fee: { amount: 500, currency: 'USD', per: 'month' },
        eligibility: { ...base().eligibility, capAtNextMonthFee: eligibility },
        creditLimits: { minimumAmount: null, perPeriodAmount, perYearAmount: null, perYearPercent: null },
      });
    const twoEvents = [
      probe('a', ...MARCH, {
        ...downDuring('2026-03-10T00:00:00Z', '2026-03-10T00:05:00Z'),
        ...downDuring('2026-03-11T00:00:00Z', '2026-03-11T00:05:00Z'),
      }),
    ];
    const credit = (e: boolean, cap: number | null) => {
      const c = run(policy(e, cap), twoEvents).periods[0]!.credit;
      return [c.amount, c.limitedBy];
    };
    expect(credit(false, null)).toEqual([800, undefined]);
    expect(credit(true, null)).toEqual([500, 'nextMonthFee']);
    expect(credit(true, 450)).toEqual([450, 'perPeriod']);
    expect(credit(false, 900)).toEqual([800, undefined]);
  });

  it('ten times the fee for the time down, capped at the fee', () => {
    // 3100 USD a month over March's 44 640 minutes; 72 minutes down: 10 × 72 × 3100 / 44 640 = 50.
    const policy = base({
      credit: { kind: 'lostTime', multiple: 10, hourlyRate: null, whenMissed: true, capPercent: 100 },
      fee: { amount: 3100, currency: 'USD', per: 'month' },
    });
    const e = run(policy, [probe('a', ...MARCH, downDuring('2026-03-10T00:00:00Z', '2026-03-10T01:12:00Z'))]);
    expect(e.periods[0]!.credit).toMatchObject({ amount: 50, percent: null });
    // Target met: 43 minutes down is within 99.9 % of March, so nothing is owed.
    const met = run(policy, [
      probe('a', ...MARCH, downDuring('2026-03-10T00:00:00Z', '2026-03-10T00:43:00Z')),
    ]);
    expect(met.periods[0]!.credit.amount).toBe(0);
  });

  it('ten times the time down with no fee set is a share of the fee, with its claim window', () => {
    // 72 of March's 44 640 minutes down, ten times over: 720 / 44 640 of the fee = 1.6129… %,
    // owed and to be claimed within 3 months (by July 1) even before the fee is entered.
    const policy = base({
      credit: { kind: 'lostTime', multiple: 10, hourlyRate: null, whenMissed: true, capPercent: 100 },
      claim: { kind: 'monthsAfterPeriod', months: 3 },
    });
    const march = run(policy, [
      probe('a', ...MARCH, downDuring('2026-03-10T00:00:00Z', '2026-03-10T01:12:00Z')),
    ]).periods[0]!;
    expect(march.credit).toMatchObject({ percent: 1.6129032258064515, days: null, amount: null });
    expect([new Date(march.claim.claimByMs!).toISOString(), march.claim.status]).toEqual([
      '2026-07-01T00:00:00.000Z',
      'open',
    ]);
    // Capped at the fee: 4 464 minutes down, ten times over, is the whole fee; twice that still is.
    const capped = run(policy, [
      probe('a', ...MARCH, downDuring('2026-03-10T00:00:00Z', '2026-03-16T04:48:00Z')),
    ]).periods[0]!;
    expect(capped.credit.percent).toBe(100);
  });

  it('per event, as percent, money or days, with its cap', () => {
    const checks = {
      ...downDuring('2026-03-10T00:00:00Z', '2026-03-10T00:05:00Z'),
      ...downDuring('2026-03-11T00:00:00Z', '2026-03-11T00:05:00Z'),
      ...downDuring('2026-03-12T00:00:00Z', '2026-03-12T00:05:00Z'),
    };
    const credit = (unit: 'percent' | 'amount' | 'days', cap: number | null) =>
      run(
        base({
          credit: { kind: 'perEvent', unit, value: 2.5, cap },
          fee: { amount: 1000, currency: 'USD', per: 'month' },
        }),
        [probe('a', ...MARCH, checks)],
      ).periods[0]!.credit;
    expect(credit('percent', null)).toMatchObject({ percent: 7.5, amount: 75 });
    expect(credit('amount', 5)).toMatchObject({ percent: null, amount: 5 });
    expect(credit('days', null)).toMatchObject({ days: 7.5 });
  });

  it('service days per started hour lost', () => {
    const policy = base({
      credit: {
        kind: 'serviceDays',
        days: 1,
        perMinutes: 60,
        rounding: 'ceil',
        whenMissed: false,
        capDays: 30,
      },
    });
    const e = run(policy, [probe('a', ...MARCH, downDuring('2026-03-10T00:00:00Z', '2026-03-10T01:01:00Z'))]);
    expect(e.periods[0]!.credit.days).toBe(2);
  });

  it('a percentage of the fee per started block of lost time, capped', () => {
    // Rackspace: "5% of the fees … for every half hour (or part thereof) of unplanned
    // Unavailability, up to a maximum of 100% of the fees".
    const credit = (downMinutes: number, rounding: 'ceil' | 'floor' = 'ceil') => {
      const end = new Date(at('2026-03-10T00:00:00Z') + downMinutes * MIN).toISOString();
      return run(
        base({
          target: 100,
          credit: {
            kind: 'perBlock',
            percent: 5,
            perMinutes: 30,
            rounding,
            whenMissed: false,
            capPercent: 100,
          },
          fee: { amount: 1000, currency: 'USD', per: 'month' },
        }),
        [probe('a', ...MARCH, downDuring('2026-03-10T00:00:00Z', end))],
      ).periods[0]!.credit;
    };
    expect(credit(30)).toMatchObject({ percent: 5, amount: 50 });
    expect(credit(31)).toMatchObject({ percent: 10, amount: 100 });
    expect(credit(31, 'floor')).toMatchObject({ percent: 5, amount: 50 });
    expect(credit(570)).toMatchObject({ percent: 95, amount: 950 });
    expect(credit(571)).toMatchObject({ percent: 100, amount: 1000 });
  });

  it('days of service by uptime band, the highest band reached, capped', () => {
    // Google Workspace: "< 99.9% – >= 99.0%: 3 … < 99.0% – >= 95.0%: 7 … < 95.0%: 15 Days of
    // Service"; March has 44 640 minutes, so 99.9 % allows 44 down minutes, 99.0 % 446
    // and 95.0 % exactly 2 232.
    const policy = (capDays: number) =>
      base({
        credit: {
          kind: 'dayBands',
          dayBands: [
            { below: 99.9, inclusive: false, days: 3 },
            { below: 99, inclusive: false, days: 7 },
            { below: 95, inclusive: false, days: 15 },
          ],
          capDays,
        },
      });
    const days = (downMinutes: number, capDays = 15) => {
      const end = new Date(at('2026-03-10T00:00:00Z') + downMinutes * MIN).toISOString();
      return run(policy(capDays), [probe('a', ...MARCH, downDuring('2026-03-10T00:00:00Z', end))]).periods[0]!
        .credit;
    };
    expect([44, 45, 446, 447, 2232, 2233].map((n) => days(n).days)).toEqual([0, 3, 3, 7, 7, 15]);
    expect(days(2233, 10)).toMatchObject({ days: 10, percent: null, amount: null });
    expect(() =>
      parsePolicy(
        base({
          credit: { kind: 'dayBands', dayBands: [{ below: 99.95, inclusive: false, days: 3 }], capDays: 15 },
        }),
      ),
    ).toThrow('credit.dayBands[0].below: expected a bound not above the target 99.9');
  });

  it('a yearly cap takes the later periods’ credit down to what is left', () => {
    const policy = base({
      credit: { kind: 'perEvent', unit: 'amount', value: 40, cap: null },
      creditLimits: { minimumAmount: null, perPeriodAmount: null, perYearAmount: 100, perYearPercent: null },
    });
    const checks = {
      ...downDuring('2026-01-10T00:00:00Z', '2026-01-10T00:05:00Z'),
      ...downDuring('2026-01-11T00:00:00Z', '2026-01-11T00:05:00Z'),
      ...downDuring('2026-02-10T00:00:00Z', '2026-02-10T00:05:00Z'),
      ...downDuring('2026-03-10T00:00:00Z', '2026-03-10T00:05:00Z'),
    };
    const e = run(policy, [probe('a', '2026-01-01T00:00:00Z', '2026-04-01T00:00:00Z', checks)]);
    expect(e.periods.map((p) => p.credit.amount)).toEqual([80, 20, 0]);
    expect(e.periods.map((p) => p.credit.limitedBy)).toEqual([undefined, 'perYear', 'perYear']);
  });

  it('a yearly cap of a share of the fee is never exceeded by a half cent: 10 % of 10 001.45 a year leaves 1 000.14', () => {
    const policy = base({
      credit: { kind: 'perEvent', unit: 'amount', value: 600, cap: null },
      fee: { amount: 10_001.45, currency: 'USD', per: 'year' },
      creditLimits: { minimumAmount: null, perPeriodAmount: null, perYearAmount: null, perYearPercent: 10 },
    });
    const checks = {
      ...downDuring('2026-01-10T00:00:00Z', '2026-01-10T00:05:00Z'),
      ...downDuring('2026-02-10T00:00:00Z', '2026-02-10T00:05:00Z'),
    };
    const e = run(policy, [probe('a', '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z', checks)]);
    expect(e.periods.map((p) => p.credit.amount)).toEqual([600, 400.14]);
  });

  it('the next month’s fee and a cap per period bound a credit in whole cents, never past them', () => {
    // One outage of an hour: one event, and below 99.9 % in January.
    const jan = downDuring('2026-01-10T00:00:00Z', '2026-01-10T01:00:00Z');
    const amount = (changes: Partial<Policy>) => {
      const e = run(base(changes), [probe('a', '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', jan)]);
      return [e.periods[0]!.credit.amount, e.periods[0]!.credit.limitedBy ?? null];
    };
    const perEvent = (value: number, cap: number | null = null) =>
      ({ kind: 'perEvent', unit: 'amount', value, cap }) as const;
    const capAtNextMonthFee = { ...blankPolicy().eligibility, capAtNextMonthFee: true };
    // 1 000.14 a year is 83.345 a month: the fee allows 83.34, not 83.345.
    expect(
      amount({
        credit: perEvent(100),
        fee: { amount: 1000.14, currency: 'USD', per: 'year' },
        eligibility: capAtNextMonthFee,
      }),
    ).toEqual([83.34, 'nextMonthFee']);
    // 1 000 a year is 83.333… a month: 83.33.
    expect(
      amount({
        credit: perEvent(100),
        fee: { amount: 1000, currency: 'USD', per: 'year' },
        eligibility: capAtNextMonthFee,
      }),
    ).toEqual([83.33, 'nextMonthFee']);
    // 100 % of 83.345 is 83.35 in cents, half away from zero, a cent above the fee it may not exceed.
    expect(
      amount({
        credit: { kind: 'bands', bands: [{ below: 99.9, inclusive: false, percent: 100 }], capPercent: 100 },
        fee: { amount: 1000.14, currency: 'USD', per: 'year' },
        eligibility: capAtNextMonthFee,
      }),
    ).toEqual([83.34, 'nextMonthFee']);
    // A cap per period of 50.005 allows 50.00.
    expect(
      amount({
        credit: perEvent(60),
        fee: { amount: 1000, currency: 'USD', per: 'month' },
        creditLimits: {
          minimumAmount: null,
          perPeriodAmount: 50.005,
          perYearAmount: null,
          perYearPercent: null,
        },
      }),
    ).toEqual([50, 'perPeriod']);
    // An amount per event is money, in cents: 33.335 is 33.34; its cap is taken down to the cent.
    expect(amount({ credit: perEvent(33.335) })).toEqual([33.34, null]);
    expect(amount({ credit: perEvent(33.335, 20.009) })).toEqual([20, null]);
  });

  it('a yearly cap that leaves a period nothing leaves it no claim; the minimum applies to what the cap leaves', () => {
    const policy = (minimumAmount: number | null) =>
      base({
        credit: { kind: 'perEvent', unit: 'amount', value: 40, cap: null },
        claim: { kind: 'afterPeriodEnd', days: 30 },
        creditLimits: { minimumAmount, perPeriodAmount: null, perYearAmount: 90, perYearPercent: null },
      });
    const checks = {
      ...downDuring('2026-01-10T00:00:00Z', '2026-01-10T00:05:00Z'),
      ...downDuring('2026-01-11T00:00:00Z', '2026-01-11T00:05:00Z'),
      ...downDuring('2026-02-10T00:00:00Z', '2026-02-10T00:05:00Z'),
      ...downDuring('2026-03-10T00:00:00Z', '2026-03-10T00:05:00Z'),
    };
    const monitors = [probe('a', '2026-01-01T00:00:00Z', '2026-04-01T00:00:00Z', checks)];
    const figures = (min: number | null) =>
      run(policy(min), monitors).periods.map((p) => [p.credit.amount, p.claim.claimByMs !== null]);
    expect(figures(null)).toEqual([
      [80, true],
      [10, true],
      [0, false],
    ]);
    // February's 10 left by the cap is below a 25 minimum: nothing, and nothing to claim.
    expect(figures(25)).toEqual([
      [80, true],
      [0, false],
      [0, false],
    ]);
  });

  it('a lost-time credit with no cap grows with the time lost', () => {
    const policy = base({
      credit: { kind: 'lostTime', multiple: 10, hourlyRate: null, whenMissed: true, capPercent: null },
      fee: { amount: 100, currency: 'USD', per: 'month' },
    });
    // 4464 of March's 44 640 minutes down, ten times over: the whole month's fee, uncapped.
    const e = run(policy, [probe('a', ...MARCH, downDuring('2026-03-10T00:00:00Z', '2026-03-13T02:24:00Z'))]);
    expect(e.periods[0]!.credit.amount).toBe(100);
    const twice = run(policy, [
      probe('a', ...MARCH, downDuring('2026-03-10T00:00:00Z', '2026-03-16T04:48:00Z')),
    ]);
    expect(twice.periods[0]!.credit.amount).toBe(200);
  });

  it('a remedy owed for each missed period', () => {
    const policy = base({
      remedies: [{ id: 'rca', description: 'Root cause analysis within 5 business days' }],
    });
    const e = run(policy, [probe('a', ...MARCH, downDuring('2026-03-10T00:00:00Z', '2026-03-10T01:00:00Z'))]);
    expect(e.remedies).toEqual([
      { remedy: 'rca', description: 'Root cause analysis within 5 business days', period: '2026-03' },
    ]);
    expect(toReport(e).remedies).toEqual(e.remedies);
  });
});

describe('claim windows', () => {
  const bands: Policy['credit'] = {
    kind: 'bands',
    bands: [{ below: 99.9, inclusive: false, percent: 10 }],
    capPercent: 100,
  };
  const outage = downDuring('2026-03-10T00:00:00Z', '2026-03-10T01:00:00Z');

  it('"afterEligibility" with band credits runs from the minute the period fell below target', () => {
    const e = run(base({ credit: bands, claim: { kind: 'afterEligibility', days: 30 } }), [
      probe('a', ...MARCH, outage),
    ]);
    // March allows 44 minutes (99.9 % of 44 640 = 44.64); the 45th minute ends at 00:45.
    expect(new Date(e.periods[0]!.breachAtMs!).toISOString()).toBe('2026-03-10T00:45:00.000Z');
    expect(new Date(e.periods[0]!.claim.claimByMs!).toISOString()).toBe('2026-04-09T00:45:00.000Z');
  });

  it('within N days of the incident, and within N months after the period', () => {
    const days = run(base({ credit: bands, claim: { kind: 'daysAfterIncident', days: 10 } }), [
      probe('a', ...MARCH, outage),
    ]);
    expect(new Date(days.periods[0]!.claim.claimByMs!).toISOString()).toBe('2026-03-21T00:00:00.000Z');
    const months = run(base({ credit: bands, claim: { kind: 'monthsAfterPeriod', months: 2 } }), [
      probe('a', ...MARCH, outage),
    ]);
    expect(new Date(months.periods[0]!.claim.claimByMs!).toISOString()).toBe('2026-06-01T00:00:00.000Z');
  });

  // A credit per outage (PagerDuty's kind of clause) or on every lost minute is owed in a
  // month that met its target too; each outage starts its own claim window. May: outages of
  // 29 min on 05-05 (too short to count, 30 being the least), 30 min on 05-06 and 05-07, and
  // 30 min from 05-31 23:45 into June.
  const MAY = ['2026-05-01T00:00:00Z', '2026-06-10T00:00:00Z'] as const;
  const mayOutages = {
    ...downDuring('2026-05-05T10:00:00Z', '2026-05-05T10:29:00Z'),
    ...downDuring('2026-05-06T10:00:00Z', '2026-05-06T10:30:00Z'),
    ...downDuring('2026-05-07T09:50:00Z', '2026-05-07T10:20:00Z'),
    ...downDuring('2026-05-31T23:45:00Z', '2026-06-01T00:15:00Z'),
  };
  const perOutage = (changes: Partial<Policy> = {}) =>
    base({
      target: 99,
      minOutageMinutes: 30,
      credit: { kind: 'perEvent', unit: 'percent', value: 5, cap: 25 },
      fee: { amount: 3000, currency: 'USD', per: 'month' },
      claim: { kind: 'daysAfterIncident', days: 10 },
      ...changes,
    });
  const claimOf = (p: { claim: { claimByMs: number | null; status: string | null } }) => [
    p.claim.claimByMs === null ? null : new Date(p.claim.claimByMs).toISOString(),
    p.claim.status,
  ];

  it('a credit per outage in a month that met its target is claimed by the first window still open', () => {
    const may = (asOf: string) => run(perOutage(), [probe('a', ...MAY, mayOutages)], { asOf }).periods[0]!;
    expect(may('2026-05-10')).toMatchObject({ met: true, credit: { percent: 15, amount: 450 } });
    // The 05-06 outage's ten days end with 05-16; after them the 05-31 outage's window is open.
    expect(claimOf(may('2026-05-10'))).toEqual(['2026-05-17T00:00:00.000Z', 'open']);
    expect(claimOf(may('2026-05-20'))).toEqual(['2026-06-11T00:00:00.000Z', 'open']);
    expect(claimOf(may('2026-06-12'))).toEqual(['2026-06-11T00:00:00.000Z', 'expired']);
  });

  it('a credit on every lost minute, owed whatever the uptime, has a window from its outages', () => {
    const e = run(
      perOutage({
        credit: { kind: 'lostTime', multiple: 1, hourlyRate: null, whenMissed: false, capPercent: null },
      }),
      [probe('a', ...MAY, mayOutages)],
      { asOf: '2026-05-12' },
    );
    // May: 75 counted minutes of a 44 640-minute month's 3 000 USD; June 15 of 43 200.
    expect(e.periods.map((p) => [p.label, p.met, p.credit.amount, ...claimOf(p)])).toEqual([
      ['2026-05', true, 5.04, '2026-05-17T00:00:00.000Z', 'open'],
      ['2026-06', true, 1.04, '2026-06-11T00:00:00.000Z', 'open'],
    ]);
  });

  it('a percentage per block of lost time: owed whatever the uptime, or only when missed', () => {
    const blocks = (whenMissed: boolean) =>
      run(
        perOutage({
          credit: {
            kind: 'perBlock',
            percent: 5,
            perMinutes: 30,
            rounding: 'ceil',
            whenMissed,
            capPercent: 100,
          },
        }),
        [probe('a', ...MAY, mayOutages)],
        { asOf: '2026-05-12' },
      ).periods.map((p) => [p.label, p.met, p.credit.percent, p.credit.amount, ...claimOf(p)]);
    // May: 75 counted minutes are three started half hours; June: 15 minutes, one.
    expect(blocks(false)).toEqual([
      ['2026-05', true, 15, 450, '2026-05-17T00:00:00.000Z', 'open'],
      ['2026-06', true, 5, 150, '2026-06-11T00:00:00.000Z', 'open'],
    ]);
    expect(blocks(true)).toEqual([
      ['2026-05', true, 0, 0, null, null],
      ['2026-06', true, 0, 0, null, null],
    ]);
  });

  it('minutes without data counted down are an incident of their own for its claim window', () => {
    // Two hours without checks on Tuesday 03-10 from 10:00 (the policy counts them down): 119
    // minutes are lost, as the first counts up by carry-forward; 5 business days from 03-10 end with 03-17.
    const checks: Record<string, readonly [number, number]> = {};
    for (let t = at('2026-03-10T10:00:00Z'); t < at('2026-03-10T12:00:00Z'); t += MIN)
      checks[new Date(t).toISOString()] = [0, 0];
    const e = run(
      base({
        nodata: 'down',
        target: 99.9,
        credit: { kind: 'perStep', percentPerStep: 10, step: 0.1, rounding: 'ceil', capPercent: 100 },
        fee: { amount: 1000, currency: 'USD', per: 'month' },
        claim: { kind: 'businessDaysAfterIncident', days: 5 },
        calendar: {
          weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '09:00', to: '17:00' })),
          holidayCountry: null,
          holidays: [],
        },
      }),
      [probe('a', ...MARCH, checks)],
      { asOf: '2026-03-15' },
    );
    expect(e.periods[0]).toMatchObject({ met: false, downtimeMinutes: 119, credit: { amount: 200 } });
    expect(claimOf(e.periods[0]!)).toEqual(['2026-03-18T00:00:00.000Z', 'open']);
  });

  it('"no remedies before effective + 30 days" leaves out, for a credit per outage, the outages before that day', () => {
    // Effective 05-01: remedies from 05-31, so only the outage from 05-31 23:45 earns 5 %,
    // whether May met its target (99 %) or missed it (99.9 %, broken on 05-07).
    const eligibility = { ...blankPolicy().eligibility, effectiveDate: '2026-05-01', remediesAfterDays: 30 };
    for (const target of [99, 99.9]) {
      const may = run(perOutage({ target, eligibility }), [probe('a', ...MAY, mayOutages)], {
        asOf: '2026-06-05',
      }).periods[0]!;
      expect([may.met, may.credit.percent, may.credit.amount, may.credit.eligible]).toEqual([
        target === 99,
        5,
        150,
        true,
      ]);
      expect(claimOf(may)).toEqual(['2026-06-11T00:00:00.000Z', 'open']);
    }
    // Remedies from 06-15: no May outage earns anything, and the condition says why.
    const late = run(
      perOutage({ eligibility: { ...eligibility, effectiveDate: '2026-05-16' } }),
      [probe('a', ...MAY, mayOutages)],
      { asOf: '2026-06-05' },
    ).periods[0]!;
    expect([late.credit.percent, late.credit.amount, late.credit.eligible]).toEqual([0, 0, false]);
    expect(late.credit.checks.find((c) => c.condition.code === 'remediesAfter')?.met).toBe(false);
  });

  it('by the end of the second billing cycle, across a year end', () => {
    const policy = base({
      credit: bands,
      periodStart: { month: 1, day: 15 },
      claim: { kind: 'periodsAfterPeriod', periods: 2 },
    });
    const e = run(
      policy,
      [
        probe(
          'a',
          '2026-11-15T00:00:00Z',
          '2026-12-15T00:00:00Z',
          downDuring('2026-12-01T00:00:00Z', '2026-12-01T01:00:00Z'),
        ),
      ],
      { asOf: '2027-02-14' },
    );
    expect(e.periods.map((p) => p.label)).toEqual(['2026-11-15']);
    expect(new Date(e.periods[0]!.claim.claimByMs!).toISOString()).toBe('2027-02-15T00:00:00.000Z');
    expect(e.periods[0]!.claim).toMatchObject({ status: 'open', daysLeft: 1 });
  });
});

describe('periods that start on a given day or month', () => {
  it('a fiscal quarter from February across the March DST change in New York', () => {
    const policy = base({
      timezone: 'America/New_York',
      period: 'quarter',
      periodStart: { month: 2, day: 1 },
    });
    const e = run(policy, [probe('a', '2026-03-01T05:00:00Z', '2026-03-02T05:00:00Z')], {
      asOf: '2026-05-15',
    });
    // 1 Feb – 1 May 2026 local: 89 days, one hour shorter for the spring change.
    expect(e.periods.map((p) => [p.label, p.totalMinutes, new Date(p.startMs).toISOString()])).toEqual([
      ['2026-02-01', 89 * 1440 - 60, '2026-02-01T05:00:00.000Z'],
    ]);
  });

  it('billing cycles from the 15th', () => {
    const policy = base({ periodStart: { month: 1, day: 15 } });
    const e = run(policy, [probe('a', '2026-03-14T00:00:00Z', '2026-03-16T00:00:00Z')]);
    expect(e.periods.map((p) => [p.label, p.totalMinutes])).toEqual([
      ['2026-02-15', 28 * 1440],
      ['2026-03-15', 31 * 1440],
    ]);
  });
});

describe('termination', () => {
  const month = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}-01T00:00:00Z`;
  /** A year and more of checks with a two-hour outage in each listed month. */
  const missing = (months: readonly [number, number][]) => {
    const checks = Object.assign(
      {},
      ...months.map(([y, m]) => downDuring(month(y, m), `${y}-${String(m).padStart(2, '0')}-01T02:00:00Z`)),
    );
    return [probe('a', '2025-01-01T00:00:00Z', '2026-02-01T00:00:00Z', checks)];
  };
  const rolling = base({
    termination: [{ kind: 'missedWithinMonths', missed: 3, months: 12, noticeWithinDays: 30 }],
  });

  it('three missed months within a rolling twelve, with the notice deadline', () => {
    const e = run(
      rolling,
      missing([
        [2025, 2],
        [2025, 9],
        [2026, 1],
      ]),
      { asOf: '2026-02-10' },
    );
    expect(rightsOf(e.termination)).toEqual([
      [true, ['2025-02', '2025-09', '2026-01'], '2026-03-03T00:00:00.000Z', 'open', 21],
    ]);
  });

  it('a miss thirteen months back is outside the window', () => {
    const e = run(
      rolling,
      missing([
        [2025, 1],
        [2025, 9],
        [2026, 1],
      ]),
      { asOf: '2026-02-10' },
    );
    expect(e.termination.map((t) => t.triggered)).toEqual([false]);
  });

  it('money-only credits count as claims towards a "claims" right', () => {
    const policy = base({
      credit: { kind: 'lostTime', multiple: 1, hourlyRate: 60, whenMissed: true, capPercent: null },
      termination: [
        { kind: 'claims', consecutiveMonths: 3, claimsWithin: { count: 3, days: 30 }, noticeDays: null },
      ],
    });
    const e = run(
      policy,
      missing([
        [2025, 10],
        [2025, 11],
        [2025, 12],
      ]),
      { asOf: '2026-01-10' },
    );
    expect(
      e.periods.filter((p) => (p.credit.amount ?? 0) > 0).map((p) => [p.label, p.credit.amount]),
    ).toEqual([
      ['2025-10', 120],
      ['2025-11', 120],
      ['2025-12', 120],
    ]);
    expect(e.termination.map((t) => [t.triggered, t.periods])).toEqual([
      [true, ['2025-10', '2025-11', '2025-12']],
    ]);
  });

  // PatientIQ §1.3: "Customer may terminate the Agreement upon thirty (30) days written
  // notice": the notice's length before termination takes effect, not a time limit for
  // giving it. Months after the third, the right stands and has nothing to lapse.
  it('a "claims" rule with days of notice has no notice deadline, and does not lapse', () => {
    const policy = base({
      credit: { kind: 'bands', bands: [{ below: 99.9, inclusive: false, percent: 10 }], capPercent: 100 },
      termination: [
        { kind: 'claims', consecutiveMonths: 3, claimsWithin: { count: 3, days: 30 }, noticeDays: 30 },
      ],
    });
    for (const asOf of ['2026-01-10', '2026-06-10']) {
      const e = run(
        policy,
        missing([
          [2025, 10],
          [2025, 11],
          [2025, 12],
        ]),
        { asOf },
      );
      expect(
        e.termination.map((t) => [t.triggered, t.periods, t.noticeByMs, t.noticeStatus, t.noticeDaysLeft]),
        asOf,
      ).toEqual([[true, ['2025-10', '2025-11', '2025-12'], null, null, null]]);
    }
  });
});

describe('plans, conditions and a severity’s own clock', () => {
  const outage = downDuring('2026-03-10T00:00:00Z', '2026-03-10T00:30:00Z');
  const plans = (plan: string | null) =>
    base({
      plan,
      plans: [
        { id: 'team', name: 'Team', target: 99.9 },
        { id: 'enterprise', name: 'Enterprise', target: 99.95 },
      ],
    });

  it('the chosen plan’s target applies', () => {
    expect(run(plans('team'), [probe('a', ...MARCH, outage)]).periods[0]!.met).toBe(true);
    expect(run(plans('enterprise'), [probe('a', ...MARCH, outage)]).periods[0]!.met).toBe(false);
    expect(problems(plans('business'))).toEqual(['plan: expected one of the plan ids (team, enterprise)']);
  });

  // Twilio: 99.99 % "during calendar months in which Customer has purchased the Twilio
  // Administration Edition"; a reading may pick the plan, or change a plan's terms.
  it('a reading that picks the plan, or sets a plan’s target, is the plan evaluated', () => {
    const reading = (patches: Record<string, unknown>[]) =>
      ({
        ...plans('team'),
        interpretations: [
          {
            id: 'edition',
            clause: 'Section 2',
            question: 'Which terms apply?',
            chosen: 'r1',
            options: patches.map((patch, i) => ({ id: `r${i}`, label: `Reading ${i}`, patch })),
          },
        ],
      }) as Policy;
    const march = (policy: Policy) => {
      const e = run(policy, [probe('a', ...MARCH, outage)]);
      return [e.contract.target, e.periods[0]!.met];
    };
    expect(march(reading([{}, { plan: 'enterprise' }]))).toEqual([99.95, false]);
    expect(march(reading([{}, { 'plans.0.target': 99.95 }]))).toEqual([99.95, false]);
    expect(march(reading([{ plan: 'enterprise' }, {}]))).toEqual([99.9, true]);
  });

  it('an unanswered condition is shown open; a "no" takes the credit away', () => {
    const policy = (answer: boolean | null) =>
      base({
        credit: { kind: 'bands', bands: [{ below: 99.9, inclusive: false, percent: 10 }], capPercent: 100 },
        fee: { amount: 1000, currency: 'USD', per: 'month' },
        eligibility: {
          ...base().eligibility,
          conditions: [{ id: 'paid-up', text: 'All invoices paid', answer }],
        },
      });
    const credit = (answer: boolean | null) =>
      run(policy(answer), [probe('a', ...MARCH, downDuring('2026-03-10T00:00:00Z', '2026-03-10T01:00:00Z'))])
        .periods[0]!.credit;
    expect(credit(null)).toMatchObject({
      eligible: true,
      amount: 100,
      checks: [
        { condition: { code: 'customerCondition', id: 'paid-up', text: 'All invoices paid' }, met: null },
      ],
    });
    expect(credit(false)).toMatchObject({ eligible: false, amount: 0, percent: 0 });
  });

  it('a P1 measured around the clock while others keep business hours', () => {
    const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '09:00', to: '17:00' }));
    const always = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: '00:00', to: '24:00' }));
    const target = { kind: 'businessMinutes', minutes: 60 } as const;
    const policy = base({
      calendar: { weekly: weekdays, holidayCountry: null, holidays: [] },
      responseTargets: [
        {
          severity: 'P1',
          response: target,
          resolution: null,
          calendar: { weekly: always, holidayCountry: null, holidays: [] },
        },
        { severity: 'P2', response: target, resolution: null },
      ],
    });
    // Opened Saturday 7 March 10:00, answered 10:30.
    const ticket = (severity: string): TicketRecord =>
      ({
        id: severity,
        severity,
        openedAtMs: at('2026-03-07T10:00:00Z'),
        firstResponseAtMs: at('2026-03-07T10:30:00Z'),
        resolvedAtMs: null,
      }) as TicketRecord;
    const e = run(policy, [probe('a', ...MARCH)], { tickets: [ticket('P1'), ticket('P2')] });
    expect(e.tickets.map((t) => [t.severity, t.elapsedMinutes])).toEqual([
      ['P1', 30],
      ['P2', 0],
    ]);
  });
});

describe('scopes', () => {
  const scoped = base({
    target: 99.9,
    credit: { kind: 'bands', bands: [{ below: 99.9, inclusive: false, percent: 10 }], capPercent: 100 },
    fee: { amount: 1000, currency: 'USD', per: 'month' },
    scopes: [
      { id: 'eu', name: 'Europe', monitors: ['eu-*'] },
      {
        id: 'us',
        name: 'United States',
        monitors: ['us-east'],
        target: 99.5,
        credit: { kind: 'bands', bands: [{ below: 99.5, inclusive: false, percent: 25 }], capPercent: 100 },
        fee: { amount: 400, currency: 'USD', per: 'month' },
      },
    ],
  });
  const monitors = [
    probe('eu-west', ...MARCH, downDuring('2026-03-10T00:00:00Z', '2026-03-10T01:00:00Z')),
    probe('eu-north', ...MARCH),
    probe('us-east', ...MARCH, downDuring('2026-03-12T00:00:00Z', '2026-03-12T03:00:00Z')),
  ];

  it('refuses a scope whose own terms do not hold together, naming it', () => {
    const bad = structuredClone(scoped);
    bad.scopes![1]!.credit = undefined;
    expect(problems(bad)).toEqual([
      'scopes[1] → credit.bands[0].below: expected a bound not above the target 99.5',
    ]);
  });

  it('each scope on its own monitors, target and fee; the whole as today', () => {
    const e = run(scoped, monitors);
    expect(e.periods[0]!.downtimeMinutes).toBe(240);
    expect(
      e.scopes!.map((s) => [
        s.id,
        s.monitors,
        s.periods[0]!.downtimeMinutes,
        s.periods[0]!.met,
        s.periods[0]!.credit.amount,
      ]),
    ).toEqual([
      ['eu', ['eu-north', 'eu-west'], 60, false, 100],
      ['us', ['us-east'], 180, true, 0],
    ]);
    expect(toReport(e).scopes!.map((s) => s.periods[0]!.uptimePercent)).toEqual([
      (100 * (44_640 - 60)) / 44_640,
      (100 * (44_640 - 180)) / 44_640,
    ]);
  });

  it('property: scopes evaluated together equal each scope alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 44_639 }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 2 }),
        (downs, which) => {
          const names = ['eu-west', 'eu-north', 'us-east'];
          const ms = names.map((name, i) =>
            probe(
              name,
              ...MARCH,
              Object.fromEntries(
                downs
                  .filter((_, j) => j % 3 === i)
                  .map((m) => [new Date(at(MARCH[0]) + m * MIN).toISOString(), [0, 1] as const]),
              ),
            ),
          );
          const together = run(scoped, ms).scopes!;
          const scope = scoped.scopes![which % 2]!;
          const alone = run(
            {
              ...scoped,
              scopes: undefined,
              target: scope.target ?? scoped.target,
              credit: scope.credit ?? scoped.credit,
              fee: scope.fee ?? scoped.fee,
            },
            ms.filter((m) => (scope.id === 'eu' ? m.monitor.startsWith('eu-') : m.monitor === 'us-east')),
          );
          expect(together[which % 2]!.periods).toEqual(alone.periods);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('a stricter rule never raises uptime', () => {
  it('any ⊒ majority ⊒ all, on intervals of any size', () => {
    const rules = ['all', 'majority', 'any'] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 1439 }),
            fc.integer({ min: 0, max: 3 }),
            fc.integer({ min: 0, max: 3 }),
          ),
          {
            maxLength: 40,
          },
        ),
        fc.constantFrom(1, 2, 5, 15, 60),
        (cells, intervalMinutes) => {
          const day = ['2026-03-10T00:00:00Z', '2026-03-11T00:00:00Z'] as const;
          const checks = Object.fromEntries(
            cells.map(([m, u, d]) => [new Date(at(day[0]) + m * MIN).toISOString(), [u, d] as const]),
          );
          const downtime = rules.map(
            (rule) =>
              run(
                base({
                  measurement: {
                    intervalMinutes,
                    rule,
                    errorRatePercent: null,
                    minChecks: null,
                    monitorsDown: null,
                  },
                }),
                [probe('a', ...day, checks)],
              ).periods[0]!.downtimeMinutes,
          );
          expect(downtime[0]).toBeLessThanOrEqual(downtime[1]!);
          expect(downtime[1]).toBeLessThanOrEqual(downtime[2]!);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('policies saved in an earlier version', () => {
  const dir = 'test/fixtures/policies-v1';
  const today: Record<string, unknown> = { ...PRESETS, 'github-enterprise': githubEnterprise };

  it('every preset and example policy in its version 1 form loads as today’s, and evaluates the same', () => {
    const files = readdirSync(dir).sort();
    expect(files).toEqual([
      'clarus-lis.json',
      'elevatefinance.json',
      'github-enterprise.json',
      'kipu.json',
      'medos.json',
      'patientiq.json',
    ]);
    for (const file of files) {
      const old = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
      expect(old.schema, file).toBe('sla-policy/1');
      const migrated = parsePolicy(old);
      // Nothing but the version changes on the way.
      expect(migrated, file).toEqual({ ...old, schema: 'sla-policy/2' });
      const current = parsePolicy(today[file.replace('.json', '')]);
      // Kipu's version 2 preset adds what its Level 0 leaves out (a term version 1 could not write).
      if (file === 'kipu.json') {
        const added = structuredClone(migrated);
        const p0 = added.credit.kind === 'incidents' ? added.credit.levels[0]! : null;
        p0!.excludedKinds = ['planned', 'third-party', 'force-majeure', 'customer'];
        added.interpretations.push(current.interpretations.find((i) => i.id === 'level0-causes')!);
        added.citations = current.citations;
        expect(added, file).toEqual(current);
        continue;
      }
      expect(migrated, file).toEqual(current);
      const monitors = [probe('a', ...MARCH, downDuring('2026-03-10T00:00:00Z', '2026-03-10T06:00:00Z'))];
      const report = (p: Policy) =>
        toReport(evaluate({ policy: p, monitors, exclusions: [], inputs: [], asOf: '2026-04-15' }));
      expect(report(migrated), file).toEqual(report(current));
    }
  });

  it('an unknown version is refused, naming the one expected', () => {
    expect(problems({ ...base(), schema: 'sla-policy/9' })).toEqual(['schema: expected "sla-policy/2"']);
  });
});
