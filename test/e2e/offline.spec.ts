// Offline after one visit: the service worker takes control, and with the network gone
// the app shell renders, sample files come from the cache and a sample imports and evaluates.
import { expect, test } from '@playwright/test';

const SAMPLES = [
  'samples/medos/probes.csv',
  'samples/clarus-lis/probes.csv',
  'samples/clarus-lis/maintenance.csv',
  'samples/elevatefinance/probes.csv',
  'samples/kipu/probes.csv',
  'samples/patientiq/tickets.csv',
];

test('works offline once the service worker controls the page', async ({ page, context }) => {
  await page.goto('./?lang=en');
  await expect(page.locator('main h1')).toBeVisible();
  // Installed and activated means the precache (shell, worker chunk, samples) is complete.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect(page.getByText('Ready to work offline.')).toBeVisible();
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null))
    .toBe('activated');

  await context.setOffline(true);
  expect(
    await page.evaluate(() =>
      fetch('index.html', { cache: 'no-store' }).then(
        () => 'online',
        () => 'offline',
      ),
    ),
  ).toBe(
    'online', // served by the service worker, not the network
  );
  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  const fetched = await page.evaluate(async (paths) => {
    const out: Record<string, string> = {};
    for (const p of paths) {
      const r = await fetch(p);
      out[p] = r.ok ? (await r.text()).split('\n')[0]! : `HTTP ${r.status}`;
    }
    return out;
  }, SAMPLES);
  expect(fetched).toEqual({
    'samples/medos/probes.csv': 'time,monitor,status_code,latency_ms',
    'samples/clarus-lis/probes.csv': 'time,monitor,status_code,latency_ms',
    'samples/clarus-lis/maintenance.csv': 'start,end,kind,announced_at,note',
    'samples/elevatefinance/probes.csv': 'checked_at,endpoint,http_status,response_time_ms',
    'samples/kipu/probes.csv': 'timestamp,check,result',
    'samples/patientiq/tickets.csv':
      'id,severity,opened_at,first_response_at,resolved_at,report_published_at',
  });
  // A file the app never had is not invented: the network is really gone.
  expect(
    await page.evaluate(() =>
      fetch('samples/none.csv').then(
        (r) => r.status,
        () => 'failed',
      ),
    ),
  ).toBe('failed');

  // The import worker and the lazy chunks come from the cache too: a whole sample imports offline.
  await page.getByTestId('sample-preset').selectOption('clarus-lis');
  await page.getByRole('button', { name: 'Try it with sample data' }).click();
  await expect(page.getByTestId('import-status')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('eval-note')).toContainText('Evaluated');
});

// The note lies in the screen's bottom corner, clear of the header's Storage link and
// language choice; it asks for nothing, so it goes by itself.
test('the offline-ready note leaves the header free on a phone, and goes by itself', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  // The page's clock, so that the note's seconds pass at once when the test says.
  await page.clock.install();
  await page.goto('./?lang=en');
  const note = page.getByText('Ready to work offline.');
  await expect(note).toBeVisible();
  const [header, box] = await Promise.all([page.locator('.app-header').boundingBox(), note.boundingBox()]);
  expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
  // The header's link is pressed while the note is there.
  await page.getByRole('link', { name: 'Storage' }).click({ timeout: 2_000 });
  await expect(page).toHaveURL(/#\/storage$/);
  await expect(note).toBeVisible();
  await page.clock.runFor(2_000);
  await expect(note).toBeVisible();
  await page.clock.runFor(10_000);
  await expect(note).toBeHidden();
});

// Dismiss goes with the note it is in: the focus goes on to the page, not to its body.
test('dismissing the offline-ready note leaves the focus on the page', async ({ page }) => {
  await page.goto('./?lang=en');
  const note = page.getByRole('status').filter({ hasText: 'Ready to work offline.' });
  await note.getByRole('button', { name: 'Dismiss' }).press('Enter');
  await expect(note).toHaveCount(0);
  await expect(page.locator('main')).toBeFocused();
});
