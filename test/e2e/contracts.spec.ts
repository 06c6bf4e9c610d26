// Contracts: terms edited in settings re-evaluate the dashboard, files dropped anywhere on
// a contract join its queue, and a deleted contract comes back with Undo.
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { chooseArabic, openApp, openTab, samplePath, screenshot, trySample } from './helpers';

/** Contracts "Kept" and "Gone", made from the first screen; the list's cards. */
async function twoContracts(page: Page) {
  await openApp(page);
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'New contract' }) });
  for (const name of ['Kept', 'Gone']) {
    await form.getByLabel('Name').fill(name);
    await form.getByRole('button', { name: 'Create contract' }).click();
    await page.getByRole('link', { name: 'All contracts' }).click();
  }
  const card = page.getByTestId('contract-card');
  await expect(card).toHaveCount(2);
  return card;
}

test('a fee set in settings shows the credit as money', async ({ page }) => {
  await openApp(page);
  await trySample(page, 'clarus-lis');
  await openTab(page, 'Settings');
  await page.getByLabel('Fee').fill('20000');
  await page.getByLabel('Fee').press('Tab');
  await openTab(page, 'Dashboard');
  // October: 25 % of 20 000 EGP (SPEC sample figures).
  await expect(page.locator('.tiles .tile').nth(2).locator('.tile-value')).toContainText('5,000.00');
});

test('a contract’s card names its soonest open claim deadline', async ({ page }) => {
  await openApp(page);
  await trySample(page, 'clarus-lis');
  await page.getByRole('link', { name: 'All contracts' }).click();
  // October's 25 % is to be claimed within 30 days of the month's close: by 30 November.
  await expect(page.getByTestId('card-next-claim')).toHaveText(
    'Next claim deadlineNov 30, 2026 · 10 days left',
  );
  await chooseArabic(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.getByTestId('card-next-claim')).toContainText('أقرب موعد نهائي للمطالبة');
  await page.getByTestId('card-next-claim').scrollIntoViewIfNeeded();
  await screenshot(page, 'card-next-claim-ar');
});

// ElevateFinance's October ends at exactly its 99.5 % (rounded to 2 decimals), its whole
// allowance used: while October runs it is at risk; once over, it was met, as its dashboard says.
test('a month used to its last allowed minute is at risk while it runs and met once over', async ({
  page,
}) => {
  await page.goto('./?asOf=2026-10-20&lang=en');
  await trySample(page, 'elevatefinance');
  await page.getByRole('link', { name: 'All contracts' }).click();
  const card = page.getByTestId('contract-card');
  await expect(card.locator('.facts')).toContainText('October 2026');
  await expect(card.locator('.status-chip')).toHaveText('At risk');
  await page.goto('./?asOf=2026-11-21&lang=en#/');
  await expect(card.locator('.facts')).toContainText('99.50 %');
  await expect(card.locator('.facts')).toContainText('October 2026');
  await expect(card.locator('.status-chip')).toHaveText('Met');
  await card.getByRole('link').first().click();
  await expect(page.locator('.tiles .tile').first()).toContainText('Target met');
});

test('a fee typed in Arabic-Indic digits on an Arabic keyboard is the same fee', async ({ page }) => {
  await openApp(page);
  await trySample(page, 'clarus-lis');
  await chooseArabic(page);
  const sections = page.getByRole('navigation', { name: 'أقسام العقد' });
  await sections.getByRole('link', { name: 'الإعدادات', exact: true }).click();
  // ٢٠٬٠٠٠ with the Arabic thousands separator: 20 000.
  await page.getByLabel('الرسوم').fill('٢٠٬٠٠٠');
  await page.getByLabel('الرسوم').press('Tab');
  await expect(page.getByText('أدخل رقمًا من 0.')).toHaveCount(0);
  await sections.getByRole('link', { name: 'اللوحة', exact: true }).click();
  // October: 25 % of 20 000 EGP.
  await expect(page.locator('.tiles .tile').nth(2).locator('.tile-value')).toContainText('5,000.00');
});

test('files dropped on a contract, and delete with undo', async ({ page }) => {
  await openApp(page);
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'New contract' }) });
  await form.getByLabel('Name').fill('Dropped');
  await form.getByRole('button', { name: 'Create contract' }).click();
  await openTab(page, 'Dashboard');

  const text = await readFile(samplePath('medos', 'maintenance.csv'), 'utf8');
  const transfer = await page.evaluateHandle((csv) => {
    const dt = new DataTransfer();
    dt.items.add(new File([csv], 'maintenance.csv', { type: 'text/csv' }));
    return dt;
  }, text);
  await page.locator('.drop-zone').dispatchEvent('dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop files to add them to this contract')).toBeVisible();
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByRole('heading', { name: 'Files to import' })).toBeVisible();
  await expect(page.getByTestId('import-job')).toContainText('exclusion records');

  await page.getByRole('link', { name: 'All contracts' }).click();
  const card = page.getByTestId('contract-card');
  await expect(card).toHaveCount(1);
  await card.getByRole('button', { name: 'Delete Dropped' }).click();
  await expect(card).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('No data yet');
});

test('a contract deleted and the page reloaded at once stays deleted; one undone stays', async ({ page }) => {
  const card = await twoContracts(page);
  await card.getByRole('button', { name: 'Delete Kept' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await card.getByRole('button', { name: 'Delete Gone' }).click();
  await expect(card).toHaveCount(1);
  // Within the Undo notice's ten seconds: the delete is not yet written to storage.
  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Kept');
  await page.reload();
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Kept');
});

test('a contract deleted by keyboard: Undo takes the focus and waits while focused, then the focus returns to the list', async ({
  page,
}) => {
  // The page's clock, so that the notice's ten seconds pass at once when the test says.
  await page.clock.install();
  const card = await twoContracts(page);
  await card.getByRole('button', { name: 'Delete Gone' }).focus();
  await page.keyboard.press('Enter');
  await expect(card).toHaveCount(1);
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  // Past the notice's ten seconds: while it has the focus, it stays.
  await page.clock.runFor(11_000);
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card).toHaveCount(2);
  // The restored card's title link: the focus is back where the Delete button was.
  await expect(card.getByRole('link', { name: 'Gone', exact: true })).toBeFocused();

  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Delete Gone' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(undo).toBeFocused();
  await undo.evaluate((el: HTMLElement) => el.blur());
  // Once the notice runs out, the focus goes to the list's heading, not the page's end.
  await expect(page.getByTestId('toast')).toHaveCount(1);
  await page.clock.runFor(11_000);
  await expect(page.getByTestId('toast')).toHaveCount(0);
  await expect(page.locator('main h1')).toBeFocused();
  await expect(card).toHaveCount(1);
});

test('a contract’s data shared from its settings leaves the focus on the button pressed', async ({
  page,
}) => {
  await openApp(page);
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'New contract' }) });
  await form.getByLabel('Name').fill('Shared');
  await form.getByRole('button', { name: 'Create contract' }).click();
  await openTab(page, 'Settings');
  const button = page.getByRole('button', { name: 'Share contract data' });
  const download = page.waitForEvent('download');
  await button.click();
  expect((await download).suggestedFilename()).toMatch(/^Shared-\d{4}-\d{2}-\d{2}\.sla-bundle\.json\.gz$/);
  await expect(page.locator('.share-contract [role="status"]')).toContainText('Shared-');
  await expect(button).toBeFocused();
});

test('all data deleted on the storage page, the contract list says it was', async ({ page }) => {
  const card = await twoContracts(page);
  await page.getByRole('link', { name: 'Storage' }).click();
  await page.getByLabel('Type DELETE to confirm').fill('DELETE');
  await page.getByRole('button', { name: 'Delete all data' }).click();
  await expect(page.getByRole('heading', { name: 'Did your vendor keep its SLA?' })).toBeVisible();
  await expect(card).toHaveCount(0);
  await expect(page.getByTestId('toast')).toHaveText(/All data on this device was deleted\./);
  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
  await expect(card).toHaveCount(0);
});

// The link carries the policy alone: the sharer's report date and language, in their page's
// address, would otherwise fix the colleague's report date and override their language.
test('a contract’s policy link from its settings leaves the sharer’s report date and language behind', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?asOf=2026-10-05&lang=en');
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'New contract' }) });
  await form.getByLabel('Name').fill('Shared');
  await form.getByRole('button', { name: 'Create contract' }).click();
  await openTab(page, 'Settings');
  await page.getByRole('button', { name: 'Share policy link' }).click();
  await expect(page.locator('.share-contract [role="status"]')).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(`${baseURL}#policy=`)).toBe(true);

  const colleague = await browser.newContext({ locale: 'ar-EG', serviceWorkers: 'block' });
  const theirs = await colleague.newPage();
  await theirs.goto(link);
  await expect(theirs.getByTestId('confirm-shared-policy')).toBeVisible();
  await expect(theirs.locator('html')).toHaveAttribute('lang', 'ar');
  expect(new URL(theirs.url()).search).toBe('');
  await colleague.close();
});

// A few hundred kilobytes of a disk's gigabytes is not nothing: the storage page says it is
// under the figure's last decimal, where it said "0 %", and keeps the figure with its sign.
test('the storage page says space used below 0.1 % as under 0.1 %, in English and Arabic', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'estimate', {
      value: async () => ({ usage: 680_000, quota: 11_000_000_000 }),
    });
  });
  await openApp(page);
  await page.getByRole('link', { name: 'Storage' }).click();
  await expect(page.getByTestId('usage')).toHaveText(
    '680 kB of about 11 GB available to this app (under 0.1\u00a0%)',
  );
  await chooseArabic(page);
  await expect(page.getByTestId('usage')).toHaveText(
    '680 كيلوبايت من نحو 11 غ.ب متاحة لهذا التطبيق (أقل من 0.1\u00a0%)',
  );
});
