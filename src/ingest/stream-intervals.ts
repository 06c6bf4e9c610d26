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

/** Seconds, or HH:MM:SS / MM:SS; minutes or milliseconds where the column's name says so. */
export function durationMs(raw: string, header: string): number | null {
  const t = raw.trim();
  if (/^\d+(\.\d+)?$/.test(t))
    return Number(t) * (/min/i.test(header) ? 60_000 : /(^|_)ms$/i.test(header) ? 1 : 1000);
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(t);
  if (!m) return null;
  return ((Number(m[1] ?? 0) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000;
}
