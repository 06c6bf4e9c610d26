// What keeps a reviewed file from import is said in the app's words, never the command
// line's `--map`: here, a request log without its failed requests.
import { describe, expect, it } from 'vitest';
import { planProblemsOf } from '../src/app/import/plan-problems';
import type { ImportJob } from '../src/app/import/queue';

const job = (header: string[]): ImportJob =>
  ({
    file: new File(['x'.repeat(70_000)], 'api.csv'),
    kind: 'probes',
    overrides: {},
    sniff: { header, rows: [header.map(() => '1')], problem: null },
  }) as unknown as ImportJob;

describe('a request log reviewed before import', () => {
  it('asks for the failed requests in the app’s words', () => {
    expect(planProblemsOf(job(['time', 'service', 'requests']))).toEqual([
      '“api.csv” counts requests in a row but has no column of failed requests: choose it as “Failed requests in the row” under “Columns” above.',
    ]);
  });

  it('takes an "errors" column beside the requests as the failed requests', () => {
    expect(planProblemsOf(job(['time', 'service', 'requests', 'errors']))).toEqual([]);
  });
});
