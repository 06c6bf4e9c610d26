// The policy document's schema: every field of a contract's SLA terms, with the message
// that names what a wrong value should have been.

import * as v from 'valibot';
import { HOLIDAY_COUNTRIES } from './holiday-countries';
import { ClaimSchema, CreditSchema, TerminationSchema } from './policy-credit-schema';
import {
  clock,
  EXCLUSION_KINDS,
  flag,
  int,
  isoDate,
  num,
  oneOf,
  percent,
  positive,
  text,
  zone,
} from './policy-values';

const NoticeRuleSchema = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('hours'), hours: num('a number of hours from 0', 0, 100_000) }),
    v.strictObject({ kind: v.literal('businessDays'), days: int('a whole number of business days', 0, 365) }),
    // The required notice depends on the record's length (Kipu: under one hour 24 h,
    // one hour or more 72 h): the tier with the largest fromMinutes not above it applies.
    v.strictObject({
      kind: v.literal('byDuration'),
      tiers: v.pipe(
        v.array(
          v.strictObject({
            fromMinutes: int('a whole number of minutes from 0', 0, 1_000_000),
            hours: num('a number of hours from 0', 0, 100_000),
          }),
          'expected a list',
        ),
        v.minLength(1, 'expected at least one tier'),
      ),
    }),
  ],
  'expected a notice rule of kind "hours", "businessDays" or "byDuration"',
);

const ExclusionKindRuleSchema = v.strictObject({
  excluded: flag(),
  notice: v.nullable(NoticeRuleSchema),
});

const RecurringWindowSchema = v.strictObject({
  start: clock(),
  end: clock(),
  /** ISO weekdays (1 = Monday) on which a window starts; all days when empty. */
  weekdays: v.array(int('a weekday from 1 (Monday) to 7 (Sunday)', 1, 7), 'expected a list'),
  note: text(),
});

// Bounded far above any real target (694 days, ten years) so that a ticket's target in
// minutes stays finite once it is rounded to the hundredth.
const targetMinutes = () => positive('a positive number of minutes up to 1000000', 1_000_000);
const TargetSchema = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('elapsed'), minutes: targetMinutes() }),
    v.strictObject({ kind: v.literal('businessMinutes'), minutes: targetMinutes() }),
    v.strictObject({
      kind: v.literal('businessDays'),
      days: positive('a positive number of days up to 3660', 3660),
    }),
    v.strictObject({ kind: v.literal('endOfNextBusinessDay') }),
  ],
  'expected a target of kind "elapsed", "businessMinutes", "businessDays" or "endOfNextBusinessDay"',
);

const CalendarSchema = v.strictObject({
  weekly: v.array(
    v.strictObject({
      weekday: int('a weekday from 1 (Monday) to 7 (Sunday)', 1, 7),
      from: clock(),
      to: clock(),
    }),
    'expected a list',
  ),
  holidayCountry: v.nullable(
    v.pipe(
      text(),
      v.regex(/^[A-Z]{2}$/, 'expected a two-letter country code'),
      v.check(
        (code) => HOLIDAY_COUNTRIES.has(code),
        'expected a country whose public holidays are built in (an ISO 3166 code such as US, EG or IN)',
      ),
    ),
  ),
  holidays: v.array(v.strictObject({ date: isoDate(), name: text() }), 'expected a list'),
});

const ResponseTargetSchema = v.strictObject({
  severity: v.pipe(text(), v.regex(/^P[0-4]$/, 'expected a severity P0 to P4')),
  response: v.nullable(TargetSchema),
  resolution: v.nullable(TargetSchema),
  /** A severity with its own clock ("P1 around the clock"): replaces the policy's calendar. */
  calendar: v.optional(CalendarSchema),
});

const FeeSchema = v.strictObject({
  amount: v.nullable(num('a fee from 0', 0, 1e12)),
  currency: v.pipe(text(), v.regex(/^[A-Z]{3}$/, 'expected a three-letter currency code')),
  per: oneOf(['month', 'year']),
});

// Promises with deadlines beyond availability and tickets (SPEC "Other measurable
// promises"): what starts the clock, and the rule its fulfilment is judged by. Hours are
// bounded (over eleven years) so a deadline stays a date.
const obligationHours = () => positive('a positive number of hours up to 100000', 100_000);
const ObligationRuleSchema = v.variant(
  'kind',
  [
    /** Fulfilled within this much elapsed time of the start. */
    v.strictObject({ kind: v.literal('withinHours'), hours: obligationHours() }),
    /** Fulfilled by the end of the Nth business day after the day the clock started. */
    v.strictObject({
      kind: v.literal('withinBusinessDays'),
      days: int('a whole number of business days from 1', 1, 365),
    }),
    /** Notice: the change takes effect at least this long after it was announced. */
    v.strictObject({ kind: v.literal('noticeAtLeastHours'), hours: obligationHours() }),
    /** Recovery point: the last good backup is at most this long before the incident. */
    v.strictObject({ kind: v.literal('dataLossAtMostHours'), hours: obligationHours() }),
  ],
  'expected an obligation rule of kind "withinHours", "withinBusinessDays", "noticeAtLeastHours" or "dataLossAtMostHours"',
);

const ObligationSchema = v.strictObject({
  id: v.pipe(
    text(),
    v.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an id of lower-case letters, digits and dashes'),
  ),
  clause: text(),
  description: text(),
  /** What starts the clock (the `started_at` of a log entry). */
  startsWhen: text(),
  /** What `fulfilled_at` records. */
  fulfilledWhen: text(),
  rule: ObligationRuleSchema,
  /** What the customer should keep as evidence. */
  evidence: text(),
  /**
   * Tickets that start this obligation on their own: each resolved ticket of these
   * severities starts the clock at `resolved_at`, fulfilled at `report_published_at`.
   */
  fromTickets: v.optional(
    v.strictObject({
      severities: v.array(
        v.pipe(text(), v.regex(/^P[0-4]$/, 'expected a severity P0 to P4')),
        'expected a list',
      ),
    }),
  ),
});

/** Far above any real contract's (the presets have at most 4 interpretations, 2 windows). */
export const MAX_INTERPRETATIONS = 32;
const MAX_READINGS = 8;
export const MAX_WINDOWS = 100;

const InterpretationSchema = v.strictObject({
  id: v.pipe(text(), v.regex(/^[a-z0-9-]+$/, 'expected an id of lower-case letters, digits and dashes')),
  clause: text(),
  question: text(),
  chosen: text(),
  options: v.pipe(
    v.array(
      v.strictObject({
        id: text(),
        label: text(),
        /** Policy fields (dot paths) this reading sets. */
        patch: v.record(text(), v.unknown(), 'expected an object of field paths'),
      }),
      'expected a list',
    ),
    v.minLength(2, 'expected at least two readings'),
    v.maxLength(MAX_READINGS, `expected at most ${MAX_READINGS} readings`),
  ),
});

/** The version written today; older versions are migrated on load (policy.ts). */
export const POLICY_VERSION = 'sla-policy/2';

const id = () =>
  v.pipe(text(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an id of lower-case letters, digits and dashes'));

// "Intervals of five minutes", "an Error Rate greater than 5 % with at least 2000
// requests", "more than one Availability Zone": how checks become down time.
const MeasurementSchema = v.strictObject({
  /** Intervals of this many minutes, aligned to the hour (a divisor of 60). */
  intervalMinutes: v.pipe(
    int('a whole number of minutes that divides 60', 1, 60),
    v.check((n) => 60 % n === 0, 'expected a whole number of minutes that divides 60'),
  ),
  /** When an interval is down, judged on the checks (or requests) inside it. */
  rule: oneOf(['any', 'majority', 'all', 'errorRate']),
  /** errorRate: down when failed checks are more than this share of all checks. */
  errorRatePercent: v.nullable(percent()),
  /** errorRate: intervals with fewer checks are not down. */
  minChecks: v.nullable(int('a whole number of checks from 1', 1, 1_000_000_000)),
  /** k of n: the service is down when at least this many monitors are down. */
  monitorsDown: v.nullable(int('a whole number of monitors from 1', 1, 10_000)),
});

// "Scheduled downtime won't exceed 10 hours a year": excluded time of these kinds beyond
// the cap counts again, the surplus taken in time order.
const ExclusionCapSchema = v.strictObject({
  /** Record kinds capped together; "windows" stands for the policy's recurring windows. */
  kinds: v.pipe(
    v.array(oneOf([...EXCLUSION_KINDS, 'windows']), 'expected a list'),
    v.minLength(1, 'expected at least one kind'),
  ),
  hours: num('a number of hours from 0', 0, 100_000),
  per: oneOf(['period', 'year']),
});

const ConditionSchema = v.strictObject({
  id: id(),
  /** What the customer must have done, as the contract words it. */
  text: text(),
  /** The customer's answer; null until answered (shown, never assumed). */
  answer: v.nullable(flag()),
});

const RemedySchema = v.strictObject({
  id: id(),
  /** What the vendor owes besides money when a period misses its target. */
  description: text(),
});

/** Far above any real contract's tiers (the presets have none, price lists a handful). */
export const MAX_PLANS = 64;

const PlanSchema = v.strictObject({
  id: id(),
  name: text(),
  target: v.optional(percent()),
  credit: v.optional(CreditSchema),
  claim: v.optional(ClaimSchema),
  calendar: v.optional(CalendarSchema),
  responseTargets: v.optional(v.array(ResponseTargetSchema, 'expected a list')),
});

/** Far above any real contract's regions, features or shards. */
export const MAX_SCOPES = 64;

const ScopeSchema = v.strictObject({
  id: id(),
  name: text(),
  /** Monitor names measured for this scope; "*" ends a prefix ("eu-*"). */
  monitors: v.pipe(
    v.array(v.pipe(text(), v.minLength(1, 'expected a monitor name')), 'expected a list'),
    v.minLength(1, 'expected at least one monitor'),
  ),
  target: v.optional(percent()),
  period: v.optional(oneOf(['month', 'quarter', 'year'])),
  credit: v.optional(CreditSchema),
  fee: v.optional(FeeSchema),
});

export const PolicySchema = v.strictObject({
  schema: v.literal(POLICY_VERSION, `expected "${POLICY_VERSION}"`),
  id: v.pipe(
    text(),
    v.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an id of lower-case letters, digits and dashes'),
  ),
  name: text(),
  source: text(),
  timezone: zone(),
  period: oneOf(['month', 'quarter', 'year']),
  /** Periods start on this day of the month (billing cycles) and, for quarters and years, in this month (fiscal years). */
  periodStart: v.optional(
    v.strictObject({
      month: int('a month from 1 to 12', 1, 12),
      day: int('a day of the month from 1 to 28', 1, 28),
    }),
  ),
  target: percent(),
  roundDecimals: v.nullable(int('a whole number of decimals from 0 to 6', 0, 6)),
  formula: oneOf(['total', 'excludeFromTotal']),
  minOutageMinutes: int('a whole number of minutes from 1', 1, 1_000_000),
  minuteRule: oneOf(['any', 'majority']),
  combine: oneOf(['any', 'all']),
  nodata: oneOf(['available', 'down', 'exclude']),
  downCodes: v.array(
    v.strictObject({
      from: int('an HTTP status from 100 to 599', 100, 599),
      to: int('an HTTP status from 100 to 599', 100, 599),
    }),
    'expected a list',
  ),
  timeoutIsDown: flag(),
  measurement: v.optional(MeasurementSchema),
  exclusions: v.strictObject({
    kinds: v.strictObject({
      planned: ExclusionKindRuleSchema,
      emergency: ExclusionKindRuleSchema,
      'third-party': ExclusionKindRuleSchema,
      'force-majeure': ExclusionKindRuleSchema,
      customer: ExclusionKindRuleSchema,
      other: ExclusionKindRuleSchema,
    }),
    windows: v.pipe(
      v.array(RecurringWindowSchema, 'expected a list'),
      v.maxLength(MAX_WINDOWS, `expected at most ${MAX_WINDOWS} windows`),
    ),
    caps: v.optional(v.array(ExclusionCapSchema, 'expected a list')),
  }),
  credit: CreditSchema,
  /** Bounds on what the credits come to in money, whatever their kind. */
  creditLimits: v.optional(
    v.strictObject({
      /** "Credits under $1 are not issued": below this a period's credit is nothing. */
      minimumAmount: v.nullable(num('an amount from 0', 0, 1e12)),
      perPeriodAmount: v.nullable(num('an amount from 0', 0, 1e12)),
      /** Per contract year (12 months from periodStart), taken in time order. */
      perYearAmount: v.nullable(num('an amount from 0', 0, 1e12)),
      perYearPercent: v.nullable(num('a percent of the yearly fee from 0', 0, 10_000)),
    }),
  ),
  remedies: v.optional(v.array(RemedySchema, 'expected a list')),
  fee: FeeSchema,
  eligibility: v.strictObject({
    /** Plan tiers that get no credit (ElevateFinance: STARTER). */
    noCreditTiers: v.array(text(), 'expected a list'),
    tier: v.nullable(text()),
    effectiveDate: v.nullable(isoDate()),
    /** Credits only for breaches from this many days after the effective date. */
    remediesAfterDays: v.nullable(int('a whole number of days from 0', 0, 3660)),
    /** "In no event shall the Service Credits exceed the fees due for the following month". */
    capAtNextMonthFee: flag(),
    /** Credits only for agreements effective on or after this date (Kipu: 5/1/16). */
    agreementFrom: v.nullable(isoDate()),
    /** Credits only where the fee (in fee.per units) is at least this (Kipu: $500). */
    minFeeAmount: v.nullable(num('a fee from 0', 0, 1e12)),
    /** Conditions the customer answers ("paid all invoices", "opened a ticket first"). */
    conditions: v.optional(v.array(ConditionSchema, 'expected a list')),
  }),
  claim: ClaimSchema,
  termination: v.array(TerminationSchema, 'expected a list'),
  calendar: CalendarSchema,
  responseTargets: v.array(ResponseTargetSchema, 'expected a list'),
  /** The plan the contract is on; its row of `plans` overrides the terms it names. */
  plan: v.optional(v.nullable(text())),
  plans: v.optional(
    v.pipe(
      v.array(PlanSchema, 'expected a list'),
      v.maxLength(MAX_PLANS, `expected at most ${MAX_PLANS} plans`),
    ),
  ),
  scopes: v.optional(
    v.pipe(
      v.array(ScopeSchema, 'expected a list'),
      v.maxLength(MAX_SCOPES, `expected at most ${MAX_SCOPES} scopes`),
    ),
  ),
  obligations: v.array(ObligationSchema, 'expected a list'),
  /** Field path → the clause it comes from, quoted. */
  citations: v.record(text(), text(), 'expected an object of field paths to clause citations'),
  // Each reading is validated as a whole policy: the count bounds that work.
  interpretations: v.pipe(
    v.array(InterpretationSchema, 'expected a list'),
    v.maxLength(MAX_INTERPRETATIONS, `expected at most ${MAX_INTERPRETATIONS} interpretations`),
  ),
});

export type Policy = v.InferOutput<typeof PolicySchema>;
export type NoticeRule = v.InferOutput<typeof NoticeRuleSchema>;
export type RecurringWindow = Policy['exclusions']['windows'][number];
export type Interpretation = Policy['interpretations'][number];
export type Obligation = Policy['obligations'][number];
export type Scope = NonNullable<Policy['scopes']>[number];
