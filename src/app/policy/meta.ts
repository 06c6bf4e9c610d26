// What the generic policy form needs beyond the values themselves: choices for picklist
// fields, templates for each variant kind and for new list items, defaults for nullable
// fields being set and for optional fields being added. Keyed by field shape
// ("credit.bands[].below"); a plan's or a scope's terms share the policy's (metaShape).
import { EXCLUSION_KINDS } from '../../engine/policy-values';

const SEVERITIES = ['P0', 'P1', 'P2', 'P3', 'P4'];

/**
 * The shape whose metadata a field shares: a plan's or a scope's credit, claim, calendar,
 * fee and response targets, and a severity's own calendar, are written in the same form
 * as the policy's own ("plans[].credit.bands[].below" → "credit.bands[].below").
 */
export function metaShape(shape: string): string {
  return sharedShapes(shape).at(-1) ?? shape;
}

/** The shape, then with a plan's or scope's prefix taken off, then a severity's calendar as the policy's. */
function sharedShapes(shape: string): string[] {
  const term = shape.replace(
    /^(plans|scopes)\[\]\.(?=(credit|claim|calendar|responseTargets|fee)(\.|\[|$))/,
    '',
  );
  const calendar = term.replace(/^responseTargets\[\]\.calendar(?=\.|$)/, 'calendar');
  return [...new Set([shape, term, calendar])];
}

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
  'measurement.rule': ['any', 'majority', 'all', 'errorRate'],
  'measurement.intervalMinutes': ['1', '2', '3', '4', '5', '6', '10', '12', '15', '20', '30', '60'],
  'exclusions.caps[].per': ['period', 'year'],
  'credit.unit': ['percent', 'amount', 'days'],
  'scopes[].period': ['month', 'quarter', 'year'],
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
  missedWithinMonths: { kind: 'missedWithinMonths', missed: 3, months: 12, noticeWithinDays: null },
  averageBelow: {
    kind: 'averageBelow',
    periods: 3,
    belowPercent: 97,
    noticeDays: null,
    noticeWithinDays: null,
  },
};

/** Objects with a `kind`: the template each kind starts from when the kind is switched. */
export const VARIANTS: Record<string, Record<string, unknown>> = {
  credit: {
    none: { kind: 'none' },
    bands: { kind: 'bands', bands: [{ below: 99, inclusive: false, percent: 10 }], capPercent: 100 },
    dayBands: { kind: 'dayBands', dayBands: [{ below: 99, inclusive: false, days: 3 }], capDays: 15 },
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
    lostTime: { kind: 'lostTime', multiple: 1, hourlyRate: null, whenMissed: true, capPercent: 100 },
    perEvent: { kind: 'perEvent', unit: 'percent', value: 5, cap: null },
    serviceDays: {
      kind: 'serviceDays',
      days: 1,
      perMinutes: 60,
      rounding: 'ceil',
      whenMissed: true,
      capDays: 30,
    },
    perBlock: {
      kind: 'perBlock',
      percent: 5,
      perMinutes: 30,
      rounding: 'ceil',
      whenMissed: false,
      capPercent: 100,
    },
  },
  claim: {
    none: { kind: 'none' },
    automatic: { kind: 'automatic' },
    afterPeriodEnd: { kind: 'afterPeriodEnd', days: 30 },
    afterEligibility: { kind: 'afterEligibility', days: 30 },
    businessDaysAfterIncident: { kind: 'businessDaysAfterIncident', days: 5 },
    daysAfterIncident: { kind: 'daysAfterIncident', days: 10 },
    monthsAfterPeriod: { kind: 'monthsAfterPeriod', months: 2 },
    periodsAfterPeriod: { kind: 'periodsAfterPeriod', periods: 2 },
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
  'credit.dayBands': { below: 99, inclusive: false, days: 3 },
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
NEW_ITEM['exclusions.caps'] = { kinds: ['planned'], hours: 10, per: 'year' };
NEW_ITEM['scopes[].monitors'] = '';

/** Items named by an id of their own: a new one takes the first free "<stem>-<n>". */
const NEW_WITH_ID: Record<string, { stem: string; item: Record<string, unknown> }> = {
  'eligibility.conditions': { stem: 'condition', item: { text: '', answer: null } },
  remedies: { stem: 'remedy', item: { description: '' } },
  plans: { stem: 'plan', item: { name: '' } },
  // "*" alone is a prefix of every name: a new part measures every monitor until narrowed.
  scopes: { stem: 'part', item: { name: '', monitors: ['*'] } },
};

/** A new item of a list whose items have ids, with an id no other item has. */
export function newItemWithId(shape: string, items: readonly unknown[]): unknown {
  const spec = NEW_WITH_ID[shape];
  if (!spec) return undefined;
  const used = new Set(items.map((i) => (i as { id?: unknown })?.id));
  let n = items.length + 1;
  while (used.has(`${spec.stem}-${n}`)) n++;
  return { id: `${spec.stem}-${n}`, ...structuredClone(spec.item) };
}

/** Working hours around the clock: what a severity's own calendar usually says ("24×7"). */
const AROUND_THE_CLOCK = {
  weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: '00:00', to: '24:00' })),
  holidayCountry: null,
  holidays: [],
};

type Doc = Record<string, unknown>;

/**
 * Fields a policy may leave out, by the shape of the group they belong to ("" for the
 * policy itself), each with the value it starts from when the user adds it. A term that
 * overrides another (a plan's target, a scope's credit) starts as the policy's own, and
 * a new measurement as today's minute rule, so adding one changes nothing by itself.
 */
export const OPTIONAL: Record<string, Record<string, (doc: Doc) => unknown>> = {
  '': {
    periodStart: () => ({ month: 1, day: 1 }),
    measurement: (doc) => ({
      intervalMinutes: 1,
      rule: doc.minuteRule === 'majority' ? 'majority' : 'any',
      errorRatePercent: null,
      minChecks: null,
      monitorsDown: null,
    }),
    creditLimits: () => ({
      minimumAmount: null,
      perPeriodAmount: null,
      perYearAmount: null,
      perYearPercent: null,
    }),
    remedies: () => [newItemWithId('remedies', [])],
    plans: () => [newItemWithId('plans', [])],
    scopes: () => [newItemWithId('scopes', [])],
  },
  exclusions: { caps: () => [structuredClone(NEW_ITEM['exclusions.caps'])] },
  eligibility: { conditions: () => [newItemWithId('eligibility.conditions', [])] },
  'responseTargets[]': { calendar: () => structuredClone(AROUND_THE_CLOCK) },
  'credit.levels[]': { excludedKinds: () => [] },
  // Only a lost-time credit may cap each outage; it starts with no such cap. A credit on
  // lost minutes may count only those beyond the allowance: added, it is wanted. Lost
  // time in whole blocks starts as "each full or partial hour".
  'credit@lostTime': {
    capPerOutagePercent: () => null,
    beyondAllowance: () => true,
    perMinutes: () => 60,
    rounding: () => 'ceil',
  },
  'credit@serviceDays': { beyondAllowance: () => true },
  'credit@perBlock': { beyondAllowance: () => true },
  'plans[]': {
    target: (doc) => doc.target,
    credit: (doc) => structuredClone(doc.credit),
    claim: (doc) => structuredClone(doc.claim),
    calendar: (doc) => structuredClone(doc.calendar),
    responseTargets: (doc) => structuredClone(doc.responseTargets),
  },
  'scopes[]': {
    target: (doc) => doc.target,
    period: (doc) => doc.period,
    credit: (doc) => structuredClone(doc.credit),
    fee: (doc) => structuredClone(doc.fee),
  },
  'obligations[]': { fromTickets: () => ({ severities: ['P1'] }) },
};

/**
 * How an optional field starts when added, or undefined when the field is required. A
 * plan's own credit is looked up as itself ("plans[].credit"); a field inside it as the
 * policy's ("plans[].responseTargets[].calendar" as "responseTargets[].calendar").
 */
export function optionalStart(shape: string, groupKind?: string): ((doc: Doc) => unknown) | undefined {
  for (const s of sharedShapes(shape)) {
    const cut = s.lastIndexOf('.');
    const group = cut < 0 ? '' : s.slice(0, cut);
    const key = cut < 0 ? s : s.slice(cut + 1);
    const start =
      (groupKind === undefined ? undefined : OPTIONAL[`${group}@${groupKind}`]?.[key]) ??
      OPTIONAL[group]?.[key];
    if (start) return start;
  }
  return undefined;
}

/**
 * The optional fields of a group: its own shape's, else the policy's group it shares,
 * with those only its kind may have (a lost-time credit's cap per outage).
 */
export function optionalKeys(groupShape: string, kind?: string): string[] {
  const shapes = sharedShapes(groupShape);
  const shared = shapes.find((s) => s in OPTIONAL);
  const ofKind = kind === undefined ? undefined : shapes.find((s) => `${s}@${kind}` in OPTIONAL);
  return [
    ...Object.keys(shared === undefined ? {} : OPTIONAL[shared]!),
    ...Object.keys(ofKind === undefined ? {} : OPTIONAL[`${ofKind}@${kind}`]!),
  ];
}

/** The record kinds a cap or an incident level names, with "windows" for a cap. */
export const KIND_LISTS: Record<string, readonly string[]> = {
  'exclusions.caps[].kinds': [...EXCLUSION_KINDS, 'windows'],
  'credit.levels[].excludedKinds': EXCLUSION_KINDS,
};

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
  'measurement.errorRatePercent': 5,
  'measurement.minChecks': 100,
  'measurement.monitorsDown': 2,
  'credit.hourlyRate': 10,
  'credit.capPercent@lostTime': 100,
  'credit.capPerOutagePercent': 100,
  'credit.cap': 25,
  'creditLimits.minimumAmount': 1,
  'creditLimits.perPeriodAmount': 100,
  'creditLimits.perYearAmount': 1000,
  'creditLimits.perYearPercent': 10,
  'calendar.holidayCountry': 'US',
  'responseTargets[].response': TARGET.elapsed,
  'responseTargets[].resolution': TARGET.elapsed,
};
for (const k of ['planned', 'emergency', 'third-party', 'force-majeure', 'customer', 'other'])
  WHEN_SET[`exclusions.kinds.${k}.notice`] = NOTICE.hours;

/**
 * The WHEN_SET key of a nullable field, or undefined when it may not be null; `kind` is
 * the kind of the group it sits in, where only some kinds allow null (a lost-time credit
 * may have no cap, a band credit always has one).
 */
export function whenSetKey(shape: string, kind?: string): string | undefined {
  const meta = metaShape(shape);
  if (kind !== undefined && `${meta}@${kind}` in WHEN_SET) return `${meta}@${kind}`;
  return meta in WHEN_SET ? meta : undefined;
}

/** Fields edited elsewhere (interpretations have their switches; citations sit beside fields). */
export const NOT_IN_FORM = new Set(['schema', 'citations', 'interpretations']);

/** Long texts get a text area. */
export const LONG_TEXT = /(^|\.)(source|clause|description|evidence|note|startsWhen|fulfilledWhen|text)$/;

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
    keys: ['name', 'source', 'target', 'period', 'periodStart', 'timezone', 'roundDecimals', 'formula'],
  },
  {
    id: 'down',
    title: 'polSecDown',
    keys: [
      'minOutageMinutes',
      'nodata',
      'minuteRule',
      'combine',
      'measurement',
      'downCodes',
      'timeoutIsDown',
    ],
  },
  { id: 'excluded', title: 'polSecExcluded', keys: ['exclusions'] },
  {
    id: 'owed',
    title: 'polSecOwed',
    keys: ['credit', 'creditLimits', 'fee', 'eligibility', 'claim', 'remedies', 'termination'],
  },
  { id: 'plans', title: 'polSecPlans', keys: ['plans', 'plan', 'scopes'] },
  { id: 'support', title: 'polSecSupport', keys: ['calendar', 'responseTargets'] },
  { id: 'more', title: 'polSecMore', keys: ['obligations', 'id'] },
] as const;
