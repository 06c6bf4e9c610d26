// The report as a readable table for a terminal.
import { creditOwed } from '../engine/credits';
import { SKIPPED_EXAMPLES } from '../engine/observations';
import type { InputLayout, PeriodReport, SlaReport } from '../engine/report';
import { clip } from '../ingest/timestamps';

/**
 * The report with every text in it shown as messages show a file's text: monitor names,
 * ticket ids and a policy's words come from files, and a newline or an escape sequence in
 * them would forge lines of the report on a terminal. Whole, as the report is the record.
 */
function printable<T>(value: T): T {
  if (typeof value === 'string') return clip(value, Number.POSITIVE_INFINITY) as T;
  if (Array.isArray(value)) return value.map(printable) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printable(v)])) as T;
  return value;
}

/** How a file was read, and in which zone its zone-less times were taken. */
function layoutLine(l: InputLayout): string {
  const how =
    l.detected === 'layout'
      ? `recognised as ${l.name}`
      : l.detected === 'forced'
        ? `kind given on the command line (${l.name})`
        : l.detected === 'guess'
          ? `${l.name}, a guess: check the mapping`
          : l.name;
  const z = l.timeZone;
  // A file whose every time carried its zone (an epoch, an offset) owed nothing to
  // --source-tz, as the app's import result says too.
  const zone =
    z.basis === 'layout'
      ? `times without a zone read in ${z.zone}, as this exporter writes them`
      : z.allTimesZoned
        ? `times carry their zone (any without one: ${z.zone}, ${z.basis === 'source-tz' ? 'from --source-tz' : "the contract's zone"})`
        : z.basis === 'source-tz'
          ? `times without a zone read in ${z.zone} (--source-tz)`
          : `times without a zone read in ${z.zone}, the contract's zone; give --source-tz if they are in another`;
  return `${how}${l.vendorRecord ? " (the vendor's own record)" : ''}; ${zone}`;
}

/**
 * The file's size and SHA-256 as `wc -c` and `sha256sum` print them, so that whoever reads
 * the text can check it was taken from the same evidence; nothing for inputs read from no file.
 */
function fingerprintLine(i: SlaReport['inputs'][number]): string | null {
  if (i.size === null && i.sha256 === null) return null;
  const size = i.size === null ? 'size unknown' : `${i.size} bytes`;
  return `${size}, SHA-256 ${i.sha256 ?? 'not computed'}`;
}

/** The vendor's published incidents beside the user's own checks, period by period. */
function comparisonText(c: NonNullable<SlaReport['comparison']>): string[] {
  const out = [
    '',
    `The vendor's record (${c.vendorMonitors.join(', ')}) beside your own checks (${c.measuredMonitors.join(', ')}), in down minutes`,
    table(
      [
        'period',
        'vendor admitted',
        'measured',
        'measured, not admitted',
        'outages not posted',
        'incidents not seen',
      ],
      c.periods.map((p) => [
        p.label,
        String(p.admittedMinutes),
        String(p.measuredMinutes),
        String(p.unadmittedMinutes),
        String(p.unpostedOutages.length),
        String(p.unseenIncidents.length),
      ]),
    ),
  ];
  for (const p of c.periods) {
    for (const o of p.unpostedOutages) out.push(`  not posted: ${o.start} – ${o.end}, ${o.minutes} min`);
    for (const o of p.unseenIncidents)
      out.push(
        `  posted, not seen by the checks: ${o.start} – ${o.end}, ${o.minutes} min (${o.monitors.join(', ')})`,
      );
  }
  return out;
}

function table(head: string[], rows: string[][]): string {
  // A fold rather than spread arguments: a table of 200 000 exclusions would overflow the stack.
  const widths = head.map((h, i) => rows.reduce((w, r) => Math.max(w, r[i]!.length), h.length));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const show = (v: unknown) => (v === null || v === undefined ? '—' : String(v));

function creditCell(c: PeriodReport['credit']): string {
  if (c.days !== null) return `${c.days} d`;
  if (c.percent === null) return show(c.amount === null ? null : `${c.amount} ${c.currency}`);
  // A share worked out from time lost is written to 4 decimals, as uptimes are.
  return `${Number(c.percent.toFixed(4))} %${c.amount === null ? '' : ` = ${c.amount} ${c.currency}`}`;
}

/** Where earlier outages' windows have closed: the part of the credit still claimable. */
const stillClaimable = (c: PeriodReport['credit']): string =>
  c.lapsedWindows > 0
    ? `, ${creditCell({ ...c, ...c.claimable })} claimable (${c.lapsedWindows} outage${c.lapsedWindows === 1 ? '' : 's'} lapsed)`
    : '';

function periodTable(periods: readonly PeriodReport[]): string {
  return table(
    [
      'period',
      'uptime %',
      'met',
      'down min',
      'excl min',
      'nodata min',
      'total min',
      'credit',
      'claim by',
      'status',
    ],
    periods.map((p) => [
      p.label + (p.partial ? '*' : ''),
      show(p.uptimePercent === null ? null : Number(p.uptimePercent.toFixed(4))),
      p.met === null ? '—' : p.met ? 'yes' : 'NO',
      String(p.downtimeMinutes),
      String(p.excludedMinutes),
      String(p.nodataMinutes),
      String(p.totalMinutes),
      creditCell(p.credit),
      show(p.claimBy),
      show(
        p.claimStatus === 'open'
          ? `open, ${p.claimDaysLeft} d left${stillClaimable(p.credit)}`
          : p.claimStatus,
      ),
    ]),
  );
}

/**
 * Why a period below target owes nothing (a condition known to fail, as the app's credit tile
 * says), and which owed credits hang on a condition not known yet (no tier or effective
 * date given, a customer's condition unanswered): the credit column alone shows neither.
 * Periods with the same conditions share a line.
 */
function eligibilityLines(periods: readonly PeriodReport[]): string[] {
  // In the order the periods first show them; `failed` leads the key, so texts never collide.
  const groups = new Map<string, { failed: boolean; conditions: string; labels: string[] }>();
  const add = (failed: boolean, conditions: string[], label: string) => {
    const text = conditions.join('; ');
    const key = `${failed}|${text}`;
    groups.set(key, { failed, conditions: text, labels: [...(groups.get(key)?.labels ?? []), label] });
  };
  for (const p of periods) {
    const failed = p.credit.conditions.filter((c) => c.met === false).map((c) => c.condition);
    const open = p.credit.conditions.filter((c) => c.met === null).map((c) => c.condition);
    if (p.met === false && failed.length) add(true, failed, p.label);
    else if (creditOwed(p.credit) && open.length) add(false, open, p.label);
  }
  return [...groups.values()].map((g) =>
    g.failed
      ? `Not eligible for a credit in ${g.labels.join(', ')}: ${g.conditions}`
      : `The credit in ${g.labels.join(', ')} depends on what is not known yet: ${g.conditions} (settled by --tier, --effective, or an answer in the policy's eligibility conditions)`,
  );
}

/**
 * A period whose credit is earned month by month (incident credits) shows the whole of it in
 * its row, with no claim date of its own: the part whose months' claim windows have closed
 * is said beside it, so the row is not read as owed in full.
 */
function lapsedLines(periods: readonly PeriodReport[]): string[] {
  return periods
    .filter((p) => p.credit.lapsedWindows === 0 && p.claimStatus === null && creditOwed(p.credit.lapsed))
    .map(
      (p) =>
        `Of the credit in ${p.label}, ${creditCell({ ...p.credit, ...p.credit.lapsed })} lapsed with its months' claim windows; ${creditCell({ ...p.credit, ...p.credit.claimable })} is still claimable (see Incident credits)`,
    );
}

/** Each scope on its own monitors and terms: its periods, credits and claims, and its outages. */
function scopesText(scopes: NonNullable<SlaReport['scopes']>, unscoped: readonly string[]): string[] {
  const out = ['', `Measured per scope (${scopes.length}); the table above takes every monitor together`];
  if (unscoped.length)
    out.push(`Monitors in no scope, whose outages earn no scope's credit: ${unscoped.join(', ')}`);
  for (const s of scopes) {
    const qualifying = s.outages.filter((o) => o.qualifies).length;
    out.push(
      '',
      `Scope ${s.name} (${s.id}) — target ${s.target} % per ${s.period}, monitors ${s.monitors.join(', ') || 'none in the inputs'}`,
      periodTable(s.periods),
      ...eligibilityLines(s.periods),
      `${s.outages.length} outages, ${qualifying} qualifying as Downtime`,
    );
  }
  return out;
}

/** Skipped rows the text report shows for each input; the JSON report holds up to SKIPPED_EXAMPLES. */
const SKIPPED_SHOWN = 5;

/**
 * The first skipped rows of an input with their reasons, then how many more: a skipped row
 * changes the figures, so the reader is told which and why, not only how many.
 */
function skippedLines(i: SlaReport['inputs'][number], numbering: 'line' | 'record'): string[] {
  const shown = i.skipped.slice(0, SKIPPED_SHOWN);
  const lines = shown.map((s) => `    skipped ${numbering} ${s.line}: ${s.reason}`);
  const more = i.skippedRows - shown.length;
  if (more > 0)
    lines.push(
      `    …and ${more} more skipped (--format json lists up to ${SKIPPED_EXAMPLES} with their reasons)`,
    );
  return lines;
}

/** `numbering`: each input's, in order, where its rows are counted as JSON records rather than lines. */
export function reportText(report: SlaReport, numbering: readonly ('line' | 'record')[] = []): string {
  const r = printable(report);
  const c = r.contract;
  const out: string[] = [];
  out.push(`${c.name} (${c.preset}) — target ${c.target} % per ${c.period}, ${c.timezone}, as of ${r.asOf}`);
  for (const [k, i] of r.inputs.entries()) {
    out.push(
      `  ${i.kind} ${i.name}: ${i.rows} rows, ${i.skippedRows} skipped${i.monitors.length ? `, monitors ${i.monitors.join(', ')}` : ''}`,
    );
    const print = fingerprintLine(i);
    if (print) out.push(`    ${print}`);
    if (i.layout) out.push(`    ${layoutLine(i.layout)}`);
    out.push(...skippedLines(i, numbering[k] ?? 'line'));
  }
  out.push('');
  out.push(periodTable(r.periods));
  if (r.periods.some((p) => p.partial)) out.push('* partial: the period has minutes without data');
  out.push(...eligibilityLines(r.periods));
  out.push(...lapsedLines(r.periods));
  // Instants carry the contract zone's offset, so a start's first ten characters are its local date.
  const later = r.periods.filter((p) => p.start.slice(0, 10) > r.asOf).map((p) => p.label);
  if (later.length)
    out.push(
      `Data runs past the report date ${r.asOf}: ${later.join(', ')} had not begun on it (shown as the data has them; no claim for them was due yet)`,
    );
  if (r.remedies?.length) {
    // "Besides credits" only where a period that owes a remedy owes a credit too, as the app says it.
    const remedied = new Set(r.remedies.map((x) => x.period));
    const besides = r.periods.some((p) => remedied.has(p.label) && creditOwed(p.credit));
    out.push('', besides ? 'Remedies owed besides credits' : 'Remedies owed');
    out.push(
      table(
        ['period', 'remedy', 'what is owed'],
        r.remedies.map((x) => [x.period, x.remedy, x.description]),
      ),
    );
  }
  const qualifying = r.outages.filter((o) => o.qualifies);
  out.push('', `${r.outages.length} outages, ${qualifying.length} qualifying as Downtime`);
  if (r.outages.length)
    out.push(
      table(
        ['start', 'end', 'minutes', 'qualifies', 'excluded', 'counted'],
        r.outages.map((o) => [
          o.start,
          o.end,
          String(o.minutes),
          o.qualifies ? 'yes' : 'no',
          String(o.excludedMinutes),
          String(o.countedMinutes),
        ]),
      ),
    );
  if (r.scopes) out.push(...scopesText(r.scopes, r.unscopedMonitors ?? []));
  if (r.comparison) out.push(...comparisonText(r.comparison));
  if (r.exclusions.length) {
    out.push('', 'Exclusions');
    out.push(
      table(
        ['start', 'end', 'kind', 'excluded', 'reason'],
        r.exclusions.map((e) => [e.start, e.end, e.kind, e.excluded ? 'yes' : 'no', e.reason]),
      ),
    );
  }
  if (r.incidentCredits.length) {
    out.push('', 'Incident credits');
    out.push(
      table(
        ['month', 'incidents', 'credit %', 'claim by', 'status'],
        r.incidentCredits.map((m) => [
          m.label,
          m.levels.map((l) => `${l.severity}: ${l.incidents} (${Number(l.hours.toFixed(2))} h)`).join(', '),
          String(m.percent),
          show(m.claimBy),
          show(m.claimStatus),
        ]),
      ),
    );
  }
  if (r.tickets.length || r.resolutions.length) {
    out.push('', 'Tickets');
    out.push(
      table(
        ['ticket', 'severity', 'target', 'clock', 'elapsed min', 'target min', 'met'],
        [
          ...r.tickets.map((t) => ({ ...t, what: 'response' })),
          ...r.resolutions.map((t) => ({ ...t, what: 'resolution' })),
        ].map((t) => [
          t.id,
          t.severity,
          t.what,
          t.clock,
          String(t.elapsedMinutes),
          String(t.targetMinutes),
          t.met === null ? 'pending' : t.met ? 'yes' : 'NO',
        ]),
      ),
    );
    out.push(
      table(
        ['severity', 'target', 'decided', 'met', 'missed', 'pending', 'compliance %', 'worst breach min'],
        r.ticketCompliance.map((c) => [
          c.severity,
          c.kind,
          String(c.decided),
          String(c.met),
          String(c.missed),
          String(c.pending),
          show(c.compliancePercent === null ? null : Number(c.compliancePercent.toFixed(2))),
          show(c.worstBreachMinutes),
        ]),
      ),
    );
  }
  if (r.untargetedTickets.length) {
    const list = r.untargetedTickets.map((t) => `${t.id} (${t.severity}, ${t.source})`);
    out.push(
      '',
      `Tickets of a severity the contract sets no target for, judged against nothing: ${list.slice(0, 10).join(', ')}${list.length > 10 ? ` and ${list.length - 10} more` : ''}`,
    );
  }
  if (r.obligations.length) {
    out.push('', 'Obligations');
    out.push(
      table(
        ['obligation', 'started', 'fulfilled', 'deadline', 'status', 'margin h'],
        r.obligations.map((o) => [
          o.obligation,
          o.startedAt,
          show(o.fulfilledAt),
          show(o.deadline),
          o.status,
          show(o.marginHours),
        ]),
      ),
    );
  }
  for (const t of r.termination)
    out.push(
      '',
      `Termination right — ${t.rule}: ${t.triggered ? `TRIGGERED by ${t.periods.join(', ')}${t.averagePercent === undefined ? '' : ` (average ${Number(t.averagePercent.toFixed(4))} %)`}${t.noticeBy ? `; notify before ${t.noticeBy}` : ''}` : 'not triggered'}`,
    );
  return `${out.join('\n')}\n`;
}
