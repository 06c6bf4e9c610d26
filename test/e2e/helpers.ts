// Shared steps of the end-to-end tests: the fixed report date, sample contracts, the
// command line's report for the same files, screenshots and the overflow check.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { SAMPLE_FILES } from '../../src/app/import/sample-files';
import { parseArgs } from '../../src/cli/args';
import { runSla } from '../../src/cli/run';

/** The report date the app is opened with (`?asOf=`) and the command line is given. */
export const AS_OF = '2026-11-21';
export const APP_URL = `./?asOf=${AS_OF}&lang=en`;

export const PRESETS = ['medos', 'clarus-lis', 'elevatefinance', 'kipu', 'patientiq'] as const;

/** The repository root (Playwright runs from it). */
const ROOT = process.cwd();

export const samplePath = (preset: string, file: string) => resolve(ROOT, 'public/samples', preset, file);

/** Each sample file's command-line option. */
const SAMPLE_OPTION: Record<string, string> = {
  'probes.csv': '--probes',
  'maintenance.csv': '--exclusions',
  'tickets.csv': '--tickets',
  'obligations.csv': '--obligations',
};

/**
 * The command line's output for all of a preset's sample files (those "Try it with sample
 * data" imports), run in the sample folder: record sources name the file as given, and the
 * app knows only the file's own name.
 */
export async function cliReport(preset: string, format: 'json' | 'csv' | 'ics' = 'json'): Promise<string> {
  const back = process.cwd();
  process.chdir(resolve(ROOT, 'public/samples', preset));
  try {
    return await runSla(
      parseArgs([
        '--policy',
        preset,
        ...(SAMPLE_FILES[preset] ?? []).flatMap((file) => [SAMPLE_OPTION[file]!, file]),
        '--as-of',
        AS_OF,
        '--format',
        format,
      ]),
      new Date(`${AS_OF}T12:00:00Z`),
    );
  } finally {
    process.chdir(back);
  }
}

/** Opens the app fresh and waits for the first screen. */
export async function openApp(page: Page): Promise<void> {
  await page.goto(APP_URL);
  await expect(page.locator('main h1')).toBeVisible();
}

/** "Try it with sample data" for a preset, then waits until all its files are in and the dashboard is evaluated. */
export async function trySample(page: Page, preset: string): Promise<void> {
  await page.getByTestId('sample-preset').selectOption(preset);
  await page.getByRole('button', { name: 'Try it with sample data' }).click();
  // The import status lives on the contract's page: waiting for it to go before the page
  // opened would pass at once, while the sample's files are still being imported.
  await expect(page.locator('.tiles')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('import-status')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('eval-note')).toContainText('Evaluated');
  // The last file's dataset reaches this page a moment after its import ends (the store
  // tells other tabs and the page asynchronously), and its evaluation follows: wait until
  // the tiles stop changing.
  let before = '';
  await expect
    .poll(
      async () => {
        const now = `${await page.locator('.tiles').textContent()}|${await page.getByTestId('eval-note').textContent()}`;
        const still = now === before && now.includes('Evaluated');
        before = now;
        return still;
      },
      { intervals: [400], timeout: 30_000 },
    )
    .toBe(true);
}

export async function openTab(page: Page, name: 'Dashboard' | 'Data' | 'Policy' | 'What-if' | 'Settings') {
  await page
    .getByRole('navigation', { name: 'Contract sections' })
    .getByRole('link', { name, exact: true })
    .click();
}

/** Nothing on the page is wider than the viewport. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, width } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scrollWidth, 'page scroll width').toBeLessThanOrEqual(width);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const { width } = page.viewportSize() ?? { width: 0 };
  await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: false });
}

/** A new Clarus LIS contract, made from the first screen, open on its import panel. */
export async function newContract(page: Page, name: string): Promise<void> {
  await openApp(page);
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'New contract' }) });
  await form.getByLabel('Start from').selectOption('clarus-lis');
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Create contract' }).click();
  await expect(page.getByRole('heading', { name: 'Add files' })).toBeVisible();
}

/** The import card of one file. */
export const job = (page: Page, file: string) =>
  page.getByTestId('import-job').filter({ has: page.getByRole('heading', { name: file, exact: true }) });

/** Switches the interface to Arabic and waits for its words: the catalogue loads when first chosen. */
export async function chooseArabic(page: Page): Promise<void> {
  await page.getByTestId('language').selectOption('ar');
  await expect(page.locator('html[lang="ar"][dir="rtl"]')).toHaveCount(1);
}

/**
 * Watches the contract's tab for its loading line from now on; the returned function says
 * whether it showed. A part loading its code must not swap the whole tab for that line.
 */
export async function watchTabLoading(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const body = document.querySelector('.tab-body');
    const seen = { loading: false };
    Object.assign(window, { tabLoading: seen });
    new MutationObserver(() => {
      if (body?.textContent?.includes('Loading')) seen.loading = true;
    }).observe(body!, { childList: true, subtree: true });
  });
  return () =>
    page.evaluate(() => (window as unknown as { tabLoading: { loading: boolean } }).tabLoading.loading);
}

/** How serious an axe finding is. */
type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

/**
 * Axe's findings of the given impacts on what the page shows, each as "rule (impact):
 * targets". The app has no frames, so axe runs in the page itself (legacy mode) instead of
 * merging each frame's results again in a blank page of its own, and reports its
 * violations only: the same findings, in a third of the time.
 */
export async function axeFindings(page: Page, impacts: readonly Impact[]): Promise<string[]> {
  expect(page.frames(), 'a page without frames, as legacy mode reads').toHaveLength(1);
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations
    .filter((v) => impacts.includes(v.impact as Impact))
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * A large probe log (quoted fields, so the import takes a moment), written once and put in
 * place whole, as tests running side by side may ask for it at the same time.
 */
export function bigFile(): string {
  const path = 'test-results/big-probes.csv';
  if (existsSync(path)) return path;
  const start = Date.UTC(2025, 0, 1);
  const parts: string[] = ['"time","monitor","status_code","latency_ms"\n'];
  for (let i = 0; i < 2_500_000; i++)
    parts.push(`"${new Date(start + i * 20_000).toISOString()}","m${i % 4}","200","${100 + (i % 50)}"\n`);
  mkdirSync('test-results', { recursive: true });
  const partial = `${path}.${process.pid}`;
  writeFileSync(partial, parts.join(''));
  renameSync(partial, path);
  return path;
}

/**
 * A big file's SHA-256, taken after its import, held back until the returned function lets
 * go. A file over 64 MiB is hashed streamed, and only while no evaluation runs in any of
 * the app's workers: one said to be running, on the channel they hear, keeps it waiting.
 */
export async function holdFingerprints(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => {
    const channel = new BroadcastChannel('sla-witness-evaluations');
    const say = (running: boolean) => channel.postMessage({ id: 'held-by-test', running });
    say(true);
    const renew = setInterval(() => say(true), 500);
    (window as unknown as { letGo: () => void }).letGo = () => {
      clearInterval(renew);
      say(false);
    };
  });
  return () => page.evaluate(() => (window as unknown as { letGo: () => void }).letGo());
}

/** The big file imported into the open contract's Data tab. */
export async function importBigFile(page: Page): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(bigFile());
  const card = job(page, 'big-probes.csv');
  await card.getByRole('button', { name: 'Import big-probes.csv' }).click();
  await expect(card).toHaveAttribute('data-status', 'imported', { timeout: 60_000 });
}

/**
 * From the next page load on, Print records each file line of the letter it would print
 * (the print dialog cannot be driven); the returned function reads them, print by print.
 */
export async function recordPrints(page: Page): Promise<() => Promise<string[][]>> {
  await page.addInitScript(() => {
    const printed: string[][] = [];
    (window as unknown as { printed: string[][] }).printed = printed;
    window.print = () => {
      printed.push(
        [...document.querySelectorAll('.claim-letter [data-testid=letter-input]')].map(
          (li) => li.textContent ?? '',
        ),
      );
    };
  });
  return () => page.evaluate(() => (window as unknown as { printed: string[][] }).printed);
}

/**
 * Holds the app's stored datasets in a write transaction of the page's own, so that an
 * import, however fast, waits to be stored (its status stays "running") until the returned
 * function lets go.
 */
async function holdStorage(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sla-witness');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('datasets', 'readwrite').objectStore('datasets');
          const held = window as unknown as { storageHeld: boolean };
          held.storageHeld = true;
          // A transaction stays open while it has requests: one after another until let go.
          const next = () => {
            if (held.storageHeld) store.count().onsuccess = next;
            else db.close();
          };
          next();
          resolve();
        };
      }),
  );
  return () =>
    page.evaluate(() => {
      (window as unknown as { storageHeld: boolean }).storageHeld = false;
    });
}

/**
 * The Clarus sample's checks imported with storage held: the file's card stays "running"
 * until `release` lets the import be stored.
 */
export async function heldImport(page: Page): Promise<{ card: Locator; release: () => Promise<void> }> {
  const release = await holdStorage(page);
  await page.getByTestId('file-input').setInputFiles(samplePath('clarus-lis', 'probes.csv'));
  const card = job(page, 'probes.csv');
  await card.getByRole('button', { name: 'Import probes.csv' }).click();
  await expect(card).toHaveAttribute('data-status', 'running');
  return { card, release };
}

/** Every question the browser asks from now on, answered "stay on this page"; the list of their types. */
export function stayOnPage(page: Page): string[] {
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  return asked;
}
