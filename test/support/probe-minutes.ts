// A probe monitor as the engine takes it, from its checks per minute that were up and
// down (kept as the two fixed outcome classes), checked about once a minute.
import { OUTCOME_DOWN, OUTCOME_UP } from '../../src/engine/check-outcomes';
import type { ProbeMinutes } from '../../src/engine/observations';

export function probeMinutes(
  monitor: string,
  firstMinute: number,
  up: Uint16Array,
  down: Uint16Array,
): ProbeMinutes {
  return {
    monitor,
    kind: 'probes',
    firstMinute,
    spanMinutes: up.length,
    classes: [
      { outcome: OUTCOME_UP, offsets: null, counts: up },
      { outcome: OUTCOME_DOWN, offsets: null, counts: down },
    ],
    medianGapMsTimes2: 120_000,
    holdMinutesOverride: null,
  };
}
