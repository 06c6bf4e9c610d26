// Other measurable promises (SPEC §4, end): each logged obligation judged met, missed
// or pending against its deadline, with the same asOf rule as tickets.
import type { BusinessCalendar } from './calendar';
import { sidedMargin, sidedValue } from './margins';
import type { Obligation } from './policy';
import type { TicketRecord } from './tickets';
import { addDays, formatInstant, HOUR_MS, localDate, startOfLocalDay } from './time';

export interface ObligationEntry {
  obligation: string;
  startedAtMs: number;
  fulfilledAtMs: number | null;
  note: string;
  source: string;
  line: number;
}

/** One logged event of a promise, judged: its instants as epoch ms. */
export interface ObligationFinding {
  obligation: string;
  description: string;
  clause: string;
  startedAtMs: number;
  fulfilledAtMs: number | null;
  /** The latest fulfilment that meets the promise; null for notice and data-loss rules. */
  deadlineMs: number | null;
  status: 'met' | 'missed' | 'pending';
  /** How much earlier than required (positive) or later (negative), in hours. */
  marginHours: number | null;
  /** For recovery-point rules: incident start minus the last good backup, in hours. */
  dataLossHours: number | null;
  note: string;
  /** "file:line" of the event. */
  source: string;
}

/** The same judgement as the report document writes it, instants in the contract's zone. */
export interface ObligationReport {
  obligation: string;
  description: string;
  clause: string;
  startedAt: string;
  fulfilledAt: string | null;
  deadline: string | null;
  status: 'met' | 'missed' | 'pending';
  /** How much earlier than required (positive) or later (negative), in hours. */
  marginHours: number | null;
  /** For recovery-point rules: incident start minus the last good backup, in hours. */
  dataLossHours: number | null;
  note: string;
  source: string;
}

/** What a log of an obligation's events is read against: the promise's id and how it is judged. */
export type ObligationTerms = Pick<Obligation, 'id'> & { rule: Pick<Obligation['rule'], 'kind'> };

/** The terms of each obligation (a policy's, or a copy's), as an obligation log is read against them. */
export const obligationTerms = (obligations: readonly ObligationTerms[]): ObligationTerms[] =>
  obligations.map((o) => ({ id: o.id, rule: { kind: o.rule.kind } }));

/**
 * Why a logged event cannot be judged: a deadline runs from when its clock started, so a
 * fulfilment before that is a mistake in the log (it would be judged met with more time to
 * spare than the promise gives). A notice that took effect before it was announced is
 * judged (missed), as is a backup taken after the incident.
 */
export function fulfilledBeforeStart(
  o: ObligationTerms,
  startedAtMs: number,
  fulfilledAtMs: number | null,
): boolean {
  return (
    fulfilledAtMs !== null &&
    fulfilledAtMs < startedAtMs &&
    (o.rule.kind === 'withinHours' || o.rule.kind === 'withinBusinessDays')
  );
}

function deadlineOf(o: Obligation, startedAtMs: number, calendar: BusinessCalendar): number | null {
  switch (o.rule.kind) {
    case 'withinHours':
      return startedAtMs + o.rule.hours * HOUR_MS;
    case 'withinBusinessDays': {
      const day = calendar.addBusinessDays(localDate(calendar.zone, startedAtMs), o.rule.days);
      const next = addDays(day, 1);
      return startOfLocalDay(calendar.zone, next.year, next.month, next.day);
    }
    default:
      return null;
  }
}

export function judgeObligations(
  entries: readonly ObligationEntry[],
  obligations: readonly Obligation[],
  calendar: BusinessCalendar,
  asOfEndMs: number,
): ObligationFinding[] {
  const byId = new Map(obligations.map((o) => [o.id, o]));
  return [...entries]
    .sort((a, b) => a.startedAtMs - b.startedAtMs || a.obligation.localeCompare(b.obligation))
    .flatMap((e) => {
      const o = byId.get(e.obligation);
      if (!o) return [];
      const deadline = deadlineOf(o, e.startedAtMs, calendar);
      let status: ObligationFinding['status'];
      let marginHours: number | null = null;
      let dataLossHours: number | null = null;
      if (deadline !== null) {
        const done = e.fulfilledAtMs;
        if (done !== null) status = done <= deadline ? 'met' : 'missed';
        else status = asOfEndMs > deadline ? 'missed' : 'pending';
        marginHours = sidedMargin((deadline - (done ?? asOfEndMs)) / HOUR_MS, status === 'missed');
      } else if (e.fulfilledAtMs === null) status = 'pending';
      else if (o.rule.kind === 'noticeAtLeastHours') {
        const noticeHours = (e.fulfilledAtMs - e.startedAtMs) / HOUR_MS;
        status = noticeHours >= o.rule.hours ? 'met' : 'missed';
        marginHours = sidedMargin(noticeHours - o.rule.hours, status === 'missed');
      } else {
        const hours = o.rule.kind === 'dataLossAtMostHours' ? o.rule.hours : 0;
        // Judged on the exact loss: 1 h 0 min 14 s is more than an RPO of 1 hour.
        const lossHours = (e.startedAtMs - e.fulfilledAtMs) / HOUR_MS;
        status = lossHours <= hours ? 'met' : 'missed';
        dataLossHours = sidedValue(lossHours, hours, status === 'missed');
        marginHours = sidedMargin(hours - lossHours, status === 'missed');
      }
      return [
        {
          obligation: o.id,
          description: o.description,
          clause: o.clause,
          startedAtMs: e.startedAtMs,
          fulfilledAtMs: e.fulfilledAtMs,
          deadlineMs: deadline,
          status,
          marginHours,
          dataLossHours,
          note: e.note,
          source: `${e.source}:${e.line}`,
        },
      ];
    });
}

export function obligationReport(f: ObligationFinding, zone: string): ObligationReport {
  const at = (ms: number | null) => (ms === null ? null : formatInstant(zone, ms));
  return {
    obligation: f.obligation,
    description: f.description,
    clause: f.clause,
    startedAt: formatInstant(zone, f.startedAtMs),
    fulfilledAt: at(f.fulfilledAtMs),
    deadline: at(f.deadlineMs),
    status: f.status,
    marginHours: f.marginHours,
    dataLossHours: f.dataLossHours,
    note: f.note,
    source: f.source,
  };
}

/** Entries that tickets start by themselves (ElevateFinance: a report after each P1/P2). */
export function ticketObligations(
  tickets: readonly TicketRecord[],
  obligations: readonly Obligation[],
): ObligationEntry[] {
  const out: ObligationEntry[] = [];
  for (const o of obligations) {
    const severities = new Set(o.fromTickets?.severities ?? []);
    for (const t of tickets)
      if (severities.has(t.severity) && t.resolvedAtMs !== null)
        out.push({
          obligation: o.id,
          startedAtMs: t.resolvedAtMs,
          fulfilledAtMs: t.reportPublishedAtMs,
          note: `ticket ${t.id}`,
          source: t.source,
          line: t.line,
        });
  }
  return out;
}
