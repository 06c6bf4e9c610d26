// Locale-aware display of the report's numbers, durations, instants and money; presentation only, no SLA rules.
import { MONTHS_IN, type PeriodKind } from '../engine/periods';
import type { CreditReport } from '../engine/report';
import { HOUR_MS, localDate, toLocal, zoneOffsetMs } from '../engine/time';
import { dirOf, fillMessage, formOf, messagesFor, translate } from './i18n';

const NBSP = '\u00a0';
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** A number with at most `maxDecimals` decimals (and at least `minDecimals`). */
export function formatNumber(value: number, locale: string, maxDecimals = 0, minDecimals = 0): string {
  return numberFormat(locale, {
    maximumFractionDigits: maxDecimals,
    minimumFractionDigits: Math.min(minDecimals, maxDecimals),
  }).format(value);
}

/** A percentage written as "99.84 %" (with the locale's digits and sign). */
export function formatPercent(value: number, locale: string, decimals = 0): string {
  return translate(locale, 'percent', { n: formatNumber(value, locale, decimals, decimals) });
}

function decimalsOf(x: number): number {
  const text = String(x);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * Decimals that show an uptime without appearing to cross the target: 99.8986 % against
 * 99.9 % reads "99.899 %", never "99.90 %", and nothing below 100 reads "100.00 %". At
 * least two decimals (or exactly the policy's rounding).
 */
export function uptimeDecimals(value: number, target: number, roundDecimals: number | null = null): number {
  if (roundDecimals !== null) return roundDecimals;
  if (Number.isInteger(value)) return 0;
  let d = Math.max(2, decimalsOf(target));
  const rounded = (k: number) => Math.round(value * 10 ** k) / 10 ** k;
  const misleads = (k: number) =>
    value < target !== rounded(k) < target || (value < 100 && rounded(k) >= 100);
  while (d < 6 && misleads(d)) d++;
  return d;
}

/** A target as the contract writes it: "99.9 %", not "99.90 %". */
export function formatTarget(target: number, locale: string): string {
  return formatPercent(target, locale, decimalsOf(target));
}

export function formatUptime(
  value: number | null,
  target: number,
  locale: string,
  roundDecimals: number | null = null,
): string {
  if (value === null) return translate(locale, 'none');
  return formatPercent(value, locale, uptimeDecimals(value, target, roundDecimals));
}

/**
 * A count of days in the form its number takes. After a minus sign, in a form that writes
 * the number as a figure: Arabic words one and two days without one ("يومان"), and a sign
 * cannot stand before a word, so −2 days reads "−٢ يوم".
 */
function countedDays(locale: string, key: 'durationDays' | 'unitBusinessDays', n: number, signed: boolean) {
  const message = messagesFor(locale)[key];
  const form = formOf(locale, message, n);
  const worded = signed && typeof message !== 'string' && !form.includes('{n}');
  return fillMessage(locale, worded ? message.other : form, { n });
}

/**
 * Minutes as whole days of `dayMinutes` (worded by the catalogue's `days`, a noun the count
 * inflects), then hours and minutes; fractions round to the minute, and a negative span
 * takes a true minus sign.
 */
function formatDuration(
  minutes: number,
  dayMinutes: number,
  days: 'durationDays' | 'unitBusinessDays',
  locale: string,
): string {
  const sign = minutes < 0 ? '−' : '';
  let m = Math.round(Math.abs(minutes));
  const whole = dayMinutes > 0 ? Math.floor(m / dayMinutes) : 0;
  m -= whole * dayMinutes;
  const hours = Math.floor(m / 60);
  m -= hours * 60;
  const part = (n: number, unit: 'unitHour' | 'unitMinute') =>
    `${formatNumber(n, locale)}${NBSP}${translate(locale, unit)}`;
  const parts: string[] = [];
  if (whole) parts.push(countedDays(locale, days, whole, sign !== ''));
  if (hours) parts.push(part(hours, 'unitHour'));
  if (m || parts.length === 0) parts.push(part(m, 'unitMinute'));
  return sign + parts.join(' ');
}

/** Minutes as "1 h 9 min" (days from 24 h on). */
export function formatMinutes(minutes: number, locale: string): string {
  return formatDuration(minutes, 1440, 'durationDays', locale);
}

/**
 * Business time as the contract counts it: whole working days of `workingDayMinutes`, then
 * hours and minutes ("5 business days", "1 business day 3 h"). A 24-hour day would make a
 * 5-day target of 9-hour days read "1 d 21 h". Without a working day, hours only.
 */
export function formatBusinessMinutes(minutes: number, workingDayMinutes: number, locale: string): string {
  return formatDuration(minutes, workingDayMinutes, 'unitBusinessDays', locale);
}

const INSTANT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};
const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };

/**
 * An instant (epoch ms) as local date and time in the contract's zone; with `offset`,
 * followed by the zone's offset in force at that instant ("GMT+03:00").
 */
export function formatInstant(ms: number, zone: string, locale: string, offset = false): string {
  const options: Intl.DateTimeFormatOptions = offset ? { ...INSTANT, timeZoneName: 'longOffset' } : INSTANT;
  return dateFormat(locale, { ...options, timeZone: zone }).format(ms);
}

/** Whether the wall time at `ms` also occurs at another instant: the hour a fall-back repeats. */
function isRepeatedWallTime(zone: string, ms: number): boolean {
  const offset = zoneOffsetMs(zone, ms);
  for (const other of [zoneOffsetMs(zone, ms - 12 * HOUR_MS), zoneOffsetMs(zone, ms + 12 * HOUR_MS)]) {
    if (other === offset) continue;
    const twin = ms + offset - other;
    if (zoneOffsetMs(zone, twin) === other) return true;
  }
  return false;
}

/**
 * A span's two ends. Each carries its offset when a clock change lies between them or
 * either wall time occurs twice: "23:20 – 23:40" reads as 20 minutes, not the 80 that
 * passed across the night summer time ended.
 */
export function formatSpan(
  startMs: number,
  endMs: number,
  zone: string,
  locale: string,
  timeOnly = false,
): [string, string] {
  const offset =
    zoneOffsetMs(zone, startMs) !== zoneOffsetMs(zone, endMs) ||
    isRepeatedWallTime(zone, startMs) ||
    isRepeatedWallTime(zone, endMs);
  const write = timeOnly ? formatTime : formatInstant;
  return [write(startMs, zone, locale, offset), write(endMs, zone, locale, offset)];
}

/** Only the local time of day ("01:37") in the contract's zone, with its offset if asked. */
export function formatTime(ms: number, zone: string, locale: string, offset = false): string {
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  if (offset) options.timeZoneName = 'longOffset';
  return dateFormat(locale, { ...options, timeZone: zone }).format(ms);
}

/** A calendar date as the engine writes one ("YYYY-MM-DD"), in the locale. */
export function formatDay(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return dateFormat(locale, { ...DAY, timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** The local date of an instant (epoch ms) in the zone. */
export function formatLocalDay(ms: number, zone: string, locale: string): string {
  return dateFormat(locale, { ...DAY, timeZone: zone }).format(ms);
}

/**
 * The day a deadline at local midnight closes ("2026-07-30" for 2026-07-31T00:00+03:00), as
 * people read one; null for a deadline at another time of day, which keeps its time.
 */
export function deadlineDay(ms: number, zone: string): string | null {
  const t = toLocal(zone, ms);
  if (t.hour !== 0 || t.minute !== 0 || t.second !== 0) return null;
  const d = localDate(zone, ms - 1);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** A deadline instant as people read it: "claim by 30 Jul 2026", or with its time of day. */
export function formatDeadline(ms: number, zone: string, locale: string): string {
  const day = deadlineDay(ms, zone);
  return day === null ? formatInstant(ms, zone, locale) : formatDay(day, locale);
}

/**
 * An amount in the locale's currency format. On a right-to-left page it is isolated from
 * the sentence, and a left-to-right mark after it keeps a Latin symbol's "$" with its
 * letters: without them an Arabic line shows "$US 1,200.00" and mixes with the figures
 * beside it.
 */
export function formatMoney(amount: number, currency: string, locale: string): string {
  const text = numberFormat(locale, { style: 'currency', currency }).format(amount);
  return dirOf(locale) === 'rtl' ? isolate(`${text}\u200e`) : text;
}

/**
 * "2026-06" → "June 2026", "2026-Q1" → "Q1 2026", "2026" → "2026", in the locale. A
 * period that starts on another day (a billing cycle, a fiscal quarter or year) is
 * labelled by its first day, "2026-02-15": with its kind it reads as its days, "Feb 15 –
 * Mar 14, 2026"; without, as "from Feb 15, 2026".
 */
export function formatPeriodLabel(label: string, locale: string, kind?: PeriodKind): string {
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month)
    return dateFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      Date.UTC(Number(month[1]), Number(month[2]) - 1, 1),
    );
  const year = (y: string) => numberFormat(locale, { useGrouping: false }).format(Number(y));
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) return translate(locale, 'quarter', { q: year(quarter[2]!), year: year(quarter[1]!) });
  if (/^\d{4}$/.test(label)) return year(label);
  const first = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label);
  if (first) {
    const [y, m, d] = [Number(first[1]), Number(first[2]) - 1, Number(first[3])];
    const days = dateFormat(locale, { ...DAY, timeZone: 'UTC' });
    if (!kind) return translate(locale, 'periodFrom', { date: days.format(Date.UTC(y, m, d)) });
    // Its last day: the day before the same day of the month the next period starts in.
    return days.formatRange(Date.UTC(y, m, d), Date.UTC(y, m + MONTHS_IN[kind], d - 1));
  }
  return label;
}

/**
 * Decimals of a credit's percent: as written for the contract's own steps ("12.5 %"), and a
 * share worked out from time lost (10 × 576 of 132 480 minutes) to two decimals, or to its
 * first two significant digits when smaller, so a credit owed never reads "0.00 %".
 */
function creditDecimals(percent: number): number {
  const significant = percent > 0 && percent < 1 ? 1 - Math.floor(Math.log10(percent)) : 2;
  return Math.min(decimalsOf(percent), Math.max(2, significant));
}

/** A period's credit as its figures: ["10 %"], ["3 days of service"], ["10 %", "EGP 1,200.00"]. */
export function creditFigures(
  credit: Pick<CreditReport, 'percent' | 'days' | 'amount' | 'currency'>,
  locale: string,
): string[] {
  const money = credit.amount === null ? null : formatMoney(credit.amount, credit.currency, locale);
  if (credit.days !== null) return [translate(locale, 'tileCreditDays', { n: credit.days })];
  if (credit.percent !== null) {
    const pct = formatPercent(credit.percent, locale, creditDecimals(credit.percent));
    return money && credit.percent > 0 ? [pct, money] : [pct];
  }
  return [money ?? translate(locale, 'none')];
}

/** A period's credit in words: "10 %", "3 days of service", "10 % · EGP 1,200.00". */
export function formatCredit(
  credit: Pick<CreditReport, 'percent' | 'days' | 'amount' | 'currency'>,
  locale: string,
): string {
  return creditFigures(credit, locale).join(' · ');
}

/**
 * The months of a period that earned an incident credit (Kipu: earned month by month within
 * an annual period), in order: the headline, the period table and what-if state each one's
 * share, and the period's amount is theirs, summed by the engine. Null for a period whose
 * credit is its own (no incident month falls in it); empty where no month earned any.
 */
export function creditedMonths<T extends { period: string; percent: number }>(
  months: readonly T[],
  period: string,
): T[] | null {
  if (!months.some((m) => m.period === period)) return null;
  return months.filter((m) => m.period === period && m.percent > 0);
}

/**
 * A period's credit where incidents earn it month by month: the period's amount, which is
 * its months' sum as the engine adds them (null without a fee), and each month's share
 * ("Mar 25 %, Sep 50 %"), or null shares when no month earned any. Null for a period whose
 * credit is its own; the period table and what-if both state it so.
 */
export function monthlyCredit(
  period: { label: string; credit: { amount: number | null } },
  incidentMonths: readonly { period: string; label: string; percent: number }[],
  locale: string,
): { amount: number | null; shares: string | null } | null {
  const months = creditedMonths(incidentMonths, period.label);
  if (!months) return null;
  return months.length
    ? { amount: period.credit.amount, shares: formatMonthShares(months, locale) }
    : { amount: null, shares: null };
}

/** "Mar 25 %, May 25 %, Sep 50 %" in the locale. */
export function formatMonthShares(
  months: readonly { label: string; percent: number }[],
  locale: string,
): string {
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const list = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });
  return list.format(
    months.map((m) => {
      const [y, mo] = m.label.split('-').map(Number) as [number, number];
      return `${month.format(Date.UTC(y, mo - 1, 1))} ${formatPercent(m.percent, locale)}`;
    }),
  );
}

/** A name from the contract (a scope, a plan) set apart from the sentence around it, whatever its script. */
export const isolate = (name: string) => `\u2068${name}\u2069`;

/** An ISO weekday's name (1 = Monday). */
export function weekdayName(weekday: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, weekday),
  );
}

/** A wall-clock time "09:00" in the locale's digits; "24:00" stays the end of the day. */
export function clockText(hhmm: string, locale: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const f = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  return `${f.format(h)}:${f.format(m)}`;
}
