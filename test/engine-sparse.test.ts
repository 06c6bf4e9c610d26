// Sparse data is evaluated as sparse: the series of an evaluation hold the reported
// periods and the minutes the monitors' data speaks of, never the empty years between
// them. Checked by what is allocated (every typed array made while evaluating is counted),
// not by time. Month lengths in Africa/Cairo: March 2006 = 44 640 (+02:00 all month),
// November 2025 = 43 200 (+02:00 all month: Egypt's summer time ends on the last Friday of
// October).
import { describe, expect, it } from 'vitest';
import { heldLength } from '../src/engine/held';
import type { Evaluation } from '../src/engine/model';
import type { Policy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { toReport } from '../src/engine/to-report';
import { typedArraysWhile } from './support/allocations';
import { type CsvFile, evaluateCsvModel } from './support/evaluate-csv';

const clarus = (): Policy => structuredClone(PRESETS['clarus-lis']!);

/** Evaluates with every typed-array constructor watched: the longest array made, by length. */
function longestArrayWhile(run: () => Evaluation): { evaluation: Evaluation; longest: number } {
  const { value, longest } = typedArraysWhile(run);
  return { evaluation: value, longest };
}

const probes = (name: string, rows: string[]): CsvFile => ({
  name,
  kind: 'probes',
  csv: `time,monitor,status\n${rows.join('\n')}\n`,
});

describe('a contract whose rows lie years apart', () => {
  // One check of each monitor, nineteen years and eight months apart: each monitor's hold is
  // one minute (rule 14), so the data speaks of two minutes and reports two months.
  const files = [probes('sites.csv', ['2006-03-14T08:00:00Z,cairo,down', '2025-11-20T10:00:00Z,alex,up'])];

  it('holds the two reported months and allocates nothing over the years between', () => {
    const { evaluation, longest } = longestArrayWhile(() => evaluateCsvModel(clarus(), files, '2025-12-31'));
    expect(evaluation.periods.map((p) => [p.label, p.totalMinutes])).toEqual([
      ['2006-03', 44_640],
      ['2025-11', 43_200],
    ]);
    const held = evaluation.range.pieces!.map((p) => [p.startMinute, p.endMinute]);
    expect(held).toEqual(evaluation.periodBounds.map((p) => [p.startMinute, p.endMinute]));
    expect(heldLength(evaluation.range)).toBe(44_640 + 43_200);
    for (const series of [evaluation.service, evaluation.excluded, evaluation.counted])
      expect(series.length).toBe(87_840);
    // From 2006-03-01 to 2025-12-01 (local midnights, +02:00 both) is 7 215 days, 10.4
    // million minutes: no array made while evaluating is longer than the two months held.
    expect(evaluation.range.endMinute - evaluation.range.firstMinute).toBe(7_215 * 1_440);
    expect(longest).toBeLessThanOrEqual(87_840);
  });

  it('measures each month as it would alone', () => {
    const both = toReport(evaluateCsvModel(clarus(), files, '2025-12-31'));
    const alone = files[0]!.csv
      .toString()
      .trim()
      .split('\n')
      .slice(1)
      .map((row) => toReport(evaluateCsvModel(clarus(), [probes('sites.csv', [row])], '2025-12-31')));
    expect(both.periods).toEqual(alone.flatMap((r) => r.periods));
    expect(both.outages).toEqual(alone.flatMap((r) => r.outages));
    // The March 2006 check was down: one minute lost of 44 640 (99.9978 %) still meets 99.9 %.
    expect(both.periods.map((p) => [p.downtimeMinutes, p.nodataMinutes, p.met])).toEqual([
      [1, 44_639, true],
      [0, 43_199, true],
    ]);
  });
});

describe('a monitor checked every minute in two months years apart', () => {
  // Minute checks through 10:00–10:59 on one day of each month: the median gap is 60 s, so
  // the hold is 2 minutes and the data speaks of the two hours and the minute after each.
  const hour = (day: string, downAt: number) =>
    Array.from(
      { length: 60 },
      (_, m) =>
        `${day}T10:${String(m).padStart(2, '0')}:00Z,api,${m >= downAt && m < downAt + 5 ? 'down' : 'up'}`,
    );
  const files = [probes('api.csv', [...hour('2006-03-14', 20), ...hour('2025-11-20', 30)])];

  it('holds only the two months, and finds each five-minute outage', () => {
    const { evaluation, longest } = longestArrayWhile(() => evaluateCsvModel(clarus(), files, '2025-12-31'));
    expect(longest).toBeLessThanOrEqual(87_840);
    expect(heldLength(evaluation.range)).toBe(87_840);
    const r = toReport(evaluation);
    expect(r.outages.map((o) => [o.start, o.minutes, o.countedMinutes])).toEqual([
      ['2006-03-14T12:20:00+02:00', 5, 5],
      ['2025-11-20T12:30:00+02:00', 5, 5],
    ]);
    expect(r.periods.map((p) => [p.label, p.downtimeMinutes, p.nodataMinutes])).toEqual([
      ['2006-03', 5, 44_640 - 61],
      ['2025-11', 5, 43_200 - 61],
    ]);
  });
});
