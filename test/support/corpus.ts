// Probe files of the hostile corpus, made on the fly: many monitors with few checks each,
// spread over a long span, so every monitor carries its state for weeks (rule 2). The same
// rows every time, for the tests and the bench.
const MINUTE_MS = 60_000;
const SPAN_START_MS = Date.parse('2024-01-01T00:00:00Z');

export const PROBE_HEADER = 'time,monitor,status';

export interface CorpusCheck {
  monitor: number;
  minute: number;
  down: boolean;
}

/**
 * `monitors` monitors (m0, m1, …) with `perMonitor` checks each, evenly spread over
 * `months` months of 30 days from 2024-01-01 UTC, each monitor a little later than the one
 * before; a check is down when its index plus its monitor's is a multiple of 7.
 */
export function spreadChecks(monitors: number, perMonitor: number, months: number): CorpusCheck[] {
  const spanMs = months * 30 * 1440 * MINUTE_MS;
  const out: CorpusCheck[] = [];
  for (let m = 0; m < monitors; m++)
    for (let k = 0; k < perMonitor; k++) {
      const ms =
        SPAN_START_MS + Math.floor(((k + m / monitors) * spanMs) / perMonitor / MINUTE_MS) * MINUTE_MS;
      out.push({ monitor: m, minute: ms / MINUTE_MS, down: (k + m) % 7 === 0 });
    }
  return out;
}

/** The checks as rows of a probe file (without its header). */
export const probeRows = (checks: readonly CorpusCheck[]): string[] =>
  checks.map(
    (c) => `${new Date(c.minute * MINUTE_MS).toISOString()},m${c.monitor},${c.down ? 'down' : 'up'}`,
  );
