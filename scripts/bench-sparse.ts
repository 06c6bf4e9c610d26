// The sparse section of `npm run bench`: contracts whose data lies years apart, each beside
// a baseline measured in the same run (the same rows moved into neighbouring months), and
// the worst inputs of the hostile corpus, evaluated in Node through the real ingest and
// engine. Memory is what evaluating allocates in typed arrays (every constructor call
// counted) and the longest such array; time is the median of three evaluations.
import { performance } from 'node:perf_hooks';
import { evaluate } from '../src/engine/evaluate';
import { PRESETS } from '../src/engine/presets';
import { loadCsv } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';
import { typedArraysWhile } from '../test/support/allocations';

const encoder = new TextEncoder();
const MINUTE_MS = 60_000;

interface SparseCase {
  name: string;
  rows: number;
  /** Minutes from the first reported period's start to where the range ends. */
  spanMinutes: number;
  heldMinutes: number;
  longestArray: number;
  allocatedMB: number;
  evaluateMs: number;
  /** Why the input was refused, when it was. */
  refused: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

function measure(name: string, header: string, rows: string[]): SparseCase {
  const policy = structuredClone(PRESETS['clarus-lis']!);
  const run = () => {
    const reducer = new MinuteReducer('bench.csv');
    const r = loadCsv(
      'bench.csv',
      encoder.encode(`${header}\n${rows.join('\n')}\n`),
      { kind: 'probes', sourceZone: 'UTC' },
      reducer,
    );
    return evaluate({
      policy,
      monitors: reducer.finish(),
      exclusions: r.exclusions,
      inputs: [r.summary],
      asOf: '2026-12-31',
    });
  };
  try {
    const { value, longest, bytes } = typedArraysWhile(run);
    const times: number[] = [];
    for (let k = 0; k < 3; k++) {
      const started = performance.now();
      run();
      times.push(performance.now() - started);
    }
    const { range } = value;
    return {
      name,
      rows: rows.length,
      spanMinutes: range.endMinute - range.firstMinute,
      heldMinutes: value.service.length,
      longestArray: longest,
      allocatedMB: bytes / 1e6,
      evaluateMs: times.sort((a, b) => a - b)[1]!,
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

/** `monitors` monitors with `perMonitor` checks each, spread evenly over `months` months (a probe file of the hostile corpus, scaled). */
function spreadMonitors(monitors: number, perMonitor: number, months: number): string[] {
  const start = at('2024-01-01T00:00:00Z');
  const span = months * 30 * 1440 * MINUTE_MS;
  const rows: string[] = [];
  for (let m = 0; m < monitors; m++)
    for (let k = 0; k < perMonitor; k++) {
      const ms = start + Math.floor(((k + m / monitors) * span) / perMonitor / MINUTE_MS) * MINUTE_MS;
      rows.push(`${iso(ms)},m${m},${(k + m) % 7 === 0 ? 'down' : 'up'}`);
    }
  return rows;
}

export function benchSparse(): SparseCase[] {
  const header = 'time,monitor,status';
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

export function sparseTable(cases: readonly SparseCase[]): string {
  const head = [
    'case',
    'rows',
    'span minutes',
    'held minutes',
    'longest array',
    'allocated MB',
    'evaluate ms',
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
        ]
      : [
          c.name,
          fixed(c.rows),
          `refused in ${fixed(c.evaluateMs, 1)} ms: ${c.refused.slice(0, 60)}…`,
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
    '  Sparse data (Node, clarus-lis; typed arrays allocated while evaluating, median of 3 evaluations)',
    line(head),
    ...rows.map(line),
  ].join('\n');
}
