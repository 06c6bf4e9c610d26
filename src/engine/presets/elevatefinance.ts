// Built-in preset encoding the ElevateFinance SLA v1.1.0 (seeds/002): 99.5 % monthly in IST, 5 % of the pro-rated annual fee per 0.5 %.
import type { Policy } from '../policy';

const OUR_DEFAULT = 'Not stated in the contract; SLA Witness’s default.';

export const elevatefinance: Policy = {
  schema: 'sla-policy/2',
  id: 'elevatefinance',
  name: 'ElevateFinance',
  source:
    'ElevateFinance Private Limited — Service Level Agreement, version 1.1.0, effective from 9 May 2026',
  timezone: 'Asia/Kolkata',
  period: 'month',
  target: 99.5,
  roundDecimals: 2,
  formula: 'total',
  minOutageMinutes: 4,
  minuteRule: 'any',
  combine: 'any',
  nodata: 'available',
  downCodes: [{ from: 500, to: 599 }],
  timeoutIsDown: true,
  exclusions: {
    kinds: {
      planned: { excluded: true, notice: { kind: 'hours', hours: 168 } },
      emergency: { excluded: true, notice: null },
      'third-party': { excluded: true, notice: null },
      'force-majeure': { excluded: true, notice: null },
      customer: { excluded: true, notice: null },
      other: { excluded: false, notice: null },
    },
    windows: [],
  },
  credit: { kind: 'perStep', percentPerStep: 5, step: 0.5, rounding: 'ceil', capPercent: 50 },
  fee: { amount: null, currency: 'INR', per: 'year' },
  eligibility: {
    noCreditTiers: ['STARTER'],
    tier: null,
    effectiveDate: null,
    remediesAfterDays: null,
    capAtNextMonthFee: false,
    agreementFrom: null,
    minFeeAmount: null,
  },
  claim: { kind: 'afterPeriodEnd', days: 30 },
  termination: [],
  calendar: {
    weekly: [
      { weekday: 1, from: '09:00', to: '18:00' },
      { weekday: 2, from: '09:00', to: '18:00' },
      { weekday: 3, from: '09:00', to: '18:00' },
      { weekday: 4, from: '09:00', to: '18:00' },
      { weekday: 5, from: '09:00', to: '18:00' },
    ],
    holidayCountry: 'IN',
    holidays: [],
  },
  responseTargets: [
    { severity: 'P1', response: { kind: 'elapsed', minutes: 120 }, resolution: null },
    { severity: 'P2', response: { kind: 'businessMinutes', minutes: 480 }, resolution: null },
    { severity: 'P3', response: { kind: 'businessMinutes', minutes: 1440 }, resolution: null },
    { severity: 'P4', response: { kind: 'businessDays', days: 5 }, resolution: null },
  ],
  obligations: [
    {
      id: 'post-incident-report',
      clause:
        '7.1: "ElevateFinance publishes post-incident reports within five (5) Working Days of resolving any P1 or P2 incident."',
      description: 'Publish a post-incident report within 5 Working Days of resolving a P1 or P2 incident',
      startsWhen: 'the P1 or P2 incident is resolved',
      fulfilledWhen: 'the report is published',
      rule: {
        kind: 'withinBusinessDays',
        days: 5,
      },
      evidence: 'The incident ticket with its resolution time and the published report.',
      fromTickets: { severities: ['P1', 'P2'] },
    },
    {
      id: 'capacity-change-notice',
      clause:
        '6.2: "ElevateFinance may revise the capacity limits on no less than thirty (30) calendar days\' written notice."',
      description: "Give at least 30 calendar days' written notice of capacity-limit changes",
      startsWhen: 'the written notice is given',
      fulfilledWhen: 'the revised limits take effect',
      rule: {
        kind: 'noticeAtLeastHours',
        hours: 720,
      },
      evidence: 'The written notice and the date the new limits applied.',
    },
  ],
  citations: {
    obligations: 'Promises with deadlines beyond availability and tickets, each with its own clause.',
    timezone:
      'Defined terms, Working Hours: "09:00 to 18:00 Indian Standard Time on Monday to Friday" (the only zone the SLA names; months are read in IST).',
    period:
      '1.2: "(total minutes in calendar month minus Downtime minutes) divided by total minutes in calendar month"',
    target:
      '1.1: "ElevateFinance targets ninety-nine point five percent (99.5%) monthly uptime of the Core Paths."',
    roundDecimals: '1.2: "expressed as a percentage rounded to two decimal places"',
    formula:
      '1.2: "Monthly uptime is calculated as" "(total minutes in calendar month minus Downtime minutes) divided by total minutes in calendar month"',
    minOutageMinutes:
      '1.3: "the Core Paths respond with HTTP 5xx errors for more than three (3) consecutive minutes" (more than 3 → at least 4).',
    minuteRule: OUR_DEFAULT,
    combine: OUR_DEFAULT,
    nodata: OUR_DEFAULT,
    downCodes: '1.3: "respond with HTTP 5xx errors"',
    timeoutIsDown: `${OUR_DEFAULT} The clause names only "HTTP 5xx errors"; see interpretation timeouts.`,
    'exclusions.kinds':
      '§4 Exclusions: "The uptime target and the service credits do not apply to Downtime or performance degradation caused by:" (a) Planned maintenance, (b) Emergency maintenance, (c) Force Majeure, (d) Third-party outage, (e) Sub-processor outage, (f) Government data-source unavailability, (g) Rate-limit-driven throttling, (h) Customer-caused issues, (i) Suspension lawfully effected.',
    'exclusions.kinds.planned':
      '§4(a): "for which ElevateFinance has given at least seven (7) calendar days\' notice through the Platform\'s status page" (7 calendar days = 168 h); 5.2: "at least seven (7) calendar days in advance"',
    'exclusions.kinds.emergency':
      '§4(b): "required for security or stability, provided ElevateFinance gives notice as soon as commercially reasonable" (no minimum notice).',
    'exclusions.kinds.third-party':
      '§4(d) "affecting the Customer\'s connectivity (internet service providers, DNS, end-user devices)"; (e) "outside ElevateFinance\'s control (the providers identified in the Sub-Processor List)"; (f) "(the Income Tax Department, the GSTN, NSDL, NPCI, or any other government source)"',
    'exclusions.kinds.force-majeure': '§4(c): "within the meaning of clause 17 of the MSA"',
    'exclusions.kinds.customer':
      '§4(g) "of a noisy-neighbour tenant exceeding the tier-specific entitlements"; (h) "(malformed programmatic-interface calls, exhaustion of the Customer\'s tier-specific entitlements, or a security incident within the Customer\'s environment)"; (i) "under clause 12 of the MSA"',
    'exclusions.windows':
      '5.1: "Routine maintenance is scheduled outside Working Hours where possible, typically in the early-morning Indian Standard Time window." (no fixed window; each maintenance needs 7 days\' notice).',
    credit:
      '3.1: "five percent (5%) of that month\'s Annual Platform Fee (pro-rated to a calendar month) per half-percent (0.5%) of Downtime below 99.5%, capped at fifty percent (50%) of that month\'s pro-rated Annual Platform Fee"',
    fee: '3.1: "Annual Platform Fee (pro-rated to a calendar month)" (the annual fee ÷ 12).',
    eligibility:
      '3.6: "Where the Customer is on the STARTER tier, no service credit is owed."; preamble: "It applies to paying Customers on the GROWTH, PRO, and ENTERPRISE tiers."',
    claim:
      '3.4(a): "submit a written claim within thirty (30) calendar days of the end of the affected month"',
    termination:
      'No termination right in the SLA; 3.2: "Service credits are the Customer\'s sole and exclusive financial remedy for any breach of this SLA."',
    calendar:
      'Defined terms: "Working Hours" "means 09:00 to 18:00 Indian Standard Time on Monday to Friday, excluding declared public holidays at ElevateFinance\'s principal place of business." (India)',
    responseTargets:
      '§2 Incident response targets: P1 "within two (2) hours" (24x7); P2 "within eight (8) Working Hours"; P3 "within twenty-four (24) Working Hours"; P4 "within five (5) Working Days"',
  },
  interpretations: [
    {
      id: 'step-rounding',
      clause: '3.1: "per half-percent (0.5%) of Downtime below 99.5%"',
      question: 'Does a partial 0.5 % step below the target earn 5 %?',
      chosen: 'ceil',
      options: [
        {
          id: 'ceil',
          label: 'Yes: any part of a 0.5 % step counts as a whole step (99.30 % earns 5 %)',
          patch: { 'credit.rounding': 'ceil' },
        },
        {
          id: 'floor',
          label: 'No: only complete 0.5 % steps count (99.30 % earns nothing, 99.00 % earns 5 %)',
          patch: { 'credit.rounding': 'floor' },
        },
      ],
    },
    {
      id: 'timeouts',
      clause:
        '1.3: "Downtime" means a period during which the Core Paths "respond with HTTP 5xx errors for more than three (3) consecutive minutes"',
      question: 'Do timeouts and connection errors, where no HTTP response arrives at all, count as down?',
      chosen: 'counted',
      options: [
        {
          id: 'counted',
          label: 'Yes: no response is at least as bad as a 5xx error',
          patch: { timeoutIsDown: true },
        },
        {
          id: 'ignored',
          label: 'No: only HTTP 5xx responses count, as the clause literally says',
          patch: { timeoutIsDown: false },
        },
      ],
    },
  ],
};
