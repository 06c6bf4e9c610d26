// Nothing a policy says is silently ignored: claim rules the engine does not evaluate for
// the credit kind are refused with the field named, a termination rule's notice is
// reported, and "credits do not exceed the next month's fee" caps.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine/evaluate';
import type { ProbeMinutes } from '../src/engine/observations';
import { type Policy, parsePolicy } from '../src/engine/policy';
import { PRESET_IDS, PRESETS } from '../src/engine/presets';
import { toReport } from '../src/engine/to-report';
import { policyProblems } from './support/policy-problems';
import { probeMinutes } from './support/probe-minutes';

const preset = (id: string) => structuredClone(PRESETS[id]!) as Policy;

const problems = policyProblems;

describe('claim rules the credit kind does not evaluate', () => {
  it('accepts every preset', () => {
    for (const id of PRESET_IDS) expect(problems(preset(id)), id).toEqual([]);
  });

  it('refuses period-end and business-day claims for incident credits', () => {
    for (const claim of [
      { kind: 'afterPeriodEnd', days: 30 },
      { kind: 'businessDaysAfterIncident', days: 5 },
    ] as const) {
      const p = preset('kipu');
      p.claim = claim;
      expect(problems(p)).toEqual([
        `claim.kind: "${claim.kind}" is not evaluated for incident credits; expected "afterEligibility", "automatic" or "none"`,
      ]);
    }
  });

  it('refuses an incidents-per-month right where no credit level says what an incident is', () => {
    const bands = preset('kipu');
    bands.credit = {
      kind: 'bands',
      bands: [{ below: 99.9, inclusive: false, percent: 10 }],
      capPercent: 10,
    };
    bands.claim = { kind: 'afterPeriodEnd', days: 30 };
    expect(problems(bands)).toEqual([
      'termination[0].kind: "incidentsPerMonth" counts the incidents that credit.levels define; expected credit.kind "incidents", not "bands"',
    ]);
    const otherSeverity = preset('kipu');
    otherSeverity.termination = [
      { ...otherSeverity.termination[0]!, severity: 'P3' } as Policy['termination'][number],
    ];
    expect(problems(otherSeverity)).toEqual([
      'termination[0].severity: expected a severity credit.levels define (P0, P1), not "P3"',
    ]);
  });

  it('accepts any claim rule where no credit is owed', () => {
    const p = preset('clarus-lis');
    p.credit = { kind: 'none' };
    p.claim = { kind: 'afterEligibility', days: 30 };
    expect(problems(p)).toEqual([]);
  });
});

/** One monitor down for `downMinutes` from the start of `startMs`, checked every minute for a year. */
function monitorDown(startMs: number, days: number, downMinutes: number): ProbeMinutes {
  const first = startMs / 60_000;
  const n = days * 1440;
  const up = new Uint16Array(n).fill(1);
  const down = new Uint16Array(n);
  for (let i = 0; i < downMinutes; i++) {
    up[i] = 0;
    down[i] = 1;
  }
  return probeMinutes('app', first, up, down);
}

describe('termination notice and the next month’s fee', () => {
  it('reports the written notice a "claims" termination takes', () => {
    const r = toReport(
      evaluate({
        policy: parsePolicy(preset('patientiq')),
        monitors: [],
        exclusions: [],
        inputs: [],
        asOf: '2026-11-21',
      }),
    );
    expect(r.termination.map((t) => t.rule)).toEqual([
      "claims in 3 consecutive months, or 3 claims within 30 days, on 30 days' notice",
    ]);
  });

  it('holds a quarter’s credit to one month’s fee when the contract says so', () => {
    const p = preset('clarus-lis');
    p.period = 'quarter';
    p.timezone = 'UTC';
    p.interpretations = [];
    p.fee = { ...p.fee, amount: 1000, per: 'month' };
    // Two days down in a quarter: below 95 %, the 50 % band, on three months' fee.
    const monitors = [monitorDown(Date.UTC(2026, 0, 1), 90, 2 * 1440 + 10_000)];
    const credit = (cap: boolean) => {
      p.eligibility = { ...p.eligibility, capAtNextMonthFee: cap };
      const e = evaluate({
        policy: parsePolicy(p),
        monitors,
        exclusions: [],
        inputs: [],
        asOf: '2026-05-01',
      });
      return [e.periods[0]!.credit.percent, e.periods[0]!.credit.amount];
    };
    expect(credit(false)).toEqual([50, 1500]);
    expect(credit(true)).toEqual([50, 1000]);
  });
});
