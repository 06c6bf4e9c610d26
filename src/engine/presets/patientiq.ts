// Built-in preset encoding the PatientIQ SLA of 10/25/2017 (seeds/004): 99.1 % monthly outside a nightly 23:00–03:00 window.
import type { Policy } from '../policy';

const OUR_DEFAULT = 'Not stated in the contract; SLA Witness’s default.';

const NIGHTLY_WINDOW = {
  start: '23:00',
  end: '03:00',
  weekdays: [],
  note: 'Scheduled Maintenance Window 11:00 p.m.–3:00 a.m. local time',
};

export const patientiq: Policy = {
  schema: 'sla-policy/2',
  id: 'patientiq',
  name: 'PatientIQ',
  source: 'PatientIQ — Service Level Agreement (System Availability SLA), last updated 10/25/2017',
  timezone: 'America/Chicago',
  period: 'month',
  target: 99.1,
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
      planned: { excluded: false, notice: null },
      emergency: { excluded: true, notice: null },
      'third-party': { excluded: true, notice: null },
      'force-majeure': { excluded: true, notice: null },
      customer: { excluded: true, notice: null },
      other: { excluded: false, notice: null },
    },
    windows: [NIGHTLY_WINDOW],
  },
  credit: {
    kind: 'bands',
    bands: [
      { below: 99.1, inclusive: false, percent: 10 },
      { below: 98.5, inclusive: false, percent: 30 },
    ],
    capPercent: 100,
  },
  fee: { amount: null, currency: 'USD', per: 'month' },
  eligibility: {
    noCreditTiers: [],
    tier: null,
    effectiveDate: null,
    remediesAfterDays: 30,
    capAtNextMonthFee: true,
    agreementFrom: null,
    minFeeAmount: null,
  },
  claim: { kind: 'businessDaysAfterIncident', days: 5 },
  termination: [
    { kind: 'claims', consecutiveMonths: 3, claimsWithin: { count: 3, days: 30 }, noticeDays: 30 },
  ],
  calendar: {
    weekly: [
      { weekday: 1, from: '09:00', to: '17:00' },
      { weekday: 2, from: '09:00', to: '17:00' },
      { weekday: 3, from: '09:00', to: '17:00' },
      { weekday: 4, from: '09:00', to: '17:00' },
      { weekday: 5, from: '09:00', to: '17:00' },
    ],
    holidayCountry: 'US',
    holidays: [],
  },
  responseTargets: [],
  obligations: [],
  citations: {
    obligations: 'The contract states no other promise with a measurable deadline.',
    timezone: `${OUR_DEFAULT} §1.2 Scheduled Maintenance Window: "local time for the location(s) in which the PatientIQ is deployed" — the location is not named; US Central time (PatientIQ is Chicago-based).`,
    period:
      '§1.1: "PatientIQ warrants at least 99.1% System Availability during each calendar month excluding Scheduled Maintenance Window and Emergency Maintenance."',
    target: '§1.1: "PatientIQ warrants at least 99.1% System Availability during each calendar month"',
    roundDecimals: `${OUR_DEFAULT} No rounding.`,
    formula:
      '§1.2 System Availability: "the percentage of total time during which the Production Service is available to Customer, excluding Scheduled Downtime and Emergency Maintenance"',
    minOutageMinutes: `${OUR_DEFAULT} Every down minute counts.`,
    minuteRule: OUR_DEFAULT,
    combine: OUR_DEFAULT,
    nodata: OUR_DEFAULT,
    downCodes: `${OUR_DEFAULT} HTTP 500–599 are down.`,
    timeoutIsDown: `${OUR_DEFAULT} Timeouts and connection errors are down.`,
    'exclusions.kinds':
      '§1.1: "excluding Scheduled Maintenance Window and Emergency Maintenance"; §2.3 Exclusions: "Customer shall not have any remedies under any SLA in connection with any Force Majeure Event as defined in the Agreement."',
    'exclusions.kinds.planned':
      'Only the Scheduled Maintenance Window is excluded (exclusions.windows); maintenance at other times is not named as excluded.',
    'exclusions.kinds.emergency':
      '§1.2 Emergency Maintenance: "downtime of the Service outside of Scheduled Maintenance Window hours that is required to complete the application of urgent patches or fixes" — "PatientIQ will promptly contact Customer" (no minimum notice).',
    'exclusions.kinds.third-party':
      '§2.3 Exclusions: "Failure of the external internet beyond PatientIQ\'s network"; "Electrical or internet access disruptions"; "Attacks (i.e. hacks, denial of service attacks, malicious introduction of viruses and disabling devices) caused by third parties."',
    'exclusions.kinds.force-majeure':
      '§2.3 Exclusions: "Customer shall not have any remedies under any SLA in connection with any Force Majeure Event as defined in the Agreement."',
    'exclusions.kinds.customer':
      '§2.3 Exclusions: "Use of the Service outside the scope described in the Agreement and the Documentation"; "Failure of Customer to meet the configuration requirements for Customer Systems set forth in the Documentation"; "Any actions or inactions of Customer or any other third party not under the direct control of PatientIQ"',
    'exclusions.windows':
      '§1.2 Scheduled Maintenance Window: "The Scheduled Maintenance Window between the hours of 11:00 p.m. and 3:00 a.m. local time for the location(s) in which the PatientIQ is deployed." see interpretation window.',
    credit:
      '§1.3 Remedy: "For Monthly System Availability less than 99.1% but equal to or greater than 98.5%, you will be eligible for a 10% Service Credit." "For Monthly System Availability less than 98.5%, you will be eligible for a 30% Service Credit."; §2.1: "In any given month Customer shall in no event be entitled to receive a credit that exceeds 100% of its monthly Service Fee for the Service."',
    fee: '§2.1 Service Credits: "the percentage of the monthly Service Fees for the Service that is awarded to Customer for a validated claim related to breach of the SLA during that month"',
    eligibility:
      '§2.2 SLA Claims: "Customer shall have the remedies under the SLA commencing upon thirty (30) days after the Effective Date of the Agreement."; §2.1: "In no event shall the Service Credits exceed the fees due for the following month"',
    claim:
      '§2.2 SLA Claims: "Customer must notify PatientIQ via email to support@patientiq.io within five (5) business days from date of incident it first believes entitles it to receive a remedy under the SLA"',
    termination:
      '§1.3 Remedy: "If Customer submits one or more validated SLA claims under this SLA in each of three (3) consecutive calendar months or if Customer submits three or more validated SLA claims under this SLA in any period of thirty (30) consecutive days, Customer may terminate the Agreement upon thirty (30) days written notice."',
    calendar: `${OUR_DEFAULT} "business days" (§1.2, §2.2) are not defined; Mon–Fri 09:00–17:00 Central with US holidays.`,
    responseTargets: 'No support response targets in the SLA.',
  },
  interpretations: [
    {
      id: 'window',
      clause:
        '§1.2 Scheduled Maintenance Window: "between the hours of 11:00 p.m. and 3:00 a.m. local time" … "In the event PatientIQ expects the Scheduled Maintenance Window activity to result in the Production Service being unavailable to Customer, PatientIQ will provide Customer with a minimum of five (5) business days advance notification."',
      question:
        'Is the whole 23:00–03:00 window excluded every night, or only maintenance in it that was announced five business days ahead?',
      chosen: 'daily',
      options: [
        {
          id: 'daily',
          label: 'Every night: all of 23:00–03:00 local time is excluded, announced or not',
          patch: {
            'exclusions.windows': [NIGHTLY_WINDOW],
            'exclusions.kinds.planned': { excluded: false, notice: null },
          },
        },
        {
          id: 'announced',
          label:
            'Only announced maintenance: no standing window; planned-maintenance records count as excluded when announced at least 5 business days ahead',
          patch: {
            'exclusions.windows': [],
            'exclusions.kinds.planned': { excluded: true, notice: { kind: 'businessDays', days: 5 } },
          },
        },
      ],
    },
  ],
};
