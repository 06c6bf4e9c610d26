// Built-in preset encoding the Kipu Systems EHR SLA (seeds/003): 99.99 % annual availability, credits by Level 0/1 incidents.
import type { Policy } from '../policy';

const OUR_DEFAULT = 'Not stated in the contract; SLA Witness’s default.';

export const kipu: Policy = {
  schema: 'sla-policy/2',
  id: 'kipu',
  name: 'Kipu',
  source:
    'Kipu Systems, LLC — SLA – Service Level Agreement (99.99% Uptime Guarantee), undated; credits for new Agreements as of 5/1/16',
  timezone: 'America/New_York',
  period: 'year',
  target: 99.99,
  roundDecimals: null,
  formula: 'excludeFromTotal',
  minOutageMinutes: 1,
  minuteRule: 'any',
  combine: 'any',
  nodata: 'available',
  downCodes: [{ from: 500, to: 599 }],
  timeoutIsDown: true,
  exclusions: {
    kinds: {
      planned: {
        excluded: true,
        notice: {
          kind: 'byDuration',
          tiers: [
            { fromMinutes: 0, hours: 24 },
            { fromMinutes: 60, hours: 72 },
          ],
        },
      },
      emergency: { excluded: false, notice: null },
      'third-party': { excluded: false, notice: null },
      'force-majeure': { excluded: false, notice: null },
      customer: { excluded: false, notice: null },
      other: { excluded: false, notice: null },
    },
    windows: [],
  },
  credit: {
    kind: 'incidents',
    levels: [
      {
        severity: 'P0',
        minOutageMinutes: 16,
        excludedKinds: ['planned', 'third-party', 'force-majeure', 'customer'],
        rows: [
          { minIncidents: null, minHours: 0.72, hoursStrict: true, percent: 25 },
          { minIncidents: 3, minHours: 3, hoursStrict: false, percent: 50 },
          { minIncidents: 5, minHours: 6, hoursStrict: false, percent: 100 },
        ],
      },
      {
        severity: 'P1',
        minOutageMinutes: null,
        rows: [
          { minIncidents: 3, minHours: 4, hoursStrict: false, percent: 25 },
          { minIncidents: 5, minHours: 8, hoursStrict: false, percent: 50 },
        ],
      },
    ],
    capPercent: 100,
  },
  fee: { amount: null, currency: 'USD', per: 'month' },
  eligibility: {
    noCreditTiers: [],
    tier: null,
    effectiveDate: null,
    remediesAfterDays: null,
    capAtNextMonthFee: false,
    agreementFrom: '2016-05-01',
    minFeeAmount: 500,
  },
  claim: { kind: 'afterEligibility', days: 30 },
  termination: [
    { kind: 'incidentsPerMonth', severity: 'P0', minIncidents: 3, consecutiveMonths: 2, noticeWithinDays: 5 },
  ],
  calendar: {
    weekly: [
      { weekday: 1, from: '09:00', to: '17:00' },
      { weekday: 2, from: '09:00', to: '17:00' },
      { weekday: 3, from: '09:00', to: '17:00' },
      { weekday: 4, from: '09:00', to: '17:00' },
      { weekday: 5, from: '09:00', to: '17:00' },
    ],
    holidayCountry: null,
    holidays: [],
  },
  responseTargets: [
    { severity: 'P0', response: { kind: 'elapsed', minutes: 60 }, resolution: null },
    { severity: 'P1', response: { kind: 'elapsed', minutes: 60 }, resolution: null },
    { severity: 'P2', response: { kind: 'businessDays', days: 1 }, resolution: null },
    { severity: 'P3', response: { kind: 'businessDays', days: 2 }, resolution: null },
    { severity: 'P4', response: { kind: 'businessDays', days: 2 }, resolution: null },
  ],
  obligations: [],
  citations: {
    obligations: 'The contract states no other promise with a measurable deadline.',
    timezone: `${OUR_DEFAULT} The SLA names no time zone; US Eastern time for a US vendor.`,
    period:
      'Service Availability Commitment: "average annual availability (excluding Planned Downtime) that is equal to or greater than 99.99%"',
    target:
      'Service Availability Commitment: "average annual availability (excluding Planned Downtime) that is equal to or greater than 99.99%"',
    roundDecimals: `${OUR_DEFAULT} No rounding.`,
    formula:
      'Service Availability Commitment: "average annual availability (excluding Planned Downtime)" (Planned Downtime leaves the total as well as the downtime).',
    minOutageMinutes: `${OUR_DEFAULT} Any down minute counts against availability; a Level 0 incident (credit.levels) needs "a continuous period lasting greater than fifteen (15) minutes in length" (≥ 16).`,
    minuteRule: OUR_DEFAULT,
    combine: OUR_DEFAULT,
    nodata: OUR_DEFAULT,
    downCodes: `${OUR_DEFAULT} HTTP 500–599 are down.`,
    timeoutIsDown: `${OUR_DEFAULT} Timeouts and connection errors are down.`,
    'exclusions.kinds':
      'Service Availability Commitment: "available to Customers twenty-four hours a day seven days a week, with the exception of Planned Downtime" — only Planned Downtime is excluded; see interpretation level0-exclusions.',
    'exclusions.kinds.planned':
      'Notice for Planned Downtime: "twenty-four (24) hours prior notice for scheduled Planned Downtime not to exceed one (1) hour. For all Planned Downtime scheduled to last one (I) hour or more, Kipu will use commercially reasonable efforts to provide at least seventy-two (72) hours prior notice."',
    'exclusions.windows': 'No fixed maintenance window in the contract.',
    credit:
      'Unplanned Service Interruption credit schedule: Level 0 "Any incident exceeding 0.72 hours (99.99% uptime)" 25%, "3 incidents or 3 hours" 50%, "5+ incidents or 6 hours" 100%; Level 1 "3 incidents or 4 hours" 25%, "5+ incidents or 8 hours" 50%; Level 0: "not being available for a continuous period lasting greater than fifteen (15) minutes in length"',
    fee: '"The Credits apply only to the monthly Maintenance Fee, not to Per Patient Fees."',
    eligibility:
      '"This offer is available only to clients who entered into a new Agreement as of 5/1/16 and who pay an undiscounted Maintenance Fee of $500 per instance/facility/location."',
    claim:
      'Customer Must Request Service Credit: "Customer must notify Kipu within thirty (30) days from the time Customer becomes eligible to receive a Service Credit."',
    termination:
      'Termination Option for Chronic Problems: "In the event Customer experiences three (3) Level 0 Unplanned Service Interruptions in any single calendar month for two (2) consecutive calendar months, Customer may terminate its Agreement without breach or penalty by notifying Kipu within five (5) days following the end of the second consecutive calendar month"',
    calendar: `${OUR_DEFAULT} "Kipu will work during normal business hours to address issue" — business hours are not defined; Mon–Fri 09:00–17:00 Eastern, no holiday list.`,
    responseTargets:
      'Response Objective: severity 0 "< 1 hour", 1 "< 1 hour" (24x7), 2 "< 1 business day", 3-4 "< 2 business days"; restore objectives are efforts, not targets.',
  },
  interpretations: [
    {
      id: 'notice-hour',
      clause:
        'Notice for Planned Downtime: "twenty-four (24) hours prior notice for scheduled Planned Downtime not to exceed one (1) hour" / "scheduled to last one (I) hour or more" … "at least seventy-two (72) hours prior notice"',
      question:
        "Planned downtime of exactly one hour fits both sentences: does it need 24 hours' notice or 72 hours'?",
      chosen: 'longer',
      options: [
        {
          id: 'longer',
          label: '72 hours: "one hour or more" includes exactly one hour',
          patch: {
            'exclusions.kinds.planned.notice': {
              kind: 'byDuration',
              tiers: [
                { fromMinutes: 0, hours: 24 },
                { fromMinutes: 60, hours: 72 },
              ],
            },
          },
        },
        {
          id: 'shorter',
          label: '24 hours: "not to exceed one hour" includes exactly one hour; 72 hours from 61 minutes',
          patch: {
            'exclusions.kinds.planned.notice': {
              kind: 'byDuration',
              tiers: [
                { fromMinutes: 0, hours: 24 },
                { fromMinutes: 61, hours: 72 },
              ],
            },
          },
        },
      ],
    },
    {
      id: 'level0-exclusions',
      clause:
        'Severity 0: "but excluding the following: (i) any failure by a Customer to access Services caused by any failure, interruption, outage or other factor outside of Kipu’s direct control" … "any Force Majeure event or any event resulting from any actions or inactions of Customer, Customer’s agents or any third parties"',
      question:
        "The Level 0 definition leaves out failures outside Kipu's control; are those also taken out of annual availability, whose only stated exception is Planned Downtime?",
      chosen: 'narrow',
      options: [
        {
          id: 'narrow',
          label: 'No: availability excludes only Planned Downtime',
          patch: {
            'exclusions.kinds.third-party': { excluded: false, notice: null },
            'exclusions.kinds.force-majeure': { excluded: false, notice: null },
            'exclusions.kinds.customer': { excluded: false, notice: null },
          },
        },
        {
          id: 'broad',
          label: 'Yes: third-party, force-majeure and customer-caused records are excluded too',
          patch: {
            'exclusions.kinds.third-party': { excluded: true, notice: null },
            'exclusions.kinds.force-majeure': { excluded: true, notice: null },
            'exclusions.kinds.customer': { excluded: true, notice: null },
          },
        },
      ],
    },
    {
      id: 'level0-causes',
      clause:
        'Severity 0: "not being available for a continuous period lasting greater than fifteen (15) minutes in length, but excluding the following: (i) … any Force Majeure event or any event resulting from any actions or inactions of Customer, Customer’s agents or any third parties … and (iv) Planned Downtime."',
      question:
        'Does an outage covered by a planned, third-party, force-majeure or customer-caused record still count as a Level 0 incident?',
      chosen: 'written',
      options: [
        {
          id: 'written',
          label: 'No: those records keep their minutes out of Level 0 incidents, whatever their notice',
          patch: { 'credit.levels.0.excludedKinds': ['planned', 'third-party', 'force-majeure', 'customer'] },
        },
        {
          id: 'every',
          label: 'Yes: every outage over fifteen minutes that availability counts is a Level 0 incident',
          patch: { 'credit.levels.0.excludedKinds': [] },
        },
      ],
    },
  ],
};
