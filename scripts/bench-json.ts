// The JSON part of the benchmark (never part of `npm test`): a Prometheus `query_range`
// result of about 200 MB (23 blackbox `probe_success` series, a year at 1-minute steps),
// read by the streaming JSON reader as the command line reads it, beside a plain read of
// the same bytes in the same run: time, and the resident set's peak and growth.
import { closeSync, createReadStream, existsSync, openSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importChunks } from '../src/ingest/importer';
import { MinuteReducer } from '../src/ingest/reduce';

const SERIES = 23;
const STEP_S = 60;
const SAMPLES = 525_600;
const START_S = Date.UTC(2025, 0, 1) / 1000;
const MB = 1e6;

export interface JsonBench {
  bytes: number;
  samples: number;
  rawReadSeconds: number;
  rawReadMBps: number;
  importSeconds: number;
  importMBps: number;
  samplesPerSec: number;
  /** Resident set before the import, its peak during it, and the growth. */
  rssBeforeMB: number;
  peakRssMB: number;
  rssGrowthMB: number;
}

/** Writes the file once (deterministic: a sample is 0 once every 997 minutes of a series). */
function jsonFile(): string {
  const path = join(tmpdir(), `sla-witness-bench-query-range-v1-${SERIES}.json`);
  if (existsSync(path) && statSync(path).size > 0) return path;
  process.stderr.write(`writing ${path} …\n`);
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, '{"status":"success","data":{"resultType":"matrix","result":[');
    for (let s = 0; s < SERIES; s++) {
      const metric = `{"__name__":"probe_success","instance":"https://svc-${s}.example.com","job":"blackbox"}`;
      writeSync(fd, `${s ? ',' : ''}{"metric":${metric},"values":[`);
      const parts: string[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        parts.push(`${i ? ',' : ''}[${START_S + i * STEP_S},"${(i + 31 * s) % 997 === 0 ? 0 : 1}"]`);
        if (parts.length === 65_536) writeSync(fd, parts.splice(0).join(''));
      }
      writeSync(fd, `${parts.join('')}]}`);
    }
    writeSync(fd, ']}}\n');
  } finally {
    closeSync(fd);
  }
  return path;
}

const stream = (path: string) => createReadStream(path, { highWaterMark: 1 << 20 });

export async function benchJson(): Promise<JsonBench> {
  const path = jsonFile();
  const bytes = statSync(path).size;
  // The baseline: the same bytes through the same stream, each chunk touched.
  let touch = 0;
  const r0 = performance.now();
  for await (const chunk of stream(path) as AsyncIterable<Buffer>)
    for (let i = 0; i < chunk.length; i += 4096) touch ^= chunk[i]!;
  const rawReadSeconds = (performance.now() - r0) / 1000;
  if (touch < 0) throw new Error('unreachable');

  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const reducer = new MinuteReducer();
  const t0 = performance.now();
  const result = await importChunks(
    path,
    stream(path),
    {
      kind: 'probes',
      sourceZone: 'UTC',
      layout: 'prometheus-matrix',
    },
    reducer,
  );
  reducer.finish();
  const importSeconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (result.summary.rows !== SERIES * SAMPLES)
    throw new Error(`read ${result.summary.rows} samples, expected ${SERIES * SAMPLES}`);
  return {
    bytes,
    samples: result.summary.rows,
    rawReadSeconds,
    rawReadMBps: bytes / MB / rawReadSeconds,
    importSeconds,
    importMBps: bytes / MB / importSeconds,
    samplesPerSec: result.summary.rows / importSeconds,
    rssBeforeMB: rssBefore / MB,
    peakRssMB: peak / MB,
    rssGrowthMB: (peak - rssBefore) / MB,
  };
}

export function jsonTable(r: JsonBench): string {
  const f = (n: number, d = 0) =>
    n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  return [
    `JSON: query_range, ${SERIES} series × a year at 1-minute steps, ${f(r.bytes / MB, 1)} MB, ${f(r.samples)} samples`,
    `  raw read (baseline)  ${f(r.rawReadSeconds, 2)} s  ${f(r.rawReadMBps)} MB/s`,
    `  streamed import      ${f(r.importSeconds, 2)} s  ${f(r.importMBps, 1)} MB/s  ${f(r.samplesPerSec / 1e6, 2)} M samples/s`,
    `  resident set         ${f(r.rssBeforeMB)} MB before, ${f(r.peakRssMB)} MB peak (+${f(r.rssGrowthMB)} MB)`,
  ].join('\n');
}
