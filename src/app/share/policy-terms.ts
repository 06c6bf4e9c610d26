// A policy's key terms as label/value lines a person can check against their contract
// before saving a policy someone else shared (the reading each interpretation uses applied).
import { effectivePolicy, type Policy } from '../../engine/policy';
import { fill, shareStrings } from './strings';

export interface KeyTerm {
  label: string;
  value: string;
}

export function keyTermsOf(policy: Policy, locale: string): KeyTerm[] {
  const s = shareStrings(locale);
  const f = (text: string, params: Record<string, string | number> = {}) => fill(locale, text, params);
  const p = effectivePolicy(policy);
  const period = { month: s.periodMonth, quarter: s.periodQuarter, year: s.periodYear }[p.period];
  const c = p.credit;
  const credit =
    c.kind === 'none'
      ? s.creditNone
      : c.kind === 'bands'
        ? f(s.creditBands, { count: c.bands.length, cap: c.capPercent })
        : c.kind === 'perStep'
          ? f(s.creditPerStep, { percent: c.percentPerStep, step: c.step, cap: c.capPercent })
          : c.kind === 'extensionDays'
            ? f(s.creditExtension, { days: c.daysPerStep, step: c.step, cap: c.capDays })
            : f(s.creditIncidents, { cap: c.capPercent });
  const k = p.claim;
  const claim =
    k.kind === 'none'
      ? s.claimNone
      : k.kind === 'automatic'
        ? s.claimAutomatic
        : k.kind === 'afterPeriodEnd'
          ? f(s.claimAfterPeriod, { days: k.days })
          : k.kind === 'afterEligibility'
            ? f(s.claimAfterEligibility, { days: k.days })
            : f(s.claimBusinessDays, { days: k.days });
  const readings = policy.interpretations.map((it) =>
    f(s.readingChosen, {
      question: it.question,
      reading: it.options.find((o) => o.id === it.chosen)?.label ?? it.chosen,
    }),
  );
  return [
    { label: s.termTarget, value: f(s.termTargetValue, { target: p.target, period }) },
    { label: s.termZone, value: p.timezone },
    { label: s.termDowntime, value: f(s.termDowntimeValue, { minutes: p.minOutageMinutes }) },
    { label: s.termCredit, value: credit },
    { label: s.termClaim, value: claim },
    {
      label: s.termTermination,
      value: p.termination.length
        ? f(s.terminationCount, { count: p.termination.length })
        : s.terminationNone,
    },
    { label: s.termReadings, value: readings.length ? readings.join('\n') : s.readingsNone },
  ];
}
