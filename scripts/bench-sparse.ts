// The sparse section of `npm run bench`: contracts whose data lies years apart, each beside
// a baseline measured in the same run (the same rows moved into neighbouring months), and
// the worst inputs of the hostile corpus, evaluated in Node through the real ingest and
// engine, and the command line on the corpus's full probe file. Memory is what reading and
// evaluating allocate in typed arrays (every constructor call counted), the longest such
// array, and what the engine alone allocates; times are the median of three runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluate } from '../src/engine/evaluate';
import { PRESETS } from '../src/engine/presets';
import { loadCsv } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';
import { typedArraysWhile } from '../test/support/allocations';
import { PROBE_HEADER, probeRows, spreadChecks } from '../test/support/corpus';

const encoder = new TextEncoder();
const MINUTE_MS = 60_000;

interface SparseCase {
  name: string;
  rows: number;
  /** Minutes from the first reported period's start to where the range ends. */
  spanMinutes: number;
  heldMinutes: number;
  longestArray: number;
  /** Reading the rows and evaluating them. */
  allocatedMB: number;
  evaluateMs: number;
  /** Evaluating alone, the rows already read. */
  engineMB: number;
  engineMs: number;
  /** Why the input was refused, when it was. */
  refused: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Reads the rows as `files` files of consecutive rows, each through a reader of its own
 * (as the app imports files one by one), and evaluates them as one contract.
 */
function measure(name: string, header: string, rows: string[], files = 1): SparseCase {
  const policy = structuredClone(PRESETS['clarus-lis']!);
  const perFile = Math.ceil(rows.length / files);
  const readAll = () =>
    Array.from({ length: files }, (_, k) => {
      const reducer = new MinuteReducer(`bench-${k}.csv`);
      const part = rows.slice(k * perFile, (k + 1) * perFile);
      const r = loadCsv(
        `bench-${k}.csv`,
        encoder.encode(`${header}\n${part.join('\n')}\n`),
        { kind: 'probes', sourceZone: 'UTC' },
        reducer,
      );
      return { monitors: reducer.finish(), ...r };
    });
  const engine = (read: ReturnType<typeof readAll>) =>
    evaluate({
      policy,
      monitors: read.flatMap((r) => r.monitors),
      exclusions: read.flatMap((r) => r.exclusions),
      inputs: read.map((r) => r.summary),
      asOf: '2026-12-31',
    });
  const run = () => engine(readAll());
  try {
    const { value, longest, bytes } = typedArraysWhile(run);
    const read = readAll();
    const engineBytes = typedArraysWhile(() => engine(read)).bytes;
    const times: number[] = [];
    const engineTimes: number[] = [];
    for (let k = 0; k < 3; k++) {
      const started = performance.now();
      const again = readAll();
      const readMs = performance.now();
      // Each evaluation on fresh readings: nothing kept from the one before.
      engine(again);
      const done = performance.now();
      times.push(done - started);
      engineTimes.push(done - readMs);
    }
    const median = (ms: number[]) => ms.sort((a, b) => a - b)[1]!;
    const { range } = value;
    return {
      name,
      rows: rows.length,
      spanMinutes: range.endMinute - range.firstMinute,
      heldMinutes: value.service.length,
      longestArray: longest,
      allocatedMB: bytes / 1e6,
      evaluateMs: median(times),
      engineMB: engineBytes / 1e6,
      engineMs: median(engineTimes),
      refused: null,
    };
  } catch (e) {
    const started = performance.now();
    try {
      run();
    } catch {}
    return {
      name,
      rows: rows.length,
      spanMinutes: 0,
      heldMinutes: 0,
      longestArray: 0,
      allocatedMB: 0,
      evaluateMs: performance.now() - started,
      engineMB: 0,
      engineMs: 0,
      refused: e instanceof Error ? e.message : String(e),
    };
  }
}

/** Minute checks through one hour of a day, five of them down. */
const hourOfChecks = (dayMs: number, monitor = 'api') =>
  Array.from(
    { length: 60 },
    (_, m) => `${iso(dayMs + m * MINUTE_MS)},${monitor},${m >= 20 && m < 25 ? 'down' : 'up'}`,
  );

const at = (text: string) => Date.parse(text);

/** A probe file of the hostile corpus, scaled (test/support/corpus.ts). */
const spreadMonitors = (monitors: number, perMonitor: number, months: number) =>
  probeRows(spreadChecks(monitors, perMonitor, months));

export interface SparseFigures {
  cases: SparseCase[];
  commandLine: CommandLineCase[];
}

export function benchSparse(): SparseFigures {
  return {
    cases: sparseCases(),
    commandLine: [
      commandLine('corpus: 2 000 monitors × 30 checks over 24 months', spreadMonitors(2000, 30, 24)),
    ],
  };
}

/** The command line (`npm run sla`, compiling as it starts) on a corpus file. */
interface CommandLineCase {
  name: string;
  exitCode: number | null;
  seconds: number;
  /** The first line it wrote to stderr. */
  said: string;
}

function commandLine(name: string, rows: string[]): CommandLineCase {
  const dir = mkdtempSync(join(tmpdir(), 'sla-sparse-'));
  const file = join(dir, 'corpus.csv');
  writeFileSync(file, `${PROBE_HEADER}\n${rows.join('\n')}\n`);
  try {
    const started = performance.now();
    const r = spawnSync(
      'npx',
      [
        'tsx',
        'src/cli/main.ts',
        '--policy',
        'clarus-lis',
        '--probes',
        file,
        '--as-of',
        '2026-12-31',
        '--format',
        'csv',
      ],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    return {
      name,
      exitCode: r.status,
      seconds: (performance.now() - started) / 1000,
      said: r.stderr.split('\n')[0]!.replace(file, 'corpus.csv'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function sparseCases(): SparseCase[] {
  const header = PROBE_HEADER;
  return [
    measure('two monitors, a row each, 19 years apart', header, [
      '2006-03-14T08:00:00Z,cairo,down',
      '2025-11-20T10:00:00Z,alex,up',
    ]),
    measure('  baseline: the same two rows a month apart', header, [
      '2025-10-14T08:00:00Z,cairo,down',
      '2025-11-20T10:00:00Z,alex,up',
    ]),
    measure('an hour of minute checks in two months 19 years apart', header, [
      ...hourOfChecks(at('2006-03-14T10:00:00Z')),
      ...hourOfChecks(at('2025-11-20T10:00:00Z')),
    ]),
    measure('  baseline: the same hours a month apart', header, [
      ...hourOfChecks(at('2025-10-14T10:00:00Z')),
      ...hourOfChecks(at('2025-11-20T10:00:00Z')),
    ]),
    measure('one monitor, two rows 19 years apart (carried: rule 2)', header, [
      '2006-03-14T08:00:00Z,api,down',
      '2025-11-20T10:00:00Z,api,up',
    ]),
    measure('  baseline: the same two rows a month apart', header, [
      '2025-10-14T08:00:00Z,api,down',
      '2025-11-20T10:00:00Z,api,up',
    ]),
    measure('corpus: 200 monitors × 30 checks over 24 months', header, spreadMonitors(200, 30, 24)),
    measure('  baseline: 200 monitors × 30 checks within a day', header, spreadMonitors(200, 30, 1 / 30)),
    measure('corpus: 2 000 monitors × 30 checks over 24 months', header, spreadMonitors(2000, 30, 24)),
    measure('  the same, as 8 files of 250 monitors', header, spreadMonitors(2000, 30, 24), 8),
    measure('  baseline: the same within a day, 8 files', header, spreadMonitors(2000, 30, 1 / 30), 8),
    measure('corpus: two rows, 1970 and 2999', header, [
      '1970-01-01T00:00:00Z,api,up',
      '2999-12-31T00:00:00Z,api,down',
    ]),
    measure('corpus: a row at an extreme epoch value', header, [
      '2025-11-20T10:00:00Z,api,up',
      `${iso(8.64e15)},api,down`,
    ]),
  ];
}

const fixed = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function sparseTable({ cases, commandLine }: SparseFigures): string {
  const head = [
    'case',
    'rows',
    'span minutes',
    'held minutes',
    'longest array',
    'allocated MB',
    'read + evaluate ms',
    'engine MB',
    'engine ms',
  ];
  const rows = cases.map((c) =>
    c.refused === null
      ? [
          c.name,
          fixed(c.rows),
          fixed(c.spanMinutes),
          fixed(c.heldMinutes),
          fixed(c.longestArray),
          fixed(c.allocatedMB, 1),
          fixed(c.evaluateMs, 1),
          fixed(c.engineMB, 1),
          fixed(c.engineMs, 1),
        ]
      : [
          c.name,
          fixed(c.rows),
          `refused in ${fixed(c.evaluateMs, 1)} ms: ${c.refused.slice(0, 60)}…`,
          '',
          '',
          '',
          '',
          '',
          '',
        ],
  );
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i]!.length > 70 ? 0 : r[i]!.length))),
  );
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`;
  return [
    '  Sparse data (Node, clarus-lis; typed arrays allocated while reading and evaluating, and by the engine alone; median of 3 runs)',
    line(head),
    ...rows.map(line),
    '  The command line (npm run sla: compiling as it starts, then reading and evaluating)',
    ...commandLine.map(
      (c) => `  ${c.name}: exit ${c.exitCode} after ${fixed(c.seconds, 1)} s${c.said ? `: ${c.said}` : ''}`,
    ),
  ].join('\n');
}
