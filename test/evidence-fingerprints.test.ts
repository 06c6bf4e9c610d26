// The report's inputs[] fingerprint every file the command line reads with its size and the
// SHA-256 that `sha256sum` prints, so a vendor can verify the evidence with a standard tool.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';
import { CLARUS_SAMPLE_FINGERPRINTS } from './fixtures/sample-fingerprints';

const DIR = 'public/samples/clarus-lis';
const FILES = ['probes.csv', 'maintenance.csv', 'tickets.csv', 'obligations.csv'] as const;

/** `sha256sum FILE`'s digest: the first field of its line. */
const sha256sum = (path: string) => execFileSync('sha256sum', [path], { encoding: 'utf8' }).split(' ')[0];

describe('evidence fingerprints', () => {
  it('the browser tests’ values are what sha256sum prints for the Clarus sample', () => {
    for (const name of FILES)
      expect(CLARUS_SAMPLE_FINGERPRINTS[name]).toEqual({
        size: statSync(`${DIR}/${name}`).size,
        sha256: sha256sum(`${DIR}/${name}`),
      });
  });

  it('the command line’s report lists each file with its size and sha256sum’s digest', async () => {
    const argv = ['--policy', 'clarus-lis', '--as-of', '2026-11-21'];
    argv.push('--probes', `${DIR}/probes.csv`, '--exclusions', `${DIR}/maintenance.csv`);
    argv.push('--tickets', `${DIR}/tickets.csv`, '--obligations', `${DIR}/obligations.csv`);
    const report = JSON.parse(await runSla(parseArgs(argv), new Date('2026-11-21T12:00:00Z'))) as SlaReport;
    expect(report.inputs.map((i) => [i.name, i.rows, i.size, i.sha256])).toEqual(
      FILES.map((name) => [
        name,
        { 'probes.csv': 36195, 'maintenance.csv': 6, 'tickets.csv': 6, 'obligations.csv': 4 }[name],
        statSync(`${DIR}/${name}`).size,
        sha256sum(`${DIR}/${name}`),
      ]),
    );
  });
});
