// Exports that list a monitor's whole history as intervals of a known state (Pingdom's
// summary.outage: up, down, unknown; StatusCake's periods: up, down) say themselves what
// time they cover: the down intervals are outages, the up ones time known up, and unknown
// intervals and the time outside the file are no data (not the whole calendar months the
// outages touch, an event log's coverage otherwise).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';

const dir = mkdtempSync(join(tmpdir(), 'sla-states-'));
const DAY = 1440;
const s = (iso: string) => Date.parse(iso) / 1000;

async function report(name: string, doc: unknown): Promise<SlaReport> {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(doc));
  const argv = ['--policy', 'clarus-lis', '--tz', 'UTC', path, '--as-of', '2026-11-21'];
  return JSON.parse(await runSla(parseArgs(argv), new Date('2026-11-21T12:00:00Z'))) as SlaReport;
}

const rows = (r: SlaReport) =>
  r.periods.map((p) => [p.label, p.downtimeMinutes, p.nodataMinutes, p.totalMinutes, p.partial, p.met]);

/** Pingdom API 3.1 summary.outage: states[] of status with timefrom/timeto in Unix seconds. */
const pingdom = (states: [string, string, string][]) => ({
  summary: { states: states.map(([status, from, to]) => ({ status, timefrom: s(from), timeto: s(to) })) },
});

describe('Pingdom summary.outage', () => {
  it('covers only its up and down intervals: unknown time and time after the file are no data', async () => {
    const r = await report(
      'pingdom.json',
      pingdom([
        ['unknown', '2026-05-01T00:00:00Z', '2026-05-16T00:00:00Z'],
        ['up', '2026-05-16T00:00:00Z', '2026-06-10T10:00:00Z'],
        ['down', '2026-06-10T10:00:00Z', '2026-06-10T10:30:00Z'],
        ['up', '2026-06-10T10:30:00Z', '2026-06-15T00:00:00Z'],
      ]),
    );
    expect(r.inputs[0]).toMatchObject({ kind: 'events', rows: 4, skippedRows: 0 });
    expect(rows(r)).toEqual([
      ['2026-05', 0, 15 * DAY, 31 * DAY, true, true],
      ['2026-06', 30, 16 * DAY, 30 * DAY, true, true],
    ]);
    expect(r.outages.map((o) => [o.start, o.end, o.minutes])).toEqual([
      ['2026-06-10T10:00:00+00:00', '2026-06-10T10:30:00+00:00', 30],
    ]);
  });

  it('reads a file with no outage as time known up, rather than refusing it', async () => {
    const r = await report(
      'pingdom-up.json',
      pingdom([['up', '2026-05-01T00:00:00Z', '2026-06-01T00:00:00Z']]),
    );
    expect(rows(r)).toEqual([['2026-05', 0, 0, 31 * DAY, false, true]]);
  });

  it('skips an interval of a state Pingdom does not write, naming the states it does', async () => {
    const r = await report(
      'pingdom-odd.json',
      pingdom([
        ['up', '2026-05-01T00:00:00Z', '2026-05-02T00:00:00Z'],
        ['paused', '2026-05-02T00:00:00Z', '2026-05-03T00:00:00Z'],
      ]),
    );
    expect(r.inputs[0]!.skipped).toEqual([{ line: 3, reason: 'unknown state (expected down, up, unknown)' }]);
    expect(rows(r)).toEqual([['2026-05', 0, 30 * DAY, 31 * DAY, true, true]]);
  });
});

describe('StatusCake periods', () => {
  it('covers its up and down periods, a running one to its duration; the time after is no data', async () => {
    const r = await report('statuscake.json', {
      data: [
        { status: 'up', created_at: '2026-05-01T00:00:00+00:00', ended_at: '2026-06-10T10:00:00+00:00' },
        // Still running when fetched: its duration (ms) gives its end.
        { status: 'down', created_at: '2026-06-10T10:00:00+00:00', duration: 45 * 60_000 },
      ],
      links: { self: 'https://api.statuscake.com/v1/uptime/1/periods' },
      metadata: {},
    });
    expect(rows(r)).toEqual([
      ['2026-05', 0, 0, 31 * DAY, false, true],
      // (43 200 − 45) / 43 200 = 99.896 %, below Clarus's 99.9: the known minutes are the
      // denominator's too, as no data counts as available.
      ['2026-06', 45, 30 * DAY - 9 * DAY - 10 * 60 - 45, 30 * DAY, true, false],
    ]);
  });
});
