// Built-in preset encoding the MedOS clinic SLA (seeds/000): 99.5 % monthly in IST, credits as days of service.
import type { Policy } from '../policy';

const OUR_DEFAULT = 'Not stated in the contract; SLA Witness’s default.';

export const medos: Policy = {
  schema: 'sla-policy/2',
  id: 'medos',
  name: 'MedOS',
  source:
    'MedOS Health Technologies — Service Level Agreement "Our commitment to your clinic" (med-os.in/sla), last updated April 2026',
  timezone: 'Asia/Kolkata',
  period: 'month',
  target: 99.5,
  roundDecimals: null,
  formula: 'total',
  minOutageMinutes: 1,
  minuteRule: 'any',
  combine: 'any',
  nodata: 'available',
  downCodes: [{ from: 500, to: 599 }],
  timeoutIsDown: true,
  exclusions: {
    kinds: {
      planned: { excluded: true, notice: { kind: 'hours', hours: 24 } },
      emergency: { excluded: false, notice: null },
      'third-party': { excluded: true, notice: null },
      'force-majeure': { excluded: true, notice: null },
      customer: { excluded: false, notice: null },
      other: { excluded: false, notice: null },
    },
    windows: [],
  },
  credit: { kind: 'extensionDays', daysPerStep: 1, step: 0.5, rounding: 'ceil', capDays: 7 },
  fee: { amount: null, currency: 'INR', per: 'month' },
  eligibility: {
    noCreditTiers: [],
    tier: null,
    effectiveDate: null,
    remediesAfterDays: null,
    capAtNextMonthFee: false,
    agreementFrom: null,
    minFeeAmount: null,
  },
  claim: { kind: 'automatic' },
  termination: [],
  calendar: {
    weekly: [
      { weekday: 1, from: '09:00', to: '18:00' },
      { weekday: 2, from: '09:00', to: '18:00' },
      { weekday: 3, from: '09:00', to: '18:00' },
      { weekday: 4, from: '09:00', to: '18:00' },
      { weekday: 5, from: '09:00', to: '18:00' },
    ],
    holidayCountry: null,
    holidays: [],
  },
  responseTargets: [
    {
      severity: 'P0',
      response: { kind: 'elapsed', minutes: 15 },
      resolution: { kind: 'elapsed', minutes: 240 },
    },
    {
      severity: 'P1',
      response: { kind: 'elapsed', minutes: 30 },
      resolution: { kind: 'elapsed', minutes: 1440 },
    },
    {
      severity: 'P2',
      response: { kind: 'elapsed', minutes: 120 },
      resolution: { kind: 'elapsed', minutes: 10080 },
    },
    { severity: 'P3', response: { kind: 'endOfNextBusinessDay' }, resolution: null },
  ],
  obligations: [
    {
      id: 'data-export',
      clause:
        'Data commitments: "DPDP §11 (data export). Full patient data export delivered within 30 days of a verified request."',
      description: 'Deliver a full patient data export within 30 days',
      startsWhen: 'your export request is verified',
      fulfilledWhen: 'the export is delivered',
      rule: {
        kind: 'withinHours',
        hours: 720,
      },
      evidence: 'The verification of your request and the delivery of the export, with dates.',
    },
    {
      id: 'erasure',
      clause:
        'Data commitments: "DPDP §12 (erasure). Soft-delete on request, hard-delete after a 30-day reversibility window."',
      description: 'Hard-delete erased data when the 30-day reversibility window ends',
      startsWhen: 'you request erasure',
      fulfilledWhen: 'MedOS confirms the hard delete',
      rule: {
        kind: 'withinHours',
        hours: 720,
      },
      evidence: 'Your erasure request and the hard-delete confirmation.',
    },
    {
      id: 'sla-change-notice',
      clause: 'Footer: "Material changes notified to all customers 30 days in advance."',
      description: 'Announce material SLA changes at least 30 days before they apply',
      startsWhen: 'the change is announced to you',
      fulfilledWhen: 'the change takes effect',
      rule: {
        kind: 'noticeAtLeastHours',
        hours: 720,
      },
      evidence: 'The announcement email and the effective date of the changed SLA.',
    },
  ],
  citations: {
    obligations: 'Promises with deadlines beyond availability and tickets, each with its own clause.',
    timezone:
      'Uptime commitment: "Measured Monday 00:00 IST through Sunday 23:59 IST, calendar month." (IST = Asia/Kolkata)',
    period: 'Uptime commitment: "99.5% monthly" … "calendar month"',
    target:
      'Uptime commitment: "99.5% monthly"; Service credits: "If we breach our 99.5% monthly uptime target"',
    roundDecimals: `${OUR_DEFAULT} No rounding.`,
    formula: `${OUR_DEFAULT} No formula is given; downtime over all minutes of the calendar month.`,
    minOutageMinutes: `${OUR_DEFAULT} Every down minute counts.`,
    minuteRule: OUR_DEFAULT,
    combine: OUR_DEFAULT,
    nodata: OUR_DEFAULT,
    downCodes: `${OUR_DEFAULT} HTTP 500–599 are down.`,
    timeoutIsDown: `${OUR_DEFAULT} Timeouts and connection errors are down.`,
    'exclusions.kinds':
      'Uptime commitment: "Excludes scheduled maintenance announced at least 24 hours in advance, third-party upstream outages (Razorpay, MSG91, ABDM gateway), and force-majeure events."',
    'exclusions.kinds.planned':
      'Uptime commitment: "scheduled maintenance announced at least 24 hours in advance"',
    'exclusions.kinds.third-party':
      'Uptime commitment: "third-party upstream outages (Razorpay, MSG91, ABDM gateway)"; What this SLA does not cover: "Outages caused by upstream providers (Razorpay, MSG91, Cloudflare regional outages, Government gateway downtime for ABDM/PM-JAY/NIC e-invoice)."',
    'exclusions.kinds.force-majeure':
      'Uptime commitment: "force-majeure events"; What this SLA does not cover: "Force majeure (war, regulatory shutdown, natural disaster)."',
    'exclusions.kinds.customer':
      'What this SLA does not cover: "Customer-side issues: local internet, device problems, browser bugs we cannot reproduce." Not among the uptime exclusions; see interpretation customer-side.',
    'exclusions.windows': 'No recurring maintenance window in the contract.',
    credit:
      'Service credits: "1 day of service extension for every 0.5% below target." "Maximum credit per month: 7 days."',
    fee: `${OUR_DEFAULT} Credits are days of service, not money; currency INR (an Indian vendor).`,
    eligibility:
      'Our commitment to your clinic: "the uptime, response, and remediation promises MedOS makes to every paying clinic" (no tier, date or fee conditions).',
    claim:
      'Service credits: "we proactively credit your account — you do not need to ask." "Credits are applied to your next billing cycle automatically."',
    termination: 'No termination right in the contract.',
    calendar: `${OUR_DEFAULT} "Next business day" is not defined; Mon–Fri 09:00–18:00 IST, no holiday list.`,
    responseTargets:
      'Incident response: P0 "15 minutes" / "Within 4 hours"; P1 "30 minutes" / "Within 24 hours"; P2 "2 hours" / "Within 7 days" (24x7, SLA Witness’s default); P3 "Next business day" / "Sprint cycle" (no resolution target).',
  },
  interpretations: [
    {
      id: 'step-rounding',
      clause: 'Service credits: "1 day of service extension for every 0.5% below target."',
      question: 'Does a partial 0.5 % step below the target earn a day of extension?',
      chosen: 'ceil',
      options: [
        {
          id: 'ceil',
          label: 'Yes: any part of a 0.5 % step counts as a whole step (99.3 % earns 1 day)',
          patch: { 'credit.rounding': 'ceil' },
        },
        {
          id: 'floor',
          label: 'No: only complete 0.5 % steps count (99.3 % earns nothing, 99.0 % earns 1 day)',
          patch: { 'credit.rounding': 'floor' },
        },
      ],
    },
    {
      id: 'customer-side',
      clause:
        'What this SLA does not cover: "Customer-side issues: local internet, device problems, browser bugs we cannot reproduce."',
      question:
        'Is time lost to customer-side issues taken out of the uptime figure, or is that list only about what support covers?',
      chosen: 'counted',
      options: [
        {
          id: 'counted',
          label:
            'Counted: the uptime commitment names only maintenance, third-party and force-majeure exclusions',
          patch: { 'exclusions.kinds.customer': { excluded: false, notice: null } },
        },
        {
          id: 'excluded',
          label: 'Excluded: customer-side outage records are taken out like the other exclusions',
          patch: { 'exclusions.kinds.customer': { excluded: true, notice: null } },
        },
      ],
    },
  ],
};
