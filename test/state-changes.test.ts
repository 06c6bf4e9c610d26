// A state log that goes down and comes back within one minute: the minute holds downtime,
// and the log carries on in the state of its latest change, not the minute's verdict.
// Healthchecks.io writes flips to the second (`Flip.to_dict`: `created.replace(microsecond=0)`,
// healthchecks/healthchecks hc/api/models.py), UptimeRobot's logs in Unix seconds, so a
// cron job that pings a few seconds after its grace period gives a down and an up flip in
// the same minute.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import { OUTCOME_DOWN, OUTCOME_UP } from '../src/engine/check-outcomes';
import type { ProbeMinutes } from '../src/engine/observations';
import type { SlaReport } from '../src/engine/report';
import { MinuteReducer } from '../src/ingest/reduce';

const MIN = 60_000;
const at = (iso: string) => Date.parse(iso);

async function report(name: string, document: unknown): Promise<SlaReport> {
  const file = join(mkdtempSync(join(tmpdir(), 'sla-flips-')), name);
  writeFileSync(file, JSON.stringify(document));
  const argv = ['--policy', 'clarus-lis', file, '--as-of', '2026-07-01'];
  return JSON.parse(await runSla(parseArgs(argv), new Date('2026-07-01T12:00:00Z'))) as SlaReport;
}

const flips = (...changes: [string, 0 | 1][]) => ({
  flips: changes.map(([timestamp, up]) => ({ timestamp, up })),
});

/** Each month's downtime and the outages, as the report gives them. */
const downtime = (r: SlaReport) => ({
  months: Object.fromEntries(r.periods.map((p) => [p.label, p.downtimeMinutes])),
  outages: r.outages.map((o) => [o.start, o.minutes]),
});

const ONE_MINUTE_IN_JUNE = {
  months: { '2026-05': 0, '2026-06': 1 },
  outages: [['2026-06-01T12:00:00+03:00', 1]],
};

/** Flips listed newest first, as the API lists them, and the same oldest first: one minute down in June either way. */
async function oneMinuteEitherWay(...newestFirst: [string, 0 | 1][]): Promise<void> {
  expect(downtime(await report('flips.json', flips(...newestFirst)))).toEqual(ONE_MINUTE_IN_JUNE);
  expect(downtime(await report('flips.json', flips(...[...newestFirst].reverse())))).toEqual(
    ONE_MINUTE_IN_JUNE,
  );
}

describe('a state log down and up again within one minute', () => {
  it('Healthchecks flips, newest first (as the API lists them) or oldest first: one minute down', async () => {
    await oneMinuteEitherWay(
      ['2026-06-01T09:00:47+00:00', 1],
      ['2026-06-01T09:00:07+00:00', 0],
      ['2026-05-01T00:00:00+00:00', 1],
    );
  });

  it('flips in the same second: the up one is carried, whichever way the log runs', async () => {
    // A check can go down and back up within a second (a ping at the end of its grace
    // time); a flip up and straight down again in the same second is not what such a pair is.
    await oneMinuteEitherWay(
      ['2026-06-01T09:00:07+00:00', 1],
      ['2026-06-01T09:00:07+00:00', 0],
      ['2026-05-01T00:00:00+00:00', 1],
    );
  });

  it('rows in any order: the latest change of the minute is carried', async () => {
    const r = await report(
      'flips.json',
      flips(
        ['2026-06-01T09:00:07+00:00', 0],
        ['2026-05-01T00:00:00+00:00', 1],
        ['2026-06-01T10:00:00+00:00', 1],
        ['2026-06-01T09:00:37+00:00', 1],
        ['2026-06-01T09:30:00+00:00', 0],
        ['2026-06-01T09:30:50+00:00', 0],
        ['2026-06-01T09:30:20+00:00', 1],
      ),
    );
    // Down 09:00 (back at :37), then down again from 09:30:50 to 10:00: 1 + 30 minutes.
    expect(downtime(r)).toEqual({
      months: { '2026-05': 0, '2026-06': 31 },
      outages: [
        ['2026-06-01T12:00:00+03:00', 1],
        ['2026-06-01T12:30:00+03:00', 30],
      ],
    });
  });

  it('an UptimeRobot log with a 30-second down state: one minute, not the month', async () => {
    const log = (id: number, type: number, datetime: number, duration: number, code: string) => ({
      id,
      type,
      datetime,
      duration,
      reason: { code, detail: '' },
    });
    const r = await report('uptimerobot.json', {
      stat: 'ok',
      pagination: { offset: 0, limit: 50, total: 1 },
      monitors: [
        {
          id: 777712345,
          friendly_name: 'API',
          url: 'https://api.example.com',
          type: 1,
          interval: 30,
          status: 2,
          logs: [
            // Fetched at noon UTC on 30 June: the newest state lasts until then.
            log(9000003, 2, at('2026-06-01T09:00:37Z') / 1000, 2516363, '200'),
            log(9000002, 1, at('2026-06-01T09:00:07Z') / 1000, 30, '503'),
            log(9000001, 98, at('2026-05-01T00:00:00Z') / 1000, 2710807, ''),
          ],
        },
      ],
    });
    expect(downtime(r)).toEqual(ONE_MINUTE_IN_JUNE);
  });

  it('UptimeRobot: the newest state ends when the file was fetched, and a pause is no data', async () => {
    const log = (type: number, datetime: string, duration: number) => ({
      type,
      datetime: at(datetime) / 1000,
      duration,
      reason: { code: '', detail: '' },
    });
    const r = await report('uptimerobot.json', {
      stat: 'ok',
      monitors: [
        {
          id: 777712346,
          friendly_name: 'API',
          logs: [
            // Down at midnight in Cairo on 1 June, fetched ten minutes later: ten minutes
            // down, not the rest of the year.
            log(1, '2026-05-31T21:00:00Z', 600),
            // Paused for an hour on 20 May: no evidence either way.
            log(2, '2026-05-20T01:00:00Z', 1_022_400),
            log(99, '2026-05-20T00:00:00Z', 3_600),
            log(98, '2026-05-01T00:00:00Z', 1_641_600),
          ],
        },
      ],
    });
    expect(downtime(r)).toEqual({
      months: { '2026-05': 0, '2026-06': 10 },
      outages: [['2026-06-01T00:00:00+03:00', 10]],
    });
    // May in Cairo (44 640 minutes) from 03:00 on 1 May: 180 minutes before the first log
    // and the hour paused are no data; June after the fetch is all no data.
    expect(r.periods.map((p) => [p.label, p.nodataMinutes])).toEqual([
      ['2026-05', 240],
      ['2026-06', 43_190],
    ]);
  });

  it('a change of its own in the next minute is left as it is', async () => {
    const r = await report(
      'flips.json',
      flips(
        ['2026-05-01T00:00:00+00:00', 1],
        ['2026-06-01T09:00:07+00:00', 0],
        ['2026-06-01T09:00:37+00:00', 1],
        ['2026-06-01T09:01:20+00:00', 0],
        ['2026-06-01T09:05:00+00:00', 1],
      ),
    );
    expect(downtime(r)).toEqual({
      months: { '2026-05': 0, '2026-06': 5 },
      outages: [['2026-06-01T12:00:00+03:00', 5]],
    });
  });
});

/** The minutes of a monitor with a check of `outcome`, as epoch minutes. */
function minutesOf(m: ProbeMinutes, outcome: number): number[] {
  const c = m.classes.find((k) => k.outcome === outcome);
  if (!c) return [];
  if (c.offsets) return [...c.offsets].map((o) => m.firstMinute + o);
  return [...c.counts.keys()].filter((i) => c.counts[i]! > 0).map((i) => m.firstMinute + i);
}

describe('the minute a state log carries out of', () => {
  const down = at('2026-06-01T09:00:07Z');
  const up = at('2026-06-01T09:00:37Z');
  const minute = down / MIN - 7 / 60;

  it('is written again at the start of the next minute; probes are left as they were', () => {
    for (const kind of ['states', 'probes'] as const) {
      const reducer = new MinuteReducer();
      reducer.addCheck(kind, 'api', down, OUTCOME_DOWN);
      reducer.addCheck(kind, 'api', up, OUTCOME_UP);
      const [m] = reducer.finish() as ProbeMinutes[];
      expect(minutesOf(m!, OUTCOME_DOWN)).toEqual([minute]);
      expect(minutesOf(m!, OUTCOME_UP)).toEqual(kind === 'states' ? [minute, minute + 1] : [minute]);
    }
  });

  it('is found when the two changes fall to two readers of one file', () => {
    const first = new MinuteReducer();
    first.addCheck('states', 'api', at('2026-06-01T08:00:00Z'), OUTCOME_UP);
    first.addCheck('states', 'api', down, OUTCOME_DOWN);
    const second = new MinuteReducer();
    second.addCheck('states', 'api', up, OUTCOME_UP);
    first.absorbChecks(second.exportChecks());
    const [m] = first.finish() as ProbeMinutes[];
    expect(minutesOf(m!, OUTCOME_UP)).toEqual([minute - 60, minute, minute + 1]);
  });
});
