// Rows that stand for many requests (an API client's own log: `requests`, `errors`): each
// request is one check at the row's time, failed ones down whatever the down codes say,
// so an error-rate rule reads the share that failed, at its boundaries.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { ProbeMinutes } from '../src/engine/observations';
import type { SlaReport } from '../src/engine/report';
import { loadCsv } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';
import { DEFAULT_RULES, upDown } from './support/check-counts';

function load(csv: string) {
  const reducer = new MinuteReducer();
  const result = loadCsv(
    'api.csv',
    new TextEncoder().encode(csv),
    { kind: 'probes', sourceZone: 'UTC' },
    reducer,
  );
  return { ...result, monitors: reducer.finish() as ProbeMinutes[] };
}

describe('a request log', () => {
  it('counts each request of a row as a check, the failed ones down', () => {
    const { summary, monitors } = load(
      'time,requests,errors\n2026-03-10T10:30:00Z,2000,101\n2026-03-10T10:31:00Z,2000,0\n',
    );
    expect(summary.rows).toBe(2);
    const { up, down } = upDown(monitors[0]!, DEFAULT_RULES);
    const at = Date.UTC(2026, 2, 10, 10, 30) / 60_000 - monitors[0]!.firstMinute;
    expect([up[at], down[at], up[at + 1], down[at + 1]]).toEqual([1899, 101, 2000, 0]);
  });

  it('skips rows it cannot count, saying why, and never echoes more than a clip of a cell', () => {
    const { summary } = load(
      [
        'time,requests,errors',
        '2026-03-10T10:30:00Z,100,101',
        '2026-03-10T10:31:00Z,ten,1',
        '2026-03-10T10:33:00Z,100,1',
      ].join('\n'),
    );
    expect(summary.rows).toBe(1);
    expect(summary.skipped).toEqual([
      { line: 2, reason: '101 failed requests of 100: more failed than were made' },
      { line: 3, reason: 'requests: expected a whole number (up to 9 digits)' },
    ]);
  });

  // A minute's count of one outcome stops at 65 535; clipped, the minute's share of failed
  // requests would be wrong (60 000 + 60 000 requests with 2 400 + 2 400 failed is 4 %, but
  // clipped to 65 535 passed it reads as 6.8 %), so the reading is refused at the row that
  // passes it.
  it('refuses a minute holding more requests of one outcome than it counts, naming the row', () => {
    const refusal = (line: number, minute: string) =>
      `api.csv:${line}: monitor "api" has more than 65\u2009535 checks of one outcome in the minute from 2026-03-10 ${minute} UTC; SLA Witness counts at most 65\u2009535 a minute, so it cannot read that minute's share of failed checks`;
    const rows = (...r: string[]) => load(['time,requests,errors', ...r].join('\n'));
    expect(() => rows('2026-03-10T10:30:00Z,60000,2400', '2026-03-10T10:30:30Z,60000,2400')).toThrow(
      refusal(3, '10:30'),
    );
    expect(() => rows('2026-03-10T10:31:00Z,100,1', '2026-03-10T10:32:00Z,70000,1')).toThrow(
      refusal(3, '10:32'),
    );
    expect(() => rows('2026-03-10T10:32:00Z,999999999,0')).toThrow(refusal(2, '10:32'));
    // At the limit, and split between outcomes, a minute is read exactly.
    const { monitors } = rows('2026-03-10T10:30:00Z,60000,2400', '2026-03-10T10:30:30Z,7935,0');
    const { up, down } = upDown(monitors[0]!, DEFAULT_RULES);
    const at = Date.UTC(2026, 2, 10, 10, 30) / 60_000 - monitors[0]!.firstMinute;
    expect([up[at], down[at]]).toEqual([65_535, 2400]);
    const split = rows('2026-03-10T10:30:00Z,100000,40000');
    const counted = upDown(split.monitors[0]!, DEFAULT_RULES);
    const at2 = Date.UTC(2026, 2, 10, 10, 30) / 60_000 - split.monitors[0]!.firstMinute;
    expect([counted.up[at2], counted.down[at2]]).toEqual([60_000, 40_000]);
  });

  it('needs the failed requests beside the requests', () => {
    expect(() => load('time,service,requests\n2026-03-10T10:30:00Z,api,100\n')).toThrow(
      'api.csv:1: a requests column needs a column of failed requests beside it (columns: time, service, requests); name it with --map failures=COLUMN',
    );
  });

  it('keeps an "errors" column of messages beside a status an error text', () => {
    const { monitors } = load('time,status,errors\n2026-03-10T10:30:00Z,200,slow\n');
    const { up, down } = upDown(monitors[0]!, DEFAULT_RULES);
    const at = Date.UTC(2026, 2, 10, 10, 30) / 60_000 - monitors[0]!.firstMinute;
    expect([up[at], down[at]]).toEqual([1, 0]);
  });
});

describe('Google Cloud Functions on request totals', () => {
  // "Error Rate greater than 10 % … with at least 100 executions": 11 of 100 is down,
  // 10 of 100 is not, 50 of 99 is too few executions to count.
  it('takes a minute down above 10 % of at least 100 executions, and only then', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-requests-'));
    const file = join(dir, 'executions.csv');
    writeFileSync(
      file,
      [
        'time,service,requests,errors',
        '2026-03-10T10:30:00Z,checkout,100,11',
        '2026-03-10T10:31:00Z,checkout,100,10',
        '2026-03-10T10:32:00Z,checkout,99,50',
        '2026-03-10T10:30:00Z,thumbnails,500,0',
      ].join('\n'),
    );
    const report = JSON.parse(
      await runSla(
        parseArgs(['--policy', 'public/policies/google-cloud-functions.json', file, '--as-of', '2026-04-15']),
        new Date('2026-04-15T12:00:00Z'),
      ),
    ) as SlaReport;
    expect(report.scopes!.map((s) => [s.id, s.periods[0]!.downtimeMinutes])).toEqual([
      ['checkout', 1],
      ['thumbnails', 0],
    ]);
  });
});
