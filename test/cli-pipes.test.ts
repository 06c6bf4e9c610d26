// Files given as a pipe or a device (`cat … | sla --tickets /dev/stdin`, `--probes <(…)`):
// what they give can be read only once, so detection and reading take the same bytes, and
// the report is the one the same files on disk give.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SlaReport } from '../src/engine/report';
import { SLA_SHELL, sla } from './support/sla-process';

const SAMPLE = 'public/samples/clarus-lis';
const AS_OF = ['--as-of', '2026-11-01'];

const clarus = (args: string[], input?: string) =>
  sla(['--policy', 'clarus-lis', ...args, ...AS_OF], {
    timeout: 60_000,
    ...(input === undefined ? {} : { input }),
  });

/** Runs a shell command line, as a user would type it, for process substitution. */
const shell = (command: string) => spawnSync('bash', ['-c', command], { encoding: 'utf8', timeout: 60_000 });

const report = (r: { status: number | null; stderr: string; stdout: string }) => {
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as SlaReport;
};

describe('inputs from a pipe or device', { timeout: 300_000 }, () => {
  const fromFiles = report(
    clarus(['--tickets', `${SAMPLE}/tickets.csv`, '--probes', `${SAMPLE}/probes.csv`]),
  );

  it('tickets on standard input are read as the same file on disk', () => {
    const piped = report(
      clarus(
        ['--tickets', '/dev/stdin', '--probes', `${SAMPLE}/probes.csv`],
        readFileSync(`${SAMPLE}/tickets.csv`, 'utf8'),
      ),
    );
    expect(piped.inputs.map((i) => [i.name, i.kind, i.rows, i.skippedRows, i.size, i.sha256])).toEqual([
      ['stdin', 'tickets', 6, 0, 537, 'df62169a9a7c42a8189c28161fc7960e5649d8e02124d3da787b741e0979cb60'],
      [
        'probes.csv',
        'probes',
        36_195,
        0,
        1_365_504,
        'd61049086000aeb94099b455fcbcaa115ef8c6964a7c9a2ab41c84195630ecff',
      ],
    ]);
    expect(piped.tickets).toEqual(fromFiles.tickets);
    expect(piped.periods).toEqual(fromFiles.periods);
  });

  it('checks on standard input, their kind detected, and from process substitution are read whole', () => {
    const detected = report(
      clarus(
        ['--tickets', `${SAMPLE}/tickets.csv`, '/dev/stdin'],
        readFileSync(`${SAMPLE}/probes.csv`, 'utf8'),
      ),
    );
    const substituted = report(
      shell(
        `cat ${SAMPLE}/tickets.csv | ${SLA_SHELL} --policy clarus-lis --tickets /dev/stdin --probes <(cat ${SAMPLE}/probes.csv) ${AS_OF.join(' ')}`,
      ),
    );
    for (const r of [detected, substituted]) {
      expect(r.inputs.map((i) => [i.kind, i.rows, i.skippedRows, i.monitors, i.size])).toEqual([
        ['tickets', 6, 0, [], 537],
        ['probes', 36_195, 0, ['api', 'lis'], 1_365_504],
      ]);
      expect(r.periods).toEqual(fromFiles.periods);
      expect(r.outages).toEqual(fromFiles.outages);
    }
  });

  it('a device that never ends is refused at 50 MB, naming it', () => {
    const r = clarus(['--probes', '/dev/zero']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'sla: /dev/zero: this file is more than 50 MB; at most 50 MB is read (is it the right file?)\n',
    );
  });
});
