// A real full disk: the browser profile on a 64 MB volume with about 6 MB free. Importing a
// file whose rows do not fit is refused up front with the storage-full message, and every
// contract is still there after a reload and after the browser restarts. The volume is a
// tmpfs, which needs root; elsewhere the simulated full disk of the browser tests stands.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { chromiumLaunch } from '../support/chromium';
import { APP_URL, openApp, trySample } from './helpers';

const MB = 1024 * 1024;

function mountSmallVolume(dir: string): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * About 3 M checks of ten monitors with jittered seconds (a year): some 25 MB of stored counts
 * and check times that compress poorly, four times what the volume has left.
 */
function largeProbeFile(path: string): void {
  const start = Date.UTC(2025, 0, 1);
  let seed = 7;
  const jitter = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % 59_000;
  };
  const chunks: string[] = ['time,monitor,status\n'];
  for (let i = 0; i < 300_000; i++) {
    const lines: string[] = [];
    for (let m = 0; m < 10; m++)
      lines.push(
        `${new Date(start + i * 60_000 + jitter()).toISOString()},m${m},${jitter() % 997 === 0 ? 503 : 200}`,
      );
    chunks.push(`${lines.join('\n')}\n`);
  }
  writeFileSync(path, chunks.join(''));
}

/** 40 000 support tickets: some 13 MB as stored rows, twice what the volume has left. */
function largeTicketFile(path: string): void {
  const start = Date.UTC(2025, 0, 1);
  const at = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
  const lines = ['id,severity,opened_at,first_response_at,resolved_at,report_published_at'];
  for (let i = 0; i < 40_000; i++) {
    const opened = start + i * 600_000;
    lines.push(`TICKET-${i},P${i % 4},${at(opened)},${at(opened + 900_000)},${at(opened + 7_200_000)},`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/**
 * Imports `file` into the open contract and expects it refused by the trial write, before
 * any row is written (the quota estimate here says 1 GB).
 */
async function refusedUpFront(page: Page, file: string): Promise<void> {
  const name = basename(file);
  await page.getByTestId('file-input').setInputFiles(file);
  const job = page
    .getByTestId('import-job')
    .filter({ has: page.getByRole('heading', { name, exact: true }) });
  await job.getByRole('button', { name: `Import ${name}` }).click();
  await expect(job).toContainText(
    new RegExp(
      `Storage is full: saving “${name.replace('.', '\\.')}” needs about \\d+ MB, more than this device can take now\\. Nothing was saved`,
    ),
    { timeout: 120_000 },
  );
}

async function launch(profile: string, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunch,
    baseURL,
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

test('a full disk refuses the imports up front and loses no contract', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const volume = mkdtempSync(join(tmpdir(), 'sla-small-volume-'));
  test.skip(!mountSmallVolume(volume), 'mounting a small volume needs root');
  const bigFile = join(tmpdir(), `sla-large-${process.pid}.csv`);
  const ticketFile = join(tmpdir(), `sla-tickets-${process.pid}.csv`);
  let context: BrowserContext | null = null;
  try {
    const profile = join(volume, 'profile');
    ({ context } = await launch(profile, baseURL!));
    let page = context.pages()[0]!;
    await openApp(page);
    await trySample(page, 'medos');
    await page.getByRole('link', { name: 'All contracts' }).click();
    await expect(page.getByTestId('contract-card')).toHaveCount(1);

    // Fill the volume until about 6 MB are left.
    const { bavail, bsize } = statfsSync(volume);
    writeFileSync(join(volume, 'filler'), Buffer.alloc(Math.max(0, bavail * bsize - 6 * MB)));
    largeProbeFile(bigFile);

    await page
      .getByTestId('contract-card')
      .getByRole('link', { name: /^Add data/ })
      .click();
    await refusedUpFront(page, bigFile);
    // A tickets file too large for what is left is refused the same way.
    largeTicketFile(ticketFile);
    await refusedUpFront(page, ticketFile);

    // The contract and its data are still there after a reload…
    await page.goto(APP_URL);
    await expect(page.getByTestId('contract-card')).toHaveCount(1);
    await expect(page.getByTestId('contract-card')).not.toContainText('No data yet');
    // Persistence was not granted, so the first screen urges a bundle backup.
    await expect(page.getByTestId('backup-reminder')).toContainText('Export each contract as a bundle file');
    // …and after the browser restarts with space freed.
    await context.close();
    rmSync(join(volume, 'filler'));
    ({ context } = await launch(profile, baseURL!));
    page = context.pages()[0]!;
    await page.goto(APP_URL);
    await expect(page.getByTestId('contract-card')).toHaveCount(1);
    await expect(page.getByTestId('contract-card')).not.toContainText('No data yet');
  } finally {
    await context?.close().catch(() => {});
    rmSync(bigFile, { force: true });
    rmSync(ticketFile, { force: true });
    try {
      execFileSync('umount', [volume], { stdio: 'ignore' });
    } catch {}
    rmSync(volume, { recursive: true, force: true });
  }
});
