// A policy's key terms as label/value lines a person can check against their contract
// before saving a policy someone else shared (the reading each interpretation uses applied).
import { effectivePolicy, type Policy } from '../../engine/policy';
import type { NoticeRule } from '../../engine/policy-schema';
import type { Message } from '../i18n/en';
import { interpretationText } from '../i18n/preset-text';
import { fill, shareStrings } from './strings';

/**
 * A credit counted beyond the allowance, in the page's language: kept here, with the offer
 * of a shared policy that alone says it, not in the strings every first screen loads.
 */
const BEYOND_ALLOWANCE: Record<string, string> = {
  en: ', counting only the downtime beyond what the target allows',
  ar: '، ولا يُحتسب إلا التعطل الزائد على ما يسمح به الهدف',
};

/** Lost time in whole blocks, kept with the offer for the same reason. */
const BLOCKS: Record<string, { ceil: Message; floor: Message }> = {
  en: {
    ceil: { one: ', in started blocks of {n} minute', other: ', in started blocks of {n} minutes' },
    floor: { one: ', in whole blocks of {n} minute', other: ', in whole blocks of {n} minutes' },
  },
  ar: {
    ceil: {
      one: '، بمدد بدأت من دقيقة واحدة',
      two: '، بمدد بدأت من دقيقتين',
      few: '، بمدد بدأت من {n} دقائق',
      many: '، بمدد بدأت من {n} دقيقةً',
      other: '، بمدد بدأت من {n} دقيقة',
    },
    floor: {
      one: '، بمدد كاملة من دقيقة واحدة',
      two: '، بمدد كاملة من دقيقتين',
      few: '، بمدد كاملة من {n} دقائق',
      many: '، بمدد كاملة من {n} دقيقةً',
      other: '، بمدد كاملة من {n} دقيقة',
    },
  },
};

export interface KeyTerm {
  label: string;
  value: string;
}

export function keyTermsOf(policy: Policy, locale: string): KeyTerm[] {
  const s = shareStrings(locale);
  const f = (text: Message, params: Record<string, string | number> = {}) => fill(locale, text, params);
  const p = effectivePolicy(policy);
  const period = { month: s.periodMonth, quarter: s.periodQuarter, year: s.periodYear }[p.period];
  const c = p.credit;
  const kindTerms = ((): string => {
    switch (c.kind) {
      case 'none':
        return s.creditNone;
      case 'bands':
        return f(s.creditBands, { count: c.bands.length, cap: c.capPercent });
      case 'dayBands':
        return f(s.creditDayBands, { count: c.dayBands.length, n: c.capDays });
      case 'perStep':
        return f(s.creditPerStep, { percent: c.percentPerStep, step: c.step, cap: c.capPercent });
      case 'extensionDays':
        return f(s.creditExtension, { days: c.daysPerStep, step: c.step, cap: c.capDays });
      case 'lostTime': {
        const perOutage = c.capPerOutagePercent ?? null;
        const text = f(
          c.capPercent !== null
            ? s.creditLostTime
            : perOutage === null
              ? s.creditLostTimeUncapped
              : s.creditLostTimeBare,
          {
            multiple: c.multiple,
            rate: c.hourlyRate === null ? s.creditRateFee : `${c.hourlyRate} ${p.fee.currency}/h`,
            cap: c.capPercent ?? 0,
          },
        );
        const blocks = BLOCKS[locale.split(/[-_]/)[0]!.toLowerCase()] ?? BLOCKS.en!;
        const rounded =
          c.perMinutes === undefined ? '' : f(blocks[c.rounding ?? 'ceil'], { n: c.perMinutes });
        return (perOutage === null ? text : text + f(s.creditOutageCap, { cap: perOutage })) + rounded;
      }
      case 'perEvent': {
        const unit = { percent: s.unitPercent, amount: p.fee.currency, days: s.unitDays }[c.unit];
        return f(s.creditPerEvent, { value: c.value, unit });
      }
      case 'serviceDays':
        return f(s.creditServiceDays, { days: c.days, n: c.perMinutes, cap: c.capDays });
      case 'perBlock':
        return f(s.creditPerBlock, { percent: c.percent, n: c.perMinutes, cap: c.capPercent });
      case 'incidents':
        return f(s.creditIncidents, { cap: c.capPercent });
    }
  })();
  const beyond =
    (c.kind === 'lostTime' || c.kind === 'serviceDays' || c.kind === 'perBlock') && c.beyondAllowance;
  const credit = beyond
    ? kindTerms + (BEYOND_ALLOWANCE[locale.split(/[-_]/)[0]!.toLowerCase()] ?? BEYOND_ALLOWANCE.en)
    : kindTerms;
  const k = p.claim;
  const claim = ((): string => {
    switch (k.kind) {
      case 'none':
        return s.claimNone;
      case 'automatic':
        return s.claimAutomatic;
      case 'afterPeriodEnd':
        return f(s.claimAfterPeriod, { n: k.days });
      case 'afterEligibility':
        return f(s.claimAfterEligibility, { n: k.days });
      case 'businessDaysAfterIncident':
        return f(s.claimBusinessDays, { n: k.days });
      case 'daysAfterIncident':
        return f(s.claimDaysAfterIncident, { n: k.days });
      case 'monthsAfterPeriod':
        return f(s.claimMonthsAfterPeriod, { n: k.months });
      case 'periodsAfterPeriod':
        return f(s.claimPeriodsAfterPeriod, { periods: k.periods });
    }
  })();
  const notice = (n: NoticeRule): string => {
    if (n.kind === 'hours') return f(s.noticeHours, { n: n.hours });
    if (n.kind === 'businessDays') return f(s.noticeBusinessDays, { n: n.days });
    const hours = [...n.tiers]
      .sort((a, b) => a.fromMinutes - b.fromMinutes)
      .map((t) => f('{n}', { n: t.hours }));
    return f(s.noticeByLength, { hours: hours.join('/') });
  };
  const kindWords = {
    planned: s.kindPlanned,
    emergency: s.kindEmergency,
    'third-party': s.kindThirdParty,
    'force-majeure': s.kindForceMajeure,
    customer: s.kindCustomer,
    other: s.kindOther,
  } satisfies Record<keyof typeof p.exclusions.kinds, string>;
  const excluded = (Object.keys(kindWords) as (keyof typeof kindWords)[])
    .filter((kind) => p.exclusions.kinds[kind].excluded)
    .map((kind) => {
      const rule = p.exclusions.kinds[kind].notice;
      return rule
        ? f(s.excludedWithNotice, { kind: kindWords[kind], notice: notice(rule) })
        : kindWords[kind];
    });
  const windows = p.exclusions.windows.length;
  if (windows) excluded.push(windows === 1 ? s.windowsOne : f(s.windowsCount, { count: windows }));
  const readings = policy.interpretations.map((it) =>
    f(s.readingChosen, {
      // A preset's own question and reading have their words in the page's language.
      question: interpretationText(locale, it.question),
      reading: interpretationText(locale, it.options.find((o) => o.id === it.chosen)?.label ?? it.chosen),
    }),
  );
  return [
    { label: s.termTarget, value: f(s.termTargetValue, { target: p.target, period }) },
    { label: s.termZone, value: p.timezone },
    { label: s.termDowntime, value: f(s.termDowntimeValue, { n: p.minOutageMinutes }) },
    { label: s.termCredit, value: credit },
    { label: s.termClaim, value: claim },
    { label: s.termExcluded, value: excluded.length ? excluded.join('\n') : s.excludedNothing },
    {
      label: s.termNodata,
      value: { available: s.nodataUp, down: s.nodataDown, exclude: s.nodataOut }[p.nodata],
    },
    {
      label: s.termTermination,
      value:
        p.termination.length === 0
          ? s.terminationNone
          : p.termination.length === 1
            ? s.terminationOne
            : f(s.terminationCount, { n: p.termination.length }),
    },
    { label: s.termReadings, value: readings.length ? readings.join('\n') : s.readingsNone },
  ];
}

/** JSON with every object's keys in one order, so two equal policies give one text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/**
 * The built-in preset a shared policy is named after, and whether its terms are that
 * preset's: anyone can send "Clarus LIS" with a lower target under the preset's name.
 */
export function presetNamesake(
  policy: Policy,
  presets: readonly Policy[],
): { name: string; same: boolean } | null {
  const name = policy.name.toLowerCase();
  const preset = presets.find((p) => name.includes(p.name.toLowerCase()));
  if (!preset) return null;
  return { name: preset.name, same: sameTerms(policy, preset) };
}

/** Whether two policies say the same whatever their names. */
export function sameTerms(a: Policy, b: Policy): boolean {
  return canonical({ ...a, name: '' }) === canonical({ ...b, name: '' });
}
