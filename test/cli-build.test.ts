// The built command as it runs installed: its chunks compile from the code cache the build
// wrote beside them, a cache that no longer fits changes nothing but the time, and a large
// file is read by its second thread, a chunk of its own.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeProbeCsv } from '../scripts/bench-generate';
import type { SlaReport } from '../src/engine/report';
import { SLA_BUNDLE, sla } from './support/sla-process';

const SAMPLE = 'public/samples/clarus-lis';
const clarus = ['--policy', 'clarus-lis', '--probes', `${SAMPLE}/probes.csv`, '--as-of', '2026-11-21'];
const built = dirname(SLA_BUNDLE);

/** The chunks a run of the command at `bundle` loads, as Node's module loader reports them. */
function chunksLoaded(bundle: string, args: string[]): string[] {
  const run = spawnSync(process.execPath, [bundle, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_DEBUG: 'module' },
  });
  expect(run.status).toBe(0);
  return [...new Set([...run.stderr.matchAll(/load "([^"]*\/chunks\/[^"]+\.cjs)"/g)].map((m) => m[1] ?? ''))];
}

describe('the built command', { timeout: 120_000 }, () => {
  it('has a code cache beside each chunk a run with holidays loads, which this Node accepts', () => {
    const chunks = chunksLoaded(SLA_BUNDLE, clarus).filter((file) => !/rolldown-runtime/.test(file));
    expect(chunks.map((file) => file.replace(/^.*\/chunks\/|-[\w-]{8}\.cjs$/g, '')).sort()).toEqual(
      expect.arrayContaining(['command', 'country-holidays', 'holiday-rules-EG', 'read-part']),
    );
    // The command compiles each chunk as this does (src/cli/code-cache.ts), in a plain Node.
    const check = `
      const { readFileSync } = require('node:fs');
      const { Script } = require('node:vm');
      const Module = require('node:module');
      const files = ${JSON.stringify(chunks)};
      process.stdout.write(JSON.stringify(files.map((filename) => new Script(
        Module.wrap(readFileSync(filename, 'utf8')),
        { filename, cachedData: readFileSync(filename + '.v8') },
      ).cachedDataRejected)));`;
    const run = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(chunks.map(() => false));
  });

  it('gives the same report when its code cache does not fit its chunks, or is gone', () => {
    const expected = sla([...clarus, '--format', 'json']);
    expect(expected.status).toBe(0);
    const copy = mkdtempSync(join(tmpdir(), 'sla-cache-'));
    cpSync(built, copy, { recursive: true });
    const caches = readdirSync(join(copy, 'chunks')).filter((f) => f.endsWith('.v8'));
    expect(caches.length).toBeGreaterThanOrEqual(4);
    const run = () =>
      spawnSync(process.execPath, [join(copy, 'sla.cjs'), ...clarus, '--format', 'json'], {
        encoding: 'utf8',
      });
    for (const f of caches)
      writeFileSync(
        join(copy, 'chunks', f),
        readFileSync(join(copy, 'chunks', f))
          .subarray(0, 100)
          .reverse(),
      );
    expect(run()).toMatchObject({ status: 0, stderr: '', stdout: expected.stdout });
    for (const f of caches) writeFileSync(join(copy, 'chunks', f), '');
    expect(run()).toMatchObject({ status: 0, stderr: '', stdout: expected.stdout });
  });

  it('reads a large file with its second thread, giving what one reader gives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-large-'));
    const file = join(dir, 'probes.csv');
    expect(writeProbeCsv(file, 1_000_000)).toBe(35_810_177);
    const args = (probes: string) => ['--policy', 'kipu', '--probes', probes, '--as-of', '2025-01-31'];
    const loaded = chunksLoaded(SLA_BUNDLE, args(file));
    expect(loaded.some((f) => f.endsWith('/chunks/part-worker.cjs'))).toBe(true);
    const two = JSON.parse(sla([...args(file), '--format', 'json']).stdout) as SlaReport;
    // Through a pipe the file cannot be cut, so one thread reads it all.
    const piped = spawnSync(
      'bash',
      ['-c', `node ${SLA_BUNDLE} ${args(`<(cat ${file})`).join(' ')} --format json`],
      {
        encoding: 'utf8',
      },
    );
    expect(piped.stderr).toBe('');
    const one = JSON.parse(piped.stdout) as SlaReport;
    expect(two.inputs[0]?.rows).toBe(1_000_000);
    // The part thread took the fingerprint while the first evaluated: the one sha256sum prints.
    const bytes = readFileSync(file);
    expect(two.inputs[0]?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(two.inputs[0]?.size).toBe(35_810_177);
    expect({ ...two, inputs: two.inputs.map(({ name, ...input }) => input) }).toEqual({
      ...one,
      inputs: one.inputs.map(({ name, ...input }) => input),
    });
  });
});
