// Outages (SPEC rule 6): maximal runs of down service minutes, whether each qualifies as
// Downtime, and which of its minutes count once exclusions are taken out.
import { piecesOf } from './held';
import { DOWN, type MinuteRange, UP } from './minutes';
import { countOther, forEachRunOtherThan } from './tally';

export interface Outage {
  startMinute: number;
  /** Exclusive. */
  endMinute: number;
  minutes: number;
  qualifies: boolean;
  excludedMinutes: number;
  countedMinutes: number;
}

/**
 * Runs of down minutes over the whole series (excluded minutes stay inside a run;
 * `nodata` and `up` end it), so an outage crossing a period boundary qualifies on its
 * whole length. A run never reaches across minutes the range does not hold: they have no
 * data. Also returns the per-minute mask of counted Downtime.
 */
export function findOutages(
  service: Uint8Array,
  excluded: Uint8Array,
  range: MinuteRange,
  minOutageMinutes: number,
): { outages: Outage[]; counted: Uint8Array } {
  const outages: Outage[] = [];
  const counted = new Uint8Array(service.length);
  for (const piece of piecesOf(range)) {
    const end = piece.at + piece.endMinute - piece.startMinute;
    const minuteOf = (i: number) => piece.startMinute + i - piece.at;
    // Down minutes are few among up ones: the search passes over up minutes four at a time,
    // and over a run of minutes without data at once.
    forEachRunOtherThan(service, UP, piece.at, end, (start, stop, state) => {
      if (state !== DOWN) return false;
      const minutes = stop - start;
      const excludedCount = countOther(excluded, 0, start, stop);
      const qualifies = minutes >= minOutageMinutes;
      if (qualifies) for (let k = start; k < stop; k++) counted[k] = excluded[k] ? 0 : 1;
      outages.push({
        startMinute: minuteOf(start),
        endMinute: minuteOf(stop),
        minutes,
        qualifies,
        excludedMinutes: excludedCount,
        countedMinutes: qualifies ? minutes - excludedCount : 0,
      });
      return false;
    });
  }
  return { outages, counted };
}

/** The index of the first outage starting at or after `minute`; outages are in time order. */
function firstStartingFrom(outages: readonly Outage[], minute: number): number {
  let lo = 0;
  let hi = outages.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (outages[mid]!.startMinute < minute) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The outages that start in [fromMinute, toMinute), found by halving: a period asks for its own. */
export function outagesStartingIn(
  outages: readonly Outage[],
  fromMinute: number,
  toMinute: number,
): Outage[] {
  return outages.slice(firstStartingFrom(outages, fromMinute), firstStartingFrom(outages, toMinute));
}

/** The outage that holds `minute`, if any. */
export function outageAt(outages: readonly Outage[], minute: number): Outage | null {
  const o = outages[firstStartingFrom(outages, minute + 1) - 1];
  return o !== undefined && minute < o.endMinute ? o : null;
}
