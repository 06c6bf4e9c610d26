// Outage evidence as CSV for a claim: the same rows in the app's download and the
// command line, with every cell kept from being read as a spreadsheet formula.
import type { MinuteRange } from './minutes';
import type { SlaReport } from './report';
import { MINUTE_MS } from './time';

/** A cell that a spreadsheet will always show as text, never evaluate. */
function safeCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function outageEvidenceCsv(report: SlaReport): string {
  const lines = [['start', 'end', 'minutes', 'qualifies', 'excluded_minutes', 'counted_minutes'].join(',')];
  for (const o of report.outages)
    lines.push(
      [o.start, o.end, o.minutes, o.qualifies, o.excludedMinutes, o.countedMinutes].map(safeCell).join(','),
    );
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The Downtime minutes of an outage that lie in `[startMs, endMs)`: an outage crossing a
 * period boundary qualifies on its whole length (rule 6) but counts in each period only
 * the minutes that lie there, so a letter's column sums to the period's Downtime.
 */
export function countedMinutesWithin(
  series: { range: MinuteRange; counted: Uint8Array },
  outage: { startMs: number; endMs: number },
  startMs: number,
  endMs: number,
): number {
  const { range, counted } = series;
  const from = Math.max(outage.startMs, startMs) / MINUTE_MS;
  const to = Math.min(outage.endMs, endMs) / MINUTE_MS;
  let n = 0;
  for (let m = Math.max(Math.ceil(from), range.firstMinute); m < Math.min(to, range.endMinute); m++)
    n += counted[m - range.firstMinute]!;
  return n;
}
