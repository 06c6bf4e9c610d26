// How large and deep a policy may be, and what the refusals say: every list a plan, scope
// or reading multiplies is capped, a deep value is refused before it is copied, and no
// message repeats what the document holds (the marker HUNTER2X stands for its content).
import { describe, expect, it } from 'vitest';
import { problemText } from '../src/app/policy/problem-text';
import { PRESETS } from '../src/engine/presets';
import { policyProblems } from './support/policy-problems';

type Doc = Record<string, unknown> & { interpretations: unknown[]; calendar: unknown; claim: unknown };
const kipu = (): Doc => structuredClone(PRESETS.kipu!) as unknown as Doc;

const problems = policyProblems;

const reading = (id: string, patch: Record<string, unknown>) => ({ id, label: '', patch });
const interpretation = (id: string, patches: Record<string, unknown>[]) => ({
  id,
  clause: '',
  question: '',
  chosen: 'r0',
  options: patches.map((patch, j) => reading(`r${j}`, patch)),
});

/** 64 plans, 32 interpretations of 8 readings each and 19 000 values or so: within every bound. */
function atTheLimits(): Doc {
  const doc = kipu();
  doc.plans = Array.from({ length: 64 }, (_, i) => ({
    id: `p${i}`,
    name: 'x',
    target: 99,
    claim: doc.claim,
  }));
  doc.obligations = Array.from({ length: 1000 }, (_, i) => ({
    id: `o${i}`,
    clause: '',
    description: '',
    startsWhen: '',
    fulfilledWhen: '',
    rule: { kind: 'withinBusinessDays', days: 2 },
    evidence: '',
  }));
  doc.interpretations = Array.from({ length: 32 }, (_, i) =>
    interpretation(
      `i${i}`,
      Array.from({ length: 8 }, (_, j) => ({ 'obligations.5.rule.days': j + 1, target: 99 })),
    ),
  );
  return doc;
}

describe('policy limits', () => {
  it('accepts a policy at every bound, each plan and reading checked', () => {
    expect(problems(atTheLimits())).toEqual([]);
    const missing = atTheLimits();
    (missing.interpretations[31] as { options: { patch: unknown }[] }).options[7]!.patch = {
      'obligations.999.rule.days': 0,
    };
    expect(problems(missing)).toEqual([
      'interpretations[31].options[7].patch → obligations[999].rule.days: expected a whole number of business days from 1',
    ]);
    const plan = atTheLimits();
    (plan.plans as { target: number }[])[63]!.target = 50;
    plan.termination = [];
    plan.credit = { kind: 'bands', bands: [{ below: 60, inclusive: false, percent: 5 }], capPercent: 10 };
    expect(problems(plan)).toEqual([
      'plans[63] → credit.bands[0].below: expected a bound not above the target 50',
    ]);
  });

  it.each([
    [
      '8 000 plans',
      (d: Doc) => {
        d.plans = Array.from({ length: 8000 }, (_, i) => ({ id: `p${i}`, name: 'x' }));
      },
      'plans: expected at most 64 plans',
    ],
    [
      '65 scopes',
      (d: Doc) => {
        d.scopes = Array.from({ length: 65 }, (_, i) => ({ id: `s${i}`, name: 'x', monitors: ['a'] }));
      },
      'scopes: expected at most 64 scopes',
    ],
    [
      '100 000 citations',
      (d: Doc) => {
        d.citations = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`f${i}`, 'HUNTER2X']));
      },
      '(policy): expected at most 20000 values',
    ],
    [
      'a reading nested 200 000 lists deep',
      (d: Doc) => {
        let deep: unknown[] = [];
        for (let i = 0; i < 200_000; i++) deep = [deep];
        d.interpretations.unshift(interpretation('x', [{ 'citations.z': deep }, {}]));
      },
      'interpretations[0].options[0].patch.citations.z…: expected values nested at most 32 levels deep',
    ],
  ])('refuses %s with the bound', (_, change, says) => {
    const doc = kipu();
    change(doc);
    expect(problems(doc)).toEqual([says]);
  });

  it('accepts values nested 32 levels deep', () => {
    const doc = kipu();
    let deep: unknown = 'x';
    for (let i = 0; i < 26; i++) deep = [deep];
    doc.interpretations.unshift(interpretation('x', [{ 'citations.z': 'a' }, { 'citations.z': 'b' }]));
    (doc.interpretations[0] as { options: { patch: unknown }[] }).options[0]!.patch = { 'citations.y': deep };
    expect(problems(doc)).toEqual(['interpretations[0].options[0].patch → citations.y: expected a text']);
  });
});

describe('policy problems in our own words', () => {
  const secret = `HUNTER2X${'a'.repeat(100_000)}`;
  it.each([
    ['a text', secret, '(policy): expected a JSON object'],
    ['a list', [1, 2, 3], '(policy): expected a JSON object'],
    ['null', null, '(policy): expected a JSON object'],
    [
      'a policy without a target',
      (() => {
        const d = kipu();
        delete d.target;
        return d;
      })(),
      'target: missing field',
    ],
    ['a text for the fee', { ...kipu(), fee: secret }, 'fee: expected an object'],
    ['a 200 000-character key', { ...kipu(), [`${'K'.repeat(200_000)}HUNTER2X`]: 1 }, '…: unknown field'],
    ['a key with spaces', { ...kipu(), 'HUNTER2X is here': 1 }, '…: unknown field'],
    ['a short unknown key', { ...kipu(), surprise: 1 }, 'surprise: unknown field'],
    [
      'a reading that sets an unknown field',
      { ...kipu(), interpretations: [interpretation('x', [{ 'fee.surprise': 1 }, {}])] },
      'interpretations[0].options[0].patch → fee.surprise: unknown field',
    ],
    [
      'a reading through a field the policy lacks',
      { ...kipu(), interpretations: [interpretation('x', [{ 'HUNTER2X.path': 1 }, {}])] },
      'interpretations[0].options[0].patch → …: no such field',
    ],
    [
      'a holiday country whose holidays are not built in',
      (() => {
        const d = kipu();
        (d.calendar as Doc).holidayCountry = 'ZZ';
        return d;
      })(),
      'calendar.holidayCountry: expected a country whose public holidays are built in (an ISO 3166 code such as US, EG or IN)',
    ],
    [
      'a reading that sets a text target',
      { ...kipu(), interpretations: [interpretation('x', [{ target: secret }, {}])] },
      'interpretations[0].options[0].patch → target: expected a number from 0 to 100',
    ],
  ])('%s', (_, doc, says) => {
    const found = problems(doc);
    expect(found).toEqual([says]);
    expect(found.join('\n')).not.toMatch(/received|Invalid|HUNTER2X/);
  });

  it('words every new reason in Arabic', () => {
    const reasons = [
      'expected a JSON object',
      'expected an object',
      'missing field',
      'not a valid value',
      'no such field',
      'expected at most 20000 values',
      'expected at most 64 plans',
      'expected values nested at most 32 levels deep',
      'expected a country whose public holidays are built in (an ISO 3166 code such as US, EG or IN)',
    ];
    expect(reasons.map((r) => problemText(r, 'ar').english)).toEqual(reasons.map(() => false));
    expect(problemText('…: missing field', 'ar').text).toBe('…: حقل مطلوب غير موجود');
    // Each limit's number with its noun in Arabic, in the form its number takes.
    expect(
      [
        'expected at most 20000 values',
        'expected at most 64 plans',
        'expected at most 64 scopes',
        'expected at most 32 interpretations',
        'expected at most 8 readings',
        'expected at most 100 windows',
        'expected values nested at most 32 levels deep',
      ].map((r) => problemText(r, 'ar').text),
    ).toEqual([
      'المتوقع 20000 قيمة على الأكثر',
      'المتوقع 64 خطةً على الأكثر',
      'المتوقع 64 نطاقًا على الأكثر',
      'المتوقع 32 تفسيرًا على الأكثر',
      'المتوقع 8 قراءات على الأكثر',
      'المتوقع 100 نافذة على الأكثر',
      'المتوقع ألا تتداخل القيم أكثر من 32 مستوًى',
    ]);
  });
});

describe('credit bounds', () => {
  const lostTime = (multiple: number) => ({
    ...structuredClone(PRESETS.kipu!),
    termination: [],
    interpretations: [],
    claim: { kind: 'afterPeriodEnd', days: 30 },
    credit: { kind: 'lostTime', multiple, hourlyRate: 1e12, whenMissed: false, capPercent: null },
  });
  const perEvent = (value: number) => ({
    ...structuredClone(PRESETS.kipu!),
    termination: [],
    interpretations: [],
    claim: { kind: 'afterPeriodEnd', days: 30 },
    credit: { kind: 'perEvent', unit: 'amount', value, cap: null },
  });
  it('keeps money finite: a lost-time multiple up to 1000, an amount per event up to 10¹²', () => {
    expect(problems(lostTime(1000))).toEqual([]);
    expect(problems(lostTime(1e308))).toEqual(['credit.multiple: expected a positive multiple up to 1000']);
    expect(problems(lostTime(0))).toEqual(['credit.multiple: expected a positive multiple up to 1000']);
    expect(problems(perEvent(1e12))).toEqual([]);
    expect(problems(perEvent(1e13))).toEqual(['credit.value: expected a positive value up to 1000000000000']);
  });
});
