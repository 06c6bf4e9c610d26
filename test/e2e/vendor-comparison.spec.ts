// The vendor's word beside your own measurement on screen: an Instatus record and the
// user's own checks dropped on one contract give the dashboard's comparison (figures of
// test/vendor-comparison.test.ts) and the claim letter's sentence, in English and Arabic,
// on a phone and a laptop.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoHorizontalOverflow, job, newContract, openTab, screenshot } from './helpers';

for (const width of [360, 1280]) {
  test(`the vendor's record beside the checks at ${width} px, in English and Arabic`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await newContract(page, 'Example SaaS');
    await page.getByTestId('file-input').setInputFiles([
      {
        name: 'instatus-incidents.json',
        mimeType: 'application/json',
        buffer: await readFile('test/fixtures/layouts/instatus-incidents.json'),
      },
      {
        name: 'own-checks.csv',
        mimeType: 'text/csv',
        buffer: await readFile('test/fixtures/comparison/own-checks.csv'),
      },
    ]);
    for (const name of ['instatus-incidents.json', 'own-checks.csv']) {
      const card = job(page, name);
      await card.getByRole('button', { name: `Import ${name}` }).click();
      await expect(card).toHaveAttribute('data-status', 'imported');
    }
    await openTab(page, 'Dashboard');
    const card = page.getByTestId('vendor-comparison');
    await expect(card.getByRole('heading')).toHaveText('The vendor’s word beside your measurement');
    await expect(card).toContainText('(API, Dashboard)');
    const june = card.locator('tbody tr').nth(1);
    await expect(june.locator('td').nth(0)).toHaveText('58 min');
    await expect(june.locator('td').nth(1)).toHaveText('1 h 40 min');
    await expect(june.locator('td').nth(2)).toHaveText('55 min');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'vendor-comparison');
    await expectNoHorizontalOverflow(page);

    // The letter for June cites both records.
    await page.getByRole('combobox', { name: 'Period shown' }).selectOption('2026-06');
    await page.getByRole('button', { name: 'Letter for June 2026', exact: true }).click();
    await expect(page.getByTestId('letter-comparison')).toHaveText(
      'Your status page lists 58 min of downtime in June 2026; our monitoring recorded 1 h 40 min.',
    );
    await screenshot(page, 'vendor-comparison-letter');
    await page.keyboard.press('Escape');

    await page.goto(page.url().replace('lang=en', 'lang=ar'));
    const ar = page.getByTestId('vendor-comparison');
    await expect(ar.getByRole('heading')).toHaveText('ما أعلنه المورّد مقابل قياسك');
    await ar.scrollIntoViewIfNeeded();
    await screenshot(page, 'vendor-comparison-ar');
    await expectNoHorizontalOverflow(page);
  });
}
