// Cell readings that only event logs and exclusion records need: exclusion kinds in the
// words exporters use, and durations in seconds, minutes or HH:MM:SS.
import type { ExclusionRecord } from '../engine/observations';
import { EXCLUSION_KINDS } from '../engine/policy';

const KIND_WORDS: Record<string, ExclusionRecord['kind']> = {
  planned: 'planned',
  scheduled: 'planned',
  maintenance: 'planned',
  scheduled_maintenance: 'planned',
  planned_maintenance: 'planned',
  emergency: 'emergency',
  emergency_maintenance: 'emergency',
  third_party: 'third-party',
  thirdparty: 'third-party',
  upstream: 'third-party',
  force_majeure: 'force-majeure',
  forcemajeure: 'force-majeure',
  customer: 'customer',
  customer_caused: 'customer',
  other: 'other',
};

export function exclusionKind(raw: string): string | null {
  const k = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const kind = KIND_WORDS[k];
  return kind && (EXCLUSION_KINDS as readonly string[]).includes(kind) ? kind : null;
}

/** Milliseconds in one unit a duration column's name may give, by the words that name it. */
const UNIT_WORDS: [RegExp, number][] = [
  [/^(ms|msec|msecs|millis|millisecond|milliseconds)$/, 1],
  [/^(min|mins|minute|minutes)$/, 60_000],
  [/^(h|hr|hrs|hour|hours)$/, 3_600_000],
];

/**
 * The unit a duration column's name gives ("duration_min", "Duration (ms)", "durationMs",
 * "downtime_hours"), by whole words: "terminated_after_s" has no minutes in it. Seconds
 * when it names none.
 */
function unitMs(header: string): number {
  const words = header
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/);
  for (const [pattern, ms] of UNIT_WORDS) if (words.some((w) => pattern.test(w))) return ms;
  return 1000;
}

/**
 * `1.800` or `12.345.678`: a number a German or Dutch spreadsheet writes with its thousands
 * separator, which reads as 1.8 where it means 1 800 (30 minutes of downtime as one).
 * Either reading is a guess, so neither is made.
 */
export function isGroupedNumber(text: string): boolean {
  return /^[1-9]\d{0,2}(\.\d{3})+$/.test(text.trim());
}

/**
 * A number in the column's unit (seconds unless its name says otherwise), or HH:MM:SS with
 * minutes and seconds below 60. "1:00" could be a minute or an hour, so it is not read.
 */
export function durationMs(raw: string, header: string): number | null {
  const t = raw.trim();
  if (isGroupedNumber(t)) return null;
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t) * unitMs(header);
  const m = /^(\d+):([0-5]\d):([0-5]\d)$/.exec(t);
  if (!m) return null;
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000;
}
