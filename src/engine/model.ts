// The evaluation as the engine answers it: instants as epoch ms, figures as numbers and
// every verdict as a code with its parameters, so each screen words it in its own
// language and no one reads a number back out of a sentence. The `sla-report/1`
// document is written from this by `toReport`.
import type { MinuteRange } from './minutes';
import type { ObligationFinding } from './obligations';
import type { Period, PeriodKind } from './periods';
import type { ComplianceReport, SlaReport, TicketReport } from './report';

/** Notice a contract requires before an excluded event, as the clause counts it. */
export type NoticeRequirement = { unit: 'hours'; hours: number } | { unit: 'businessDays'; days: number };

/**
 * Why an exclusion record was, or was not, taken out of the measured time (rule 5). A
 * notice counted in business days also says how many whole business days it gave, so the
 * notice given and the notice required are told in the same unit.
 */
export type ExclusionReason =
  | { code: 'kindNotExcluded'; kind: string }
  | { code: 'excludedKind' }
  | { code: 'noAnnouncement'; required: NoticeRequirement }
  | { code: 'noticeMet'; givenMinutes: number; givenBusinessDays?: number; required: NoticeRequirement }
  | { code: 'noticeTooShort'; givenMinutes: number; givenBusinessDays?: number; required: NoticeRequirement };

export interface ExclusionFinding {
  startMs: number;
  endMs: number;
  kind: string;
  excluded: boolean;
  reason: ExclusionReason;
  /**
   * Minutes of a valid exclusion that a cap on its kind did not cover ("up to 10 hours a
   * year"): measured like any other time, so the record is excluded only in part. 0 otherwise.
   */
  overCapMinutes: number;
  /** Left out by a what-if switch: `excluded` is then false whatever `reason` says. */
  switchedOff: boolean;
  announcedAtMs: number | null;
  note: string;
  source: string;
  line: number;
}

/** A condition the contract sets on credits (rule 9), with what it was judged on. */
export type EligibilityCondition =
  | { code: 'tierHasCredit'; noCreditTiers: string[]; tier: string | null }
  | { code: 'agreementFrom'; from: string; effectiveDate: string | null }
  | { code: 'minFee'; minAmount: number; currency: string; per: 'month' | 'year'; fee: number | null }
  | {
      code: 'remediesAfter';
      days: number;
      /** First local day remedies apply (YYYY-MM-DD); null without an effective date. */
      from: string | null;
      breachAtMs: number | null;
    }
  | { code: 'capAtNextMonthFee' }
  /** A condition the customer answers ("paid all outstanding invoices"); its text is the contract's. */
  | { code: 'customerCondition'; id: string; text: string };

export interface EligibilityCheck {
  condition: EligibilityCondition;
  /** Null when the contract does not say enough to decide. */
  met: boolean | null;
}

export type ClaimStatus = 'open' | 'expired' | 'automatic';

export interface ClaimOutcome {
  claimByMs: number | null;
  status: ClaimStatus | null;
  daysLeft: number | null;
  /** The contract sets no time to claim a credit in (claim kind "none"); the report keeps status null. */
  noDeadline?: true;
  /**
   * For a credit earned outage by outage with a window from each: how many earlier outages'
   * windows had closed on the report date while this one is still open. The part of the
   * credit those outages earned is no longer claimable; absent when none closed.
   */
  lapsedWindows?: number;
}

export interface CreditFigures {
  percent: number | null;
  days: number | null;
  amount: number | null;
  currency: string;
  /** False when an eligibility condition is known to fail (the credit is then 0). */
  eligible: boolean;
  checks: EligibilityCheck[];
  /** The contract's bound that cut the amount below what the credit rule gives; absent when none did. */
  limitedBy?: CreditLimit;
  /**
   * The part of the credit still owed on the report date: claimable while its window is
   * open, credited without a claim, or owed where the contract sets no deadline.
   */
  claimable: CreditShare;
  /** The part whose claim window had closed by the report date: all of it once the claim has expired. */
  lapsed: CreditShare;
}

/** Part of a credit, in the credit's own figures (null where the credit has none). */
export interface CreditShare {
  percent: number | null;
  days: number | null;
  amount: number | null;
}

/** Bounds on a credit's money: the next month's fee, a cap per period or per contract year, the minimum credit. */
export type CreditLimit = 'nextMonthFee' | 'perPeriod' | 'perYear' | 'minimum';

export interface PeriodFigures {
  label: string;
  startMs: number;
  endMs: number;
  partial: boolean;
  totalMinutes: number;
  excludedMinutes: number;
  /** Minutes lost: counted Downtime plus any no-data minutes the policy counts as down. */
  downtimeMinutes: number;
  nodataMinutes: number;
  uptimePercent: number | null;
  met: boolean | null;
  /**
   * The most lost minutes the period could have had and still met its target, after the
   * policy's rounding; null when nothing is measurable.
   */
  allowedDowntimeMinutes: number | null;
  /** Allowed minus lost: what is left before the target is missed, negative once over. */
  downtimeLeftMinutes: number | null;
  credit: CreditFigures;
  claim: ClaimOutcome;
  /** End of the minute at which the period first fell below target. */
  breachAtMs: number | null;
  /**
   * When the credit was earned: the breach, or for a credit per outage or on every lost
   * minute, its first counted outage or lost minute; null when nothing earned it.
   */
  earnedAtMs: number | null;
}

export interface OutageFinding {
  /** Stable across policy changes: the outage's first minute index. */
  id: number;
  startMs: number;
  endMs: number;
  minutes: number;
  qualifies: boolean;
  excludedMinutes: number;
  countedMinutes: number;
}

/** One incident a month's credit counts: a long enough outage, or a ticket of the severity. */
export interface IncidentFinding {
  severity: string;
  startMs: number;
  endMs: number;
  /** The minutes that count: an outage's minutes less those the contract leaves out. */
  minutes: number;
  /** The ticket it comes from; null for an outage. */
  ticketId: string | null;
  /**
   * An outage's tickets of its severity opened while it was under way: they report this
   * outage, so they are counted with it, not again. Empty for a ticket.
   */
  reportedIn: string[];
  /** An open ticket, counted up to the end of the report's day. */
  open: boolean;
  /** A ticket whose resolution time the customer entered, its file having none. */
  resolvedByHand: boolean;
}

export interface IncidentMonth {
  label: string;
  /** The reported period the month belongs to. */
  period: string;
  levels: { severity: string; incidents: number; hours: number; percent: number }[];
  percent: number;
  amount: number | null;
  currency: string;
  eligibleAtMs: number | null;
  claim: ClaimOutcome;
  /** Every incident counted in the month, in the order they ended. */
  incidents: IncidentFinding[];
}

export type TerminationRule =
  | { code: 'consecutivePeriodsMissed'; periods: number; period: PeriodKind }
  | { code: 'incidentsPerMonth'; minIncidents: number; severity: string; consecutiveMonths: number }
  | {
      code: 'claims';
      consecutiveMonths: number;
      claimsCount: number;
      withinDays: number;
      /** The written notice termination takes, in days; null when the contract names none. */
      noticeDays: number | null;
    }
  | { code: 'missedWithinMonths'; missed: number; months: number; period: PeriodKind }
  | {
      code: 'averageBelow';
      periods: number;
      period: PeriodKind;
      belowPercent: number;
      /** The written notice termination takes, in days; null when the contract names none. */
      noticeDays: number | null;
    };

export interface TerminationFinding {
  rule: TerminationRule;
  triggered: boolean;
  periods: string[];
  noticeByMs: number | null;
  /** A triggered right with a notice deadline: still open on `asOf` (days left, its own day counting) or expired. */
  noticeStatus: 'open' | 'expired' | null;
  noticeDaysLeft: number | null;
  /** A right on a rolling average: the mean uptime of the periods that triggered it. */
  averagePercent?: number;
}

/** A stretch of time, on its whole minutes. */
export interface ComparedSpan {
  startMs: number;
  endMs: number;
  minutes: number;
}

/** An incident the vendor posted, once for every component it names. */
export interface PostedIncident extends ComparedSpan {
  monitors: string[];
}

/** One period of the vendor's record set beside the user's own checks (raw down minutes). */
interface VendorComparisonPeriod {
  label: string;
  /** Minutes a posted incident covers. */
  admittedMinutes: number;
  /** Minutes the user's own checks measured down. */
  measuredMinutes: number;
  /** Of those, the minutes no posted incident covers. */
  unadmittedMinutes: number;
  /** Outages measured (starting in the period) that no posted incident touches. */
  unpostedOutages: ComparedSpan[];
  /** Posted incidents (starting in the period) the checks measured up, never down. */
  unseenIncidents: PostedIncident[];
}

export interface VendorComparison {
  /** The monitors of the vendor's record (status page components). */
  vendorMonitors: string[];
  /** The user's own monitors. */
  measuredMonitors: string[];
  periods: VendorComparisonPeriod[];
}

/** A non-monetary remedy the contract owes for a period that missed its target. */
export interface RemedyFinding {
  remedy: string;
  description: string;
  period: string;
}

/** One scope of a contract (a region, a feature, a shard) measured on its own monitors. */
export interface ScopeEvaluation {
  id: string;
  name: string;
  /** The monitors of the inputs the scope measures. */
  monitors: string[];
  /** The monitor names the policy gives the scope ("droplet-*" takes every name that starts so). */
  patterns: string[];
  target: number;
  period: PeriodKind;
  periods: PeriodFigures[];
  outages: OutageFinding[];
}

/**
 * One ticket measured against its response or resolution target (rule 12): the report's
 * figures with the ticket's own instants, so a reader can check the clock against the
 * ticket system, and the working-day length its business clock counts in, so a business
 * duration reads as business days rather than 24-hour days.
 */
export interface TicketOutcome extends TicketReport {
  openedAtMs: number;
  firstResponseAtMs: number | null;
  resolvedAtMs: number | null;
  /**
   * Minutes of one working day on the severity's calendar, in which its figures read; 0
   * where the target counts business hours (they read in hours); null on a 24x7 clock.
   */
  workingDayMinutes: number | null;
}

/** A severity's compliance for one kind of target, with the working-day length its clock counts in. */
export interface ComplianceFigures extends ComplianceReport {
  /** Minutes of one working day on the severity's calendar; null on a 24x7 clock. */
  workingDayMinutes: number | null;
}

export interface Evaluation {
  asOf: string;
  contract: SlaReport['contract'];
  inputs: SlaReport['inputs'];
  periods: PeriodFigures[];
  outages: OutageFinding[];
  exclusions: ExclusionFinding[];
  incidentMonths: IncidentMonth[];
  tickets: TicketOutcome[];
  resolutions: TicketOutcome[];
  /** Tickets of a severity the contract sets no target for and counts in no incident level. */
  untargetedTickets: { id: string; severity: string; source: string; line: number }[];
  ticketCompliance: ComplianceFigures[];
  termination: TerminationFinding[];
  obligations: ObligationFinding[];
  /** The vendor's published record beside the user's own measurement; null without both. */
  comparison: VendorComparison | null;
  /** Only when the policy names remedies. */
  remedies?: RemedyFinding[];
  /** Only when the policy names scopes. */
  scopes?: ScopeEvaluation[];
  /** Only when the policy names scopes: the inputs' monitors that belong to none of them. */
  unscopedMonitors?: string[];
  range: MinuteRange;
  /**
   * Per minute of the range: service state, excluded flag, counted Downtime flag. These and
   * the period bounds are the measured series an evaluation cache keeps, shared by every
   * evaluation that reuses them: read them, and copy before changing or moving them.
   */
  service: Uint8Array;
  excluded: Uint8Array;
  counted: Uint8Array;
  /** The reported periods' bounds, in order. */
  periodBounds: readonly Period[];
  /**
   * Periods the data reaches that begin after the report date: reported as the data has
   * them (rule 14), though on that date they had not begun and no claim for them was due.
   */
  periodsAfterAsOf: string[];
  /**
   * Periods running on the report date (begun by it, ending after it) whose data goes on
   * past that day: their figures count that later data as well (rule 14).
   */
  periodsRunningPastAsOf: string[];
}
