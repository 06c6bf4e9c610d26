// The command line's section of `npm run bench` (never part of `npm test`): how long the
// installed command takes to start and answer for a small file, beside Node starting with
// nothing to do and `npm run sla` compiling the TypeScript at every run; and the whole
// command on the benchmark's file. Usage: tsx scripts/bench-cli.ts FILE [--json]
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(REPO, 'dist-cli/sla.cjs');
const RUNS = 10;

export interface CliBench {
  /** Wall times of RUNS runs each, ms, sorted. */
  nodeFloorMs: number[];
  /** The bundled command on a 1 000-row file, a preset without holidays (Kipu). */
  bundleMs: number[];
  /** The same with a country's holidays to load (Clarus LIS: Egypt). */
  bundleHolidaysMs: number[];
  /** `npm run sla` (tsx) on the same file, three runs. */
  tsxMs: number[];
  /** The bundled command on the benchmark's file, report as CSV: ingest with two threads and evaluation. */
  bigFileSeconds: number;
  bigFileMBps: number;
}

function wall(command: string, args: string[], runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(command, args, { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
    out.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${r.stderr}`);
  }
  return out.sort((a, b) => a - b);
}

/** The first 1 000 rows of the benchmark's file. */
function smallFile(file: string): string {
  const text = readFileSync(file, { encoding: 'utf8', flag: 'r' }).slice(0, 100_000);
  const path = join(tmpdir(), 'sla-witness-bench-1000.csv');
  writeFileSync(path, `${text.split('\n').slice(0, 1001).join('\n')}\n`);
  return path;
}

export function benchCli(file: string, bytes: number): CliBench {
  execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: REPO, stdio: 'inherit' });
  const small = smallFile(file);
  const args = (policy: string, f: string) => [policy, '--probes', f, '--as-of', '2026-06-30'];
  const run = (policy: string, f: string) => [BUNDLE, '--policy', ...args(policy, f)];
  const nodeFloorMs = wall('node', ['-e', '0'], RUNS);
  const bundleMs = wall('node', run('kipu', small), RUNS);
  const bundleHolidaysMs = wall('node', run('clarus-lis', small), RUNS);
  const tsxMs = wall('npm', ['run', '--silent', 'sla', '--', '--policy', ...args('clarus-lis', small)], 3);
  const [big] = wall('node', [...run('kipu', file), '--format', 'csv'], 1);
  return {
    nodeFloorMs,
    bundleMs,
    bundleHolidaysMs,
    tsxMs,
    bigFileSeconds: big! / 1000,
    bigFileMBps: bytes / 1e6 / (big! / 1000),
  };
}

const span = (xs: number[]) => `${Math.round(xs[0]!)} ms (median ${Math.round(xs[xs.length >> 1]!)})`;

export function cliTable(r: CliBench): string {
  return [
    '  Command line: start to answer for a 1 000-row file (fastest of 10, median)',
    `    node -e 0 (the floor)                ${span(r.nodeFloorMs)}`,
    `    installed command, no holidays       ${span(r.bundleMs)}`,
    `    installed command, Egypt's holidays  ${span(r.bundleHolidaysMs)}`,
    `    npm run sla (tsx, 3 runs)            ${span(r.tsxMs)}`,
    `    installed command on the benchmark's file, whole report: ${r.bigFileSeconds.toFixed(2)} s (${Math.round(r.bigFileMBps)} MB/s)`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx scripts/bench-cli.ts FILE [--json]');
  const { statSync } = await import('node:fs');
  const r = benchCli(file, statSync(file).size);
  process.stdout.write(
    process.argv.includes('--json') ? `${JSON.stringify({ cli: r })}\n` : `${cliTable(r)}\n`,
  );
}
