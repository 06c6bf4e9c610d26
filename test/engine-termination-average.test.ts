// A termination right on a rolling average of periods' uptime (Espressive: "falls below 97%
// on a rolling three (3) months average"): the windows it judges, its exact comparison and
// its notice deadline.
import { describe, expect, it } from 'vitest';
import { blankPolicy } from '../src/engine/blank-policy';
import { evaluate } from '../src/engine/evaluate';
import { type Policy, parsePolicy } from '../src/engine/policy';
import { toReport } from '../src/engine/to-report';
import { policyProblems } from './support/policy-problems';
import { probeMinutes } from './support/probe-minutes';
import { rightsOf } from './support/public-terms';

const MIN = 60_000;

/** Espressive's right, on uptime stated to two decimals. */
function espressive(changes: Partial<Policy> = {}): Policy {
  return {
    ...blankPolicy(),
    id: 'case',
    name: 'Case',
    roundDecimals: 2,
    termination: [
      { kind: 'averageBelow', periods: 3, belowPercent: 97, noticeDays: 30, noticeWithinDays: 60 },
    ],
    ...changes,
  };
}

/**
 * One check a minute from the first period's start to `until`, down for the first
 * `down[i]` minutes of the i-th period: periods given by their start instants.
 */
function monitor(starts: readonly string[], down: readonly number[], until: string) {
  const first = Date.parse(starts[0]!) / MIN;
  const n = Date.parse(until) / MIN - first;
  const up = new Uint16Array(n).fill(1);
  const downs = new Uint16Array(n);
  starts.forEach((start, i) => {
    const from = Date.parse(start) / MIN - first;
    for (let m = from; m < from + (down[i] ?? 0); m++) {
      up[m] = 0;
      downs[m] = 1;
    }
  });
  return probeMinutes('a', first, up, downs);
}

function run(
  policy: Policy,
  starts: readonly string[],
  down: readonly number[],
  until: string,
  asOf: string,
) {
  return evaluate({
    policy: parsePolicy(policy),
    monitors: [monitor(starts, down, until)],
    exclusions: [],
    inputs: [],
    asOf,
  });
}

const Q1 = ['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z'];
const rights = (e: ReturnType<typeof run>) => rightsOf(e.termination);

describe('termination on a rolling average', () => {
  // January and March have 44 640 minutes, February 40 320.
  it('an average just below the threshold gives the right, with its notice deadline', () => {
    // 1 339 of 44 640 is 97.00 %, 1 210 of 40 320 is 97.00 %, 1 344 of 44 640 is 96.99 %:
    // the mean is 96.99666… %, below 97.
    const e = run(espressive(), Q1, [1339, 1210, 1344], '2026-04-01T00:00:00Z', '2026-04-10');
    expect(e.periods.map((p) => p.uptimePercent)).toEqual([97, 97, 96.99]);
    expect(rights(e)).toEqual([
      [true, ['2026-01', '2026-02', '2026-03'], '2026-05-31T00:00:00.000Z', 'open', 51],
    ]);
    expect(toReport(e).termination).toEqual([
      {
        rule: "average uptime of 3 consecutive months below 97 %, on 30 days' notice",
        triggered: true,
        periods: ['2026-01', '2026-02', '2026-03'],
        noticeBy: '2026-05-31T00:00:00+00:00',
        noticeStatus: 'open',
        noticeDaysLeft: 51,
        averagePercent: 290.99 / 3,
      },
    ]);
    expect(e.termination[0]!.averagePercent).toBe(96.99666666666667);
  });

  it('an average of exactly the threshold gives no right', () => {
    // 97.01, 97.00 and 96.99: exactly 97.
    const e = run(espressive(), Q1, [1335, 1210, 1344], '2026-04-01T00:00:00Z', '2026-04-10');
    expect(e.periods.map((p) => p.uptimePercent)).toEqual([97.01, 97, 96.99]);
    expect(rights(e)).toEqual([[false, [], null, null, null]]);
    expect(toReport(e).termination[0]).not.toHaveProperty('averagePercent');
  });

  it('a period still running completes no window, however low it is', () => {
    // March has data to the 15th only (the minutes after count as up), its uptime far below:
    // it may yet recover.
    const e = run(espressive(), Q1, [1339, 1210, 5000], '2026-03-15T00:00:00Z', '2026-03-15');
    expect(e.periods.map((p) => [p.label, p.partial, p.uptimePercent])).toEqual([
      ['2026-01', false, 97],
      ['2026-02', false, 97],
      ['2026-03', true, 88.8],
    ]);
    expect(rights(e)).toEqual([[false, [], null, null, null]]);
  });

  it('every window of the run is judged, each a right of its own', () => {
    const starts = [...Q1, '2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z'];
    // 96 % each month from February: the windows ending in March, April and May are below;
    // the one ending in March only with January's 97 %.
    const e = run(espressive(), starts, [1339, 1613, 1786, 1728, 1786], '2026-06-01T00:00:00Z', '2026-06-10');
    expect(e.periods.map((p) => p.uptimePercent)).toEqual([97, 96, 96, 96, 96]);
    expect(
      e.termination.map((t) => [t.periods, t.noticeByMs && new Date(t.noticeByMs).toISOString()]),
    ).toEqual([
      [['2026-01', '2026-02', '2026-03'], '2026-05-31T00:00:00.000Z'],
      [['2026-02', '2026-03', '2026-04'], '2026-06-30T00:00:00.000Z'],
      [['2026-03', '2026-04', '2026-05'], '2026-07-31T00:00:00.000Z'],
    ]);
    // 97, 96, 96 average 96.33…; 96, 96, 96 average 96 exactly.
    expect(toReport(e).termination.map((t) => t.averagePercent)).toEqual([289 / 3, 96, 96]);
  });

  it('the notice deadline is local midnight in the contract zone across its clock change', () => {
    // Berlin's months, November to January; the right arises at 1 February 00:00 CET and
    // sixty days later, 2 April, Berlin keeps summer time (+02:00 from 29 March).
    const starts = ['2025-10-31T23:00:00Z', '2025-11-30T23:00:00Z', '2025-12-31T23:00:00Z'];
    const e = run(
      espressive({ timezone: 'Europe/Berlin' }),
      starts,
      [1296, 1340, 1344],
      '2026-01-31T23:00:00Z',
      '2026-04-01',
    );
    expect(e.periods.map((p) => [p.label, p.uptimePercent])).toEqual([
      ['2025-11', 97],
      ['2025-12', 97],
      ['2026-01', 96.99],
    ]);
    expect(rights(e)).toEqual([
      [true, ['2025-11', '2025-12', '2026-01'], '2026-04-01T22:00:00.000Z', 'open', 1],
    ]);
    expect(toReport(e).termination[0]!.noticeBy).toBe('2026-04-02T00:00:00+02:00');
  });

  it('without a notice window the right has no deadline', () => {
    const policy = espressive({
      termination: [
        { kind: 'averageBelow', periods: 3, belowPercent: 97, noticeDays: null, noticeWithinDays: null },
      ],
    });
    const e = run(policy, Q1, [1339, 1210, 1344], '2026-04-01T00:00:00Z', '2026-04-10');
    expect(rights(e)).toEqual([[true, ['2026-01', '2026-02', '2026-03'], null, null, null]]);
    expect(toReport(e).termination[0]!.rule).toBe('average uptime of 3 consecutive months below 97 %');
  });
});

describe('the rule as a policy states it', () => {
  const rule = (changes: Record<string, unknown>) => ({
    ...espressive(),
    termination: [
      {
        kind: 'averageBelow',
        periods: 3,
        belowPercent: 97,
        noticeDays: 30,
        noticeWithinDays: 60,
        ...changes,
      },
    ],
  });

  it('takes the Espressive clause as written', () => {
    expect(policyProblems(espressive())).toEqual([]);
  });

  it('refuses bad values, each at its field', () => {
    expect(policyProblems(rule({ periods: 0 }))).toEqual([
      'termination[0].periods: expected a whole number of periods from 1',
    ]);
    expect(policyProblems(rule({ periods: 2.5, belowPercent: 101 }))).toEqual([
      'termination[0].periods: expected a whole number of periods from 1',
      'termination[0].belowPercent: expected a number from 0 to 100',
    ]);
    expect(policyProblems(rule({ belowPercent: '97' }))).toEqual([
      'termination[0].belowPercent: expected a number from 0 to 100',
    ]);
    expect(policyProblems(rule({ noticeDays: -1, noticeWithinDays: 3661 }))).toEqual([
      'termination[0].noticeDays: expected a whole number of days from 0',
      'termination[0].noticeWithinDays: expected a whole number of days from 0',
    ]);
    expect(policyProblems(rule({ months: 3 }))).toEqual(['termination[0].months: unknown field']);
    const { belowPercent: _, ...missing } = rule({}).termination[0]!;
    expect(policyProblems({ ...espressive(), termination: [missing] })).toEqual([
      'termination[0].belowPercent: missing field',
    ]);
  });
});
