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

    // The contract's name and the report date are shown once on the dashboard; its own
    // header is kept for screen readers (its level-2 heading) and shown when printed.
    const head = page.locator('.sla-dashboard > .dash-head');
    await expect(head).toHaveCSS('clip-path', 'inset(50%)');
    expect((await head.boundingBox())?.width).toBeLessThanOrEqual(1);
    await expect(head.getByRole('heading', { level: 2 })).toHaveText('Clarus LIS');
    await page.emulateMedia({ media: 'print' });
    await expect(head).toHaveCSS('clip-path', 'none');
    expect((await head.boundingBox())?.width).toBeGreaterThan(100);
    await page.emulateMedia({ media: 'screen' });
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

for (const width of [360, 1280]) {
  test(`a report date typed digit by digit applies once whole, and a date out of range is not used at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./?asOf=2026-11-21&lang=en');
    await trySample(page, 'clarus-lis');
    const date = page.getByLabel('Report date (as of)');
    const october = page.getByTestId('claims-panel').locator('li[data-claim="2026-10"]');
    const refused = page.getByTestId('as-of-refused');
    const typeDate = async (digits: string) => {
      await date.evaluate((input: HTMLInputElement) => input.blur());
      // Focusing the field starts at its first part (the month, in English).
      await date.focus();
      await page.keyboard.type(digits);
    };

    // Typing the year passes through 0002, 0020 and 0202: none of them may replace the report date.
    await typeDate('10152026');
    await expect(date).toHaveValue('2026-10-15');
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBe('2026-10-15');
    await expect(refused).toBeEmpty();
    await expect(october).toContainText('Claim by Nov 30, 2026');

    // Beyond the last year the engine judges: the last whole date typed (1 January of the
    // year still shown) stays in effect, and the field says why.
    await typeDate('01012200');
    await expect(refused).toHaveText(
      'This date is not used: the report stays as of Jan 1, 2026. Dates from Jan 1, 1970 to Dec 31, 2199 can be chosen.',
    );
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2026-01-01');
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await screenshot(page, 'as-of-refused');
    await expectNoHorizontalOverflow(page);

    await typeDate('12311969');
    await expect(refused).toContainText('This date is not used: the report stays as of Jan 1, 2026.');
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2026-01-01');

    if (width === 360) {
      await chooseArabic(page);
      await expect(refused).toContainText('لا يُستخدم هذا التاريخ');
      await screenshot(page, 'as-of-refused-ar');
      await expectNoHorizontalOverflow(page);
      await page.getByTestId('language').selectOption('en');
    }

    // Once the typing makes a date the engine judges again, it applies.
    await typeDate('12022026');
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBe('2026-12-02');
    await expect(refused).toBeEmpty();
    await expect(october).toContainText('Expired: the window closed');
  });
}

// A link opened with `?lang=en` (the address a shared link or bookmark may carry): the
// language chosen afterwards is written to the address, or each reload, offline too,
// would fall back to the link's language.
test('a language chosen on a page opened with a language in its address survives a reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('./?asOf=2026-11-21&lang=en');
  await expect(page.locator('main h1')).toHaveText('Did your vendor keep its SLA?');
  await chooseArabic(page);
  expect(new URL(page.url()).searchParams.get('lang')).toBe('ar');
  expect(new URL(page.url()).searchParams.get('asOf')).toBe('2026-11-21');
  await page.reload();
  await expect(page.locator('html[lang="ar"][dir="rtl"]')).toHaveCount(1);
  await expect(page.locator('main h1')).toHaveText('هل التزم المورّد باتفاقية مستوى الخدمة؟');
  await page.getByTestId('language').selectOption('en');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Did your vendor keep its SLA?');
});
