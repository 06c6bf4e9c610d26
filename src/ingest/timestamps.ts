// Timestamps as exports write them (SPEC §3): ISO 8601 with Z or an offset, local
// date-times read in the file's source time zone, and Unix epoch seconds or milliseconds.
import { FIRST_YEAR, isReadableInstant, LAST_YEAR, localToUtc, naiveMs } from '../engine/time';

export type TimeResult = { ok: true; ms: number } | { ok: false; reason: string };

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;
const EPOCH = /^\d{1,16}(?:\.\d+)?$/;

/** Epoch values of 10^11 or more are milliseconds (rule 14); smaller ones seconds. */
export const EPOCH_MS_FROM = 1e11;

/**
 * Times are read from 1970-01-01 to the end of 2199 (UTC), the engine's years (time.ts):
 * a row outside them is skipped with its reason, so one stray epoch cannot make an import
 * or an evaluation span thousands of years.
 */
const OUTSIDE = `time outside the years ${FIRST_YEAR}–${LAST_YEAR}`;

/** Days in the month (1-based), as `Date.UTC` counts them (it reads years 0–99 as 1900–1999). */
function daysInMonth(year: number, month: number): number {
  if (year < 100 || month < 1 || month > 12) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  // Arithmetic for the common case: both readers check every row against this.
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** False for a date no calendar shows (30 February, month 13). */
export function isPossibleDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** False for a time of day no clock shows (24:00, second 60). */
export function isPossibleTimeOfDay(hour: number, minute: number, second: number): boolean {
  return hour <= 23 && minute <= 59 && second <= 59;
}

export function isPossibleOffset(hours: number, minutes: number): boolean {
  return hours <= 23 && minutes <= 59;
}

/**
 * The reference reading of a time cell. The byte reader (scan-time.ts) answers only the
 * forms it is sure of, with the checks above, and leaves everything else to this.
 */
export function parseTimestamp(raw: string, sourceZone: string): TimeResult {
  const read = readTimestamp(raw, sourceZone);
  return read.ok && !isReadableInstant(read.ms) ? { ok: false, reason: OUTSIDE } : read;
}

function readTimestamp(raw: string, sourceZone: string): TimeResult {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'empty time' };
  if (EPOCH.test(text)) {
    const value = Number(text);
    return { ok: true, ms: value >= EPOCH_MS_FROM ? Math.round(value) : Math.round(value * 1000) };
  }
  const m = ISO.exec(text);
  if (!m) return { ok: false, reason: `unreadable time "${clip(text)}"` };
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  const millisecond = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (!isPossibleDate(year, month, day) || !isPossibleTimeOfDay(hour, minute, second))
    return { ok: false, reason: `impossible time "${clip(text)}"` };
  const naive = naiveMs({ year, month, day, hour, minute, second, millisecond });
  const zone = m[8];
  if (zone) {
    if (/^(z|utc)$/i.test(zone)) return { ok: true, ms: naive };
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offH = Number(digits.slice(0, 2));
    const offM = Number(digits.slice(2) || 0);
    if (!isPossibleOffset(offH, offM)) return { ok: false, reason: `impossible offset in "${clip(text)}"` };
    return { ok: true, ms: naive - sign * (offH * 60 + offM) * 60_000 };
  }
  const utc = localToUtc(sourceZone, naive);
  if (utc === null)
    return { ok: false, reason: `local time "${clip(text)}" does not exist in ${sourceZone} (DST gap)` };
  return { ok: true, ms: utc };
}

export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
