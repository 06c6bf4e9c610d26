// A report's live deadlines: every open claim, every termination right whose notice is
// still due, and every pending obligation, each with the clause it comes from — what the
// calendar export (ics.ts) writes, counted on screen before anything is written.
import type { SlaReport } from './report';
import { parseDate, startOfLocalDay } from './time';

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

/** The deadlines still ahead as of the report's date, soonest first. */
export function reportDeadlines(
  report: SlaReport,
  citations: Readonly<Record<string, string>> = {},
): CalendarDeadline[] {
  const c = report.contract;
  const id = `${slug(c.preset)}-${slug(c.name)}`;
  const out: CalendarDeadline[] = [];
  for (const p of report.periods) {
    if (p.claimStatus !== 'open' || !p.claimBy) continue;
    const credit =
      p.credit.days !== null ? `${p.credit.days} days of service` : `${pct(p.credit.percent ?? 0)} credit`;
    const amount = p.credit.amount !== null ? ` (${p.credit.amount} ${p.credit.currency})` : '';
    out.push({
      kind: 'claim',
      uid: `claim-${p.label}-${id}@sla-witness`,
      atMs: Date.parse(p.claimBy),
      summary: `${c.name}: claim the ${p.label} service credit`,
      description: [
        `Claim the ${credit}${amount} for ${p.label} by ${p.claimBy}.`,
        `Uptime ${p.uptimePercent === null ? 'unknown' : pct(p.uptimePercent)} against a target of ${pct(c.target)}.`,
        ...clauseLine(citations.claim),
      ].join('\n'),
    });
  }
  for (const m of report.incidentCredits) {
    if (m.claimStatus !== 'open' || !m.claimBy) continue;
    const amount = m.amount !== null ? ` (${m.amount} ${m.currency})` : '';
    const incidents = m.levels
      .filter((l) => l.incidents > 0)
      .map((l) => `${l.severity}: ${l.incidents} (${l.hours} h)`)
      .join(', ');
    out.push({
      kind: 'claim',
      uid: `incident-claim-${m.label}-${id}@sla-witness`,
      atMs: Date.parse(m.claimBy),
      summary: `${c.name}: claim the ${m.label} incident credit`,
      description: [
        `Claim the ${pct(m.percent)} incident credit${amount} for ${m.label} by ${m.claimBy}.`,
        ...(incidents ? [`Incidents: ${incidents}.`] : []),
        ...clauseLine(citations.claim),
      ].join('\n'),
    });
  }
  const asOf = parseDate(report.asOf);
  const dayStart = asOf
    ? startOfLocalDay(c.timezone, asOf.year, asOf.month, asOf.day)
    : Number.NEGATIVE_INFINITY;
  for (const t of report.termination) {
    if (!t.triggered || !t.noticeBy) continue;
    const atMs = Date.parse(t.noticeBy);
    // A notice window that closed before the report's day is no longer a deadline.
    if (atMs <= dayStart) continue;
    out.push({
      kind: 'termination',
      uid: `termination-${t.periods.join('-')}-${id}@sla-witness`,
      atMs,
      summary: `${c.name}: last moment to give notice of termination`,
      description: [
        `Right to terminate: ${t.rule}.`,
        `Triggered by ${t.periods.join(', ')}. Give notice before ${t.noticeBy}.`,
        ...clauseLine(citations.termination),
      ].join('\n'),
    });
  }
  for (const o of report.obligations) {
    if (o.status !== 'pending' || !o.deadline) continue;
    out.push({
      kind: 'obligation',
      uid: `obligation-${o.obligation}-${o.startedAt}-${id}@sla-witness`,
      atMs: Date.parse(o.deadline),
      summary: `${c.name}: due — ${o.description}`,
      description: [
        `${o.description}: the clock started ${o.startedAt}; due by ${o.deadline}.`,
        ...(o.note ? [`Note: ${o.note}.`] : []),
        ...clauseLine(o.clause),
      ].join('\n'),
    });
  }
  return out.sort((a, b) => a.atMs - b.atMs || a.uid.localeCompare(b.uid));
}

/** Text as an iCalendar TEXT value. */
