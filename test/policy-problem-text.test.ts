// Every reason the policy schema can give has Arabic words on the Arabic policy page: the
// reasons are read from the schema's own source, so a new one without Arabic fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemText } from '../src/app/policy/problem-text';
import { blankPolicy } from '../src/engine/blank-policy';
import { type PolicyError, parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';

const perBlock = { kind: 'perBlock', percent: 5, perMinutes: 15, rounding: 'ceil', capPercent: 100 };

const SOURCES = ['policy-schema.ts', 'policy-credit-schema.ts', 'policy-values.ts'].map((f) =>
  readFileSync(`src/engine/${f}`, 'utf8'),
);

/** "expected …" literals, and the phrases given to num/int/positive (each read as "expected <phrase>"). */
function schemaReasons(): string[] {
  const out = new Set<string>();
  for (const src of SOURCES) {
    for (const m of src.matchAll(/'(expected [^'$]+)'/g)) out.add(m[1]!);
    for (const m of src.matchAll(/\b(?:num|int|positive)\('([^']+)'/g)) out.add(`expected ${m[1]}`);
  }
  return [...out];
}

const problemsOf = (doc: unknown): string[] => {
  try {
    parsePolicy(doc);
    return [];
  } catch (e) {
    return (e as PolicyError).problems;
  }
};

describe('policy problems in Arabic', () => {
  it('words every reason of the schema', () => {
    const reasons = schemaReasons();
    expect(reasons.length).toBeGreaterThan(45);
    expect(reasons.filter((r) => problemText(r, 'ar').english)).toEqual([]);
  });

  it('words the bounds an incident credit cannot take, in Arabic', () => {
    const kipu = structuredClone(PRESETS.kipu!);
    const problems = problemsOf({
      ...kipu,
      creditLimits: { minimumAmount: 1, perPeriodAmount: null, perYearAmount: null, perYearPercent: null },
      eligibility: { ...kipu.eligibility, capAtNextMonthFee: true },
    });
    expect(problems).toEqual([
      'creditLimits: incident credits are earned and claimed month by month; expected no limits (credit.capPercent bounds each month)',
      'eligibility.capAtNextMonthFee: incident credits are earned and claimed month by month; expected false (credit.capPercent bounds each month)',
    ]);
    expect(problems.map((p) => problemText(p, 'ar').text)).toEqual([
      'creditLimits: تُستحق أرصدة الحوادث ويُطالب بها شهرًا بشهر؛ المتوقع ألا تكون هناك حدود (credit.capPercent يحدّ كل شهر)',
      'eligibility.capAtNextMonthFee: تُستحق أرصدة الحوادث ويُطالب بها شهرًا بشهر؛ المتوقع false (credit.capPercent يحدّ كل شهر)',
    ]);
  });

  it('words the checks across fields, keeping values as written', () => {
    const clarus = structuredClone(PRESETS['clarus-lis']!) as Record<string, unknown>;
    const broken = {
      ...clarus,
      target: 150,
      surprise: 1,
      credit: { kind: 'bands', bands: [{ below: 99.95, percent: 10 }], capPercent: null },
      downCodes: [{ from: 599, to: 500 }],
    };
    const problems = problemsOf(broken);
    expect(problems.length).toBeGreaterThan(1);
    const reasons = problems.map((p) => p.slice(p.indexOf(': ') + 2));
    expect(reasons.map((r) => problemText(r, 'ar'))).toEqual(
      reasons.map(() => expect.objectContaining({ english: false })),
    );
    expect(problemText('expected a bound not above the target 99.9', 'ar').text).toBe(
      'المتوقع حد لا يتجاوز الهدف 99.9',
    );
    expect(problemText('unknown field', 'ar').text).toBe('حقل غير معروف');
    const kipu = structuredClone(PRESETS.kipu!) as Record<string, unknown>;
    const terminations = [
      { ...kipu, credit: { kind: 'none' }, claim: { kind: 'none' } },
      {
        ...kipu,
        termination: [
          {
            kind: 'incidentsPerMonth',
            severity: 'P4',
            minIncidents: 3,
            consecutiveMonths: 2,
            noticeWithinDays: 5,
          },
        ],
      },
    ].flatMap(problemsOf);
    expect(terminations.map((p) => problemText(p, 'ar').text)).toEqual([
      'termination[0].kind: "incidentsPerMonth" يعدّ الحوادث التي تعرّفها credit.levels؛ المتوقع credit.kind "incidents"، لا "none"',
      'termination[0].severity: المتوقع درجة خطورة تعرّفها credit.levels (P0، P1)، لا "P4"',
    ]);
    const beyond = [
      { ...blankPolicy(), credit: { ...perBlock, whenMissed: false, beyondAllowance: true } },
    ].flatMap(problemsOf);
    expect(beyond.map((p) => problemText(p, 'ar').text)).toEqual([
      'credit.beyondAllowance: المتوقع credit.whenMissed true، إذ لا تزيد الدقائق الضائعة على المسموح به إلا في فترة لم تبلغ هدفها',
    ]);
    const blocks = [
      {
        ...blankPolicy(),
        credit: {
          kind: 'lostTime',
          multiple: 1,
          hourlyRate: null,
          whenMissed: true,
          capPercent: null,
          capPerOutagePercent: 100,
          perMinutes: 60,
          rounding: 'ceil',
        },
      },
      {
        ...blankPolicy(),
        credit: {
          kind: 'lostTime',
          multiple: 1,
          hourlyRate: null,
          whenMissed: true,
          capPercent: null,
          perMinutes: 60,
        },
      },
    ].flatMap(problemsOf);
    expect(blocks.map((p) => problemText(p, 'ar').text)).toEqual([
      'credit.perMinutes: المتوقع ألا يكون credit.capPerOutagePercent، إذ تُقرَّب الدقائق الضائعة في الفترة كلها معًا إلى مدد كاملة',
      'credit.rounding: حقل مطلوب غير موجود',
    ]);
    expect(problemText('expected a whole number of days from 1', 'en')).toEqual({
      text: 'expected a whole number of days from 1',
      english: true,
    });
  });
});
