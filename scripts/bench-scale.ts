// The scale section of `npm run bench` (never part of `npm test`): contracts of 1, 10,
// 100 and 500 monitor-years of 30-second checks, generated in a Chromium worker, stored
// in IndexedDB (on disk, a persistent profile), then, once Chromium has finished writing,
// after a page reload loaded and evaluated in a fresh worker as the app does, and
// re-evaluated after a policy change.
// Usage: tsx scripts/bench-scale.ts [--sizes 1x1,10x1,100x1,100x5] [--json]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import type { Evaluated, Stored } from '../test/bench/scale.worker';
import { chromiumLaunch } from '../test/support/chromium';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PAGE = '/test/bench/scale.html';
const STORE = 'sla-witness-scale';
const DEFAULT_SIZES = [
  { monitors: 1, years: 1 },
  { monitors: 10, years: 1 },
  { monitors: 100, years: 1 },
  { monitors: 100, years: 5 },
];

export interface ScaleCase extends Stored, Evaluated {
  monitors: number;
  years: number;
  /** Chromium's summed resident set while the reloaded page's worker loads and evaluates, above where it stood. */
  evaluateRssGrowthMB: number;
  /** Seconds Chromium kept working after the save, waited out before the reload. */
  settleS: number;
  /** Pages of fresh memory Chromium touched while the reloaded page's worker loaded the stored minutes (minor faults). */
  loadFreshPages: number;
  /** The same while it evaluated them and re-evaluated after the changes. */
  evaluateFreshPages: number;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createNetServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

/** A process as /proc/PID/stat gives it: the fields after its command, from the state on. */
interface ProcessStat {
  pid: number;
  comm: string;
  fields: string[];
}

/**
 * Every process, read from /proc/PID/stat: no program is started (`ps` forked ten times a
 * second took a share of the two cores it was measuring).
 */
function processTable(): ProcessStat[] {
  const out: ProcessStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "PID (COMMAND) STATE PPID …": the command may hold spaces and parentheses.
      const close = stat.lastIndexOf(')');
      out.push({
        pid: Number(name),
        comm: stat.slice(stat.indexOf('(') + 1, close),
        fields: stat.slice(close + 2).split(' '),
      });
    } catch {
      // Gone since it was listed.
    }
  }
  return out;
}

/** A process's resident set in bytes (VmRSS, in kB in /proc/PID/status); 0 once it is gone. */
function residentBytes(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** This process's Chromium processes and their descendants. */
function chromiumProcesses(): ProcessStat[] {
  const children = new Map<number, ProcessStat[]>();
  for (const p of processTable()) {
    // The parent is the field after the state.
    const ppid = Number(p.fields[1]);
    const list = children.get(ppid);
    if (list) list.push(p);
    else children.set(ppid, [p]);
  }
  const out: ProcessStat[] = [];
  const stack = (children.get(process.pid) ?? []).filter((p) => /chrom/i.test(p.comm));
  while (stack.length) {
    const p = stack.pop()!;
    out.push(p);
    stack.push(...(children.get(p.pid) ?? []));
  }
  return out;
}

/** The summed resident set of this process's Chromium processes and their descendants, in bytes. */
export function chromiumRss(): number {
  return chromiumProcesses().reduce((sum, p) => sum + residentBytes(p.pid), 0);
}

/** Linux's clock ticks a second (USER_HZ), the unit of /proc/PID/stat's times. */
const TICKS_PER_SECOND = 100;

/**
 * A run, with the CPU time every Chromium process used while it ran (browser, renderer,
 * GPU, …), and the pages of fresh memory they touched (minor faults): on a machine whose
 * first touch of a page is dear, the import pays for every one (see bench-machine.ts).
 */
export type Costed<T> = T & { cpuSeconds: number; freshPages: number };

export async function costed<T extends object>(run: () => Promise<T>): Promise<Costed<T>> {
  const before = chromiumUsage();
  const result = await run();
  const after = chromiumUsage();
  return {
    ...result,
    cpuSeconds: (after.ticks - before.ticks) / TICKS_PER_SECOND,
    freshPages: after.minorFaults - before.minorFaults,
  };
}

/**
 * The CPU time those processes have used, in clock ticks (user and system), and their
 * minor page faults, each counting the threads that have ended (/proc/PID/stat).
 */
function chromiumUsage(): { ticks: number; minorFaults: number } {
  let ticks = 0;
  let minorFaults = 0;
  // Fields after the command: minflt is the 8th, utime and stime the 12th and 13th.
  for (const { fields } of chromiumProcesses()) {
    minorFaults += Number(fields[7]);
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return { ticks, minorFaults };
}

const chromiumTicks = () => chromiumUsage().ticks;

/**
 * Waits, up to two minutes, until Chromium has used under a tenth of a core for three
 * seconds in a row: after a large write its database keeps working in the background,
 * which a reload straight after would share the cores with. Returns the seconds waited.
 */
export async function chromiumSettled(): Promise<number> {
  const started = performance.now();
  let quiet = 0;
  let before = chromiumTicks();
  while (quiet < 3 && performance.now() - started < 120_000) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = chromiumTicks();
    // Clock ticks are hundredths of a second on Linux.
    quiet = now - before < 10 ? quiet + 1 : 0;
    before = now;
  }
  return (performance.now() - started) / 1000;
}

/** The peak of chromiumRss while `run` runs, above its value before. */
async function rssGrowthDuring<T>(run: () => Promise<T>): Promise<{ value: T; growth: number }> {
  const before = chromiumRss();
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, chromiumRss());
  }, 100);
  try {
    const value = await run();
    peak = Math.max(peak, chromiumRss());
    return { value, growth: peak - before };
  } finally {
    clearInterval(timer);
  }
}

export async function benchScale(sizes = DEFAULT_SIZES, log: (line: string) => void = () => {}) {
  const port = await freePort();
  const server = await createServer({
    root: REPO,
    configFile: false,
    logLevel: 'warn',
    appType: 'mpa',
    cacheDir: join(REPO, 'node_modules/.vite-bench-scale'),
    worker: { format: 'es' },
    optimizeDeps: { entries: [PAGE.slice(1)], include: ['comlink', 'dexie', 'valibot'] },
    server: { host: '127.0.0.1', port, strictPort: true, hmr: false, watch: null },
  });
  await server.listen();
  const profile = mkdtempSync(join(tmpdir(), 'sla-witness-scale-'));
  const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunch, headless: true });
  const out: ScaleCase[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const open = async () => {
      await page.goto(`http://127.0.0.1:${port}${PAGE}`);
      await page.waitForFunction(() => document.querySelector('output')?.textContent === 'ready');
    };
    await open();
    for (const { monitors, years } of sizes) {
      log(`  scale: ${monitors} monitors × ${years} years …`);
      const stored = await page.evaluate(([m, y, s]) => window.scale!.generate(s, m, y), [
        monitors,
        years,
        STORE,
      ] as const);
      // A reload: a fresh page and worker, nothing in memory, as after closing the app.
      await open();
      const settleS = await chromiumSettled();
      const { value, growth } = await rssGrowthDuring(async () => ({
        load: await costed(() => page.evaluate((s) => window.scale!.load(s), STORE)),
        evaluated: await costed(() => page.evaluate(() => window.scale!.evaluateLoaded())),
      }));
      const { cpuSeconds: _cpuSeconds, freshPages: evaluateFreshPages, ...evaluated } = value.evaluated;
      out.push({
        monitors,
        years,
        ...stored,
        loadMs: value.load.loadMs,
        ...evaluated,
        evaluateRssGrowthMB: growth / 1e6,
        loadFreshPages: value.load.freshPages,
        evaluateFreshPages,
        settleS,
      });
      await open();
      await page.evaluate((s) => window.scale!.drop(s), STORE);
    }
    return out;
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const fixed = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function scaleTable(cases: readonly ScaleCase[]): string {
  const head = [
    'monitor-years',
    'monitors×years',
    'checks',
    'stored MB',
    'load ms',
    'first eval ms',
    'target change ms',
    'zone change ms',
    'worker RSS +MB',
    'fresh MB: load',
    'evaluations',
    'generate s',
    'save s',
    'settle s',
  ];
  const rows = cases.map((c) => [
    fixed(c.monitors * c.years),
    `${c.monitors}×${c.years}`,
    `${fixed(c.checks / 1e6, 1)} M`,
    fixed(c.storedBytes / 1e6),
    fixed(c.loadMs),
    fixed(c.firstEvaluateMs),
    fixed(c.targetChangeMs, 1),
    fixed(c.zoneChangeMs, 1),
    fixed(c.evaluateRssGrowthMB),
    fixed((c.loadFreshPages * 4096) / 1e6),
    fixed((c.evaluateFreshPages * 4096) / 1e6),
    fixed(c.generateMs / 1000, 1),
    fixed(c.saveMs / 1000, 1),
    fixed(c.settleS),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padStart(widths[i]!)).join('  ')}`;
  return [
    '  Scale (Chromium worker; stored in IndexedDB, then, once Chromium is idle, reloaded: load, first evaluation, re-evaluations,',
    '  each readied for the page as the worker posts it, its per-minute arrays copied unless the page holds the same;',
    '  fresh MB: the memory all of Chromium touched for the first time while the stored minutes loaded, and during the seven evaluations)',
    line(head),
    ...rows.map(line),
  ].join('\n');
}

function parseSizes(text: string): { monitors: number; years: number }[] {
  return text.split(',').map((s) => {
    const m = /^(\d+)x(\d+(?:\.\d+)?)$/.exec(s.trim());
    if (!m) throw new Error(`--sizes: expected MONITORSxYEARS, e.g. 10x1, found "${s}"`);
    return { monitors: Number(m[1]), years: Number(m[2]) };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--sizes');
  const sizes = at >= 0 ? parseSizes(argv[at + 1] ?? '') : DEFAULT_SIZES;
  const json = argv.includes('--json');
  const cases = await benchScale(sizes, (l) => process.stderr.write(`${l}\n`));
  process.stdout.write(json ? `${JSON.stringify({ scale: cases })}\n` : `${scaleTable(cases)}\n`);
}
