// The report document ("sla-report/1", SPEC §6): what the app exports and the command
// line prints. Unknown values are null, never omitted; key order is fixed so the JSON
// is byte-identical for the same inputs.
import type { ObligationReport } from './obligations';

export interface CreditReport {
  percent: number | null;
  days: number | null;
  amount: number | null;
  currency: string;
  /** False when an eligibility condition is known to fail (the credit is then 0). */
  eligible: boolean;
  conditions: { condition: string; met: boolean | null }[];
  /** The part still owed on `asOf`: claimable while the claim is open, or owed without a claim. */
  claimable: CreditShareReport;
  /** The part whose claim window had closed by `asOf` (for a credit earned outage by outage, the closed outages' share). */
  lapsed: CreditShareReport;
  /** How many earlier outages' claim windows had closed while the period's claim is still open. */
  lapsedWindows: number;
}

interface CreditShareReport {
  percent: number | null;
  days: number | null;
  amount: number | null;
}

export interface PeriodReport {
  label: string;
  start: string;
  end: string;
  partial: boolean;
  totalMinutes: number;
  excludedMinutes: number;
  downtimeMinutes: number;
  nodataMinutes: number;
  uptimePercent: number | null;
  met: boolean | null;
  credit: CreditReport;
  claimBy: string | null;
  claimStatus: 'open' | 'expired' | 'automatic' | null;
  claimDaysLeft: number | null;
  /** End of the minute at which the period first fell below target. */
  breachAt: string | null;
}

export interface OutageReport {
  start: string;
  end: string;
  minutes: number;
  qualifies: boolean;
  excludedMinutes: number;
  countedMinutes: number;
}

interface ExclusionReport {
  start: string;
  end: string;
  kind: string;
  excluded: boolean;
  reason: string;
  announcedAt: string | null;
  noticeHours: number | null;
  noticeRequired: string | null;
  note: string;
  source: string;
}

interface IncidentMonthReport {
  label: string;
  /** The reported period the month belongs to. */
  period: string;
  levels: { severity: string; incidents: number; hours: number; percent: number }[];
  percent: number;
  amount: number | null;
  currency: string;
  eligibleAt: string | null;
  claimBy: string | null;
  claimStatus: 'open' | 'expired' | 'automatic' | null;
  claimDaysLeft: number | null;
}

export interface TicketReport {
  id: string;
  severity: string;
  clock: '24x7' | 'business';
  elapsedMinutes: number;
  targetMinutes: number;
  /** Null while an unanswered ticket is still within its target. */
  met: boolean | null;
  /** Target minus elapsed; negative when missed. */
  marginMinutes: number;
  /** No response (or resolution) yet: measured to the end of the asOf day. */
  pending: boolean;
}

export interface ComplianceReport {
  severity: string;
  kind: 'response' | 'resolution';
  tickets: number;
  decided: number;
  met: number;
  missed: number;
  pending: number;
  compliancePercent: number | null;
  worstBreachMinutes: number | null;
}

interface TerminationReport {
  rule: string;
  triggered: boolean;
  periods: string[];
  noticeBy: string | null;
  /** Open (with the days left, the deadline's own day counting) or expired on asOf; null without a notice deadline. */
  noticeStatus: 'open' | 'expired' | null;
  noticeDaysLeft: number | null;
  /** A right on a rolling average: the mean uptime of the periods that triggered it. */
  averagePercent?: number;
}

interface ComparedSpanReport {
  start: string;
  end: string;
  minutes: number;
}

/** The vendor's published record beside the user's own checks, per period (raw down minutes). */
interface ComparisonReport {
  vendorMonitors: string[];
  measuredMonitors: string[];
  periods: {
    label: string;
    admittedMinutes: number;
    measuredMinutes: number;
    unadmittedMinutes: number;
    unpostedOutages: ComparedSpanReport[];
    unseenIncidents: (ComparedSpanReport & { monitors: string[] })[];
  }[];
}

export interface SlaReport {
  schema: 'sla-report/1';
  asOf: string;
  contract: {
    preset: string;
    name: string;
    timezone: string;
    target: number;
    period: 'month' | 'quarter' | 'year';
    formula: 'total' | 'excludeFromTotal';
    minOutageMinutes: number;
    roundDecimals: number | null;
    fee: number | null;
    feePer: 'month' | 'year';
    currency: string;
    tier: string | null;
    effectiveDate: string | null;
    interpretations: Record<string, string>;
  };
  inputs: {
    name: string;
    kind: string;
    /** Bytes; null where no file was read (inputs handed to the engine directly). */
    size: number | null;
    /** SHA-256 of the file as `sha256sum` prints it, so a vendor can verify the evidence; null until computed. */
    sha256: string | null;
    rows: number;
    skippedRows: number;
    monitors: string[];
    skipped: { line: number; reason: string }[];
    /** How the file was recognised (src/ingest/input-layout.ts); absent for files given as records or stored before it was kept. */
    layout?: InputLayout;
  }[];
  periods: PeriodReport[];
  outages: OutageReport[];
  exclusions: ExclusionReport[];
  incidentCredits: IncidentMonthReport[];
  tickets: TicketReport[];
  resolutions: TicketReport[];
  /** Tickets of a severity the contract sets no target for and counts in no incident level. */
  untargetedTickets: { id: string; severity: string; source: string }[];
  ticketCompliance: ComplianceReport[];
  termination: TerminationReport[];
  obligations: ObligationReport[];
  /** Null unless the inputs hold both the vendor's published incidents and the user's own checks. */
  comparison: ComparisonReport | null;
  /** What the vendor owes besides money for each missed period; only when the policy names remedies. */
  remedies?: { remedy: string; description: string; period: string }[];
  /** Each scope measured on its own monitors; only when the policy names scopes. */
  scopes?: {
    id: string;
    name: string;
    monitors: string[];
    target: number;
    period: 'month' | 'quarter' | 'year';
    periods: PeriodReport[];
    outages: OutageReport[];
  }[];
  /** The inputs' monitors that belong to no scope; only when the policy names scopes. */
  unscopedMonitors?: string[];
}

/** The report as the exported JSON text. */
/** The detected layout of an input and the zone its zone-less times were read in. */
export interface InputLayout {
  id: string | null;
  name: string;
  source: string | null;
  /** `layout`: a known exporter; `columns`: column names; `guess`: unsure; `forced`: the kind was given. */
  detected: 'layout' | 'columns' | 'guess' | 'forced';
  /** Zone-less times were read in this zone; `basis` says why. */
  timeZone: { zone: string; basis: 'layout' | 'source-tz' | 'contract'; allTimesZoned: boolean };
  /** The vendor's own published incidents (a status page), set beside the user's checks. */
  vendorRecord?: true;
}

export function reportJson(report: SlaReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
