// The policy document's schema: every field of a contract's SLA terms, with the message
// that names what a wrong value should have been.
import * as v from 'valibot';
import { isValidZone, parseDate } from './time';

const num = (what: string, min: number, max: number) =>
  v.pipe(
    v.number(`expected ${what}`),
    v.finite(`expected ${what}`),
    v.minValue(min, `expected ${what}`),
    v.maxValue(max, `expected ${what}`),
  );
const int = (what: string, min: number, max: number) =>
  v.pipe(
    v.number(`expected ${what}`),
    v.integer(`expected ${what}`),
    v.minValue(min, `expected ${what}`),
    v.maxValue(max, `expected ${what}`),
  );
const percent = () => num('a number from 0 to 100', 0, 100);
const positive = (what = 'a positive number') =>
  v.pipe(v.number(`expected ${what}`), v.finite(`expected ${what}`), v.gtValue(0, `expected ${what}`));
const text = () => v.string('expected a text');
const flag = () => v.boolean('expected true or false');
const oneOf = <const T extends string[]>(options: T) =>
  v.picklist(options, `expected one of ${options.map((o) => `"${o}"`).join(', ')}`);
const clock = () => v.pipe(text(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time HH:MM'));
const isoDate = () =>
  v.pipe(
    text(),
    v.check((s) => parseDate(s) !== null, 'expected a date YYYY-MM-DD'),
  );
const zone = () =>
  v.pipe(
    text(),
    v.check((s) => isValidZone(s), 'expected an IANA time zone such as "Africa/Cairo"'),
  );

export const EXCLUSION_KINDS = [
  'planned',
  'emergency',
  'third-party',
  'force-majeure',
  'customer',
  'other',
] as const;
export type ExclusionKind = (typeof EXCLUSION_KINDS)[number];

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

const stepRounding = () => oneOf(['ceil', 'floor']);

const CreditSchema = v.variant(
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
    v.strictObject({
      kind: v.literal('incidents'),
      levels: v.array(
        v.strictObject({
          severity: v.pipe(text(), v.regex(/^P[0-4]$/, 'expected a severity P0 to P4')),
          /** Outages at least this long are incidents of this level; null: tickets only. */
          minOutageMinutes: v.nullable(int('a whole number of minutes from 1', 1, 1_000_000)),
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
  'expected a credit of kind "none", "bands", "perStep", "extensionDays" or "incidents"',
);

const ClaimSchema = v.variant(
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
  ],
  'expected a claim rule of kind "none", "automatic", "afterPeriodEnd", "afterEligibility" or "businessDaysAfterIncident"',
);

const TerminationSchema = v.variant(
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
  ],
  'expected a termination rule of kind "consecutivePeriodsMissed", "claims" or "incidentsPerMonth"',
);

const TargetSchema = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('elapsed'), minutes: positive('a positive number of minutes') }),
    v.strictObject({ kind: v.literal('businessMinutes'), minutes: positive('a positive number of minutes') }),
    v.strictObject({ kind: v.literal('businessDays'), days: positive('a positive number of days') }),
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
  holidayCountry: v.nullable(v.pipe(text(), v.regex(/^[A-Z]{2}$/, 'expected a two-letter country code'))),
  holidays: v.array(v.strictObject({ date: isoDate(), name: text() }), 'expected a list'),
});

// Promises with deadlines beyond availability and tickets (SPEC "Other measurable
// promises"): what starts the clock, and the rule its fulfilment is judged by.
const ObligationRuleSchema = v.variant(
  'kind',
  [
    /** Fulfilled within this much elapsed time of the start. */
    v.strictObject({ kind: v.literal('withinHours'), hours: positive('a positive number of hours') }),
    /** Fulfilled by the end of the Nth business day after the day the clock started. */
    v.strictObject({
      kind: v.literal('withinBusinessDays'),
      days: int('a whole number of business days from 1', 1, 365),
    }),
    /** Notice: the change takes effect at least this long after it was announced. */
    v.strictObject({ kind: v.literal('noticeAtLeastHours'), hours: positive('a positive number of hours') }),
    /** Recovery point: the last good backup is at most this long before the incident. */
    v.strictObject({ kind: v.literal('dataLossAtMostHours'), hours: positive('a positive number of hours') }),
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
export const MAX_READINGS = 8;
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

export const PolicySchema = v.strictObject({
  schema: v.literal('sla-policy/1', 'expected "sla-policy/1"'),
  id: v.pipe(
    text(),
    v.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an id of lower-case letters, digits and dashes'),
  ),
  name: text(),
  source: text(),
  timezone: zone(),
  period: oneOf(['month', 'quarter', 'year']),
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
  }),
  credit: CreditSchema,
  fee: v.strictObject({
    amount: v.nullable(num('a fee from 0', 0, 1e12)),
    currency: v.pipe(text(), v.regex(/^[A-Z]{3}$/, 'expected a three-letter currency code')),
    per: oneOf(['month', 'year']),
  }),
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
  }),
  claim: ClaimSchema,
  termination: v.array(TerminationSchema, 'expected a list'),
  calendar: CalendarSchema,
  responseTargets: v.array(
    v.strictObject({
      severity: v.pipe(text(), v.regex(/^P[0-4]$/, 'expected a severity P0 to P4')),
      response: v.nullable(TargetSchema),
      resolution: v.nullable(TargetSchema),
    }),
    'expected a list',
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
export type CreditRule = Policy['credit'];
export type NoticeRule = v.InferOutput<typeof NoticeRuleSchema>;
export type RecurringWindow = Policy['exclusions']['windows'][number];
export type ClaimRule = Policy['claim'];
export type Interpretation = Policy['interpretations'][number];
export type Obligation = Policy['obligations'][number];
