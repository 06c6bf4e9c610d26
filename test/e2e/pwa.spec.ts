// The built PWA: it asks nothing of any origin but its own, breaks no rule of its
// Content-Security-Policy, is installable, works from a static host under /sla/, and
// offers a new build with an update prompt.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { chooseArabic, heldImport, stayOnPage } from './helpers';
import { type StaticServer, serveStatic } from './static-server';

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/** Records CSP violations in the page (from before any script of the app runs) and every request of the context. */
async function watch(context: BrowserContext, page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const requests: string[] = [];
  const consoleCsp: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) consoleCsp.push(m.text());
  });
  const violations = () => page.evaluate(() => window.__cspViolations);
  return { requests, consoleCsp, violations };
}

const foreign = (urls: readonly string[], origin: string) =>
  urls.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);

test('asks only its own origin and breaks no rule of its Content-Security-Policy', async ({
  page,
  context,
  baseURL,
}) => {
  const seen = await watch(context, page);
  await page.goto('./?lang=en');
  await expect(page.locator('main h1')).toBeVisible();
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .first()
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");

  // The busiest path: the import worker, IndexedDB, charts, the dashboard; then Arabic.
  await page.getByTestId('sample-preset').selectOption('patientiq');
  await page.getByRole('button', { name: 'Try it with sample data' }).click();
  await expect(page.getByTestId('import-status')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('eval-note')).toContainText('Evaluated');
  expect(await seen.violations()).toEqual([]);
  await chooseArabic(page);
  await expect(page.locator('.app[dir=rtl]')).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();

  expect(await seen.violations()).toEqual([]);
  expect(seen.consoleCsp).toEqual([]);
  expect(seen.requests.length).toBeGreaterThan(5);
  expect(foreign(seen.requests, new URL(baseURL!).origin)).toEqual([]);
});

test('is installable: a manifest with its icons, and a service worker', async ({ page }) => {
  await page.goto('./?lang=en');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await page.evaluate(async (h) => {
    const url = new URL(h!, location.href);
    const m = await (await fetch(url)).json();
    const icons = await Promise.all(
      m.icons.map(async (i: { src: string }) =>
        (await fetch(new URL(i.src, url))).headers.get('content-type'),
      ),
    );
    return { name: m.name, display: m.display, start_url: m.start_url, icons };
  }, href);
  expect(manifest).toEqual({
    name: 'SLA Witness',
    display: 'standalone',
    start_url: '.',
    icons: ['image/png', 'image/png', 'image/png'],
  });
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(new URL('./', page.url()).href);
});

/** The app opened from a static server's sub-path, with its service worker in control. */
async function openControlled(page: Page, server: StaticServer): Promise<void> {
  await page.goto(`${server.origin}/sla/?lang=en`);
  await expect(page.locator('main h1')).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** A new contract of the form's first choice, made from the first screen, open on its import panel. */
async function createContract(page: Page, name: string): Promise<void> {
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'New contract' }) });
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Create contract' }).click();
  await expect(page.getByRole('heading', { name: 'Add files' })).toBeVisible();
}

/** The new version's service worker took over: none waits, and the active one is activated. */
async function expectNewVersionActive(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return r?.waiting === null && r.active?.state === 'activated';
      }),
    )
    .toBe(true);
}

test.describe
  .serial('a build for a sub-path, on a plain static host', () => {
    const ROOT = fileURLToPath(new URL('../..', import.meta.url));
    const OUT = `${ROOT}test-results/pwa-base-dist`;
    let server: StaticServer;
    let swText: string;

    test.beforeAll(async () => {
      test.setTimeout(120_000);
      execFileSync('npx', ['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'error'], {
        cwd: ROOT,
        env: { ...process.env, BASE: '/sla/' },
        stdio: 'pipe',
      });
      server = await serveStatic(OUT, '/sla/');
      swText = await (await fetch(`${server.origin}/sla/sw.js`)).text();
    });
    test.afterAll(async () => {
      await server?.close();
    });

    test('BASE=/sla/ loads under /sla/, registers its worker there, and works offline', async ({
      page,
      context,
    }) => {
      const seen = await watch(context, page);
      const before = server.requests.length;
      await page.goto(`${server.origin}/sla/?lang=en`);
      await expect(page.locator('main h1')).toBeVisible();
      const reg = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(reg).toBe(`${server.origin}/sla/`);
      await page.reload();
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await context.setOffline(true);
      await page.reload();
      await expect(page.locator('main h1')).toBeVisible();
      await context.setOffline(false);

      const paths = server.requests.slice(before);
      expect(paths.filter((p) => !p.startsWith('/sla/'))).toEqual([]);
      expect(paths).toContain('/sla/sw.js');
      expect(foreign(seen.requests, server.origin)).toEqual([]);
      expect(await seen.violations()).toEqual([]);
    });

    test('a second build shows the update prompt, and Reload switches to it', async ({ page }) => {
      await openControlled(page, server);

      // A new deployment: the service worker script's bytes change.
      server.override('sw.js', `${swText}\n// build 2\n`);
      await page.reload();
      await expect(page.getByText('A new version is available.')).toBeVisible();
      expect(
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null),
      ).toBe(true);
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
      await expect(page.locator('main h1')).toBeVisible();
      await expectNewVersionActive(page);
      await expect(page.getByText('A new version is available.')).toHaveCount(0);
    });

    test('Reload pressed while a file imports loads the new version once the import ends, unasked', async ({
      page,
    }) => {
      await openControlled(page, server);
      await createContract(page, 'Updated mid-import');

      server.override('sw.js', `${swText}\n// build 4\n`);
      await page.reload();
      await expect(page.getByText('A new version is available.')).toBeVisible();
      const { card, release } = await heldImport(page);
      const asked = stayOnPage(page);
      const reload = page.getByRole('button', { name: 'Reload' });
      await reload.click();
      await expect(
        page.getByText('A new version is available. It loads once the import ends.'),
      ).toBeVisible();
      await expect(reload).toHaveAttribute('aria-disabled', 'true');
      await expect(reload).toBeFocused();
      await page.screenshot({ path: 'test-results/screens/update-waits-for-import-1280.png' });
      await page.setViewportSize({ width: 360, height: 740 });
      await chooseArabic(page);
      await expect(page.getByText('يتوفر إصدار جديد، ويُحمَّل حين ينتهي الاستيراد.')).toBeVisible();
      await page.screenshot({ path: 'test-results/screens/update-waits-for-import-360-ar.png' });
      await expect(card).toHaveAttribute('data-status', 'running');
      // The import ends, and the new version loads without a question.
      await Promise.all([page.waitForEvent('load'), release()]);
      await expect(page.locator('main h1')).toContainText('Updated mid-import');
      await expect(page.getByTestId('dataset')).toHaveCount(1);
      await expectNewVersionActive(page);
      expect(asked).toEqual([]);
    });

    // Two tabs open on the old version, the second importing a file: the first takes the
    // new version, and the second, kept open for its import, is then the old code under the
    // new version's worker, whose lazy parts are gone. Its Reload loads the new version once
    // the import ends, rather than waiting for an update another tab already took.
    test('Reload in a tab kept open for its import, after another took the new version, loads it', async ({
      page,
      context,
    }) => {
      await openControlled(page, server);
      const other = await context.newPage();
      await other.goto(`${server.origin}/sla/?lang=en`);
      await createContract(other, 'Second tab');

      server.override('sw.js', `${swText}\n// build 5\n`);
      await page.reload();
      await expect(page.getByText('A new version is available.')).toBeVisible();
      const { card, release } = await heldImport(other);
      stayOnPage(other);
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
      await expectNewVersionActive(page);

      await expect(other.getByText('A new version is available.')).toBeVisible();
      await release();
      await expect(card).toHaveAttribute('data-status', 'imported');
      await Promise.all([other.waitForEvent('load'), other.getByRole('button', { name: 'Reload' }).click()]);
      await expect(other.locator('main h1')).toContainText('Second tab');
      await expect(other.getByText('A new version is available.')).toHaveCount(0);
      await expect(other.getByTestId('dataset')).toHaveCount(1);
      await other.close();
    });

    // The update waits until it is acted on, so it lies over nothing: the header's Storage
    // link and language choice, under it when it floated at the top, stay pressable.
    test('an update waiting hides nothing of the header, on a phone too', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await openControlled(page, server);

      server.override('sw.js', `${swText}\n// build 3\n`);
      await page.reload();
      const prompt = page.getByText('A new version is available.');
      await expect(prompt).toBeVisible();
      await page.getByTestId('language').selectOption('ar', { timeout: 2_000 });
      await expect(page.locator('html[lang="ar"]')).toHaveCount(1);
      await page.getByTestId('language').selectOption('en', { timeout: 2_000 });
      await page.getByRole('link', { name: 'Storage' }).click({ timeout: 2_000 });
      await expect(page).toHaveURL(/#\/storage$/);
      await expect(prompt).toBeVisible();
      const [header, bar, main] = await Promise.all(
        ['.app-header', '.update-prompt', 'main'].map((s) => page.locator(s).boundingBox()),
      );
      expect(bar!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
      expect(main!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1);
      await page.screenshot({ path: 'test-results/screens/update-waiting-360.png' });
    });
  });
