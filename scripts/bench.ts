// `npm run bench`: one probe file, written once into the temp directory, measured by each
// section in turn (Node's import and the command line's, the command's start, Chromium's
// import), then the phone figure, sparse data, evaluation at scale and a 200 MB JSON file
// of its own; first of all, what this machine charges for a loop and for fresh memory.
// Usage: npm run bench -- [--rows N] [--json] [--only node,cli,chromium,app,phone,json,sparse,scale]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importChunks } from '../src/ingest/importer';
import { MinuteReducer } from '../src/ingest/reduce';
import { measureReevaluation, PROBE_OPTIONS, type Reevaluation } from '../test/bench/reeval';
import { type StorageSize, storageSize } from '../test/bench/storage-size';
import { writeProbeCsv } from './bench-generate';
import { benchMachine, machineLine } from './bench-machine';
import { benchNode, nodeTable } from './bench-node';

export interface BenchFile {
  path: string;
  rows: number;
  bytes: number;
}

/** One part of the benchmark: its figures go under `name` in the JSON, its table to the terminal. */
export interface BenchSection {
  name: string;
  run(file: BenchFile): Promise<{ figures: object; table: string }>;
}

/**
 * Node's re-evaluation figures (our import once more, then the same measurement as the
 * worker's), and what the reduced minutes take once stored.
 */
async function nodeReevaluation(path: string): Promise<Reevaluation & { storage: StorageSize }> {
  const reducer = new MinuteReducer();
  const result = await importChunks(
    path,
    createReadStream(path, { highWaterMark: 1 << 20 }),
    PROBE_OPTIONS,
    reducer,
  );
  const minutes = reducer.finish();
  return {
    ...measureReevaluation(minutes, result.exclusions, [result.summary]),
    storage: storageSize(minutes, (monitor, fromMs, toMs) =>
      reducer.logBetween('probes', monitor, fromMs, toMs),
    ),
  };
}

const MB = 1e6;
/** The file read again, at the import's measured speed: what a down-code change cost before. */
const reimportSeconds = (bytes: number, ingestMBps: number) => bytes / MB / ingestMBps;

const reevalLines = (r: Reevaluation & { storage: StorageSize }, bytes: number, ingestMBps: number) =>
  [
    `  re-evaluation (clarus-lis, timezone switched) ${r.reevalMs.toFixed(1)} ms, median of 5; first evaluation ${r.reevalFirstMs.toFixed(1)} ms`,
    `  re-evaluation after a down-code change (HTTP 503 down or not) ${r.downCodesReevalMs.toFixed(1)} ms, median of 5; before checks were kept by outcome, importing the file again: ${reimportSeconds(bytes, ingestMBps).toFixed(1)} s`,
    `  stored per monitor-year: counts by outcome ${(r.storage.countsBytesPerMonitorYear / MB).toFixed(2)} MB (${r.storage.classesPerMonth.toFixed(1)} classes a month; up and down as before: ${(r.storage.upDownBytesPerMonitorYear / MB).toFixed(2)} MB), check times ${(r.storage.checkTimesBytesPerMonitorYear / MB).toFixed(2)} MB`,
  ].join('\n');

/**
 * The sections, run in order on the same file; --json prints one object,
 * {"rows","bytes", <name>: figures, ...}. A new section (the Chromium worker, policy
 * re-evaluation) is one more entry here.
 */
const SECTIONS: BenchSection[] = [
  {
    name: 'node',
    async run(file) {
      const figures = await benchNode(file.path);
      const reeval = await nodeReevaluation(file.path);
      return {
        figures: {
          ...figures,
          ...reeval,
          downCodesReimportMs: reimportSeconds(file.bytes, figures.ingestMBps) * 1000,
        },
        table: `${nodeTable(figures)}\n${reevalLines(reeval, file.bytes, figures.ingestMBps)}`,
      };
    },
  },
  {
    name: 'cli',
    async run(file) {
      const { benchCli, cliTable } = await import('./bench-cli');
      const figures = benchCli(file.path, file.bytes);
      return { figures, table: cliTable(figures) };
    },
  },
  {
    name: 'chromium',
    async run(file) {
      // Loaded here, so that Vite and Playwright do not weigh on the Node section's resident set.
      const { benchChromium, chromiumTable } = await import('./bench-chromium');
      const figures = await benchChromium(file.path);
      return { figures, table: chromiumTable(figures) };
    },
  },
  {
    name: 'app',
    async run(file) {
      const { benchApp, appTable } = await import('./bench-app');
      const figures = await benchApp(file.path, file.bytes);
      return { figures, table: appTable(figures) };
    },
  },
  {
    name: 'phone',
    async run() {
      const { benchPhone, phoneTable } = await import('./bench-phone');
      const figures = await benchPhone();
      return { figures, table: phoneTable(figures) };
    },
  },
  {
    name: 'json',
    async run() {
      const { benchJson, jsonTable } = await import('./bench-json');
      const figures = await benchJson();
      return { figures, table: jsonTable(figures) };
    },
  },
  {
    name: 'sparse',
    async run() {
      const { benchSparse, sparseTable } = await import('./bench-sparse');
      const figures = benchSparse();
      return { figures, table: sparseTable(figures) };
    },
  },
  {
    name: 'scale',
    async run() {
      const { benchScale, scaleTable } = await import('./bench-scale');
      const figures = await benchScale(undefined, (line) => process.stderr.write(`${line}\n`));
      return { figures, table: scaleTable(figures) };
    },
  },
];

const USAGE = `usage: npm run bench -- [--rows N] [--json] [--only ${SECTIONS.map((s) => s.name).join(',')}]`;

function parseArgs(argv: string[]): { rows: number; json: boolean; only: string[] } {
  let rows = 10_000_000;
  let json = false;
  let only = SECTIONS.map((s) => s.name);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rows') rows = Number(argv[++i]);
    else if (argv[i] === '--json') json = true;
    else if (argv[i] === '--only') only = (argv[++i] ?? '').split(',');
    else throw new Error(`unknown argument ${argv[i]} (${USAGE})`);
  }
  if (!Number.isInteger(rows) || rows < 1) throw new Error('--rows: expected a positive whole number');
  for (const name of only)
    if (!SECTIONS.some((s) => s.name === name)) throw new Error(`--only: no section "${name}" (${USAGE})`);
  return { rows, json, only };
}

/** The probe file for `rows`, written on first use; the name carries the format's version. */
function probeFile(rows: number, log: (line: string) => void): BenchFile {
  const path = join(tmpdir(), `sla-witness-bench-v1-${rows}.csv`);
  if (!existsSync(path) || statSync(path).size === 0) {
    log(`writing ${path} …`);
    writeProbeCsv(path, rows);
  }
  return { path, rows, bytes: statSync(path).size };
}

async function main(argv: string[]): Promise<void> {
  const { rows, json, only } = parseArgs(argv);
  const log = (line: string) => {
    if (!json) process.stdout.write(`${line}\n`);
  };
  const file = probeFile(rows, (line) => process.stderr.write(`${line}\n`));
  log(`${file.path}: ${rows.toLocaleString('en-US')} rows, ${(file.bytes / 1e6).toFixed(1)} MB`);
  const machine = benchMachine();
  log(machineLine(machine));
  const out: Record<string, unknown> = { rows: file.rows, bytes: file.bytes, machine };
  for (const section of SECTIONS.filter((s) => only.includes(s.name))) {
    const { figures, table } = await section.run(file);
    out[section.name] = figures;
    log(table);
  }
  if (json) process.stdout.write(`${JSON.stringify(out)}\n`);
}

await main(process.argv.slice(2));
