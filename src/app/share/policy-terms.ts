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
  const credit = ((): string => {
    switch (c.kind) {
      case 'none':
        return s.creditNone;
      case 'bands':
        return f(s.creditBands, { count: c.bands.length, cap: c.capPercent });
      case 'dayBands':
        return f(s.creditDayBands, { count: c.dayBands.length, cap: c.capDays });
      case 'perStep':
        return f(s.creditPerStep, { percent: c.percentPerStep, step: c.step, cap: c.capPercent });
      case 'extensionDays':
        return f(s.creditExtension, { days: c.daysPerStep, step: c.step, cap: c.capDays });
      case 'lostTime':
        return f(c.capPercent === null ? s.creditLostTimeUncapped : s.creditLostTime, {
          multiple: c.multiple,
          rate: c.hourlyRate === null ? s.creditRateFee : `${c.hourlyRate} ${p.fee.currency}/h`,
          cap: c.capPercent ?? 0,
        });
      case 'perEvent': {
        const unit = { percent: s.unitPercent, amount: p.fee.currency, days: s.unitDays }[c.unit];
        return f(s.creditPerEvent, { value: c.value, unit });
      }
      case 'serviceDays':
        return f(s.creditServiceDays, { days: c.days, minutes: c.perMinutes, cap: c.capDays });
      case 'incidents':
        return f(s.creditIncidents, { cap: c.capPercent });
    }
  })();
  const k = p.claim;
  const claim = ((): string => {
    switch (k.kind) {
      case 'none':
        return s.claimNone;
      case 'automatic':
        return s.claimAutomatic;
      case 'afterPeriodEnd':
        return f(s.claimAfterPeriod, { days: k.days });
      case 'afterEligibility':
        return f(s.claimAfterEligibility, { days: k.days });
      case 'businessDaysAfterIncident':
        return f(s.claimBusinessDays, { days: k.days });
      case 'daysAfterIncident':
        return f(s.claimDaysAfterIncident, { days: k.days });
      case 'monthsAfterPeriod':
        return f(s.claimMonthsAfterPeriod, { months: k.months });
      case 'periodsAfterPeriod':
        return f(s.claimPeriodsAfterPeriod, { periods: k.periods });
    }
  })();
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
      value:
        p.termination.length === 0
          ? s.terminationNone
          : p.termination.length === 1
            ? s.terminationOne
            : f(s.terminationCount, { count: p.termination.length }),
    },
    { label: s.termReadings, value: readings.length ? readings.join('\n') : s.readingsNone },
  ];
}
