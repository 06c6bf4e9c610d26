// Outage evidence as CSV for a claim: the same rows in the app's download and the
// command line, with every cell kept from being read as a spreadsheet formula.
import { forEachHeld, type MinuteRange } from './held';
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
  // Minutes the range does not hold have no data, so none of them is counted.
  forEachHeld(
    range,
    Math.max(Math.ceil(from), range.firstMinute),
    Math.ceil(Math.min(to, range.endMinute)),
    (start, end, at) => {
      for (let i = at; i < at + end - start; i++) n += counted[i]!;
    },
  );
  return n;
}
