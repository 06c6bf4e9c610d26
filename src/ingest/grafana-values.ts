// Grafana's CSV download writes each value as the panel displays it ("Formatted data", on
// by default): packages/grafana-data/src/utils/csv.ts `makeFieldWriter` writes
// `formattedValueToString(field.display!(value))`, so a probe_success or monitor_status
// series comes out with the panel's value mappings, unit and decimals applied. This reads
// such a cell back to the number Prometheus stored, the reading the Grafana layouts share.
import { statusNumberOutcome } from './status';

/**
 * Display texts Grafana writes for a 0/1 series, lower-cased, as the status cell the rest
 * of the reader takes (1 up, 0 down; Uptime Kuma's 2 pending, down, and 3 maintenance, up,
 * as its monitor_status is read from Prometheus's JSON).
 * - Value mappings (packages/grafana-data/src/field/displayProcessor.ts: a mapping's text
 *   replaces the value) in the words of Uptime Kuma's gauge, louislam/uptime-kuma
 *   server/prometheus.js: "1 = UP, 0= DOWN, 2= PENDING, 3= MAINTENANCE".
 * - Boolean units (packages/grafana-data/src/valueFormats/categories.ts `bool`,
 *   `bool_yes_no`, `bool_on_off`; valueFormats.ts `booleanValueFormatter` writes the true
 *   word for any non-zero value, so Kuma's 3 comes out as the up word, which it is, and its
 *   2 as the up word too: a pending minute under a boolean unit cannot be told from up).
 */
const DISPLAY_WORDS: ReadonlyMap<string, string> = new Map([
  ['up', '1'],
  ['down', '0'],
  ['pending', '2'],
  ['maintenance', '3'],
  ['on', '1'],
  ['off', '0'],
  ['true', '1'],
  ['false', '0'],
  ['yes', '1'],
  ['no', '0'],
]);

/**
 * A number as Grafana formats it: `toFixed` with the panel's decimals (`1.00`), or the
 * `percentunit` unit (packages/grafana-data/src/valueFormats/arithmeticFormatters.ts
 * `toPercentUnit`: `toFixed(100 * size, decimals)` and a `%` suffix, so 1 is `100%`).
 * NaN and ±Inf are Prometheus's own sample values, written as they are.
 */
const DISPLAY_NUMBER = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)(%?)$/;

/**
 * A series with no sample at a time of the joined table. Grafana's join fills it with
 * `undefined` (packages/grafana-data/src/transformations/transformers/joinDataFrames.ts);
 * csv.ts `toCSV` leaves out only `null`, so with the raw display processor ("Formatted
 * data" off, and always in Explore: public/app/features/inspector/InspectDataTab.tsx
 * `getProcessedData`, packages/grafana-data/src/field/fieldOverrides.ts
 * `getRawDisplayProcessor`) the cell reads `undefined`. Like an empty cell, no check.
 */
const NO_SAMPLE = 'undefined';

/** Whether a lower-cased, trimmed cell is something Grafana writes for a sample, or for none (for detection). */
export function isGrafanaValue(v: string): boolean {
  return (
    v === '' ||
    v === NO_SAMPLE ||
    DISPLAY_WORDS.has(v) ||
    DISPLAY_NUMBER.test(v) ||
    /^[-+]?(?:inf|infinity|∞)$|^nan$/.test(v)
  );
}

export const UNREADABLE_GRAFANA_VALUE =
  'a value that is neither up nor down (Grafana writes 1/0, 1.00/0.00, 100%/0%, On/Off or ' +
  "UP/DOWN; Uptime Kuma's 2/PENDING and 3/MAINTENANCE) nor an HTTP status";

/**
 * The status cell for a value Grafana wrote: the integer it displays ('' for no sample), or null when it cannot be read back as one. A percentage must come from a 0–3
 * series (percentunit); a fraction such as 0.5 is an average of checks, not a check, so it
 * is refused rather than rounded.
 */
export function grafanaStatus(cell: string): string | null {
  const v = cell.trim().toLowerCase();
  if (v === '' || v === NO_SAMPLE) return '';
  const word = DISPLAY_WORDS.get(v);
  if (word !== undefined) return word;
  const m = DISPLAY_NUMBER.exec(v);
  if (!m) return null;
  const percent = m[2] === '%';
  const n = percent ? Number(m[1]) / 100 : Number(m[1]);
  if (!Number.isInteger(n) || n < 0 || (percent && n > 3)) return null;
  // 0–3 as Uptime Kuma's statuses, 100–599 as an HTTP status (probe_http_status_code), as
  // the same numbers are read from any status column.
  return statusNumberOutcome(n) < 0 ? null : String(n);
}
