// What the generic policy form needs beyond the values themselves: choices for picklist
// fields, templates for each variant kind and for new list items, and defaults for
// optional fields being set. Keyed by field shape ("credit.bands[].below").
const SEVERITIES = ['P0', 'P1', 'P2', 'P3', 'P4'];

export const CHOICES: Record<string, readonly string[]> = {
  period: ['month', 'quarter', 'year'],
  formula: ['total', 'excludeFromTotal'],
  minuteRule: ['any', 'majority'],
  combine: ['any', 'all'],
  nodata: ['available', 'down', 'exclude'],
  'fee.per': ['month', 'year'],
  'credit.rounding': ['ceil', 'floor'],
  'credit.levels[].severity': SEVERITIES,
  'termination[].severity': SEVERITIES,
  'responseTargets[].severity': SEVERITIES,
};

const NOTICE = {
  hours: { kind: 'hours', hours: 24 },
  businessDays: { kind: 'businessDays', days: 2 },
  byDuration: {
    kind: 'byDuration',
    tiers: [
      { fromMinutes: 0, hours: 24 },
      { fromMinutes: 60, hours: 72 },
    ],
  },
};
const TARGET = {
  elapsed: { kind: 'elapsed', minutes: 60 },
  businessMinutes: { kind: 'businessMinutes', minutes: 240 },
  businessDays: { kind: 'businessDays', days: 1 },
  endOfNextBusinessDay: { kind: 'endOfNextBusinessDay' },
};
const TERMINATION = {
  consecutivePeriodsMissed: { kind: 'consecutivePeriodsMissed', periods: 3 },
  claims: { kind: 'claims', consecutiveMonths: 3, claimsWithin: { count: 3, days: 30 }, noticeDays: null },
  incidentsPerMonth: {
    kind: 'incidentsPerMonth',
    severity: 'P0',
    minIncidents: 3,
    consecutiveMonths: 2,
    noticeWithinDays: 5,
  },
};

/** Objects with a `kind`: the template each kind starts from when the kind is switched. */
export const VARIANTS: Record<string, Record<string, unknown>> = {
  credit: {
    none: { kind: 'none' },
    bands: { kind: 'bands', bands: [{ below: 99, inclusive: false, percent: 10 }], capPercent: 100 },
    perStep: { kind: 'perStep', percentPerStep: 5, step: 0.5, rounding: 'ceil', capPercent: 50 },
    extensionDays: { kind: 'extensionDays', daysPerStep: 1, step: 0.5, rounding: 'ceil', capDays: 7 },
    incidents: {
      kind: 'incidents',
      levels: [
        {
          severity: 'P0',
          minOutageMinutes: 16,
          rows: [{ minIncidents: 1, minHours: null, hoursStrict: false, percent: 10 }],
        },
      ],
      capPercent: 100,
    },
  },
  claim: {
    none: { kind: 'none' },
    automatic: { kind: 'automatic' },
    afterPeriodEnd: { kind: 'afterPeriodEnd', days: 30 },
    afterEligibility: { kind: 'afterEligibility', days: 30 },
    businessDaysAfterIncident: { kind: 'businessDaysAfterIncident', days: 5 },
  },
  'exclusions.kinds.planned.notice': NOTICE,
  'exclusions.kinds.emergency.notice': NOTICE,
  'exclusions.kinds.third-party.notice': NOTICE,
  'exclusions.kinds.force-majeure.notice': NOTICE,
  'exclusions.kinds.customer.notice': NOTICE,
  'exclusions.kinds.other.notice': NOTICE,
  'termination[]': TERMINATION,
  'responseTargets[].response': TARGET,
  'responseTargets[].resolution': TARGET,
  'obligations[].rule': {
    withinHours: { kind: 'withinHours', hours: 72 },
    withinBusinessDays: { kind: 'withinBusinessDays', days: 5 },
    noticeAtLeastHours: { kind: 'noticeAtLeastHours', hours: 720 },
    dataLossAtMostHours: { kind: 'dataLossAtMostHours', hours: 24 },
  },
};

/** A new item of a list. */
export const NEW_ITEM: Record<string, unknown> = {
  downCodes: { from: 500, to: 599 },
  'exclusions.windows': { start: '23:00', end: '03:00', weekdays: [], note: '' },
  'credit.bands': { below: 99, inclusive: false, percent: 10 },
  'credit.levels': { severity: 'P1', minOutageMinutes: null, rows: [] },
  'credit.levels[].rows': { minIncidents: 1, minHours: null, hoursStrict: false, percent: 10 },
  termination: TERMINATION.consecutivePeriodsMissed,
  'calendar.weekly': { weekday: 1, from: '09:00', to: '17:00' },
  'calendar.holidays': { date: '2026-01-01', name: '' },
  responseTargets: { severity: 'P1', response: TARGET.elapsed, resolution: null },
  obligations: {
    id: 'new-promise',
    clause: '',
    description: '',
    startsWhen: '',
    fulfilledWhen: '',
    rule: { kind: 'withinHours', hours: 72 },
    evidence: '',
  },
};
for (const k of ['planned', 'emergency', 'third-party', 'force-majeure', 'customer', 'other'])
  NEW_ITEM[`exclusions.kinds.${k}.notice.tiers`] = { fromMinutes: 60, hours: 72 };

/** The value an optional (nullable) field takes when the user sets it. */
export const WHEN_SET: Record<string, unknown> = {
  roundDecimals: 2,
  'fee.amount': 0,
  'eligibility.tier': '',
  'eligibility.effectiveDate': '2026-01-01',
  'eligibility.remediesAfterDays': 30,
  'eligibility.agreementFrom': '2026-01-01',
  'eligibility.minFeeAmount': 0,
  'credit.levels[].minOutageMinutes': 16,
  'credit.levels[].rows[].minIncidents': 1,
  'credit.levels[].rows[].minHours': 1,
  'termination[].noticeDays': 5,
  'termination[].noticeWithinDays': 5,
  'calendar.holidayCountry': 'US',
  'responseTargets[].response': TARGET.elapsed,
  'responseTargets[].resolution': TARGET.elapsed,
};
for (const k of ['planned', 'emergency', 'third-party', 'force-majeure', 'customer', 'other'])
  WHEN_SET[`exclusions.kinds.${k}.notice`] = NOTICE.hours;

/** Fields edited elsewhere (interpretations have their switches; citations sit beside fields). */
export const NOT_IN_FORM = new Set(['schema', 'citations', 'interpretations']);

/** Long texts get a text area. */
export const LONG_TEXT = /(^|\.)(source|clause|description|evidence|note|startsWhen|fulfilledWhen)$/;

/** Fields with a note beside them (an i18n key). */
export const FIELD_NOTES = {
  timezone: 'polNoteZone',
  downCodes: 'polNoteImportRule',
  timeoutIsDown: 'polNoteImportRule',
} as const;

/**
 * The form's sections, in the order a contract is read; a field in none of them (one the
 * policy language gains later) is shown in the last.
 */
export const SECTIONS = [
  {
    id: 'promise',
    title: 'polSecPromise',
    keys: ['name', 'source', 'target', 'period', 'timezone', 'roundDecimals', 'formula'],
  },
  {
    id: 'down',
    title: 'polSecDown',
    keys: ['minOutageMinutes', 'nodata', 'minuteRule', 'combine', 'downCodes', 'timeoutIsDown'],
  },
  { id: 'excluded', title: 'polSecExcluded', keys: ['exclusions'] },
  { id: 'owed', title: 'polSecOwed', keys: ['credit', 'fee', 'eligibility', 'claim', 'termination'] },
  { id: 'support', title: 'polSecSupport', keys: ['calendar', 'responseTargets'] },
  { id: 'more', title: 'polSecMore', keys: ['obligations', 'id'] },
] as const;
