// Exclusions (SPEC rule 5): which maintenance notices and other causes the contract lets
// the vendor leave out, judged on the notice actually given, plus recurring windows.
import type { BusinessCalendar } from './calendar';
import { forEachHeld, heldLength, piecesOf, rangeHolding } from './held';
import { type MinuteRange, markMinutes } from './minutes';
import type { ExclusionReason, NoticeRequirement } from './model';
import type { ExclusionRecord } from './observations';
import { CALENDAR_START, periodsCovering } from './periods';
import type { NoticeRule, Policy, RecurringWindow } from './policy';

type ExclusionCap = NonNullable<Policy['exclusions']['caps']>[number];

import {
  addDays,
  HOUR_MS,
  isoWeekday,
  localDate,
  localToUtc,
  MINUTE_MS,
  naiveMs,
  zoneOffsetMs,
} from './time';

export interface ExclusionVerdict {
  record: ExclusionRecord;
  excluded: boolean;
  reason: ExclusionReason;
}

function requiredNotice(
  rule: NoticeRule,
  record: ExclusionRecord,
  calendar: BusinessCalendar,
): {
  required: NoticeRequirement;
  met: (announcedAtMs: number) => boolean;
  givenBusinessDays?: (announcedAtMs: number) => number;
} {
  switch (rule.kind) {
    case 'hours':
      return {
        required: { unit: 'hours', hours: rule.hours },
        met: (a) => record.startMs - a >= rule.hours * HOUR_MS,
      };
    case 'byDuration': {
      // "One hour or more" includes exactly 60 minutes: the longest tier whose
      // threshold the record's length reaches.
      const minutes = (record.endMs - record.startMs) / MINUTE_MS;
      let hours = 0;
      for (const t of rule.tiers) if (minutes >= t.fromMinutes) hours = Math.max(hours, t.hours);
      return { required: { unit: 'hours', hours }, met: (a) => record.startMs - a >= hours * HOUR_MS };
    }
    case 'businessDays': {
      const given = (a: number) => calendar.businessDaysBetween(a, record.startMs);
      return {
        required: { unit: 'businessDays', days: rule.days },
        met: (a) => given(a) >= rule.days,
        givenBusinessDays: given,
      };
    }
  }
}

/** Judges each record against the policy's kinds and notice rules. */
export function judgeExclusions(
  records: readonly ExclusionRecord[],
  policy: Policy,
  calendar: BusinessCalendar,
): ExclusionVerdict[] {
  return records.map((record): ExclusionVerdict => {
    const rule = policy.exclusions.kinds[record.kind as keyof Policy['exclusions']['kinds']];
    if (!rule?.excluded)
      return { record, excluded: false, reason: { code: 'kindNotExcluded', kind: record.kind } };
    if (!rule.notice) return { record, excluded: true, reason: { code: 'excludedKind' } };
    const need = requiredNotice(rule.notice, record, calendar);
    if (record.announcedAtMs === null)
      return { record, excluded: false, reason: { code: 'noAnnouncement', required: need.required } };
    const ok = need.met(record.announcedAtMs);
    const givenMinutes = (record.startMs - record.announcedAtMs) / MINUTE_MS;
    const code = ok ? 'noticeMet' : 'noticeTooShort';
    const reason: ExclusionReason = need.givenBusinessDays
      ? {
          code,
          givenMinutes,
          givenBusinessDays: need.givenBusinessDays(record.announcedAtMs),
          required: need.required,
        }
      : { code, givenMinutes, required: need.required };
    return { record, excluded: ok, reason };
  });
}

/** The instant a wall time occurs; a time a DST gap skips maps to the end of the gap. */
function wallInstant(zone: string, naive: number): number {
  const exact = localToUtc(zone, naive);
  if (exact !== null) return exact;
  // Inside a gap the earlier offset carries the wall time past the transition; the
  // transition itself is the first instant the clocks show a later time.
  const late = naive - zoneOffsetMs(zone, naive - 86_400_000);
  let lo = late - 3 * HOUR_MS;
  let hi = late;
  while (hi - lo > MINUTE_MS) {
    const mid = Math.floor((lo + hi) / 2 / MINUTE_MS) * MINUTE_MS;
    const wall = mid + zoneOffsetMs(zone, mid);
    if (wall >= naive) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Each occurrence of a recurring window overlapping the range's held minutes, as [start, end) ms. */
function windowOccurrences(
  w: RecurringWindow,
  zone: string,
  range: MinuteRange,
): { startMs: number; endMs: number }[] {
  const [sh, sm] = w.start.split(':').map(Number) as [number, number];
  const [eh, em] = w.end.split(':').map(Number) as [number, number];
  const crossesMidnight = eh * 60 + em <= sh * 60 + sm;
  const out: { startMs: number; endMs: number }[] = [];
  // Only the days of held minutes are walked: a window elsewhere changes nothing held.
  for (const piece of piecesOf(range)) {
    // Start a day early: yesterday's window may run past midnight into the piece.
    let date = addDays(localDate(zone, piece.startMinute * MINUTE_MS), -1);
    const endMs = piece.endMinute * MINUTE_MS;
    for (;;) {
      const startMs = wallInstant(zone, naiveMs({ ...date, hour: sh, minute: sm }));
      if (startMs >= endMs) break;
      const endDate = crossesMidnight ? addDays(date, 1) : date;
      const stopMs = wallInstant(zone, naiveMs({ ...endDate, hour: eh, minute: em }));
      if (
        (w.weekdays.length === 0 || w.weekdays.includes(isoWeekday(date))) &&
        stopMs > piece.startMinute * MINUTE_MS
      )
        out.push({ startMs, endMs: stopMs });
      date = addDays(date, 1);
    }
  }
  return out;
}

/** The periods (or contract years) over which each cap of the policy is counted. */
function capBuckets(policy: Policy, cap: ExclusionCap, fromMinute: number, endMinute: number) {
  return periodsCovering(
    policy.timezone,
    cap.per === 'year' ? 'year' : policy.period,
    fromMinute * MINUTE_MS,
    endMinute * MINUTE_MS - 1,
    policy.periodStart ?? CALENDAR_START,
  );
}

/**
 * The range an evaluation measures over [firstMinute, endMinute), holding `stretches`
 * (flat [start, end) minute pairs) and, where the policy caps an exclusion, the whole of
 * every cap period those touch: a cap is used up minute by minute from its period's
 * start, data or not.
 */
export function heldRange(
  policy: Policy,
  firstMinute: number,
  endMinute: number,
  stretches: readonly number[],
): MinuteRange {
  let range = rangeHolding(firstMinute, endMinute, stretches);
  const caps = policy.exclusions.caps ?? [];
  // Until every cap period a held minute lies in is held whole (periods of two caps may
  // overlap without nesting). A cap period is held whole even where it reaches past the
  // data: maintenance earlier in a contract year uses the year's cap whether or not a
  // monitor watched it (rule 14: excluded whatever the service state).
  let first = firstMinute;
  let end = endMinute;
  for (let held = -1; caps.length && held !== heldLength(range); ) {
    held = heldLength(range);
    const buckets: number[] = [];
    for (const cap of caps)
      for (const piece of piecesOf(range))
        for (const b of capBuckets(policy, cap, piece.startMinute, piece.endMinute)) {
          buckets.push(b.startMinute, b.endMinute);
          first = Math.min(first, b.startMinute);
          end = Math.max(end, b.endMinute);
        }
    range = rangeHolding(first, end, [...stretches, ...buckets]);
  }
  return range;
}

/**
 * For each verdict, the minutes of a valid exclusion of a capped kind that its cap did not
 * cover (the `excluded` mask left them measured): its record is excluded only in part, and
 * says by how much. 0 for every other record.
 */
export function overCapMinutes(
  verdicts: readonly ExclusionVerdict[],
  policy: Policy,
  range: MinuteRange,
  excluded: Uint8Array,
): number[] {
  const capped = new Set<string>((policy.exclusions.caps ?? []).flatMap((c) => c.kinds));
  return verdicts.map((v) => {
    if (!v.excluded || !capped.has(v.record.kind) || !(v.record.endMs > v.record.startMs)) return 0;
    const from = Math.max(Math.floor(v.record.startMs / MINUTE_MS), range.firstMinute);
    const to = Math.min(Math.ceil(v.record.endMs / MINUTE_MS), range.endMinute);
    let over = 0;
    forEachHeld(range, from, to, (start, end, at) => {
      for (let i = at; i < at + end - start; i++) if (!excluded[i]) over++;
    });
    return over;
  });
}

/**
 * Rule 5 and 14: every held minute a valid exclusion or a policy window overlaps. Kinds
 * under a cap ("maintenance excluded up to 8 hours per month") are excluded only until the
 * cap is used up in their period or contract year, minute by minute in time order; the
 * surplus is measured like any other time. The range holds every cap period it touches
 * whole (see `heldRange`).
 */
export function excludedMinutes(
  verdicts: readonly ExclusionVerdict[],
  policy: Policy,
  range: MinuteRange,
): Uint8Array {
  const length = heldLength(range);
  const caps = policy.exclusions.caps ?? [];
  const capped = new Set<string>(caps.flatMap((c) => c.kinds));
  const mask = new Uint8Array(length);
  const byKind = new Map<string, Uint8Array>();
  const maskOf = (kind: string) => {
    if (!capped.has(kind)) return mask;
    let m = byKind.get(kind);
    if (!m) byKind.set(kind, (m = new Uint8Array(length)));
    return m;
  };
  for (const v of verdicts)
    if (v.excluded) markMinutes(maskOf(v.record.kind), range, v.record.startMs, v.record.endMs, 1);
  for (const w of policy.exclusions.windows)
    for (const o of windowOccurrences(w, policy.timezone, range))
      markMinutes(maskOf('windows'), range, o.startMs, o.endMs, 1);
  if (byKind.size === 0) return mask;

  // Per cap, the minutes still within it; a minute a capped kind covers stays excluded
  // only while every cap on that kind allows it.
  const allowed = caps.map((cap) => {
    const masks = cap.kinds.map((k) => byKind.get(k)).filter((m): m is Uint8Array => m !== undefined);
    const ok = new Uint8Array(length);
    const limit = cap.hours * 60;
    for (const piece of piecesOf(range))
      for (const b of capBuckets(policy, cap, piece.startMinute, piece.endMinute)) {
        let used = 0;
        forEachHeld(range, b.startMinute, b.endMinute, (start, end, at) => {
          for (let i = at; i < at + end - start; i++) {
            if (mask[i] || !masks.some((m) => m[i])) continue;
            used++;
            if (used <= limit) ok[i] = 1;
          }
        });
      }
    return ok;
  });
  for (const [kind, m] of byKind) {
    const rules = caps
      .map((c, j) => (c.kinds.includes(kind as never) ? allowed[j]! : null))
      .filter((a) => a !== null);
    for (let i = 0; i < length; i++) if (m[i] && !mask[i] && rules.every((a) => a[i])) mask[i] = 1;
  }
  return mask;
}
