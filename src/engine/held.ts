// The minutes a series holds. A contract's data may sit in a few months years apart: its
// per-minute series hold only the stretches where something can be known (data, the
// minutes it carries into, the reported periods) laid end to end, so their cost follows
// the data and not the span between its first and last instant. Every minute between two
// stretches has no data, and no outage can run across one.

/** A stretch of held minutes and where it starts in the series. */
export interface HeldPiece {
  startMinute: number;
  /** Exclusive. */
  endMinute: number;
  /** Index of `startMinute` in the series. */
  at: number;
}

export interface MinuteRange {
  firstMinute: number;
  /** Exclusive. */
  endMinute: number;
  /**
   * The minutes a series over the range holds, ascending, disjoint and never touching (a
   * minute that is not held lies between any two), each inside [firstMinute, endMinute).
   * Absent: every minute of the range, in order.
   */
  pieces?: readonly HeldPiece[];
}

/** The range's pieces, one for a range that holds every minute. */
export function piecesOf(range: MinuteRange): readonly HeldPiece[] {
  if (range.pieces) return range.pieces;
  return range.endMinute > range.firstMinute
    ? [{ startMinute: range.firstMinute, endMinute: range.endMinute, at: 0 }]
    : [];
}

/** The minutes in a series over the range: the sum of its pieces. */
export function heldLength(range: MinuteRange): number {
  const pieces = piecesOf(range);
  const last = pieces[pieces.length - 1];
  return last ? last.at + last.endMinute - last.startMinute : 0;
}

/**
 * A range holding the given stretches (flat [start, end) minute pairs, in any order, may
 * overlap), clipped to [firstMinute, endMinute) and merged where they touch.
 */
export function rangeHolding(
  firstMinute: number,
  endMinute: number,
  stretches: readonly number[],
): MinuteRange {
  const order: number[] = [];
  for (let k = 0; k + 1 < stretches.length; k += 2) order.push(k);
  order.sort((a, b) => stretches[a]! - stretches[b]! || stretches[a + 1]! - stretches[b + 1]!);
  const pieces: HeldPiece[] = [];
  let at = 0;
  for (const k of order) {
    const start = Math.max(stretches[k]!, firstMinute);
    const end = Math.min(stretches[k + 1]!, endMinute);
    if (!(end > start)) continue;
    const last = pieces[pieces.length - 1];
    if (last && start <= last.endMinute) {
      if (end > last.endMinute) {
        at += end - last.endMinute;
        last.endMinute = end;
      }
      continue;
    }
    pieces.push({ startMinute: start, endMinute: end, at });
    at += end - start;
  }
  return { firstMinute, endMinute, pieces };
}

/** Every minute of [firstMinute, endMinute): a series over it is dense. */
export const wholeRange = (firstMinute: number, endMinute: number): MinuteRange =>
  rangeHolding(firstMinute, endMinute, [firstMinute, endMinute]);

/** The index of the first piece ending after `minute` (pieces.length when none does). */
function pieceFrom(pieces: readonly HeldPiece[], minute: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.endMinute <= minute) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where `minute` lies in a series over the range; -1 when the range does not hold it. */
export function indexOfMinute(range: MinuteRange, minute: number): number {
  const pieces = piecesOf(range);
  const p = pieces[pieceFrom(pieces, minute)];
  return p && p.startMinute <= minute ? p.at + minute - p.startMinute : -1;
}

/**
 * Visits the held minutes of [fromMinute, toMinute), one piece at a time: the first and
 * end minute of each part and the index of its first minute in the series.
 */
export function forEachHeld(
  range: MinuteRange,
  fromMinute: number,
  toMinute: number,
  visit: (startMinute: number, endMinute: number, at: number) => void,
): void {
  const pieces = piecesOf(range);
  for (let k = pieceFrom(pieces, fromMinute); k < pieces.length; k++) {
    const p = pieces[k]!;
    if (p.startMinute >= toMinute) break;
    const start = Math.max(p.startMinute, fromMinute);
    const end = Math.min(p.endMinute, toMinute);
    if (end > start) visit(start, end, p.at + start - p.startMinute);
  }
}

/** The piece `index` of a series over the range falls in. */
export function pieceOfIndex(range: MinuteRange, index: number): HeldPiece {
  const pieces = piecesOf(range);
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.at <= index) lo = mid;
    else hi = mid - 1;
  }
  return pieces[lo]!;
}
