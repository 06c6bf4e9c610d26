// Every screen at a phone's 360×740 and a laptop's 1280×800: screenshots to look at,
// nothing wider than the screen, no moderate, serious or critical axe findings (a heading
// level skipped, two landmarks of one name), and the same in
// Arabic, right to left.
import { expect, type Page, test } from '@playwright/test';
import {
  axeFindings,
  chooseArabic,
  expectNoHorizontalOverflow,
  openApp,
  openTab,
  samplePath,
  screenshot,
  trySample,
} from './helpers';

const SIZES = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;

async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(await axeFindings(page, ['moderate', 'serious', 'critical']), `axe on ${screen}`).toEqual([]);
}

/** Screenshot, overflow check and (on the wide screen) an axe scan of what is shown. */
async function check(page: Page, screen: string, wide: boolean): Promise<void> {
  await page.waitForTimeout(150);
  await screenshot(page, screen);
  await expectNoHorizontalOverflow(page);
  if (wide) await expectAccessible(page, screen);
}

for (const size of SIZES) {
  const wide = size.width > 1000;
  test(`every screen at ${size.width}×${size.height}`, async ({ page }) => {
    // The wide run scans ten screens with axe: 30 s here beside another test, and over a
    // minute when a loaded machine slows both.
    if (wide) test.setTimeout(150_000);
    await page.setViewportSize(size);
    await openApp(page);
    await check(page, 'empty', wide);
    await trySample(page, 'clarus-lis');
    await check(page, 'dashboard', wide);
    for (const [tab, name] of [
      ['Data', 'data'],
      ['Policy', 'policy'],
      ['What-if', 'whatif'],
      ['Settings', 'settings'],
    ] as const) {
      await openTab(page, tab);
      await check(page, name, wide);
      if (tab === 'Data') {
        // A file waiting for review: detection, column mapping and preview.
        await page.getByTestId('file-input').setInputFiles(samplePath('kipu', 'probes.csv'));
        await expect(page.getByTestId('import-job').last()).toHaveAttribute('data-status', 'review');
        await page.getByTestId('import-job').last().scrollIntoViewIfNeeded();
        await check(page, 'import-review', wide);
      }
    }
    await page.getByRole('link', { name: 'All contracts' }).click();
    await expect(page.getByTestId('contract-card')).toHaveCount(1);
    await expect(page.getByTestId('contract-card')).toContainText('Breached');
    await check(page, 'contracts', wide);
    await page.getByRole('link', { name: 'Storage' }).click();
    await expect(page.getByRole('heading', { name: 'Storage', level: 1 })).toBeVisible();
    await check(page, 'storage', wide);
    await page.getByRole('link', { name: 'SLA Witness' }).click();

    // Arabic: the page turns right to left, and nothing overflows either.
    await chooseArabic(page);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await check(page, 'contracts-ar', wide);
    await page.getByTestId('contract-card').getByRole('link').first().click();
    await expect(page.locator('.sla-dashboard')).toHaveAttribute('dir', 'rtl');
    await check(page, 'dashboard-ar', wide);
    await page.locator('nav.tabs a').nth(1).click();
    await check(page, 'data-ar', wide);
  });
}
