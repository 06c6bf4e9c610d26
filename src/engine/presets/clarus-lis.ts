// Built-in preset encoding the Clarus LIS laboratory SLA (seeds/001): 99.9 % monthly in Cairo, 10/25/50 % credits.
import type { Policy } from '../policy';

const OUR_DEFAULT = 'Not stated in the contract; SLA Witness’s default.';

export const clarusLis: Policy = {
  schema: 'sla-policy/2',
  id: 'clarus-lis',
  name: 'Clarus LIS',
  source:
    'CLARUS® LIS — Service Level Agreement & Technical Support (Trust Centre), effective and last updated 2026-06-26',
  timezone: 'Africa/Cairo',
  period: 'month',
  target: 99.9,
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
      planned: { excluded: true, notice: { kind: 'hours', hours: 72 } },
      emergency: { excluded: true, notice: null },
      'third-party': { excluded: true, notice: null },
      'force-majeure': { excluded: true, notice: null },
      customer: { excluded: true, notice: null },
      other: { excluded: false, notice: null },
    },
    windows: [],
  },
  credit: {
    kind: 'bands',
    bands: [
      { below: 99.9, inclusive: false, percent: 10 },
      { below: 99.0, inclusive: false, percent: 25 },
      { below: 95.0, inclusive: false, percent: 50 },
    ],
    capPercent: 50,
  },
  fee: { amount: null, currency: 'EGP', per: 'month' },
  eligibility: {
    noCreditTiers: [],
    tier: null,
    effectiveDate: null,
    remediesAfterDays: null,
    capAtNextMonthFee: false,
    agreementFrom: null,
    minFeeAmount: null,
  },
  claim: { kind: 'afterPeriodEnd', days: 30 },
  termination: [{ kind: 'consecutivePeriodsMissed', periods: 3 }],
  calendar: {
    weekly: [
      { weekday: 7, from: '09:00', to: '18:00' },
      { weekday: 1, from: '09:00', to: '18:00' },
      { weekday: 2, from: '09:00', to: '18:00' },
      { weekday: 3, from: '09:00', to: '18:00' },
      { weekday: 4, from: '09:00', to: '18:00' },
    ],
    holidayCountry: 'EG',
    holidays: [],
  },
  responseTargets: [
    { severity: 'P1', response: { kind: 'elapsed', minutes: 60 }, resolution: null },
    { severity: 'P2', response: { kind: 'businessMinutes', minutes: 240 }, resolution: null },
    { severity: 'P3', response: { kind: 'businessDays', days: 1 }, resolution: null },
    { severity: 'P4', response: { kind: 'businessDays', days: 2 }, resolution: null },
  ],
  obligations: [
    {
      id: 'breach-notification',
      clause:
        '§15 Security, Data Protection & Breach Notification: "we will notify you without undue delay and, in any event, within 72 hours of becoming aware"',
      description: 'Notify you of a personal-data breach within 72 hours',
      startsWhen: 'Clarus becomes aware of the breach',
      fulfilledWhen: 'you receive the breach notice',
      rule: {
        kind: 'withinHours',
        hours: 72,
      },
      evidence: 'The breach notice with its date and time, and anything showing when Clarus became aware.',
    },
    {
      id: 'rto',
      clause:
        '§8 Backups, RPO & RTO: "RTO ≤ 8 hours — maximum time to restore the Service after a declared disaster"',
      description: 'Restore the Service within 8 hours of a declared disaster',
      startsWhen: 'a disaster is declared',
      fulfilledWhen: 'the Service is restored',
      rule: {
        kind: 'withinHours',
        hours: 8,
      },
      evidence: 'The disaster declaration and your monitoring showing when the Service came back.',
    },
    {
      id: 'rpo',
      clause: '§8 Backups, RPO & RTO: "RPO ≤ 24 hours — maximum data loss in a disaster recovery scenario"',
      description: 'Lose at most 24 hours of data in a disaster',
      startsWhen: 'the incident starts',
      fulfilledWhen: 'the time of the last good backup that was restored',
      rule: {
        kind: 'dataLossAtMostHours',
        hours: 24,
      },
      evidence: 'The restore report naming the backup used, and the incident start.',
    },
  ],
  citations: {
    obligations: 'Promises with deadlines beyond availability and tickets, each with its own clause.',
    timezone:
      '§2 Definitions, Business Hours: "09:00 to 18:00 (GMT+2, Cairo time)"; governing law "the Arab Republic of Egypt". See interpretation timezone.',
    period:
      '§2 Definitions: "Monthly Uptime — the Uptime % measured across a single calendar month, which is the basis for every availability commitment and service credit in this SLA."',
    target:
      '§3 Uptime Commitment: "CLARUS® commits to a Monthly Uptime target of 99.9% for the core Service, measured per calendar month and per production tenant."',
    roundDecimals: `${OUR_DEFAULT} No rounding.`,
    formula:
      '§2 Definitions: "Uptime % — the percentage of minutes in a calendar month during which the Service is Available, calculated as: (Total Minutes − Downtime) ÷ Total Minutes × 100."',
    minOutageMinutes:
      '§2 Definitions: "Downtime — any period of one minute or more during which the core Service is not Available to you"',
    minuteRule: OUR_DEFAULT,
    combine: OUR_DEFAULT,
    nodata: OUR_DEFAULT,
    downCodes: `${OUR_DEFAULT} HTTP 500–599 are down ("the core Service responds to valid authenticated requests" when Available).`,
    timeoutIsDown: `${OUR_DEFAULT} Timeouts and connection errors are down.`,
    'exclusions.kinds':
      '§2 Definitions, Excluded Downtime: "(a) scheduled maintenance announced under Section 7; (b) emergency maintenance to address a security or integrity threat; (c) factors outside our reasonable control (force majeure, your local internet or power loss, your network/firewall, third-party telecom or payment-gateway outages); (d) suspension lawfully arising from non-payment or breach; and (e) issues caused by your own configuration, custom integrations, or misuse."',
    'exclusions.kinds.planned':
      '§7 Maintenance Windows & Change Notice: "For any planned maintenance that may affect availability, we give at least 72 hours\' advance notice through in-app notification and email"',
    'exclusions.kinds.emergency':
      '§7 Maintenance Windows & Change Notice: "Occasionally we must perform emergency maintenance" … "notify you as soon as is practical" (no minimum notice).',
    'exclusions.kinds.third-party':
      '§2 Definitions, Excluded Downtime: "third-party telecom or payment-gateway outages"',
    'exclusions.kinds.force-majeure':
      '§2 Definitions, Excluded Downtime: "factors outside our reasonable control (force majeure, your local internet or power loss, your network/firewall, third-party telecom or payment-gateway outages)"',
    'exclusions.kinds.customer':
      '§2 Definitions, Excluded Downtime: "(d) suspension lawfully arising from non-payment or breach; and (e) issues caused by your own configuration, custom integrations, or misuse."; §11 Customer Responsibilities.',
    'exclusions.windows':
      '§7 Maintenance Windows & Change Notice: "We schedule routine maintenance during low-activity windows" (no fixed window).',
    credit:
      '§4 Service Credits: "Monthly Uptime below 99.9% but at or above 99.0% → 10% of the Monthly Fee." "Monthly Uptime below 99.0% but at or above 95.0% → 25% of the Monthly Fee." "Monthly Uptime below 95.0% → 50% of the Monthly Fee." "The maximum credit for any single month is capped at 50% of that month\'s Monthly Fee."',
    fee: '§2 Definitions: "Monthly Fee — the recurring subscription fee actually paid by you for the affected production tenant in the calendar month in which Downtime occurred" (currency EGP; amount per contract).',
    eligibility:
      'Preamble: "It applies to paid production subscriptions." (no tier, date or fee conditions).',
    claim: '§13 Claiming Credits: "within 30 days of the end of the month in which the Downtime occurred"',
    termination:
      '§4 Service Credits: "Repeated breaches (three or more consecutive months below target) entitle you to terminate the affected subscription without penalty"',
    calendar:
      '§2 Definitions: "Business Hours — 09:00 to 18:00 (GMT+2, Cairo time), Sunday through Thursday, excluding Egyptian public holidays"',
    responseTargets:
      '§6 Severity Levels & Target Response Times: P1 "Target first response: 1 hour, 24×7."; P2 "Target first response: 4 Business Hours."; P3 "Target first response: 1 Business Day."; P4 "Target first response: 2 Business Days."; "P1 targets apply around the clock; P2–P4 targets are measured in Business Hours."',
  },
  interpretations: [
    {
      id: 'timezone',
      clause: '§2 Definitions, Business Hours: "09:00 to 18:00 (GMT+2, Cairo time)"',
      question:
        'Does "GMT+2, Cairo time" mean Cairo\'s civil time, which has summer time again since 2023, or a fixed UTC+2 all year?',
      chosen: 'cairo',
      options: [
        {
          id: 'cairo',
          label:
            'Cairo civil time (Africa/Cairo): UTC+2 in winter, UTC+3 in summer since Egypt resumed DST in 2023',
          patch: { timezone: 'Africa/Cairo' },
        },
        {
          id: 'fixed',
          label: 'Fixed UTC+2 all year, as "GMT+2" literally says (IANA Etc/GMT-2; its sign is inverted)',
          patch: { timezone: 'Etc/GMT-2' },
        },
      ],
    },
  ],
};
