// Credit conditions, exclusion reasons and termination rules worded from the engine's
// codes: a failed condition says what went wrong, never the condition it failed.
import { describe, expect, it } from 'vitest';
import { eligibilityText, exclusionReasonText, terminationRuleText } from '../src/app/components/codes';
import { formatDay, formatDeadline, formatMoney } from '../src/app/format';
import { translator } from '../src/app/i18n';
import { interpretationText } from '../src/app/i18n/preset-text';
import { eligibilityChecks } from '../src/engine/eligibility';
import type { ExclusionFinding } from '../src/engine/model';
import { effectivePolicy, parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';

function envFor(locale: string, zone: string) {
  return {
    t: translator(locale),
    fmt: {
      day: (d: string) => formatDay(d, locale),
      deadline: (ms: number) => formatDeadline(ms, zone, locale),
      money: (a: number, c = 'USD') => formatMoney(a, c, locale),
    },
  };
}

const policy = (id: string, eligibility: Record<string, unknown>) => {
  const p = effectivePolicy(parsePolicy(PRESETS[id]));
  return { ...p, eligibility: { ...p.eligibility, ...eligibility } };
};

describe('credit conditions', () => {
  it('a STARTER contract is told its tier gets no credit', () => {
    const [tier] = eligibilityChecks(policy('elevatefinance', { tier: 'STARTER' }), null);
    expect(tier!.met).toBe(false);
    expect(eligibilityText(envFor('en', 'Asia/Kolkata'), tier!)).toBe('plan tier STARTER gets no credit');
    expect(eligibilityText(envFor('ar-EG', 'Asia/Kolkata'), tier!)).toBe('فئة الخطة STARTER لا تستحق تعويضًا');
  });

  it('a tier that earns credit reads as the condition it meets', () => {
    const [tier] = eligibilityChecks(policy('elevatefinance', { tier: 'PRO' }), null);
    expect(tier!.met).toBe(true);
    expect(eligibilityText(envFor('en', 'Asia/Kolkata'), tier!)).toBe('plan tier is not STARTER');
  });

  it('a PatientIQ breach before remedies start says when each was', () => {
    const zone = 'America/Chicago';
    const breach = Date.parse('2026-11-19T15:05:00-06:00');
    const checks = eligibilityChecks(policy('patientiq', { effectiveDate: '2026-10-25' }), breach);
    const remedies = checks.find((c) => c.condition.code === 'remediesAfter')!;
    expect(remedies.met).toBe(false);
    expect(eligibilityText(envFor('en', zone), remedies).replace(/\u00a0|\u202f/g, ' ')).toBe(
      'remedies start on Nov 24, 2026; the breach came at Nov 19, 2026, 15:05',
    );
  });

  it('a breach on or after the start reads as the condition met', () => {
    const breach = Date.parse('2026-11-25T10:00:00-06:00');
    const checks = eligibilityChecks(policy('patientiq', { effectiveDate: '2026-10-25' }), breach);
    const remedies = checks.find((c) => c.condition.code === 'remediesAfter')!;
    expect(remedies.met).toBe(true);
    expect(eligibilityText(envFor('en', 'America/Chicago'), remedies)).toBe(
      'remedies apply to breaches from Nov 24, 2026',
    );
  });
});

describe('exclusion reasons and termination rules', () => {
  const finding = (reason: ExclusionFinding['reason'], switchedOff = false): ExclusionFinding => ({
    startMs: 0,
    endMs: 60_000,
    kind: 'planned',
    excluded: false,
    overCapMinutes: 0,
    reason,
    switchedOff,
    announcedAtMs: null,
    note: '',
    source: 'maintenance.csv',
    line: 2,
  });

  it('words a short notice in hours, in English and in Arabic', () => {
    const x = finding({
      code: 'noticeTooShort',
      givenMinutes: 39 * 60,
      required: { unit: 'hours', hours: 72 },
    });
    expect(exclusionReasonText({ t: translator('en') }, x)).toBe('Notice 39 h, less than the 72 h required.');
    expect(exclusionReasonText({ t: translator('ar-EG') }, x)).toBe('إشعار مدته ٣٩ س، أقل من ٧٢ س المطلوبة.');
  });

  it('says how much of a valid notice lies beyond the contract’s cap on its kind, in English and in Arabic', () => {
    const met = {
      code: 'noticeMet' as const,
      givenMinutes: 120 * 60,
      required: { unit: 'hours' as const, hours: 48 },
    };
    const x = { ...finding(met), excluded: true, overCapMinutes: 60 };
    expect(exclusionReasonText({ t: translator('en') }, x)).toBe(
      'Notice 120 h, at least the 48 h required. 60 minutes of it lie beyond the contract’s cap on such exclusions and are measured as any other time.',
    );
    expect(exclusionReasonText({ t: translator('ar-EG') }, x)).toBe(
      'إشعار مدته ١٢٠ س، لا يقل عن ٤٨ س المطلوبة. ٦٠ دقيقة منه تتجاوز الحد الأقصى الذي يضعه العقد لهذه الاستثناءات، فتُقاس كأي وقت آخر.',
    );
    expect(exclusionReasonText({ t: translator('en') }, { ...x, overCapMinutes: 1 })).toBe(
      'Notice 120 h, at least the 48 h required. 1 minute of it lies beyond the contract’s cap on such exclusions and is measured as any other time.',
    );
  });

  it('a notice a second short is said to be short of the hours it needed, on the page and in the report', () => {
    const reason = {
      code: 'noticeTooShort' as const,
      givenMinutes: 24 * 60 - 1 / 60,
      required: { unit: 'hours' as const, hours: 24 },
    };
    expect(exclusionReasonText({ t: translator('en') }, finding(reason))).toBe(
      'Notice 23.99 h, less than the 24 h required.',
    );
    const met = { ...reason, code: 'noticeMet' as const, givenMinutes: 24 * 60 + 1 / 60 };
    expect(exclusionReasonText({ t: translator('en') }, finding(met))).toBe(
      'Notice 24 h, at least the 24 h required.',
    );
  });

  it('has Arabic for every reason and rule, with no Latin words', () => {
    const t = translator('ar-EG');
    const reasons: ExclusionFinding['reason'][] = [
      { code: 'kindNotExcluded', kind: 'planned' },
      { code: 'excludedKind' },
      { code: 'noAnnouncement', required: { unit: 'businessDays', days: 5 } },
      { code: 'noticeMet', givenMinutes: 4000, required: { unit: 'hours', hours: 24 } },
    ];
    const texts = [
      ...reasons.map((r) => exclusionReasonText({ t }, finding(r, true))),
      terminationRuleText({ t }, { code: 'consecutivePeriodsMissed', periods: 3, period: 'month' }),
      terminationRuleText(
        { t },
        { code: 'claims', consecutiveMonths: 3, claimsCount: 3, withinDays: 30, noticeDays: 30 },
      ),
    ];
    for (const text of texts) expect(text).not.toMatch(/[A-Za-z]/);
  });

  // A rule of one period is said in the singular: not "1 consecutive months", nor Arabic's
  // "1 أشهر متتالية" (months, consecutive, after a count of one).
  it('says a rule of one period in the singular, in English and Arabic', () => {
    const [en, ar] = [translator('en'), translator('ar-EG')];
    const one = { code: 'consecutivePeriodsMissed', periods: 1, period: 'month' } as const;
    const missed = { code: 'missedWithinMonths', missed: 1, period: 'quarter', months: 12 } as const;
    expect(terminationRuleText({ t: en }, one)).toBe('1 month below target');
    expect(terminationRuleText({ t: en }, { ...one, periods: 2, period: 'year' })).toBe(
      '2 consecutive years below target',
    );
    expect(terminationRuleText({ t: en }, missed)).toBe('1 missed quarter within any 12 months');
    expect(terminationRuleText({ t: en }, { ...missed, missed: 2 })).toBe(
      '2 missed quarters within any 12 months',
    );
    expect(terminationRuleText({ t: ar }, one)).toBe('دون الهدف لمدة شهر');
    expect(terminationRuleText({ t: ar }, { ...one, periods: 3 })).toBe('دون الهدف لمدة ٣ أشهر متتالية');
    expect(terminationRuleText({ t: ar }, missed)).toBe('فوات ربع خلال أي ١٢ شهرًا');
  });
});

describe('interpretation notes of the presets', () => {
  const timeouts = PRESETS.elevatefinance!.interpretations.find((i) => i.id === 'timeouts')!;

  it('ask their question and offer their readings in Arabic', () => {
    const q = interpretationText('ar-EG', timeouts.question);
    expect(q).toBe('هل تُحسب مهلات الانتظار وأخطاء الاتصال، حين لا تصل أي استجابة HTTP، توقفًا؟');
    for (const p of Object.values(PRESETS))
      for (const it of p.interpretations) {
        expect(interpretationText('ar-EG', it.question)).not.toBe(it.question);
        for (const o of it.options)
          expect(interpretationText('ar-EG', o.label), `${p.id}/${it.id}/${o.id}`).not.toBe(o.label);
      }
  });

  it('keep the English as written, and a question the user reworded', () => {
    expect(interpretationText('en', timeouts.question)).toBe(timeouts.question);
    expect(interpretationText('ar-EG', 'My own question?')).toBe('My own question?');
  });
});
