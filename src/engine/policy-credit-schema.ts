// What a missed target earns and how it is claimed, and when the customer may leave: the
// credit, claim and termination parts of the policy schema.
import * as v from 'valibot';
import { EXCLUSION_KINDS, flag, int, num, oneOf, percent, positive, text } from './policy-values';

const stepRounding = () => oneOf(['ceil', 'floor']);

export const CreditSchema = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('none') }),
    v.strictObject({
      kind: v.literal('bands'),
      bands: v.array(
        v.strictObject({
          /** Uptime bound; the band applies below it, or at or below it when inclusive. */
          below: percent(),
          inclusive: flag(),
          percent: percent(),
        }),
        'expected a list',
      ),
      capPercent: percent(),
    }),
    // "< 99.9% – >= 99.0%: 3 days of Service added to the end of the Service term": the
    // same bands, paying days of service instead of a share of the fee.
    v.strictObject({
      kind: v.literal('dayBands'),
      dayBands: v.array(
        v.strictObject({
          below: percent(),
          inclusive: flag(),
          days: num('a number of days from 0', 0, 3660),
        }),
        'expected a list',
      ),
      capDays: num('a number of days from 0', 0, 3660),
    }),
    v.strictObject({
      kind: v.literal('perStep'),
      percentPerStep: percent(),
      step: positive(),
      rounding: stepRounding(),
      capPercent: percent(),
    }),
    v.strictObject({
      kind: v.literal('extensionDays'),
      daysPerStep: positive(),
      step: positive(),
      rounding: stepRounding(),
      capDays: num('a number of days from 0', 0, 3660),
    }),
    // "100 % of the lost time at the hourly rate", "10 × the amount paid while down":
    // the lost minutes priced at a rate (the period's fee spread over its minutes when
    // none is named), times a multiple, in money.
    v.strictObject({
      kind: v.literal('lostTime'),
      // "10 × the amount paid" is the largest real multiple; the bound keeps money finite.
      multiple: positive('a positive multiple up to 1000', 1000),
      hourlyRate: v.nullable(num('an hourly rate from 0', 0, 1e12)),
      /** Only when the period missed its target; otherwise for every lost minute. */
      whenMissed: flag(),
      /** At most this percent of the period's fee; null where the contract names no cap. */
      capPercent: v.nullable(num('a percent of the fee from 0', 0, 100_000)),
      /**
       * "The maximum amount of compensation for an individual interruption is 100% of …
       * charges": each outage's credit in the period at most this percent of its fee.
       */
      capPerOutagePercent: v.optional(v.nullable(num('a percent of the fee from 0', 0, 100_000))),
      /**
       * "One day of service for every 15 minutes of downtime beyond the 0.1% threshold": only
       * the lost minutes beyond the downtime the target allows count. Absent: all of them.
       */
      beyondAllowance: v.optional(flag()),
      /**
       * "Prorated monthly Fees for each full or partial hour of downtime": the lost minutes
       * rounded to whole blocks of this many minutes (by `rounding`, written with it) before
       * they are priced. Absent: priced to the minute.
       */
      perMinutes: v.optional(int('a whole number of minutes from 1', 1, 1_000_000)),
      rounding: v.optional(stepRounding()),
    }),
    // A fixed amount, percent of the fee or service days for each counted outage.
    v.strictObject({
      kind: v.literal('perEvent'),
      unit: oneOf(['percent', 'amount', 'days']),
      /** Bounded like every amount, so credits times outages stay finite money. */
      value: positive('a positive value up to 1000000000000', 1e12),
      /** In the same unit; null for no cap. */
      cap: v.nullable(num('a cap from 0', 0, 1e12)),
    }),
    // Service days per block of lost time ("one day of service for each hour of downtime").
    v.strictObject({
      kind: v.literal('serviceDays'),
      days: positive(),
      perMinutes: int('a whole number of minutes from 1', 1, 1_000_000),
      rounding: stepRounding(),
      whenMissed: flag(),
      capDays: num('a number of days from 0', 0, 3660),
      beyondAllowance: v.optional(flag()),
    }),
    // A percentage of the fee per block of lost time ("5% of the fees … for every half hour
    // (or part thereof) of unplanned Unavailability, up to a maximum of 100%").
    v.strictObject({
      kind: v.literal('perBlock'),
      percent: positive('a positive value up to 1000000000000', 1e12),
      perMinutes: int('a whole number of minutes from 1', 1, 1_000_000),
      rounding: stepRounding(),
      whenMissed: flag(),
      capPercent: num('a percent of the fee from 0', 0, 100_000),
      beyondAllowance: v.optional(flag()),
    }),
    v.strictObject({
      kind: v.literal('incidents'),
      levels: v.array(
        v.strictObject({
          severity: v.pipe(text(), v.regex(/^P[0-4]$/, 'expected a severity P0 to P4')),
          /** Outages at least this long are incidents of this level; null: tickets only. */
          minOutageMinutes: v.nullable(int('a whole number of minutes from 1', 1, 1_000_000)),
          /** Records of these kinds keep their minutes out of this level's incidents, whatever their notice. */
          excludedKinds: v.optional(v.array(oneOf([...EXCLUSION_KINDS]), 'expected a list')),
          rows: v.array(
            v.strictObject({
              minIncidents: v.nullable(int('a whole number from 1', 1, 10_000)),
              minHours: v.nullable(num('a number of hours from 0', 0, 10_000)),
              /** "exceeding 0.72 hours" is strict; "3 hours" is reached at 3. */
              hoursStrict: flag(),
              percent: percent(),
            }),
            'expected a list',
          ),
        }),
        'expected a list',
      ),
      capPercent: percent(),
    }),
  ],
  'expected a credit of kind "none", "bands", "dayBands", "perStep", "extensionDays", "lostTime", "perEvent", "serviceDays", "perBlock" or "incidents"',
);

export const ClaimSchema = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('none') }),
    v.strictObject({ kind: v.literal('automatic') }),
    v.strictObject({
      kind: v.literal('afterPeriodEnd'),
      days: int('a whole number of days from 1', 1, 3660),
    }),
    v.strictObject({
      kind: v.literal('afterEligibility'),
      days: int('a whole number of days from 1', 1, 3660),
    }),
    v.strictObject({
      kind: v.literal('businessDaysAfterIncident'),
      days: int('a whole number of business days from 1', 1, 365),
    }),
    /** "Within N days of the incident": from the local day the breaking outage began. */
    v.strictObject({
      kind: v.literal('daysAfterIncident'),
      days: int('a whole number of days from 1', 1, 3660),
    }),
    /** "Within two months": the same day N months after the period ends. */
    v.strictObject({
      kind: v.literal('monthsAfterPeriod'),
      months: int('a whole number of months from 1', 1, 120),
    }),
    /** "By the end of the second billing cycle": the end of the Nth period after it. */
    v.strictObject({
      kind: v.literal('periodsAfterPeriod'),
      periods: int('a whole number of periods from 1', 1, 120),
    }),
  ],
  'expected a claim rule of kind "none", "automatic", "afterPeriodEnd", "afterEligibility", "businessDaysAfterIncident", "daysAfterIncident", "monthsAfterPeriod" or "periodsAfterPeriod"',
);

export const TerminationSchema = v.variant(
  'kind',
  [
    v.strictObject({
      kind: v.literal('consecutivePeriodsMissed'),
      periods: int('a whole number of periods from 1', 1, 120),
    }),
    v.strictObject({
      kind: v.literal('claims'),
      consecutiveMonths: int('a whole number of months from 1', 1, 120),
      claimsWithin: v.strictObject({
        count: int('a whole number from 1', 1, 1000),
        days: int('a whole number of days from 1', 1, 3660),
      }),
      noticeDays: v.nullable(int('a whole number of days from 0', 0, 3660)),
    }),
    v.strictObject({
      kind: v.literal('incidentsPerMonth'),
      severity: v.pipe(text(), v.regex(/^P[0-4]$/, 'expected a severity P0 to P4')),
      minIncidents: int('a whole number from 1', 1, 1000),
      consecutiveMonths: int('a whole number of months from 1', 1, 120),
      noticeWithinDays: v.nullable(int('a whole number of days from 0', 0, 3660)),
    }),
    // "Three missed months in any rolling twelve-month period": a right once `missed`
    // periods fall within `months` months, to be used within `noticeWithinDays`.
    v.strictObject({
      kind: v.literal('missedWithinMonths'),
      missed: int('a whole number of periods from 1', 1, 120),
      months: int('a whole number of months from 1', 1, 120),
      noticeWithinDays: v.nullable(int('a whole number of days from 0', 0, 3660)),
    }),
    // "falls below 97% on a rolling three (3) months average": a right once the mean uptime
    // of `periods` periods in a row is below `belowPercent`.
    v.strictObject({
      kind: v.literal('averageBelow'),
      periods: int('a whole number of periods from 1', 1, 120),
      belowPercent: percent(),
      noticeDays: v.nullable(int('a whole number of days from 0', 0, 3660)),
      noticeWithinDays: v.nullable(int('a whole number of days from 0', 0, 3660)),
    }),
  ],
  'expected a termination rule of kind "consecutivePeriodsMissed", "claims", "incidentsPerMonth", "missedWithinMonths" or "averageBelow"',
);
