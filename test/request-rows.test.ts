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
        '2026-03-10T10:32:00Z,70000,1',
        '2026-03-10T10:33:00Z,100,1',
      ].join('\n'),
    );
    expect(summary.rows).toBe(1);
    expect(summary.skipped).toEqual([
      { line: 2, reason: '101 failed requests of 100: more failed than were made' },
      { line: 3, reason: 'requests: expected a whole number (up to 9 digits)' },
      {
        line: 4,
        reason: '70000 requests in one row; a row may stand for at most 65535 (split it by minute)',
      },
    ]);
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
