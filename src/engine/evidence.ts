// Outage evidence as CSV for a claim: the same rows in the app's download and the
// command line, with every cell kept from being read as a spreadsheet formula.
import type { SlaReport } from './report';

/** A cell that a spreadsheet will always show as text, never evaluate. */
export function safeCell(value: string | number | boolean | null): string {
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
