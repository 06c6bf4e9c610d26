// The report date chosen on the contract page: claims are judged against it, and the
// address keeps it so a reload shows the same report.
import { expect, test } from '@playwright/test';
import { chooseArabic, expectNoHorizontalOverflow, screenshot, trySample } from './helpers';

for (const width of [360, 1280]) {
  test(`the as-of date turns an open claim into an expired one at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    // Opened without a fixed date: the control starts at today and the user picks the days.
    await page.goto('./?lang=en');
    await trySample(page, 'clarus-lis');
    const date = page.getByLabel('Report date (as of)');
    await expect(date).toBeVisible();

    await date.fill('2026-11-21');
    const october = page.getByTestId('claims-panel').locator('li[data-claim="2026-10"]');
    await expect(october).toContainText('10 days left');
    await expect(october).toContainText('Claim by Nov 30, 2026');
    await expect(page.getByRole('button', { name: 'Back to today' })).toBeVisible();
    await screenshot(page, 'as-of');
    await expectNoHorizontalOverflow(page);

    // Clarus: 30 days after the month's end; on 2 December the window has closed.
    await date.fill('2026-12-02');
    await expect(october).toContainText('Expired: the window closed');
    await expect(october).not.toContainText('days left');
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2026-12-02');

    // The contract's name and the report date are said once on the dashboard.
    await expect(page.locator('.sla-dashboard > .dash-head')).toBeHidden();
    // The tickets tab keeps its own heading.
    await page.locator('nav.tabs a').nth(2).click();
    await expect(page.getByRole('heading', { name: 'Support tickets', level: 2 })).toBeVisible();
    await page.locator('nav.tabs a').nth(0).click();
    await expect(page.locator('main h1')).toHaveCount(1);

    await page.reload();
    await expect(page.getByLabel('Report date (as of)')).toHaveValue('2026-12-02');
    await expect(october).toContainText('Expired: the window closed');

    if (width === 1280) {
      await chooseArabic(page);
      await expect(page.getByLabel('تاريخ التقرير')).toHaveValue('2026-12-02');
      await screenshot(page, 'as-of-ar');
    }
  });
}
