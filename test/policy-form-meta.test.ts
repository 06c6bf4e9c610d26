// The policy form's plumbing for the version 2 terms: a plan's and a scope's fields share
// the policy's metadata, every optional term the form can add starts valid, new items get
// ids of their own, and parsePolicy's problems land beside the field they name.
import { describe, expect, it } from 'vitest';
import { metaShape, newItemWithId, OPTIONAL, optionalKeys, optionalStart } from '../src/app/policy/meta';
import { parsePath, problemsByPath, setAt } from '../src/app/policy/paths';
import { blankPolicy } from '../src/app/state/policies';
import { policyProblems } from './support/policy-problems';
import { virtecheDays } from './support/public-terms';

const problems = policyProblems;

describe('metaShape', () => {
  it('reads a plan’s and a scope’s terms, and a severity’s calendar, as the policy’s own', () => {
    expect(metaShape('plans[].credit.bands[].below')).toBe('credit.bands[].below');
    expect(metaShape('scopes[].fee.per')).toBe('fee.per');
    expect(metaShape('plans[].responseTargets[].calendar.weekly[].weekday')).toBe(
      'calendar.weekly[].weekday',
    );
    expect(metaShape('responseTargets[].calendar')).toBe('calendar');
    expect(metaShape('plans[].target')).toBe('plans[].target');
    expect(metaShape('scopes[].monitors')).toBe('scopes[].monitors');
  });
});

describe('adding an optional term', () => {
  /** A blank policy with a plan, a scope, a response target and an incident level to add terms to. */
  function host() {
    const base = blankPolicy();
    return {
      ...base,
      plans: [{ id: 'plan-1', name: 'Team' }],
      scopes: [{ id: 'part-1', name: 'Europe', monitors: ['eu-*'] }],
      responseTargets: [{ severity: 'P1', response: { kind: 'elapsed', minutes: 60 }, resolution: null }],
      obligations: [
        {
          id: 'report',
          clause: '',
          description: '',
          startsWhen: '',
          fulfilledWhen: '',
          rule: { kind: 'withinHours', hours: 72 },
          evidence: '',
        },
      ],
    } as Record<string, unknown>;
  }
  const at: Record<string, (string | number)[]> = {
    '': [],
    exclusions: ['exclusions'],
    eligibility: ['eligibility'],
    'responseTargets[]': ['responseTargets', 0],
    'plans[]': ['plans', 0],
    'scopes[]': ['scopes', 0],
    'obligations[]': ['obligations', 0],
  };
  for (const [group, fields] of Object.entries(OPTIONAL)) {
    if (group === 'credit.levels[]' || group.startsWith('credit@')) continue;
    for (const [key, start] of Object.entries(fields))
      it(`${group || 'the policy'}: ${key} starts valid`, () => {
        const doc = host();
        const path = [...at[group]!, key];
        expect(problems(setAt(doc, path, start(doc)))).toEqual([]);
      });
  }

  it('an incident level’s excluded kinds start empty and valid', () => {
    const doc = {
      ...blankPolicy(),
      claim: { kind: 'afterEligibility', days: 30 },
      credit: {
        kind: 'incidents',
        levels: [{ severity: 'P0', minOutageMinutes: 16, rows: [] }],
        capPercent: 100,
      },
    };
    const start = OPTIONAL['credit.levels[]']!.excludedKinds!(doc);
    expect(start).toEqual([]);
    expect(problems(setAt(doc, ['credit', 'levels', 0, 'excludedKinds'], start))).toEqual([]);
  });

  it('only a lost-time credit offers a cap per outage, starting with none', () => {
    const lostTime = ['capPerOutagePercent', 'beyondAllowance', 'perMinutes', 'rounding'];
    expect(optionalKeys('credit', 'lostTime')).toEqual(lostTime);
    expect(optionalKeys('plans[].credit', 'lostTime')).toEqual(lostTime);
    expect(optionalKeys('credit', 'bands')).toEqual([]);
    expect(optionalKeys('credit')).toEqual([]);
    expect(optionalStart('credit.capPerOutagePercent', 'bands')).toBeUndefined();
    const doc = {
      ...blankPolicy(),
      credit: { kind: 'lostTime', multiple: 100, hourlyRate: null, whenMissed: false, capPercent: null },
    };
    const start = optionalStart('credit.capPerOutagePercent', 'lostTime')!(doc);
    expect(start).toBe(null);
    expect(problems(setAt(doc, ['credit', 'capPerOutagePercent'], start))).toEqual([]);
    expect(problems(setAt(doc, ['credit', 'capPerOutagePercent'], 100))).toEqual([]);
  });

  it('a credit on lost minutes offers to count only those beyond the allowance, ticked when added', () => {
    for (const kind of ['lostTime', 'serviceDays', 'perBlock'])
      expect(optionalKeys('credit', kind)).toContain('beyondAllowance');
    expect(optionalKeys('credit', 'perEvent')).toEqual([]);
    expect(optionalStart('credit.beyondAllowance', 'bands')).toBeUndefined();
    const doc = {
      ...blankPolicy(),
      credit: virtecheDays('floor', false),
    };
    const start = optionalStart('credit.beyondAllowance', 'serviceDays')!(doc);
    expect(start).toBe(true);
    expect(problems(setAt(doc, ['credit', 'beyondAllowance'], start))).toEqual([]);
    // Added to a credit on every lost minute, it says beside itself what it needs.
    const everyMinute = setAt(doc, ['credit', 'whenMissed'], false);
    expect(problems(setAt(everyMinute, ['credit', 'beyondAllowance'], start))).toEqual([
      'credit.beyondAllowance: expected credit.whenMissed true',
    ]);
  });

  it('a lost-time credit offers whole blocks, starting as each started hour, its rounding asked beside it', () => {
    const doc = {
      ...blankPolicy(),
      credit: { kind: 'lostTime', multiple: 1, hourlyRate: null, whenMissed: true, capPercent: null },
    };
    const perMinutes = optionalStart('credit.perMinutes', 'lostTime')!(doc);
    const rounding = optionalStart('credit.rounding', 'lostTime')!(doc);
    expect([perMinutes, rounding]).toEqual([60, 'ceil']);
    expect(optionalStart('credit.perMinutes', 'serviceDays')).toBeUndefined();
    const blocks = setAt(doc, ['credit', 'perMinutes'], perMinutes);
    expect(problems(blocks)).toEqual(['credit.rounding: missing field']);
    expect(problems(setAt(blocks, ['credit', 'rounding'], rounding))).toEqual([]);
    // With a cap on each outage, the block says beside itself why it cannot be.
    const capped = setAt(
      setAt(blocks, ['credit', 'rounding'], rounding),
      ['credit', 'capPerOutagePercent'],
      100,
    );
    expect(problems(capped)).toEqual(['credit.perMinutes: expected no credit.capPerOutagePercent']);
  });

  it('a new measurement keeps today’s minute rule, so adding it changes nothing', () => {
    const doc = { ...blankPolicy(), minuteRule: 'majority' };
    expect(OPTIONAL['']!.measurement!(doc)).toEqual({
      intervalMinutes: 1,
      rule: 'majority',
      errorRatePercent: null,
      minChecks: null,
      monitorsDown: null,
    });
  });
});

describe('newItemWithId', () => {
  it('takes the first id no other item has', () => {
    expect(newItemWithId('plans', [])).toEqual({ id: 'plan-1', name: '' });
    expect(newItemWithId('scopes', [{ id: 'part-2' }, { id: 'eu' }])).toEqual({
      id: 'part-3',
      name: '',
      monitors: ['*'],
    });
    expect(newItemWithId('eligibility.conditions', [{ id: 'condition-2' }])).toEqual({
      id: 'condition-3',
      text: '',
      answer: null,
    });
    expect(newItemWithId('remedies', [{ id: 'remedy-2' }, { id: 'x' }])).toEqual({
      id: 'remedy-3',
      description: '',
    });
    expect(newItemWithId('termination', [])).toBeUndefined();
  });
});

describe('problemsByPath', () => {
  it('parses a path text into its keys', () => {
    expect(parsePath('scopes[1].credit.bands[0].below')).toEqual([
      'scopes',
      1,
      'credit',
      'bands',
      0,
      'below',
    ]);
    expect(parsePath('exclusions.kinds.third-party.notice')).toEqual([
      'exclusions',
      'kinds',
      'third-party',
      'notice',
    ]);
  });

  it('puts an error-rate rule’s missing rate beside the rate', () => {
    const doc = {
      ...blankPolicy(),
      measurement: {
        intervalMinutes: 5,
        rule: 'errorRate',
        errorRatePercent: null,
        minChecks: null,
        monitorsDown: null,
      },
    };
    const found = problems(doc);
    expect(found).toEqual([
      'measurement.errorRatePercent: expected the error rate above which an interval is down',
    ]);
    expect([...problemsByPath(found, doc)]).toEqual([
      ['measurement.errorRatePercent', ['expected the error rate above which an interval is down']],
    ]);
  });

  it('puts a scope’s own band beside that band, and a band it takes from the policy on the scope', () => {
    const bands = { kind: 'bands', bands: [{ below: 99.9, inclusive: false, percent: 10 }], capPercent: 50 };
    const doc = {
      ...blankPolicy(),
      credit: bands,
      scopes: [
        { id: 'eu', name: 'Europe', monitors: ['eu-*'], target: 99.5, credit: bands },
        { id: 'us', name: 'United States', monitors: ['us-*'], target: 99 },
      ],
    };
    const own = problems(doc);
    expect(own).toEqual(['scopes[0] → credit.bands[0].below: expected a bound not above the target 99.5']);
    expect([...problemsByPath(own, doc)]).toEqual([
      ['scopes[0].credit.bands[0].below', ['expected a bound not above the target 99.5']],
    ]);
    const taken = { ...doc, scopes: [doc.scopes[1]] };
    const inherited = problems(taken);
    expect(inherited).toEqual([
      'scopes[0] → credit.bands[0].below: expected a bound not above the target 99',
    ]);
    expect([...problemsByPath(inherited, taken)]).toEqual([
      ['scopes[0]', ['credit.bands[0].below: expected a bound not above the target 99']],
    ]);
  });

  it('puts a plan’s problem beside the plan’s field, and an unknown plan beside the picker', () => {
    const doc = {
      ...blankPolicy(),
      plan: 'team',
      plans: [{ id: 'team', name: 'Team', claim: { kind: 'afterPeriodEnd', days: 0 } }],
    };
    const found = problems(doc);
    expect(found).toEqual(['plans[0].claim.days: expected a whole number of days from 1']);
    expect([...problemsByPath(found, doc).keys()]).toEqual(['plans[0].claim.days']);
    const unknown = { ...blankPolicy(), plan: 'gold', plans: [{ id: 'team', name: 'Team' }] };
    expect([...problemsByPath(problems(unknown), unknown)]).toEqual([
      ['plan', ['expected one of the plan ids (team)']],
    ]);
  });

  it('keeps problems of the document itself, and without a draft the paths as written', () => {
    expect([...problemsByPath(['schema: expected "sla-policy/2"', 'not an object'])]).toEqual([
      ['schema', ['expected "sla-policy/2"']],
      ['(policy)', ['not an object']],
    ]);
  });
});
