// Exports joined one after another (`cat jan.csv feb.csv`, an export appended to, a second
// file saved with its BOM): the second header is a row that is said to be the header again,
// where it was skipped or refused as a bad time, severity, date or obligation.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';
import { scratchFiles } from './support/scratch';

const { file } = scratchFiles('sla-joined-');
const PROBES = 'public/samples/clarus-lis/probes.csv';
const run = async (argv: string[]) =>
  JSON.parse(
    await runSla(
      parseArgs(['--policy', 'clarus-lis', '--as-of', '2026-11-21', '--format', 'json', ...argv]),
      new Date(),
    ),
  ) as SlaReport;
const AGAIN = 'the header again, as where files were joined one after another';
const skippedOf = (r: SlaReport, kind: string) => {
  const i = r.inputs.find((x) => x.kind === kind)!;
  return [i.rows, i.skippedRows, i.skipped];
};

/** Checks a minute apart from 1 May 2026, the header repeated before check `at`. */
const joinedChecks = (count: number, at: number, bom = '') => {
  const rows = ['time,monitor,status'];
  for (let i = 0; i < count; i++) {
    if (i === at) rows.push(`${bom}time,monitor,status`);
    rows.push(`${new Date(Date.UTC(2026, 4, 1) + i * 60_000).toISOString()},api,${i % 97 ? 200 : 500}`);
  }
  return `${rows.join('\n')}\n`;
};

describe('files joined one after another', () => {
  it('a check file’s second header is skipped as the header again, within the first look and beyond it, BOM and all', async () => {
    const small = file('small.csv', joinedChecks(4, 2, '\ufeff'));
    expect(skippedOf(await run([small]), 'probes')).toEqual([4, 1, [{ line: 4, reason: AGAIN }]]);
    const big = file('big.csv', joinedChecks(4_000, 2_500));
    expect(skippedOf(await run([big]), 'probes')).toEqual([4_000, 1, [{ line: 2_502, reason: AGAIN }]]);
  });

  it('tickets and exclusions skip it likewise', async () => {
    const tickets = file(
      'tickets.csv',
      'id,severity,opened_at,first_response_at\nT1,P1,2026-09-07T10:20:00+03:00,2026-09-07T12:50:00+03:00\n' +
        'id,severity,opened_at,first_response_at\nT2,P1,2026-09-08T10:20:00+03:00,2026-09-08T10:50:00+03:00\n',
    );
    const exclusions = file(
      'maintenance.csv',
      'start,end,kind,announced_at\n2026-09-20T09:00:00+03:00,2026-09-20T09:45:00+03:00,emergency,\n' +
        'Start,End,Kind,Announced_At\n2026-09-21T09:00:00+03:00,2026-09-21T09:45:00+03:00,emergency,\n',
    );
    const r = await run([PROBES, '--tickets', tickets, '--exclusions', exclusions]);
    expect(skippedOf(r, 'tickets')).toEqual([2, 1, [{ line: 3, reason: AGAIN }]]);
    expect(skippedOf(r, 'exclusions')).toEqual([2, 1, [{ line: 3, reason: AGAIN }]]);
  });

  it('a holiday list and an obligation log, which refuse any bad row, name it on its line', async () => {
    const holidays = file(
      'holidays.csv',
      'date,name\n2026-10-06,Armed Forces Day\ndate,name\n2026-12-25,Christmas\n',
    );
    await expect(run([PROBES, '--holidays', holidays])).rejects.toThrow(`${holidays}:3: ${AGAIN}: remove it`);
    const log = file(
      'obligations.csv',
      'obligation,started_at,fulfilled_at,note\nrpo,2026-10-12T10:15:00+03:00,2026-10-11T02:00:00+03:00,x\n' +
        'obligation,started_at,fulfilled_at,note\n',
    );
    await expect(run([PROBES, '--obligations', log])).rejects.toThrow(`${log}:3: ${AGAIN}: remove it`);
  });
});
