// The phone figure of the benchmark (never part of `npm test`): the built app served
// gzipped by a small static server, opened in Debian's Chromium with the network at
// DevTools' "Fast 3G" and the CPU slowed 4× (Chrome DevTools Protocol), timed to the first
// usable screen and, after "Try it with sample data", to the first evaluated dashboard.
// Usage: tsx scripts/bench-phone.ts [--json]
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { build } from 'vite';
import { CONTENT_TYPES } from '../test/e2e/static-server';
import { chromiumLaunch } from '../test/support/chromium';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(REPO, 'dist');
/** DevTools' "Fast 3G" preset: 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up. */
const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};
const CPU_SLOWDOWN = 4;
const RUNS = 3;

const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.csv']);

export interface PhoneBench {
  /** Navigation start → the first screen's heading visible, ms (each run). */
  firstScreenMs: number[];
  /** Navigation start → the Clarus sample imported and its dashboard evaluated, ms. */
  firstDashboardMs: number[];
  /** Bytes on the wire (gzip) until the first screen / the dashboard, of the last run. */
  firstScreenBytes: number;
  firstDashboardBytes: number;
}

/**
 * Serves dist/ gzipped and cacheable for ten minutes, as a static host does (GitHub Pages
 * sends `max-age=600`), so the page's two workers share one download; counts the bytes it sends.
 */
export async function serveDist(): Promise<{
  origin: string;
  sent: () => number;
  close: () => Promise<void>;
}> {
  let sent = 0;
  const cache = new Map<string, Buffer>();
  const server: Server = createServer(async (req, res) => {
    let rel = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    if (rel === '/' || rel.endsWith('/')) rel = join(rel, 'index.html');
    const file = join(DIST, rel);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const ext = extname(file);
      let body: Buffer = await readFile(file);
      const headers: Record<string, string> = {
        'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
        'cache-control': 'max-age=600',
      };
      if (COMPRESSED.has(ext) && /gzip/.test(String(req.headers['accept-encoding']))) {
        body = cache.get(file) ?? gzipSync(body, { level: 9 });
        cache.set(file, body);
        headers['content-encoding'] = 'gzip';
      }
      sent += body.length;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    sent: () => sent,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export async function benchPhone(): Promise<PhoneBench> {
  await build({ root: REPO, logLevel: 'warn' });
  const server = await serveDist();
  const browser = await chromium.launch(chromiumLaunch);
  const out: PhoneBench = {
    firstScreenMs: [],
    firstDashboardMs: [],
    firstScreenBytes: 0,
    firstDashboardBytes: 0,
  };
  try {
    for (let run = 0; run < RUNS; run++) {
      // A fresh profile each run: nothing cached, no service worker (its precaching would
      // compete for the same slow link; a first visit is measured, not an installed app).
      const context = await browser.newContext({
        serviceWorkers: 'block',
        viewport: { width: 390, height: 844 },
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', FAST_3G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      const before = server.sent();
      const t0 = Date.now();
      await page.goto(`${server.origin}/?asOf=2026-11-21&lang=en`, { waitUntil: 'commit' });
      await page.locator('main h1').waitFor({ state: 'visible', timeout: 120_000 });
      out.firstScreenMs.push(Date.now() - t0);
      out.firstScreenBytes = server.sent() - before;
      await page.getByTestId('sample-preset').selectOption('clarus-lis');
      await page.getByRole('button', { name: 'Try it with sample data' }).click();
      await page
        .getByTestId('eval-note')
        .filter({ hasText: 'Evaluated' })
        .waitFor({ state: 'visible', timeout: 300_000 });
      out.firstDashboardMs.push(Date.now() - t0);
      out.firstDashboardBytes = server.sent() - before;
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

const range = (values: number[]) =>
  `${(Math.min(...values) / 1000).toFixed(1)}–${(Math.max(...values) / 1000).toFixed(1)} s`;

export function phoneTable(r: PhoneBench): string {
  return [
    `  Phone (Fast 3G, CPU ${CPU_SLOWDOWN}× slower, first visit, ${r.firstScreenMs.length} runs)`,
    `    first usable screen   ${range(r.firstScreenMs).padStart(12)}   ${(r.firstScreenBytes / 1000).toFixed(0)} kB on the wire`,
    `    first dashboard       ${range(r.firstDashboardMs).padStart(12)}   ${(r.firstDashboardBytes / 1000).toFixed(0)} kB on the wire (Clarus LIS sample)`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchPhone();
  process.stdout.write(
    process.argv.includes('--json') ? `${JSON.stringify({ phone: r })}\n` : `${phoneTable(r)}\n`,
  );
}
