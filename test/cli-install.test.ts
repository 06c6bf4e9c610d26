// The command line as an installed tool: the packed tarball installs into a fresh prefix
// as `sla-witness` and `sla`, and the installed command prints what `npm run sla` prints.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const sample = [
  '--policy',
  'clarus-lis',
  '--probes',
  'public/samples/clarus-lis/probes.csv',
  '--as-of',
  '2026-11-21',
];
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the packed command line', () => {
  it('installs from its tarball and prints the same report as npm run sla', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-pack-'));
    npm(['pack', '--silent', '--pack-destination', dir], root);
    const tarball = readdirSync(dir).find((f) => /^sla-witness-.*\.tgz$/.test(f));
    expect(tarball).toBeDefined();
    const prefix = join(dir, 'prefix');
    npm(['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', `./${tarball}`], dir);
    const bin = process.platform === 'win32' ? prefix : join(prefix, 'bin');
    expect(existsSync(join(bin, 'sla-witness'))).toBe(true);
    // The worker thread that reads the later half of a large file is installed beside the command.
    const installed = join(prefix, 'lib', 'node_modules', 'sla-witness', 'dist-cli');
    expect(existsSync(join(installed, 'chunks', 'part-worker.cjs'))).toBe(true);

    const expected = npm(['run', '--silent', 'sla', '--', ...sample, '--format', 'json'], root);
    expect(JSON.parse(expected).schema).toBe('sla-report/1');
    for (const command of ['sla-witness', 'sla']) {
      const out = execFileSync(join(bin, command), [...sample, '--format', 'json'], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(out).toBe(expected);
    }
    const text = execFileSync(join(bin, 'sla'), [...sample, '--format', 'text'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(text).toBe(npm(['run', '--silent', 'sla', '--', ...sample, '--format', 'text'], root));
    // The installed command names the package it came from.
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(execFileSync(join(bin, 'sla'), ['--version'], { encoding: 'utf8' })).toBe(
      `sla-witness ${version}\n`,
    );

    // The chunks a run loads, by name, as Node's module loader reports them.
    const chunksLoaded = (preset: string) => {
      const run = spawnSync(
        join(bin, 'sla'),
        ['--policy', preset, '--probes', `public/samples/${preset}/probes.csv`, '--as-of', '2026-11-21'],
        { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'module' } },
      );
      expect(run.status).toBe(0);
      return new Set(
        [...run.stderr.matchAll(/load "[^"]*chunks\/([A-Za-z-]+?)-[\w-]{8}\.cjs"/g)].map((m) => m[1] ?? ''),
      );
    };
    // A policy with a holiday country loads that country's rules, and the holiday library
    // with its time-zone data.
    const withHolidays = chunksLoaded('clarus-lis');
    expect(withHolidays.has('holiday-rules-EG')).toBe(true);
    expect(withHolidays.has('country-holidays')).toBe(true);
    // One without starts without them: parsing and running them took about 8 ms of every start.
    expect([...chunksLoaded('medos')].sort()).toEqual(['command', 'read-part', 'rolldown-runtime']);
  });
});
