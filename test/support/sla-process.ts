// The command line as its tests start it as a process: the Node build that users install
// (vite.cli.config.ts), built once for the run by the unit project's global setup into a
// folder of its own, so that a test packing the package (which rebuilds dist-cli/) cannot
// pull it away mid-run. It starts in 0.17 s where tsx compiling the source took 1.3 s at
// every start; `npm run sla` on the source is started by cli-args and the README's commands.
import { execFileSync, type SpawnSyncOptions, type SpawnSyncReturns, spawnSync } from 'node:child_process';

const OUT = 'test-results/sla-cli';

/** The built command, started by Node. */
export const SLA_BUNDLE = `${OUT}/sla.cjs`;

/** `sla` as words of a shell command line. */
export const SLA_SHELL = `node ${SLA_BUNDLE}`;

/** Runs `sla` with `args` and waits for it: its status and what it wrote, as text. */
export function sla(args: readonly string[], options: SpawnSyncOptions = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [SLA_BUNDLE, ...args], { ...options, encoding: 'utf8' });
}

/** Vitest's global setup: builds the command once before any test file runs. */
export default function buildSla(): void {
  execFileSync(
    'node_modules/.bin/vite',
    ['build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn', '--outDir', OUT, '--emptyOutDir'],
    { stdio: 'inherit' },
  );
}
