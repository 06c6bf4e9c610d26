// Storage keeps each month row's runs of minutes with checks beside its counts, and a load
// joins them into the monitor's runs instead of scanning years of counts. Those runs must
// be exactly the ones a scan of the loaded counts finds: across month boundaries, gaps,
// sparse and dense classes, and several files of one monitor added together.
import { describe, expect, it } from 'vitest';
import { checkedRuns, OUTCOME_TIMEOUT } from '../src/engine/check-outcomes';
import type { OutcomeCounts, ProbeMinutes } from '../src/engine/observations';
import { countsOf } from '../src/storage/counts-codec';
import { rowCheckRuns, rowsOf } from '../src/storage/dataset-rows';
import { probeMinutesOf } from '../src/storage/merge';
import type { SeriesRow } from '../src/storage/rows';
import { random } from './support/random';

const DAY = 1440;
/** 2026-03-01T00:00Z as an epoch minute: data starts a few days before it and may run into May. */
const MARCH = Date.UTC(2026, 2, 1) / 60_000;

/** A monitor over up to ten weeks around a month boundary: a usual class with gaps, and rare classes. */
function monitor(rand: () => number): ProbeMinutes {
  const span = DAY * (1 + Math.floor(rand() * 70));
  const dense = new Uint16Array(span);
  for (let i = 0; i < span; i++) dense[i] = rand() < 0.98 ? 1 + Math.floor(rand() * 2) : 0;
  for (let g = 0; g < 8; g++) {
    const at = Math.floor(rand() * span);
    dense.fill(0, at, at + Math.floor(rand() * 3 * DAY));
  }
  const rare = (outcome: number, share: number): OutcomeCounts => {
    const offsets: number[] = [];
    for (let i = 0; i < span; i++) if (rand() < share) offsets.push(i);
    return { outcome, offsets: Uint32Array.from(offsets), counts: Uint16Array.from(offsets, () => 1) };
  };
  const classes = [
    rare(OUTCOME_TIMEOUT, 0.002),
    { outcome: 200, offsets: null, counts: dense },
    rare(503, 0.01),
  ];
  // Now and then the usual class is missing, leaving the rare ones alone.
  if (rand() < 0.2) classes.splice(1, 1);
  return {
    monitor: 'web',
    kind: 'probes',
    firstMinute: MARCH - DAY * (1 + Math.floor(rand() * 5)),
    spanMinutes: span,
    classes,
    medianGapMsTimes2: 60_000,
    holdMinutesOverride: null,
  };
}

/** One file's month rows of the monitor, as an import stores them. */
const storedRows = (m: ProbeMinutes, datasetId: number): SeriesRow[] =>
  rowsOf({ minutes: [m], checkTimes: () => ({ count: 0, log: new Uint8Array(0) }) }).months.map((r) => ({
    ...r.series(),
    datasetId,
  }));

const scanned = (p: ProbeMinutes) => [...checkedRuns({ firstMinute: p.firstMinute, classes: p.classes })];

describe('runs of minutes with checks kept with the stored months', () => {
  it('load as the runs a scan of the loaded counts finds, one file or two', () => {
    const rand = random(7);
    let rows = 0;
    for (let n = 0; n < 60; n++) {
      const a = monitor(rand);
      const b = monitor(rand);
      const one = storedRows(a, 1);
      rows += one.length;
      const loaded = probeMinutesOf('probes', 'web', one, 60_000);
      expect([...loaded.checkRuns!]).toEqual(scanned(a));
      expect([...loaded.checkRuns!]).toEqual(scanned(loaded));
      // Two files of the same monitor: counts add, runs join where they overlap or touch.
      const both = probeMinutesOf('probes', 'web', [...one, ...storedRows(b, 2)], 60_000);
      expect([...both.checkRuns!]).toEqual(scanned(both));
    }
    // Months were crossed: most monitors left several rows.
    expect(rows).toBeGreaterThan(100);
  });

  it('are what a bundle or an upgrade derives from the row counts alone', () => {
    const rand = random(11);
    for (let n = 0; n < 30; n++)
      for (const row of storedRows(monitor(rand), 1))
        expect([...new Uint32Array(rowCheckRuns(row.classes.map(countsOf)))]).toEqual([
          ...new Uint32Array(row.checkRuns),
        ]);
  });

  it('a run crossing a month boundary is one run once loaded', () => {
    const counts = new Uint16Array(4 * DAY).fill(2);
    const p: ProbeMinutes = {
      monitor: 'web',
      kind: 'probes',
      firstMinute: MARCH - 2 * DAY,
      spanMinutes: 4 * DAY,
      classes: [{ outcome: 200, offsets: null, counts }],
      medianGapMsTimes2: 60_000,
      holdMinutesOverride: null,
    };
    const rows = storedRows(p, 1);
    expect(rows.map((r) => [r.month, [...new Uint32Array(r.checkRuns)]])).toEqual([
      ['2026-02', [0, 2 * DAY]],
      ['2026-03', [0, 2 * DAY]],
    ]);
    expect([...probeMinutesOf('probes', 'web', rows, 60_000).checkRuns!]).toEqual([
      MARCH - 2 * DAY,
      MARCH + 2 * DAY,
    ]);
  });
});
