// Writes the benchmark's probe log deterministically, so that every machine measures the same bytes.
// Usage: tsx scripts/bench-generate.ts [--rows N] [--out PATH]
import { closeSync, openSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const MONITORS = 10;
const STEP_MS = 30_000;
const START_MS = Date.UTC(2025, 0, 1);
const DOWN_SHARE = 0.005;
const DOWN_CODES = [500, 502, 503, 504];

/** mulberry32: a small PRNG that gives the same sequence everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Writes `rows` probe rows (plus the header) to `out` and returns the file's size in
 * bytes: `ts,monitor,status,latency_ms`, ISO UTC times with milliseconds, ten monitors
 * m0…m9 each probed every 30 seconds (1 s apart from each other, so the file is in time
 * order), the status an HTTP code: 200 for up and, for about 0.5 % of rows drawn by a
 * seeded PRNG, one of 500/502/503/504 for down.
 */
export function writeProbeCsv(out: string, rows: number): number {
  const random = prng(20_260_101);
  const fd = openSync(out, 'w');
  let bytes = 0;
  const flush = (text: string) => {
    const buf = Buffer.from(text, 'latin1');
    writeSync(fd, buf);
    bytes += buf.length;
  };
  try {
    let text = 'ts,monitor,status,latency_ms\n';
    for (let r = 0; r < rows; r++) {
      const step = Math.floor(r / MONITORS);
      const monitor = r % MONITORS;
      const ts = new Date(START_MS + step * STEP_MS + monitor * 1000).toISOString();
      const down = random() < DOWN_SHARE;
      const code = down ? DOWN_CODES[Math.floor(random() * DOWN_CODES.length)] : 200;
      const latency = down ? 5000 + Math.floor(random() * 25_000) : 20 + Math.floor(random() * 400);
      text += `${ts},m${monitor},${code},${latency}\n`;
      if (text.length >= 1 << 20) {
        flush(text);
        text = '';
      }
    }
    flush(text);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

function main(argv: string[]): void {
  let rows = 10_000_000;
  let out = 'bench-probes.csv';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rows') rows = Number(argv[++i]);
    else if (argv[i] === '--out') out = argv[++i] ?? out;
    else throw new Error(`unknown argument ${argv[i]} (usage: --rows N --out PATH)`);
  }
  if (!Number.isInteger(rows) || rows < 1) throw new Error('--rows: expected a positive whole number');
  const bytes = writeProbeCsv(out, rows);
  process.stdout.write(`${out}: ${rows} rows, ${bytes} bytes\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
