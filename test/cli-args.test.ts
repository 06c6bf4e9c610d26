// Usage errors are found in the arguments alone, before any file is read, and end with
// exit 2: an unknown role to map, an option of one value given twice. --version asks for nothing else.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../src/cli/args';

const PROBES = 'public/samples/kipu/probes.csv';
const PACKAGE_VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

describe('the command line’s arguments', () => {
  it('an unknown role in --map is a usage error, naming the roles', () => {
    expect(() => parseArgs(['--policy', 'kipu', PROBES, '--map', 'bogus=x'])).toThrow(
      new UsageError(
        `--map bogus=x: unknown role "bogus" (roles: time, monitor, code, status, error, requests, failures, latency, start, end, duration, cause, kind, announcedAt, note; a tickets file's: id, severity, opened_at, first_response_at, resolved_at, report_published_at; an obligation log's: obligation, started_at, fulfilled_at, note)`,
      ),
    );
    expect(parseArgs(['--policy', 'kipu', PROBES, '--map', 'announcedAt=notice']).map).toEqual({
      announcedAt: 'notice',
    });
  });

  it.each([
    ['--holidays', 'a.csv', 'b.csv'],
    ['--as-of', '2026-11-21', '2026-11-22'],
    ['--policy', 'kipu', 'medos'],
    ['--tz', 'UTC', 'Africa/Cairo'],
  ])('%s given twice is a usage error: the first would be silently replaced', (flag, one, two) => {
    const base = flag === '--policy' ? [PROBES] : ['--policy', 'kipu', PROBES];
    expect(() => parseArgs([...base, flag, one, flag, two])).toThrow(
      new UsageError(`${flag} is given twice; it takes one value`),
    );
  });

  it('--fee takes a decimal amount from 0, not a hexadecimal or exponent form', () => {
    const fee = (v: string) => parseArgs(['--policy', 'kipu', PROBES, '--fee', v]).fee;
    expect([fee('0'), fee('1200'), fee('99.50')]).toEqual([0, 1200, 99.5]);
    for (const v of ['0x10', '1e3', '-5', '', ' 12', 'Infinity', '12.'])
      expect(() => fee(v)).toThrow(
        new UsageError(`--fee ${v}: expected a number from 0, such as 1200 or 99.50`),
      );
  });

  it('--version and -V ask for the version alone: no policy or file is needed', () => {
    expect(parseArgs(['--version']).version).toBe(true);
    expect(parseArgs(['-V']).version).toBe(true);
    expect(parseArgs(['--policy', 'kipu', PROBES]).version).toBe(false);
    expect(() => parseArgs([])).toThrow(new UsageError('--policy is required'));
  });

  it('prints the package name and version, and exits 0', () => {
    const run = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`sla-witness ${PACKAGE_VERSION}\n`);
  }, 300_000);

  it('exits 2 for a usage error, with the usage after its line', () => {
    const run = spawnSync(
      'node_modules/.bin/tsx',
      ['src/cli/main.ts', '--policy', 'kipu', PROBES, '--map', 'x=y'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(
      `sla: --map x=y: unknown role "x" (roles: time, monitor, code, status, error, requests, failures, latency, start, end, duration, cause, kind, announcedAt, note; a tickets file's: id, severity, opened_at, first_response_at, resolved_at, report_published_at; an obligation log's: obligation, started_at, fulfilled_at, note)`,
    );
  }, 300_000);
});
