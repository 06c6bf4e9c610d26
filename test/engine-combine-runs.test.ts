// Rule 4 over runs: monitors' states combined by sweeping the boundaries of their runs give,
// minute for minute, what counting the monitors up and down in each minute gives, for
// every combination, with runs that touch, gaps without data, and logs that hold forever.
import { describe, expect, it } from 'vitest';
import { DOWN, NODATA, UP } from '../src/engine/intervals';
import {
  type Combination,
  combinedState,
  combineRuns,
  RunBuilder,
  type StateRuns,
} from '../src/engine/state-runs';
import { random } from './support/random';

/** Random runs over [0, span): touching or apart, up or down, the last one at times held forever. */
function monitorRuns(rand: () => number, span: number): StateRuns {
  const runs = new RunBuilder();
  let at = Math.floor(rand() * 20);
  while (at < span) {
    const length = 1 + Math.floor(rand() * (rand() < 0.5 ? 3 : 40));
    const state = rand() < 0.3 ? DOWN : UP;
    const end = at + length;
    if (end >= span && rand() < 0.3) {
      runs.push(at, Number.POSITIVE_INFINITY, state);
      break;
    }
    runs.push(at, Math.min(end, span), state);
    at = end + (rand() < 0.6 ? 0 : Math.floor(rand() * 10));
  }
  return runs.finish();
}

const stateAt = (r: StateRuns, minute: number): number => {
  for (let k = 0; k < r.states.length; k++)
    if (r.bounds[2 * k]! <= minute && minute < r.bounds[2 * k + 1]!) return r.states[k]!;
  return NODATA;
};

/** Rule 4 for one minute, from the monitors' own states there (the rule itself is held to SPEC in engine-rules). */
const combinedAt = (states: number[], combine: Combination): number =>
  combinedState(states.filter((s) => s === UP).length, states.filter((s) => s === DOWN).length, combine);

describe('combining monitors by their runs', () => {
  it('gives every minute the state counting the monitors there gives', () => {
    const rand = random(11);
    const combinations: Combination[] = ['any', 'all', { atLeast: 2 }, { atLeast: 3 }];
    for (let trial = 0; trial < 200; trial++) {
      const span = 50 + Math.floor(rand() * 400);
      const monitors = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => monitorRuns(rand, span));
      const combine = combinations[trial % combinations.length]!;
      const combined = combineRuns(monitors, combine);
      // Ascending, disjoint, and joined wherever two runs of one state touch.
      for (let k = 0; k + 1 < combined.states.length; k++) {
        expect(combined.bounds[2 * k + 1]!).toBeLessThanOrEqual(combined.bounds[2 * k + 2]!);
        if (combined.bounds[2 * k + 1] === combined.bounds[2 * k + 2])
          expect(combined.states[k]).not.toBe(combined.states[k + 1]);
      }
      // Past the span only the logs held forever have a state, to +∞.
      for (let minute = 0; minute < span + 5; minute++)
        expect(stateAt(combined, minute), `trial ${trial}, minute ${minute}`).toBe(
          combinedAt(
            monitors.map((m) => stateAt(m, minute)),
            combine,
          ),
        );
      expect(stateAt(combined, 1e9)).toBe(
        combinedAt(
          monitors.map((m) => stateAt(m, 1e9)),
          combine,
        ),
      );
    }
  });

  it('combines no monitors into no runs, and one monitor into its own runs', () => {
    expect(combineRuns([], 'any').states).toHaveLength(0);
    const one = monitorRuns(random(5), 300);
    expect(combineRuns([one], 'any')).toEqual(one);
  });
});
