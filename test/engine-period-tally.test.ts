// A period's figures count its excluded, down and no-data minutes, and find the minute it
// fell below target, exactly as a walk over every minute does (rules 8, 9 and 14, with each
// reading of minutes without data), whatever the mix of states.
import { describe, expect, it } from 'vitest';
import { businessCalendar } from '../src/engine/calendar';
import { minutesToMiss } from '../src/engine/credits';
import { DOWN, NODATA, UP } from '../src/engine/minutes';
import { findOutages, outageAt, outagesStartingIn } from '../src/engine/outages';
import { periodFigures } from '../src/engine/period-figures';
import type { Period } from '../src/engine/periods';
import { parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { MINUTE_MS } from '../src/engine/time';
import { random } from './support/random';

/** A month of minutes in runs of up, down and no data, with exclusions in runs of their own. */
function series(rand: () => number, minutes: number, downShare: number, nodataShare: number) {
  const service = new Uint8Array(minutes);
  const excluded = new Uint8Array(minutes);
  for (let i = 0; i < minutes; ) {
    const length = 1 + Math.floor(rand() * 90);
    const r = rand();
    service.fill(r < downShare ? DOWN : r < downShare + nodataShare ? NODATA : UP, i, i + length);
    i += length;
  }
  for (let i = 0; i < minutes; ) {
    const length = 1 + Math.floor(rand() * 200);
    if (rand() < 0.15) excluded.fill(1, i, i + length);
    i += length;
  }
  return { service, excluded };
}

describe('period figures over mixed minutes', () => {
  it('equal a walk over every minute for each reading of no data', () => {
    const rand = random(11);
    const startMinute = Date.UTC(2026, 5, 1) / MINUTE_MS;
    const minutes = 30 * 1440;
    const period: Period = {
      label: '2026-06',
      year: 2026,
      month: 6,
      day: 1,
      startMs: startMinute * MINUTE_MS,
      endMs: (startMinute + minutes) * MINUTE_MS,
      startMinute,
      endMinute: startMinute + minutes,
    };
    // The range holds a day before and after the period, so the period starts inside the arrays.
    const range = { firstMinute: startMinute - 1440, endMinute: startMinute + minutes + 1440 };
    let breaches = 0;
    for (let trial = 0; trial < 60; trial++) {
      const nodataReading = (['available', 'down', 'exclude'] as const)[trial % 3]!;
      const policy = parsePolicy({ ...structuredClone(PRESETS['clarus-lis']!), nodata: nodataReading });
      const [downShare, nodataShare] = [
        [0.001, 0.001],
        [0.02, 0.05],
        [0.3, 0.3],
        [0, 0.9],
      ][trial % 4]!;
      const { service, excluded } = series(rand, minutes + 2880, downShare!, nodataShare!);
      const { outages, counted } = findOutages(service, excluded, range, 1);
      const figures = periodFigures(
        policy,
        businessCalendar(policy),
        period,
        { range, service, excluded, counted, outages },
        Date.UTC(2026, 6, 15),
        '2026-07-15',
      );

      let excludedCount = 0;
      let downtime = 0;
      let nodata = 0;
      let nodataOutside = 0;
      for (let i = 1440; i < 1440 + minutes; i++) {
        excludedCount += excluded[i]!;
        downtime += counted[i]!;
        if (service[i] === NODATA) {
          nodata++;
          if (!excluded[i]) nodataOutside++;
        }
      }
      const lost = downtime + (nodataReading === 'down' ? nodataOutside : 0);
      expect(figures.excludedMinutes, `trial ${trial}`).toBe(excludedCount);
      expect(figures.nodataMinutes, `trial ${trial}`).toBe(nodata);
      expect(figures.downtimeMinutes, `trial ${trial}`).toBe(lost);

      let breachAtMs: number | null = null;
      if (figures.met === false) {
        const measurable =
          minutes -
          (nodataReading === 'exclude' ? nodataOutside : 0) -
          (policy.formula === 'excludeFromTotal' ? excludedCount : 0);
        const need = minutesToMiss(measurable, policy)!;
        let sum = 0;
        for (let i = 1440; i < 1440 + minutes && breachAtMs === null; i++) {
          sum += counted[i]! + (nodataReading === 'down' && service[i] === NODATA && !excluded[i] ? 1 : 0);
          if (sum >= need) breachAtMs = (startMinute + i - 1440 + 1) * MINUTE_MS;
        }
        breaches++;
      }
      expect(figures.breachAtMs, `trial ${trial}`).toBe(breachAtMs);
    }
    // Most trials miss the target, so the breach minute is compared often.
    expect(breaches).toBeGreaterThan(30);
  });
});

describe('a period’s outages', () => {
  it('are found by halving exactly as a scan over every outage finds them', () => {
    const rand = random(5);
    const minutes = 20 * 1440;
    const range = { firstMinute: 1_000_000, endMinute: 1_000_000 + minutes };
    const { service, excluded } = series(rand, minutes, 0.2, 0.1);
    const { outages } = findOutages(service, excluded, range, 1);
    expect(outages.length).toBeGreaterThan(100);
    for (let k = 0; k < 500; k++) {
      const from = range.firstMinute - 10 + Math.floor(rand() * (minutes + 20));
      const to = from + Math.floor(rand() * 5000);
      expect(outagesStartingIn(outages, from, to)).toEqual(
        outages.filter((o) => o.startMinute >= from && o.startMinute < to),
      );
      expect(outageAt(outages, from)).toBe(
        outages.find((o) => o.startMinute <= from && from < o.endMinute) ?? null,
      );
    }
  });
});

describe('outages over mixed minutes', () => {
  it('are the runs of down minutes a walk over each minute finds, with their excluded and counted minutes', () => {
    const rand = random(17);
    for (let trial = 0; trial < 40; trial++) {
      const minutes = 5 * 1440;
      const range = { firstMinute: 2_000_000, endMinute: 2_000_000 + minutes };
      const { service, excluded } = series(rand, minutes, [0.01, 0.2, 0.5][trial % 3]!, 0.2);
      const minOutage = 1 + (trial % 5);
      const found = findOutages(service, excluded, range, minOutage);
      const counted = new Uint8Array(minutes);
      const outages: object[] = [];
      for (let i = 0; i < minutes; ) {
        if (service[i] !== DOWN) {
          i++;
          continue;
        }
        const start = i;
        let excludedMinutes = 0;
        for (; i < minutes && service[i] === DOWN; i++) excludedMinutes += excluded[i]!;
        const qualifies = i - start >= minOutage;
        if (qualifies) for (let k = start; k < i; k++) counted[k] = excluded[k] ? 0 : 1;
        outages.push({
          startMinute: range.firstMinute + start,
          endMinute: range.firstMinute + i,
          minutes: i - start,
          qualifies,
          excludedMinutes,
          countedMinutes: qualifies ? i - start - excludedMinutes : 0,
        });
      }
      expect(found.outages, `trial ${trial}`).toEqual(outages);
      expect(found.counted).toEqual(counted);
    }
  });
});
