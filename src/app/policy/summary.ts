// The policy read back as sentences ("Monthly uptime below 99.9 % gives 10 % of the monthly
// fee …"), so a user can hold the form's result against the contract's own words. Pure:
// the policy and a locale in, sentences out; interpretations are applied first, because
// the chosen readings are what the report evaluates.
import { effectivePolicy, type Policy } from '../../engine/policy';
import type { NoticeRule } from '../../engine/policy-schema';
import { clockText, formatNumber, formatTarget, weekdayName } from '../format';
import { dirOf, type Params } from '../i18n';
import { type PolicyTextKey, policyText } from './text';
import { zoneEntry } from './zones';

type Say = (key: PolicyTextKey, params?: Params) => string;
type Target = NonNullable<Policy['responseTargets'][number]['response']>;

const PERIOD_WORDS = {
  month: ['sumEveryMonth', 'sumMonthly', 'sumMonths', 'sumPeriodMonth', 'sumMonthsInRow'],
  quarter: ['sumEveryQuarter', 'sumQuarterly', 'sumQuarters', 'sumPeriodQuarter', 'sumQuartersInRow'],
  year: ['sumEveryYear', 'sumYearly', 'sumYears', 'sumPeriodYear', 'sumYearsInRow'],
} as const satisfies Record<Policy['period'], readonly PolicyTextKey[]>;

const KIND_WORDS = {
  planned: 'sumKindPlanned',
  emergency: 'sumKindEmergency',
  'third-party': 'sumKindThirdParty',
  'force-majeure': 'sumKindForceMajeure',
  customer: 'sumKindCustomer',
  other: 'sumKindOther',
} as const satisfies Record<string, PolicyTextKey>;

/**
 * A run that reads left to right ("500–599", "01:00–02:30") kept whole in a right-to-left
 * sentence; without the isolate an Arabic line shows "599–500".
 */
function ltrRun(text: string, locale: string): string {
  return dirOf(locale) === 'rtl' ? `\u2066${text}\u2069` : text;
}

export function policySentences(written: Policy, locale: string): string[] {
  return sentencesOf(written, locale).all;
}

/** The cited terms a claim letter states, each in the summary's words, where it cannot quote their clause. */
export type AgreedTerms = Partial<
  Record<'formula' | 'minOutageMinutes' | 'exclusions.kinds' | 'credit' | 'claim', string>
>;

/** The summary's sentences for the terms a claim letter rests on, as the contract has them. */
export function agreedTerms(written: Policy, locale: string): AgreedTerms {
  return sentencesOf(written, locale).terms;
}

function sentencesOf(written: Policy, locale: string): { all: string[]; terms: AgreedTerms } {
  const terms: AgreedTerms = {};
  const p = effectivePolicy(written);
  const say: Say = (key, params) => policyText(locale, key, params);
  const num = (n: number) => formatNumber(n, locale, 6);
  const pct = (n: number) => formatTarget(n, locale);
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  const either = (items: string[]) => new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);
  const [calendarEvery, periodly, periodsWord, periodName, periodsInRow] = PERIOD_WORDS[p.period];
  // Periods that start elsewhere than 1 January / the 1st are not calendar periods.
  const shifted = p.periodStart !== undefined && (p.periodStart.day !== 1 || p.periodStart.month !== 1);
  const every: PolicyTextKey = shifted
    ? ({ month: 'sumEveryCycleMonth', quarter: 'sumEveryCycleQuarter', year: 'sumEveryCycleYear' } as const)[
        p.period
      ]
    : calendarEvery;
  // Availability credits are on the period's fee, incident credits on the month's (as the engine charges them).
  const feeOf = (period: Policy['period']): string =>
    say(
      period === 'month'
        ? p.fee.per === 'year'
          ? 'sumFeeYearMonth'
          : 'sumFeeMonth'
        : period === 'quarter'
          ? 'sumFeeQuarter'
          : 'sumFeeYear',
    );

  const out: string[] = [];
  const zoneName = zoneEntry(p.timezone, locale)?.name;
  out.push(
    say('sumPromise', {
      target: pct(p.target),
      every: say(every),
      zone: zoneName ? `${p.timezone} (${zoneName})` : p.timezone,
    }),
  );
  if (p.roundDecimals !== null) out.push(say('sumRounded', { n: p.roundDecimals }));
  terms.formula = say(p.formula === 'total' ? 'sumFormulaTotal' : 'sumFormulaExcluded');
  out.push(terms.formula);
  terms.minOutageMinutes =
    p.minOutageMinutes === 1 ? say('sumEveryMinute') : say('sumMinOutage', { n: p.minOutageMinutes });
  out.push(terms.minOutageMinutes);
  if (p.measurement) out.push(...measurementSentences(p, say, num));
  else
    out.push(
      say('sumMinuteRule', {
        minute: say(p.minuteRule === 'any' ? 'sumAnyCheck' : 'sumMostChecks'),
        monitors: say(p.combine === 'any' ? 'sumAnyMonitor' : 'sumAllMonitors'),
      }),
    );
  if (p.periodStart && (p.periodStart.day !== 1 || p.periodStart.month !== 1))
    out.push(
      p.period === 'month'
        ? say('sumStartsOnDay', { day: p.periodStart.day })
        : say('sumStartsOnDate', {
            day: p.periodStart.day,
            month: new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
              Date.UTC(2001, p.periodStart.month - 1, 1),
            ),
          }),
    );
  out.push(
    say(p.nodata === 'available' ? 'sumNodataUp' : p.nodata === 'down' ? 'sumNodataDown' : 'sumNodataOut'),
  );
  const codes = p.downCodes.map((c) =>
    ltrRun(c.from === c.to ? String(c.from) : `${c.from}–${c.to}`, locale),
  );
  out.push(
    codes.length
      ? say(p.timeoutIsDown ? 'sumCodesAndTimeouts' : 'sumCodesNotTimeouts', { codes: list(codes) })
      : say(p.timeoutIsDown ? 'sumOnlyTimeouts' : 'sumNoCodes'),
  );

  const notice = (n: NoticeRule | null): string => {
    if (n === null) return '';
    if (n.kind === 'hours') return say('sumAnnounced', { notice: say('sumHoursAhead', { n: n.hours }) });
    if (n.kind === 'businessDays')
      return say('sumAnnounced', { notice: say('sumBusinessDaysAhead', { n: n.days }) });
    const tiers = [...n.tiers].sort((a, b) => a.fromMinutes - b.fromMinutes);
    const parts = tiers.map((t) =>
      t.fromMinutes === 0
        ? say('sumHoursAhead', { n: t.hours })
        : say('sumHoursAheadFrom', { n: t.hours, m: say('sumMinutes', { n: t.fromMinutes }) }),
    );
    return say('sumAnnounced', { notice: either(parts) });
  };
  const excluded = Object.entries(p.exclusions.kinds)
    .filter(([, rule]) => rule.excluded)
    .map(([kind, rule]) => {
      const name = say(KIND_WORDS[kind as keyof typeof KIND_WORDS]);
      const when = notice(rule.notice);
      return when ? say('sumKindWithNotice', { kind: name, notice: when }) : name;
    });
  terms['exclusions.kinds'] = excluded.length
    ? say('sumExcluded', { kinds: list(excluded) })
    : say('sumNothingExcluded');
  out.push(terms['exclusions.kinds']);
  out.push(
    p.exclusions.windows.length
      ? say('sumWindows', {
          windows: list(
            p.exclusions.windows.map((w) =>
              say('sumWindow', {
                times: ltrRun(`${clockText(w.start, locale)}–${clockText(w.end, locale)}`, locale),
                days: daysText(w.weekdays, locale, say, list),
              }),
            ),
          ),
        })
      : say('sumNoWindows'),
  );

  const credit = creditSentences(p, {
    say,
    pct,
    num,
    list,
    either,
    fee: feeOf(p.period),
    monthFee: feeOf('month'),
    periodly,
  });
  terms.credit = credit.join(' ');
  out.push(...credit);

  const e = p.eligibility;
  if (p.fee.amount !== null)
    out.push(
      say(p.fee.per === 'year' ? 'sumFeeAmountYear' : 'sumFeeAmountMonth', {
        amount: num(p.fee.amount),
        currency: p.fee.currency,
      }),
    );
  if (e.noCreditTiers.length)
    out.push(say('sumNoCreditTiers', { n: e.noCreditTiers.length, tiers: list(e.noCreditTiers) }));
  if (e.tier !== null && e.tier !== '') out.push(say('sumTier', { tier: e.tier }));
  if (e.effectiveDate !== null) out.push(say('sumEffective', { date: e.effectiveDate }));
  if (e.remediesAfterDays !== null) out.push(say('sumRemediesAfter', { n: e.remediesAfterDays }));
  if (e.agreementFrom !== null) out.push(say('sumAgreementFrom', { date: e.agreementFrom }));
  if (e.minFeeAmount !== null)
    out.push(say('sumMinFee', { amount: num(e.minFeeAmount), currency: p.fee.currency }));
  if (e.capAtNextMonthFee) out.push(say('sumCapNextMonth'));

  const c = p.claim;
  terms.claim =
    c.kind === 'none'
      ? say('sumClaimNone')
      : c.kind === 'automatic'
        ? say('sumClaimAutomatic')
        : c.kind === 'afterPeriodEnd'
          ? say('sumClaimAfterPeriod', { n: c.days, period: say(periodName) })
          : c.kind === 'afterEligibility'
            ? say('sumClaimAfterEligibility', { n: c.days })
            : c.kind === 'businessDaysAfterIncident'
              ? say('sumClaimAfterIncident', { n: c.days })
              : c.kind === 'daysAfterIncident'
                ? say('sumClaimDaysAfterIncident', { n: c.days })
                : c.kind === 'monthsAfterPeriod'
                  ? say('sumClaimMonthsAfter', { n: c.months, period: say(periodName) })
                  : say('sumClaimPeriodsAfter', { periods: say(periodsWord, { n: c.periods }) });
  out.push(terms.claim);

  if (p.termination.length === 0) out.push(say('sumNoTermination'));
  for (const r of p.termination) {
    if (r.kind === 'consecutivePeriodsMissed')
      out.push(say('sumTerminateMissed', { periods: say(periodsInRow, { n: r.periods }) }));
    else if (r.kind === 'claims') {
      // The months pick the sentence's form; the claims and days beside them are counted in their own words.
      const base = say('sumTerminateClaims', {
        n: r.consecutiveMonths,
        months: say('sumMonthsInRow', { n: r.consecutiveMonths }),
        claims: say('sumClaims', { n: r.claimsWithin.count }),
        days: say('sumDaysSpan', { n: r.claimsWithin.days }),
      });
      out.push(r.noticeDays === null ? base : say('sumWithNotice', { rule: base, n: r.noticeDays }));
    } else if (r.kind === 'missedWithinMonths') {
      const base = say('sumTerminateRolling', {
        periods: say(periodsWord, { n: r.missed }),
        months: say('sumMonths', { n: r.months }),
      });
      out.push(
        r.noticeWithinDays === null ? base : say('sumTellWithinAfter', { rule: base, n: r.noticeWithinDays }),
      );
    } else if (r.kind === 'averageBelow') {
      const base = say('sumTerminateAverage', {
        periods: say(periodsInRow, { n: r.periods }),
        below: pct(r.belowPercent),
      });
      const told =
        r.noticeWithinDays === null ? base : say('sumTellWithinAfter', { rule: base, n: r.noticeWithinDays });
      out.push(r.noticeDays === null ? told : say('sumWithNotice', { rule: told, n: r.noticeDays }));
    } else {
      const base = say('sumTerminateIncidents', {
        incidents: say('sumIncidentsOrMore', { n: r.minIncidents, severity: r.severity }),
        months: say('sumMonthsInRow', { n: r.consecutiveMonths }),
      });
      out.push(
        r.noticeWithinDays === null ? base : say('sumTellWithin', { rule: base, n: r.noticeWithinDays }),
      );
    }
  }

  out.push(calendarSentence(p, locale, say, list));
  if (p.responseTargets.length) {
    const target = (t: Target) => targetText(t, say);
    out.push(
      say('sumSupport', {
        targets: p.responseTargets
          .map((r) => {
            const parts = [
              r.response ? say('sumAnswered', { within: target(r.response) }) : '',
              r.resolution ? say('sumResolved', { within: target(r.resolution) }) : '',
            ].filter((s) => s !== '');
            return say('sumTarget', { severity: r.severity, targets: list(parts) });
          })
          .join(say('sumSemicolon')),
      }),
    );
  }
  for (const r of p.responseTargets)
    if (r.calendar)
      out.push(
        say('sumOwnClock', { severity: r.severity, hours: calendarHours(r.calendar, locale, say, list) }),
      );
  if (p.obligations.length) out.push(say('sumObligations', { n: p.obligations.length }));
  out.push(...termsSentences(written, p, say, list, num, pct));
  return { all: out, terms };
}

/** Intervals, rate rules and k of n: how checks become down time, when the policy says more than per minute. */
function measurementSentences(p: Policy, say: Say, num: (n: number) => string): string[] {
  const m = p.measurement;
  if (!m) return [];
  const rule =
    m.rule === 'errorRate'
      ? say('sumRuleRate', { rate: num(m.errorRatePercent ?? 0), min: num(m.minChecks ?? 1) })
      : say(m.rule === 'any' ? 'sumRuleAny' : m.rule === 'majority' ? 'sumRuleMajority' : 'sumRuleAll');
  const out = [
    m.intervalMinutes === 1
      ? say('sumMinuteDownWhen', { rule })
      : say('sumIntervalDownWhen', { n: m.intervalMinutes, rule }),
  ];
  out.push(
    m.monitorsDown !== null
      ? say('sumMonitorsDown', { n: m.monitorsDown })
      : say('sumSeveralMonitors', {
          monitors: say(p.combine === 'any' ? 'sumAnyMonitor' : 'sumAllMonitors'),
        }),
  );
  return out;
}

function calendarHours(
  calendar: Policy['calendar'],
  locale: string,
  say: Say,
  list: (items: string[]) => string,
): string {
  return list(
    calendar.weekly.map((w) =>
      say('sumHoursOn', {
        days: weekdayName(w.weekday, locale),
        hours: ltrRun(`${clockText(w.from, locale)}–${clockText(w.to, locale)}`, locale),
      }),
    ),
  );
}

/** Plans, scopes, limits on credits and exclusions, conditions and remedies. */
function termsSentences(
  written: Policy,
  p: Policy,
  say: Say,
  list: (items: string[]) => string,
  num: (n: number) => string,
  pct: (n: number) => string,
): string[] {
  const out: string[] = [];
  const plan = written.plans?.find((x) => x.id === written.plan);
  if (written.plans?.length)
    out.push(
      say(plan ? 'sumPlanChosen' : 'sumPlanNone', {
        plan: plan?.name ?? '',
        plans: list(written.plans.map((x) => x.name)),
      }),
    );
  for (const cap of p.exclusions.caps ?? [])
    out.push(
      say(cap.per === 'year' ? 'sumCapYear' : 'sumCapPeriod', {
        kinds: list(cap.kinds.map((k) => say(k === 'windows' ? 'sumKindWindows' : KIND_WORDS[k]))),
        n: cap.hours,
        hours: num(cap.hours),
      }),
    );
  const l = p.creditLimits;
  const money = (n: number) => `${num(n)} ${p.fee.currency}`;
  if (l?.minimumAmount != null) out.push(say('sumMinimumCredit', { amount: money(l.minimumAmount) }));
  if (l?.perPeriodAmount != null) out.push(say('sumPerPeriodCap', { amount: money(l.perPeriodAmount) }));
  if (l?.perYearAmount != null) out.push(say('sumPerYearCap', { amount: money(l.perYearAmount) }));
  if (l?.perYearPercent != null) out.push(say('sumPerYearPercent', { n: num(l.perYearPercent) }));
  const conditions = p.eligibility.conditions ?? [];
  if (conditions.length)
    out.push(
      say('sumConditions', {
        list: list(
          conditions.map((c) =>
            say(c.answer === null ? 'sumConditionOpen' : c.answer ? 'sumConditionYes' : 'sumConditionNo', {
              text: c.text,
            }),
          ),
        ),
      }),
    );
  if (p.remedies?.length) out.push(say('sumRemedies', { list: list(p.remedies.map((r) => r.description)) }));
  for (const scope of p.scopes ?? [])
    out.push(
      say('sumScope', {
        name: scope.name,
        monitors: list(scope.monitors),
        target: pct(scope.target ?? p.target),
      }),
    );
  return out;
}

interface CreditWords {
  say: Say;
  pct: (n: number) => string;
  num: (n: number) => string;
  list: (items: string[]) => string;
  either: (items: string[]) => string;
  fee: string;
  monthFee: string;
  periodly: PolicyTextKey;
}

/** Each band, highest bound first, as "below 99.9 % gives …" with what it gives. */
function bandPhrases<B extends { below: number; inclusive: boolean }>(
  bands: readonly B[],
  w: CreditWords,
  gives: (band: B) => string,
): string[] {
  return [...bands]
    .sort((a, b) => b.below - a.below)
    .map((b) =>
      w.say(b.inclusive ? 'sumBandAtOrBelow' : 'sumBandBelow', { below: w.pct(b.below), percent: gives(b) }),
    );
}

function creditSentences(p: Policy, w: CreditWords): string[] {
  const lines = kindSentences(p, w);
  const c = p.credit;
  if ((c.kind === 'lostTime' || c.kind === 'serviceDays' || c.kind === 'perBlock') && c.beyondAllowance)
    lines.push(w.say('sumBeyondAllowance'));
  if (c.kind === 'lostTime' && c.perMinutes !== undefined)
    lines.push(
      w.say(c.rounding === 'floor' ? 'sumLostTimeWholeBlocks' : 'sumLostTimeStartedBlocks', {
        minutes: w.say('sumMinutes', { n: c.perMinutes }),
      }),
    );
  return lines;
}

function kindSentences(p: Policy, w: CreditWords): string[] {
  const { say, pct, num, list, either, fee } = w;
  const c = p.credit;
  if (c.kind === 'none') return [say('sumCreditNone')];
  if (c.kind === 'bands' || c.kind === 'dayBands') {
    const each =
      c.kind === 'bands'
        ? bandPhrases(c.bands, w, (b) => pct(b.percent))
        : bandPhrases(c.dayBands, w, (b) => say('sumDays', { n: b.days }));
    if (each.length === 0) return [say('sumCreditNone')];
    return [
      c.kind === 'bands'
        ? say('sumBands', { periodly: say(w.periodly), bands: list(each), fee, cap: pct(c.capPercent) })
        : say('sumDayBands', {
            periodly: say(w.periodly),
            bands: list(each),
            cap: say('sumDays', { n: c.capDays }),
          }),
    ];
  }
  if (c.kind === 'perStep')
    return [
      say(c.rounding === 'ceil' ? 'sumPerStepPart' : 'sumPerStepWhole', {
        percent: pct(c.percentPerStep),
        fee,
        step: num(c.step),
        cap: pct(c.capPercent),
      }),
    ];
  if (c.kind === 'extensionDays')
    return [
      say(c.rounding === 'ceil' ? 'sumDaysPart' : 'sumDaysWhole', {
        n: c.daysPerStep,
        step: num(c.step),
        cap: say('sumDaysSpan', { n: c.capDays }),
      }),
    ];
  if (c.kind === 'lostTime') {
    // A cap on each outage: the period's own may be absent without the credit being uncapped.
    const perOutage = c.capPerOutagePercent ?? null;
    const uncapped =
      perOutage === null
        ? c.whenMissed
          ? 'sumLostTimeMissedUncapped'
          : 'sumLostTimeUncapped'
        : c.whenMissed
          ? 'sumLostTimeMissedNoPeriodCap'
          : 'sumLostTimeNoPeriodCap';
    const lines = [
      say(c.capPercent === null ? uncapped : c.whenMissed ? 'sumLostTimeMissed' : 'sumLostTime', {
        multiple: num(c.multiple),
        rate:
          c.hourlyRate === null
            ? say('sumRateFromFee', { fee })
            : say('sumRatePerHour', { n: num(c.hourlyRate) }),
        cap: c.capPercent === null ? '' : pct(c.capPercent),
        fee,
      }),
    ];
    if (perOutage !== null) lines.push(say('sumPerOutageCap', { cap: pct(perOutage), fee }));
    return lines;
  }
  if (c.kind === 'perEvent') {
    const value =
      c.unit === 'percent'
        ? say('sumEventPercent', { percent: pct(c.value), fee })
        : c.unit === 'days'
          ? say('sumDays', { n: c.value })
          : say('sumEventAmount', { n: num(c.value), currency: p.fee.currency });
    const base = say('sumPerEvent', { value });
    return [c.cap === null ? base : say('sumPerEventCap', { rule: base, cap: num(c.cap) })];
  }
  if (c.kind === 'serviceDays')
    return [
      say(c.rounding === 'ceil' ? 'sumServiceDaysPart' : 'sumServiceDaysWhole', {
        n: c.days,
        minutes: say('sumMinutes', { n: c.perMinutes }),
        cap: say('sumDaysSpan', { n: c.capDays }),
        when: c.whenMissed ? ` ${say('sumWhenMissed')}` : '',
      }),
    ];
  if (c.kind === 'perBlock')
    return [
      say(c.rounding === 'ceil' ? 'sumPerBlockPart' : 'sumPerBlockWhole', {
        percent: pct(c.percent),
        fee,
        minutes: say('sumMinutes', { n: c.perMinutes }),
        cap: pct(c.capPercent),
        when: c.whenMissed ? ` ${say('sumWhenMissed')}` : '',
      }),
    ];
  const levels = c.levels.map((level) => {
    const rows = level.rows.map((r) => {
      const reached = [
        r.minIncidents !== null ? say('sumIncidents', { n: r.minIncidents }) : '',
        r.minHours !== null ? say(r.hoursStrict ? 'sumMoreThanHours' : 'sumHours', { n: r.minHours }) : '',
      ].filter((s) => s !== '');
      return say('sumGives', { reached: either(reached), percent: pct(r.percent) });
    });
    const left = level.excludedKinds?.length
      ? say('sumLevelLeavesOut', { kinds: list(level.excludedKinds.map((k) => say(KIND_WORDS[k]))) })
      : '';
    const source =
      level.minOutageMinutes === null
        ? say('sumFromTickets', { severity: level.severity })
        : say('sumFromOutages', { severity: level.severity, n: level.minOutageMinutes });
    const sentence = say('sumLevel', { severity: level.severity, source, rows: list(rows), fee: w.monthFee });
    return left ? `${sentence} ${left}` : sentence;
  });
  return [...levels, say('sumLevelsCap', { cap: pct(c.capPercent) })];
}

function daysText(
  days: readonly number[],
  locale: string,
  say: Say,
  list: (items: string[]) => string,
): string {
  if (days.length === 0 || [1, 2, 3, 4, 5, 6, 7].every((d) => days.includes(d))) return say('sumEveryDay');
  return say('sumOnDays', { days: list([...days].sort((a, b) => a - b).map((d) => weekdayName(d, locale))) });
}

function calendarSentence(p: Policy, locale: string, say: Say, list: (items: string[]) => string): string {
  const cal = p.calendar;
  // Days with the same hours read together, in the order the policy lists them.
  const byHours = new Map<string, number[]>();
  for (const w of cal.weekly) {
    const hours = ltrRun(`${clockText(w.from, locale)}–${clockText(w.to, locale)}`, locale);
    byHours.set(hours, [...(byHours.get(hours) ?? []), w.weekday]);
  }
  const hours = [...byHours].map(([h, days]) =>
    say('sumHoursOn', { days: list([...new Set(days)].map((d) => weekdayName(d, locale))), hours: h }),
  );
  const holidays: string[] = [];
  if (cal.holidayCountry) {
    const country =
      new Intl.DisplayNames([locale], { type: 'region' }).of(cal.holidayCountry) ?? cal.holidayCountry;
    holidays.push(say('sumCountryHolidays', { country }));
  }
  if (cal.holidays.length) holidays.push(say('sumOwnHolidays', { n: cal.holidays.length }));
  if (hours.length === 0) return say('sumNoHours');
  return holidays.length
    ? say('sumWorkingHoursOff', { hours: list(hours), holidays: list(holidays) })
    : say('sumWorkingHours', { hours: list(hours) });
}

function targetText(t: Target, say: Say): string {
  if (t.kind === 'endOfNextBusinessDay') return say('sumNextBusinessDay');
  if (t.kind === 'businessDays') return say('sumWithinBusinessDays', { n: t.days });
  // "7 days" reads better than "168 hours"; "24 hours" better than "1 day".
  const span =
    t.minutes % 1440 === 0 && t.minutes > 1440 && t.kind === 'elapsed'
      ? say('sumDaysSpan', { n: t.minutes / 1440 })
      : t.minutes % 60 === 0
        ? say('sumHoursSpan', { n: t.minutes / 60 })
        : say('sumMinutes', { n: t.minutes });
  return say(t.kind === 'elapsed' ? 'sumAroundTheClock' : 'sumWorkingTime', { span });
}
