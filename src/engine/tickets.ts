// Response and resolution times (SPEC rule 12): each ticket measured on its severity's
// clock — elapsed time or the contract's business calendar — against its target.
import type { BusinessCalendar } from './calendar';
import { lookupTable } from './json-keys';
import { round2, sidedMargin, sidedValue } from './margins';
import type { ComplianceFigures, TicketOutcome } from './model';
import { type InputSummary, SKIPPED_EXAMPLES } from './observations';
import type { Policy } from './policy';
import { localDate, MINUTE_MS } from './time';

export interface TicketRecord {
  id: string;
  /** Normalised label, P0 … P4. */
  severity: string;
  openedAtMs: number;
  firstResponseAtMs: number | null;
  resolvedAtMs: number | null;
  reportPublishedAtMs: number | null;
  source: string;
  line: number;
  /** The resolution time was entered by the customer, the ticket's file having none. */
  resolvedByHand?: boolean;
}

/**
 * Each ticket judged once across files (a ticket counted twice would count its breach
 * twice in a claim): the row of the file given or imported last stands, as a later export
 * knows more of a ticket's response and resolution, and each earlier file's summary counts
 * the rows it gave up as skipped, naming the file and line that replaced them. `inputs` in
 * their order; `ticketsOf` each tickets file's own rows, in line order.
 */
export function ticketsJudgedOnce(
  inputs: readonly InputSummary[],
  ticketsOf: ReadonlyMap<InputSummary, readonly TicketRecord[]>,
): { inputs: InputSummary[]; tickets: TicketRecord[] } {
  const last = new Map<string, { input: InputSummary; ticket: TicketRecord }>();
  for (const input of inputs)
    for (const ticket of ticketsOf.get(input) ?? []) last.set(ticket.id, { input, ticket });
  const tickets: TicketRecord[] = [];
  const amended = inputs.map((input) => {
    const own = ticketsOf.get(input);
    if (own === undefined) return input;
    const gaveUp: { line: number; reason: string }[] = [];
    for (const t of own) {
      const kept = last.get(t.id)!;
      if (kept.input === input) tickets.push(t);
      else
        gaveUp.push({
          line: t.line,
          reason: `the id of the ticket on line ${kept.ticket.line} of ${kept.input.name}, a later file, whose row is judged (each ticket is judged once)`,
        });
    }
    if (gaveUp.length === 0) return input;
    return {
      ...input,
      rows: input.rows - gaveUp.length,
      skippedRows: input.skippedRows + gaveUp.length,
      skipped: [...input.skipped, ...gaveUp].sort((a, b) => a.line - b.line).slice(0, SKIPPED_EXAMPLES),
    };
  });
  return { inputs: amended, tickets };
}

type Target = NonNullable<Policy['responseTargets'][number]['response']>;

const SEVERITY_WORDS = lookupTable({
  critical: 1,
  urgent: 1,
  high: 2,
  major: 2,
  medium: 3,
  normal: 3,
  moderate: 3,
  low: 4,
  minor: 4,
});

/** "P1", "1", "Sev 1", "sev-1", "Level 2", "S3", "Critical" → "P<n>"; null when unreadable. */
export function normaliseSeverity(raw: string): string | null {
  const t = raw.trim().toLowerCase();
  const m = /^(?:p|s|sev(?:erity)?|level|lvl|priority)?[\s\-_:]*([0-4])$/.exec(t);
  if (m) return `P${m[1]}`;
  const word = SEVERITY_WORDS[t];
  return word === undefined ? null : `P${word}`;
}

interface Measured {
  clock: '24x7' | 'business';
  elapsedMinutes: number;
  targetMinutes: number;
}

/** The clock, elapsed time and target for one ticket measured up to `untilMs`. */
function measure(target: Target, openedAtMs: number, untilMs: number, calendar: BusinessCalendar): Measured {
  switch (target.kind) {
    case 'elapsed':
      return {
        clock: '24x7',
        elapsedMinutes: Math.max(0, (untilMs - openedAtMs) / MINUTE_MS),
        targetMinutes: target.minutes,
      };
    case 'businessMinutes':
      return {
        clock: 'business',
        elapsedMinutes: calendar.businessMinutesBetween(openedAtMs, untilMs),
        targetMinutes: target.minutes,
      };
    case 'businessDays':
      return {
        clock: 'business',
        elapsedMinutes: calendar.businessMinutesBetween(openedAtMs, untilMs),
        targetMinutes: target.days * calendar.workingDayMinutes,
      };
    case 'endOfNextBusinessDay': {
      // The target runs to the close of the first business day after the day opened.
      const day = calendar.nextBusinessDay(localDate(calendar.zone, openedAtMs));
      const intervals = calendar.workingIntervals(day);
      const deadline = intervals[intervals.length - 1]!.endMs;
      return {
        clock: 'business',
        elapsedMinutes: calendar.businessMinutesBetween(openedAtMs, untilMs),
        targetMinutes: calendar.businessMinutesBetween(openedAtMs, deadline),
      };
    }
  }
}

/**
 * Every ticket with a target of the chosen kind. A ticket not yet answered is measured
 * to the end of the `asOf` day: missed once that passes the target, else pending.
 */
export function ticketOutcomes(
  tickets: readonly TicketRecord[],
  policy: Policy,
  calendarOf: (severity: string) => BusinessCalendar,
  asOfEndMs: number,
  which: 'response' | 'resolution',
): TicketOutcome[] {
  const out: TicketOutcome[] = [];
  for (const t of [...tickets].sort((a, b) => a.openedAtMs - b.openedAtMs || a.id.localeCompare(b.id))) {
    const target = policy.responseTargets.find((r) => r.severity === t.severity)?.[which];
    if (!target) continue;
    const doneAt = which === 'response' ? t.firstResponseAtMs : t.resolvedAtMs;
    const calendar = calendarOf(t.severity);
    const m = measure(target, t.openedAtMs, doneAt ?? Math.max(asOfEndMs, t.openedAtMs), calendar);
    const over = m.elapsedMinutes > m.targetMinutes;
    const target_ = round2(m.targetMinutes);
    out.push({
      id: t.id,
      severity: t.severity,
      clock: m.clock,
      // Rounding never moves a ticket to the other side of its target: a response 0.2 s
      // past 60 minutes is 60.01 against 60, 0.01 over, not 60 against 60 and missed.
      elapsedMinutes: sidedValue(m.elapsedMinutes, target_, over),
      targetMinutes: target_,
      met: doneAt !== null ? !over : over ? false : null,
      marginMinutes: sidedMargin(m.targetMinutes - m.elapsedMinutes, over),
      pending: doneAt === null,
      openedAtMs: t.openedAtMs,
      firstResponseAtMs: t.firstResponseAtMs,
      resolvedAtMs: t.resolvedAtMs,
      // A target in business hours reads in hours ("24 h", as "24 Working Hours" is worded);
      // one in business days, in working days of the calendar's length.
      workingDayMinutes:
        m.clock === 'business' ? (target.kind === 'businessMinutes' ? 0 : calendar.workingDayMinutes) : null,
    });
  }
  return out;
}

/**
 * Tickets of a severity the contract sets no response or resolution target for, and counts
 * in no incident level: judged against nothing, and said so rather than left out unseen.
 */
export function untargetedTickets(
  tickets: readonly TicketRecord[],
  policy: Policy,
): { id: string; severity: string; source: string; line: number }[] {
  const judged = new Set([
    ...policy.responseTargets.filter((r) => r.response || r.resolution).map((r) => r.severity),
    ...(policy.credit.kind === 'incidents' ? policy.credit.levels.map((l) => l.severity) : []),
  ]);
  return [...tickets]
    .filter((t) => !judged.has(t.severity))
    .sort((a, b) => a.openedAtMs - b.openedAtMs || a.id.localeCompare(b.id))
    .map((t) => ({ id: t.id, severity: t.severity, source: t.source, line: t.line }));
}

export function severityCompliance(
  outcomes: readonly TicketOutcome[],
  kind: 'response' | 'resolution',
): ComplianceFigures[] {
  const bySeverity = new Map<string, TicketOutcome[]>();
  for (const o of outcomes) {
    const list = bySeverity.get(o.severity);
    if (list) list.push(o);
    else bySeverity.set(o.severity, [o]);
  }
  return [...bySeverity.keys()].sort().map((severity) => {
    const list = bySeverity.get(severity)!;
    const met = list.filter((o) => o.met === true).length;
    const missed = list.filter((o) => o.met === false);
    const decided = met + missed.length;
    return {
      severity,
      kind,
      tickets: list.length,
      decided,
      met,
      missed: missed.length,
      pending: list.length - decided,
      compliancePercent: decided ? (100 * met) / decided : null,
      worstBreachMinutes: missed.length
        ? missed.reduce((worst, o) => Math.max(worst, -(o.marginMinutes ?? 0)), Number.NEGATIVE_INFINITY)
        : null,
      // One severity's targets of one kind share a clock and a calendar.
      workingDayMinutes: list[0]!.workingDayMinutes,
    };
  });
}
