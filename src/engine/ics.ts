// A report's live deadlines as an iCalendar file (RFC 5545), so they land in the user's
// own calendar: one event each, the hour ending at its deadline in the contract's zone,
// with the clause it comes from. Pure: the same report gives the same bytes (no clock).
import { evaluationDeadlines } from './ics-deadlines';
import type { Evaluation } from './model';
import { DAY_MS, localToUtc, MINUTE_MS, naiveMs, parseDate, toLocal, zoneOffsetMs } from './time';

// RFC 5545 §3.3.11: a line break of any kind (CRLF, LF or a bare CR) is written \n, and
// other control characters may not appear in TEXT at all; a bare CR left in a policy's name
// would end the content line early in some readers.
const escapeText = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '');

const encoder = new TextEncoder();

/** Content lines are folded at 75 octets, never inside a UTF-8 sequence. */
function folded(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    // The first line holds 75 octets; the rest 74 after their leading space.
    if (size + n > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const two = (n: number) => String(n).padStart(2, '0');

/** A local date-time as iCalendar writes it: YYYYMMDDTHHMMSS. */
function localStamp(zone: string, utcMs: number): string {
  const l = toLocal(zone, utcMs);
  return `${l.year}${two(l.month)}${two(l.day)}T${two(l.hour)}${two(l.minute)}${two(l.second)}`;
}

function utcStamp(utcMs: number): string {
  const d = new Date(utcMs);
  return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}Z`;
}

function offsetText(ms: number): string {
  const minutes = Math.round(ms / MINUTE_MS);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${two(Math.floor(abs / 60))}${two(abs % 60)}`;
}

/** The first minute at which the zone's offset differs from its offset at `fromMs`, searched up to `toMs`. */
function nextChange(zone: string, fromMs: number, toMs: number): number | null {
  const before = zoneOffsetMs(zone, fromMs);
  let lo = fromMs;
  let hi = lo;
  do {
    hi = Math.min(hi + DAY_MS, toMs);
    if (zoneOffsetMs(zone, hi) !== before) break;
    lo = hi;
  } while (hi < toMs);
  if (zoneOffsetMs(zone, hi) === before) return null;
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (zoneOffsetMs(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The zone's rules as a VTIMEZONE with each offset change written out, from a year
 * before the first event to a year after the last, so any reader gets the same instants.
 */
function vtimezone(zone: string, fromMs: number, toMs: number): string[] {
  const start = Date.UTC(new Date(fromMs).getUTCFullYear() - 1, 0, 1);
  const end = Date.UTC(new Date(toMs).getUTCFullYear() + 2, 0, 1);
  const changes: { atMs: number; from: number; to: number }[] = [];
  for (
    let at = start, next = nextChange(zone, at, end);
    next !== null;
    at = next, next = nextChange(zone, at, end)
  )
    changes.push({ atMs: next, from: zoneOffsetMs(zone, at), to: zoneOffsetMs(zone, next) });
  const first = zoneOffsetMs(zone, start);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const lowest = Math.min(first, ...changes.map((x) => x.to));
  const observance = (atMs: number, from: number, to: number) => {
    const kind = to > lowest ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART is the local time of the change as read in the offset before it.
    const local = localStampAt(atMs + from);
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${local}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `END:${kind}`,
    );
  };
  observance(start, first, first);
  for (const x of changes) observance(x.atMs, x.from, x.to);
  lines.push('END:VTIMEZONE');
  return lines;
}

/** A wall-clock time given as "UTC ms plus offset" in iCalendar's local form. */
function localStampAt(naiveMs: number): string {
  return utcStamp(naiveMs).slice(0, -1);
}

/** Whether the zone's clocks show the instant's wall-clock time twice (the hour summer time ends). */
function isRepeated(zone: string, atMs: number): boolean {
  const naive = naiveMs(toLocal(zone, atMs));
  const readings = [zoneOffsetMs(zone, atMs - 6 * 3_600_000), zoneOffsetMs(zone, atMs + 6 * 3_600_000)]
    .map((offset) => naive - offset)
    .filter((ms) => naiveMs(toLocal(zone, ms)) === naive);
  return new Set(readings).size > 1;
}

/**
 * DTSTART or DTEND in the contract's zone; a wall-clock time the zone repeats is read as
 * the first of the two by some readers and the second by others (ical.js), so it is written
 * in UTC.
 */
function dateTime(property: 'DTSTART' | 'DTEND', zone: string, atMs: number): string {
  if (localToUtc(zone, naiveMs(toLocal(zone, atMs))) === atMs && !isRepeated(zone, atMs))
    return `${property};TZID=${zone}:${localStamp(zone, atMs)}`;
  return `${property}:${utcStamp(atMs)}`;
}

/**
 * Each event is the hour that ends at its deadline: a claim due "by November 30" ends at
 * midnight, and an event starting then would sit on December 1, a day too late to act.
 */
const EVENT_MS = 3_600_000;

/** The evaluation's live deadlines as an `.ics` file: CRLF lines, one VEVENT each. */
export function deadlinesIcs(
  evaluation: Evaluation,
  citations: Readonly<Record<string, string>> = {},
): string {
  const zone = evaluation.contract.timezone;
  const deadlines = evaluationDeadlines(evaluation, citations);
  const asOf = parseDate(evaluation.asOf);
  // DTSTAMP must be a UTC time; the report's date keeps the file free of the clock.
  const stamp = asOf ? utcStamp(Date.UTC(asOf.year, asOf.month - 1, asOf.day)) : utcStamp(0);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//SLA Witness//Deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${evaluation.contract.name}: SLA deadlines`)}`,
    `X-WR-TIMEZONE:${zone}`,
  ];
  if (deadlines.length > 0) {
    const times = deadlines.map((d) => d.atMs);
    // A fold rather than spread arguments: a long list of deadlines would overflow the stack.
    const first = times.reduce((a, b) => Math.min(a, b)) - EVENT_MS;
    const last = times.reduce((a, b) => Math.max(a, b));
    lines.push(...vtimezone(zone, first, last));
  }
  for (const d of deadlines)
    lines.push(
      'BEGIN:VEVENT',
      `UID:${d.uid}`,
      `DTSTAMP:${stamp}`,
      dateTime('DTSTART', zone, d.atMs - EVENT_MS),
      dateTime('DTEND', zone, d.atMs),
      `SUMMARY:${escapeText(d.summary)}`,
      `DESCRIPTION:${escapeText(d.description)}`,
      `CATEGORIES:${d.kind.toUpperCase()}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P3D',
      `DESCRIPTION:${escapeText(d.summary)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  lines.push('END:VCALENDAR');
  return `${lines.map(folded).join('\r\n')}\r\n`;
}
