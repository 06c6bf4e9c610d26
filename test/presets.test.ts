import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseReading, effectivePolicy, type Policy, PolicyError, parsePolicy } from '../src/engine/policy';
import { PRESET_IDS, PRESETS } from '../src/engine/presets';
import { policyProblems } from './support/policy-problems';

const example = (id: string) =>
  JSON.parse(readFileSync(new URL(`../public/policies/${id}.json`, import.meta.url), 'utf8')) as Policy;
const github = example('github-enterprise');
const EXAMPLES = ['google-cloud-functions', 'digitalocean-droplets-volumes', 'slack'];

const ALL: [string, Policy][] = [
  ...PRESET_IDS.map((id) => [id, PRESETS[id]!] as [string, Policy]),
  ['github-enterprise', github],
  ...EXAMPLES.map((id) => [id, example(id)] as [string, Policy]),
];

const CITED = [
  'timezone',
  'period',
  'target',
  'formula',
  'minOutageMinutes',
  'exclusions.kinds',
  'credit',
  'claim',
  'fee',
  'calendar',
];

const problems = policyProblems;

describe('preset registry', () => {
  it('lists the five presets in order, keyed by their own ids', () => {
    expect(PRESET_IDS).toEqual(['medos', 'clarus-lis', 'elevatefinance', 'kipu', 'patientiq']);
    expect(Object.keys(PRESETS).sort()).toEqual([...PRESET_IDS].sort());
    for (const id of PRESET_IDS) expect(PRESETS[id]!.id).toBe(id);
    expect(github.id).toBe('github-enterprise');
    for (const id of EXAMPLES) expect(example(id).id).toBe(id);
  });
});

describe.each(ALL)('policy %s', (id, policy) => {
  it('passes parsePolicy', () => {
    expect(problems(policy)).toEqual([]);
    expect(parsePolicy(policy)).toEqual(policy);
  });

  it('is unchanged by its default readings', () => {
    expect(effectivePolicy(policy)).toEqual(policy);
  });

  it('stays valid under every reading of every interpretation', () => {
    for (const it of policy.interpretations) {
      expect(it.options.map((o) => o.id)).toContain(it.chosen);
      const keys = JSON.stringify(Object.keys(it.options[0]!.patch).sort());
      for (const option of it.options) {
        expect(option.id).toMatch(/^[a-z]+$/);
        expect(JSON.stringify(Object.keys(option.patch).sort())).toBe(keys);
        const chosen = effectivePolicy(chooseReading(policy, it.id, option.id));
        expect(problems(chosen)).toEqual([]);
        if (option.id !== it.chosen)
          expect({ ...chosen, interpretations: [] }).not.toEqual({
            ...effectivePolicy(policy),
            interpretations: [],
          });
      }
    }
  });

  it('cites every field', () => {
    const paths = [...CITED];
    if (id !== 'patientiq' && id !== 'github-enterprise') paths.push('responseTargets');
    if (policy.termination.length > 0) paths.push('termination');
    for (const path of paths) {
      expect(typeof policy.citations[path], path).toBe('string');
      expect(policy.citations[path]!.trim().length, path).toBeGreaterThan(0);
    }
  });

  // Citations go into the claim letter a vendor reads: they speak of the contract and of
  // SLA Witness's own defaults, never of the documents the product is built from.
  it('cites in words a vendor can read', () => {
    for (const [path, text] of Object.entries(policy.citations)) expect(text, path).not.toMatch(/\bSPEC\b/);
  });
});

describe('SPEC §5 defaults', () => {
  const medos = PRESETS.medos!;
  const clarus = PRESETS['clarus-lis']!;
  const elevate = PRESETS.elevatefinance!;
  const kipu = PRESETS.kipu!;
  const patientiq = PRESETS.patientiq!;

  it('zones, periods and targets', () => {
    expect([medos, clarus, elevate, kipu, patientiq].map((p) => [p.timezone, p.period, p.target])).toEqual([
      ['Asia/Kolkata', 'month', 99.5],
      ['Africa/Cairo', 'month', 99.9],
      ['Asia/Kolkata', 'month', 99.5],
      ['America/New_York', 'year', 99.99],
      ['America/Chicago', 'month', 99.1],
    ]);
    expect(elevate.roundDecimals).toBe(2);
    expect(elevate.minOutageMinutes).toBe(4);
    expect(kipu.formula).toBe('excludeFromTotal');
    expect(patientiq.formula).toBe('excludeFromTotal');
  });

  it('MedOS: extension days and response/resolution targets', () => {
    expect(medos.credit).toEqual({
      kind: 'extensionDays',
      daysPerStep: 1,
      step: 0.5,
      rounding: 'ceil',
      capDays: 7,
    });
    expect(medos.claim).toEqual({ kind: 'automatic' });
    expect(medos.exclusions.kinds.planned.notice).toEqual({ kind: 'hours', hours: 24 });
    expect(medos.responseTargets[0]).toEqual({
      severity: 'P0',
      response: { kind: 'elapsed', minutes: 15 },
      resolution: { kind: 'elapsed', minutes: 240 },
    });
    expect(medos.responseTargets[3]).toEqual({
      severity: 'P3',
      response: { kind: 'endOfNextBusinessDay' },
      resolution: null,
    });
  });

  it('Clarus LIS: bands, Sun–Thu calendar, termination, time zone reading', () => {
    expect(clarus.credit).toEqual({
      kind: 'bands',
      bands: [
        { below: 99.9, inclusive: false, percent: 10 },
        { below: 99.0, inclusive: false, percent: 25 },
        { below: 95.0, inclusive: false, percent: 50 },
      ],
      capPercent: 50,
    });
    expect(clarus.calendar.weekly.map((w) => w.weekday)).toEqual([7, 1, 2, 3, 4]);
    expect(clarus.calendar.holidayCountry).toBe('EG');
    expect(clarus.termination).toEqual([{ kind: 'consecutivePeriodsMissed', periods: 3 }]);
    expect(effectivePolicy(chooseReading(clarus, 'timezone', 'fixed')).timezone).toBe('Etc/GMT-2');
  });

  it('ElevateFinance: per-step credit on the annual fee, STARTER excluded', () => {
    expect(elevate.credit).toEqual({
      kind: 'perStep',
      percentPerStep: 5,
      step: 0.5,
      rounding: 'ceil',
      capPercent: 50,
    });
    expect(elevate.fee.per).toBe('year');
    expect(elevate.eligibility.noCreditTiers).toEqual(['STARTER']);
    expect(elevate.exclusions.kinds.planned.notice).toEqual({ kind: 'hours', hours: 168 });
    expect(effectivePolicy(chooseReading(elevate, 'timeouts', 'ignored')).timeoutIsDown).toBe(false);
  });

  it('Kipu: notice tiers, incident levels, termination', () => {
    expect(kipu.exclusions.kinds.planned).toEqual({
      excluded: true,
      notice: {
        kind: 'byDuration',
        tiers: [
          { fromMinutes: 0, hours: 24 },
          { fromMinutes: 60, hours: 72 },
        ],
      },
    });
    expect(kipu.credit.kind).toBe('incidents');
    if (kipu.credit.kind !== 'incidents') return;
    expect(
      kipu.credit.levels.map((l) => [l.severity, l.minOutageMinutes, l.rows.map((r) => r.percent)]),
    ).toEqual([
      ['P0', 16, [25, 50, 100]],
      ['P1', null, [25, 50]],
    ]);
    expect(kipu.credit.levels[0]!.rows[0]).toEqual({
      minIncidents: null,
      minHours: 0.72,
      hoursStrict: true,
      percent: 25,
    });
    expect(kipu.eligibility.agreementFrom).toBe('2016-05-01');
    expect(kipu.eligibility.minFeeAmount).toBe(500);
    expect(kipu.termination).toEqual([
      {
        kind: 'incidentsPerMonth',
        severity: 'P0',
        minIncidents: 3,
        consecutiveMonths: 2,
        noticeWithinDays: 5,
      },
    ]);
  });

  it('PatientIQ: nightly window, bands, claims and termination', () => {
    expect(patientiq.exclusions.windows).toEqual([
      {
        start: '23:00',
        end: '03:00',
        weekdays: [],
        note: 'Scheduled Maintenance Window 11:00 p.m.–3:00 a.m. local time',
      },
    ]);
    expect(patientiq.credit).toEqual({
      kind: 'bands',
      bands: [
        { below: 99.1, inclusive: false, percent: 10 },
        { below: 98.5, inclusive: false, percent: 30 },
      ],
      capPercent: 100,
    });
    expect(patientiq.claim).toEqual({ kind: 'businessDaysAfterIncident', days: 5 });
    expect(patientiq.eligibility.remediesAfterDays).toBe(30);
    expect(patientiq.eligibility.capAtNextMonthFee).toBe(true);
    expect(patientiq.termination).toEqual([
      { kind: 'claims', consecutiveMonths: 3, claimsWithin: { count: 3, days: 30 }, noticeDays: 30 },
    ]);
    expect(effectivePolicy(chooseReading(patientiq, 'window', 'announced')).exclusions.windows).toEqual([]);
  });

  it('GitHub: quarterly 99.9 % in UTC with an inclusive first band', () => {
    expect([github.timezone, github.period, github.target]).toEqual(['UTC', 'quarter', 99.9]);
    expect(github.credit).toEqual({
      kind: 'bands',
      bands: [
        { below: 99.9, inclusive: true, percent: 10 },
        { below: 99.0, inclusive: false, percent: 25 },
      ],
      capPercent: 25,
    });
    expect(github.claim).toEqual({ kind: 'none' });
  });
});

describe('validation messages', () => {
  it('names the offending band bound', () => {
    const bad = structuredClone(PRESETS['clarus-lis']!) as unknown as {
      credit: { bands: Record<string, unknown>[] };
    };
    bad.credit.bands[1]!.below = 'x';
    expect(() => parsePolicy(bad)).toThrow(PolicyError);
    expect(problems(bad).join('\n')).toContain('credit.bands[1].below: expected a number from 0 to 100');
  });
});
