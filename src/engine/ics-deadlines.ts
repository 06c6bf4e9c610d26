// An evaluation's live deadlines: every open claim, every termination right whose notice is
// still due, and every pending obligation, each with the clause it comes from — what the
// calendar export (ics.ts) writes, counted on screen before anything is written.
import type { Evaluation } from './model';
import { formatInstant, parseDate, startOfLocalDay } from './time';
import { terminationText } from './to-report';

/** One deadline to put in a calendar. */
export interface CalendarDeadline {
  kind: 'claim' | 'termination' | 'obligation';
  /** Stable across exports of the same contract, so a re-import updates rather than duplicates. */
  uid: string;
  /** The deadline, UTC epoch ms. */
  atMs: number;
  summary: string;
  description: string;
}

const pct = (x: number) => `${Number(x.toFixed(4))} %`;
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'contract';

function clauseLine(clause: string | undefined): string[] {
  return clause ? [`Contract: ${clause}`] : [];
}

/** The deadlines still ahead as of the evaluation's date, soonest first; instants written as the report writes them. */
export function evaluationDeadlines(
  evaluation: Evaluation,
  citations: Readonly<Record<string, string>> = {},
): CalendarDeadline[] {
  const c = evaluation.contract;
  const at = (ms: number) => formatInstant(c.timezone, ms);
  const id = `${slug(c.preset)}-${slug(c.name)}`;
  const out: CalendarDeadline[] = [];
  // The whole service's periods, then each part's measured on its own (a Cloud Function, a product).
  const periods = [
    ...evaluation.periods.map((p) => ({
      p,
      scope: null as null | { id: string; name: string },
      target: c.target,
    })),
    ...(evaluation.scopes ?? []).flatMap((sc) =>
      sc.periods.map((p) => ({ p, scope: sc, target: sc.target })),
    ),
  ];
  for (const { p, scope, target } of periods) {
    const claimByMs = p.claim.claimByMs;
    if (p.claim.status !== 'open' || claimByMs === null) continue;
    // A credit priced from the time lost has an amount and no percent: the amount is the credit.
    const money = p.credit.amount !== null ? `${p.credit.amount} ${p.credit.currency}` : null;
    const credit =
      p.credit.days !== null
        ? `${p.credit.days} days of service`
        : p.credit.percent === null && money !== null
          ? `${money} credit`
          : `${pct(p.credit.percent ?? 0)} credit`;
    const amount = money !== null && p.credit.percent !== null ? ` (${money})` : '';
    out.push({
      kind: 'claim',
      uid: `claim-${p.label}${scope ? `-${slug(scope.id)}` : ''}-${id}@sla-witness`,
      atMs: claimByMs,
      summary: `${c.name}: claim the ${p.label} service credit${scope ? ` for ${scope.name}` : ''}`,
      description: [
        `Claim the ${credit}${amount} for ${p.label}${scope ? ` of ${scope.name}` : ''} by ${at(claimByMs)}.`,
        `Uptime ${p.uptimePercent === null ? 'unknown' : pct(p.uptimePercent)} against a target of ${pct(target)}.`,
        ...clauseLine(citations.claim),
      ].join('\n'),
    });
  }
  for (const m of evaluation.incidentMonths) {
    const claimByMs = m.claim.claimByMs;
    if (m.claim.status !== 'open' || claimByMs === null) continue;
    const amount = m.amount !== null ? ` (${m.amount} ${m.currency})` : '';
    const incidents = m.levels
      .filter((l) => l.incidents > 0)
      .map((l) => `${l.severity}: ${l.incidents} (${l.hours} h)`)
      .join(', ');
    out.push({
      kind: 'claim',
      uid: `incident-claim-${m.label}-${id}@sla-witness`,
      atMs: claimByMs,
      summary: `${c.name}: claim the ${m.label} incident credit`,
      description: [
        `Claim the ${pct(m.percent)} incident credit${amount} for ${m.label} by ${at(claimByMs)}.`,
        ...(incidents ? [`Incidents: ${incidents}.`] : []),
        ...clauseLine(citations.claim),
      ].join('\n'),
    });
  }
  const asOf = parseDate(evaluation.asOf);
  const dayStart = asOf
    ? startOfLocalDay(c.timezone, asOf.year, asOf.month, asOf.day)
    : Number.NEGATIVE_INFINITY;
  for (const t of evaluation.termination) {
    const atMs = t.noticeByMs;
    if (!t.triggered || atMs === null) continue;
    // A notice window that closed before the report's day is no longer a deadline.
    if (atMs <= dayStart) continue;
    out.push({
      kind: 'termination',
      uid: `termination-${t.periods.join('-')}-${id}@sla-witness`,
      atMs,
      summary: `${c.name}: last moment to give notice of termination`,
      description: [
        `Right to terminate: ${terminationText(t.rule)}.`,
        `Triggered by ${t.periods.join(', ')}. Give notice before ${at(atMs)}.`,
        ...clauseLine(citations.termination),
      ].join('\n'),
    });
  }
  for (const o of evaluation.obligations) {
    if (o.status !== 'pending' || o.deadlineMs === null) continue;
    const startedAt = at(o.startedAtMs);
    out.push({
      kind: 'obligation',
      uid: `obligation-${o.obligation}-${startedAt}-${id}@sla-witness`,
      atMs: o.deadlineMs,
      summary: `${c.name}: due — ${o.description}`,
      description: [
        `${o.description}: the clock started ${startedAt}; due by ${at(o.deadlineMs)}.`,
        ...(o.note ? [`Note: ${o.note}.`] : []),
        ...clauseLine(o.clause),
      ].join('\n'),
    });
  }
  return out.sort((a, b) => a.atMs - b.atMs || a.uid.localeCompare(b.uid));
}

/** Text as an iCalendar TEXT value. */
