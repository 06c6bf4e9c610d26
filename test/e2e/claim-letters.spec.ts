// Claims a new user can act on, from the samples: Kipu's monthly credits in the headline
// and the year's row, a letter for the November incident credit (asking for the fee, then
// stating the amount), and Clarus's DST outage written with its offsets in October's letter.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  bigFile,
  chooseArabic,
  expectNoHorizontalOverflow,
  holdFingerprints,
  importBigFile,
  newContract,
  openApp,
  openTab,
  recordPrints,
  screenshot,
  trySample,
} from './helpers';

for (const width of [360, 1280]) {
  test(`Kipu: every monthly credit shown and a letter for November's at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page);
    await trySample(page, 'kipu');

    const tile = page.locator('.tiles .tile').nth(2);
    await expect(tile.getByTestId('incident-credit-total')).toHaveText('4 monthly credits');
    await expect(tile.getByTestId('incident-credit-months')).toHaveText(
      'Mar 25 %, Sep 50 %, Oct 50 %, Nov 25 %',
    );
    const year = page.locator('.card', { hasText: 'Year by year' }).first().locator('tbody tr');
    await expect(year).toContainText('Mar 25 %, Sep 50 %, Oct 50 %, Nov 25 %');
    await expect(year).toContainText('2 open, 2 expired');
    // September and October triggered the right to terminate, whose notice window closed on
    // Nov 5: it is flagged as lapsed, not as a right still to act on.
    const right = page.getByTestId('claims-panel').locator('.termination-list > li');
    await expect(right.locator('strong')).toHaveText('Lapsed');
    await expect(right.locator('[data-notice]')).toHaveText(
      'The notice window closed on Nov 5, 2026: this right has lapsed.',
    );
    await screenshot(page, 'kipu-credits');
    await expectNoHorizontalOverflow(page);

    await page.getByTestId('claims-panel').locator('button[data-letter-for="incidents-2026-11"]').click();
    const dialog = page.getByRole('dialog');
    const letter = dialog.locator('.claim-letter');
    await expect(letter).toContainText('Re: Kipu — service interruptions in November 2026');
    await expect(letter.locator('tr[data-incident]')).toHaveText([
      /P0\s*Nov 12, 2026, 09:00 GMT-05:00\s*Nov 12, 2026, 11:00 GMT-05:00\s*2\sh\s*Outage in our monitoring/,
    ]);
    await expect(letter.locator('[data-claim-status]')).toHaveText(
      'We claim the service credit of 25 % of the fee that the agreement provides for the incidents of November 2026.',
    );
    await screenshot(page, 'kipu-letter-no-fee');

    // The fee asked for in the dialog is saved to the contract; the letter then states the amount.
    await dialog.getByLabel('Fee per month (USD)').fill('800');
    await dialog.getByLabel('Fee per month (USD)').press('Enter');
    await expect(letter.locator('[data-claim-status]')).toHaveText(
      'We claim the service credit of $200.00 (25 % of the fee) that the agreement provides for the incidents of November 2026.',
    );
    // The field stays, and what it says under it stays true once the fee is set.
    await expect(dialog.locator('.letter-fee small')).toHaveText(
      'The letter states the amount once the fee is set. The fee is saved to the contract.',
    );
    await dialog.getByLabel('Your organisation (sender)').fill('Harbor Recovery Center');
    await dialog.getByLabel('Contract reference').fill('KIPU-MSA-2019-044');
    await expect(letter).toContainText('From: Harbor Recovery Center');
    await expect(letter).toContainText('Contract reference: KIPU-MSA-2019-044');
    await screenshot(page, 'kipu-letter');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
    // With the fee set, the headline adds the four up: 150 % of 800 USD.
    await expect(tile.getByTestId('incident-credit-total')).toHaveText('$1,200.00');
  });
}

test('Clarus: October’s letter writes the DST outage with its offsets and counts 30 minutes of the boundary outage', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page);
  await trySample(page, 'clarus-lis');
  await page.getByTestId('claims-panel').locator('button[data-letter-for="period-2026-10"]').click();
  const letter = page.getByRole('dialog').locator('.claim-letter');
  await expect(letter.locator('tr', { hasText: 'Oct 29, 2026, 23:20' })).toHaveText(
    /Oct 29, 2026, 23:20 GMT\+03:00\s*Oct 29, 2026, 23:40 GMT\+02:00\s*1\sh\s20\smin/,
  );
  await expect(letter.locator('tr', { hasText: 'Sep 30, 2026, 23:50' })).toContainText(
    '30 min (of 40 min in all)',
  );
  await expect(letter.locator('tfoot')).toHaveText(/Downtime counted in the period\s*8\sh\s1\smin/);
  await screenshot(page, 'clarus-letter-dst');
});

test('Arabic: Kipu’s credits and the November letter, right to left', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 900 });
  await openApp(page);
  await trySample(page, 'kipu');
  await chooseArabic(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.tiles .tile').nth(2).getByTestId('incident-credit-total')).toHaveText(
    '4 أرصدة شهرية',
  );
  // The right to terminate lapsed on Nov 5: "standing" (قائم) beside "this right has lapsed" contradicted itself.
  await expect(page.getByTestId('claims-panel').locator('.termination-list > li strong')).toHaveText('سقط');
  await screenshot(page, 'kipu-credits-ar');
  await expectNoHorizontalOverflow(page);
  await page.getByTestId('claims-panel').locator('button[data-letter-for="incidents-2026-11"]').click();
  await expect(page.getByRole('dialog')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('dialog').locator('.claim-letter')).toContainText('انقطاعات الخدمة في نوفمبر');
  await screenshot(page, 'kipu-letter-ar');
});

test('A sample’s terms saved as a custom policy still write the vendor’s name in the letter, and only the list says copy', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openApp(page);
  await trySample(page, 'clarus-lis');
  await openTab(page, 'Policy');
  await page.getByRole('button', { name: 'Save as custom policy' }).click();
  const follows = page.getByLabel('This contract follows');
  await expect(follows.locator('option:checked')).toHaveText('Clarus LIS (copy)');
  await expect(page.getByLabel('Name of the agreement')).toHaveValue('Clarus LIS');
  await openTab(page, 'Dashboard');
  await page.getByTestId('claims-panel').locator('button[data-letter-for="period-2026-10"]').click();
  const letter = page.getByRole('dialog').locator('.claim-letter');
  await expect(letter.getByText(/^To: /)).toHaveText('To: Clarus LIS');
  await expect(letter.getByText(/^Re: /)).toHaveText('Re: Clarus LIS — availability in October 2026');
});

test('Print pressed straight after typing the fee prints the letter with the amount', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // The print dialog cannot be driven; what would be printed is recorded instead.
  await page.addInitScript(() => {
    const printed: string[] = [];
    (window as unknown as { printed: string[] }).printed = printed;
    window.print = () => {
      printed.push(document.querySelector('.claim-letter [data-claim-status]')?.textContent ?? '');
    };
  });
  await openApp(page);
  await trySample(page, 'kipu');
  await page.getByTestId('claims-panel').locator('button[data-letter-for="incidents-2026-11"]').click();
  const dialog = page.getByRole('dialog');
  // Typed and not committed: leaving the field for the button commits it.
  await dialog.getByLabel('Fee per month (USD)').fill('800');
  await dialog.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: string[] }).printed))
    .toEqual([
      expect.stringMatching(
        /^We claim the service credit of \$200\.00 \(25\s% of the fee\) that the agreement/,
      ),
    ]);
  await expect(dialog.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  // The fee field stays where it was once the amount is stated: taken away, it moved Print
  // from under a click on its way, and that click printed nothing.
  await expect(dialog.getByLabel('Fee per month (USD)')).toHaveValue('800');
  // Once the amount is stated, Print prints at once.
  await dialog.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: string[] }).printed.length))
    .toBe(2);
});

test('Tab keeps the focus in the open letter, and Escape brings it back to the claim', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openApp(page);
  await trySample(page, 'clarus-lis');
  const open = page.getByTestId('claims-panel').locator('button[data-letter-for="period-2026-10"]');
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeFocused();
  // Once round the letter's fields, buttons and tables and on: nothing behind it takes the focus.
  const outside: string[] = [];
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const a = document.activeElement;
      return !a || a === document.body || a.closest('[role=dialog]') ? null : a.outerHTML.slice(0, 60);
    });
    if (where) outside.push(where);
  }
  expect(outside).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(open).toBeFocused();
});

test('Closing the letter opened from the export row brings the focus back to that button, not to the claim’s', async ({
  page,
}) => {
  await openApp(page);
  await trySample(page, 'clarus-lis');
  const claims = page.getByTestId('claims-panel').locator('button[data-letter-for="period-2026-10"]');
  const exported = page.getByRole('button', { name: 'Letter for October 2026' });
  await expect(claims).toHaveCount(1);
  await exported.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(exported).toBeFocused();
});

test('The report saved and the letter printed before a large file’s SHA-256 is taken wait for it, and list it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const sha256 = createHash('sha256').update(readFileSync(bigFile())).digest('hex');
  await page.setViewportSize({ width: 1280, height: 900 });
  const printed = await recordPrints(page);
  await newContract(page, 'Fingerprint');
  // Held back, so that the report and the letter are surely asked for before it is taken.
  const letGo = await holdFingerprints(page);
  await importBigFile(page);
  await openTab(page, 'Dashboard');
  await expect(page.getByTestId('eval-note')).toContainText('Evaluated', { timeout: 30_000 });
  const save = page.getByTestId('export-json');
  const saved = page.waitForEvent('download');
  await save.click();
  await expect(save).toHaveText('Taking the files’ SHA-256, then downloading…');
  await expect(save).toHaveAttribute('aria-busy', 'true');
  await page.locator('.exports button[data-letter-for^="period-"]').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('letter-input')).toContainText('SHA-256: not computed yet');
  // The browser's own print command cannot be held back: meanwhile it prints a note, not the letter.
  await page.emulateMedia({ media: 'print' });
  await expect(dialog.locator('.claim-letter')).toBeHidden();
  await expect(dialog.getByTestId('letter-print-too-soon')).toBeVisible();
  await expect(dialog.getByTestId('letter-print-too-soon')).toContainText(
    'Not printed yet: the SHA-256 of the files this letter relies on is still being taken.',
  );
  await screenshot(page, 'letter-printed-too-soon');
  await page.emulateMedia({ media: 'screen' });
  await expect(dialog.getByTestId('letter-print-too-soon')).toBeHidden();
  await dialog.getByTestId('letter-print').click();
  await expect(dialog.getByTestId('letter-print')).toHaveText('Taking the files’ SHA-256, then printing…');
  await expect(dialog.getByTestId('letter-print')).toHaveAttribute('aria-busy', 'true');
  await screenshot(page, 'letter-waits-for-fingerprint');
  expect(await printed()).toEqual([]);
  await letGo();
  await expect.poll(printed, { timeout: 30_000 }).toEqual([[expect.stringContaining(`SHA-256: ${sha256}`)]]);
  await expect(dialog.getByTestId('letter-print')).toHaveText('Print or save as PDF');
  await page.emulateMedia({ media: 'print' });
  await expect(dialog.getByTestId('letter-input')).toContainText(`SHA-256: ${sha256}`);
  await expect(dialog.getByTestId('letter-print-too-soon')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  const report = JSON.parse(readFileSync((await (await saved).path())!, 'utf8'));
  expect(report.inputs).toMatchObject([{ name: 'big-probes.csv', sha256 }]);
  // Once every file is listed with its SHA-256, Print prints at once.
  await dialog.getByTestId('letter-print').click();
  await expect.poll(async () => (await printed()).length).toBe(2);
});

test('A letter whose file’s SHA-256 can no longer be taken prints at once, saying so', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const printed = await recordPrints(page);
  await newContract(page, 'Fingerprint lost');
  // Held back, and then the page reloaded: the file dropped is gone with it, and its
  // fingerprint cannot be taken until the same file is dropped again.
  await holdFingerprints(page);
  await importBigFile(page);
  await page.reload();
  await openTab(page, 'Dashboard');
  await expect(page.getByTestId('eval-note')).toContainText('Evaluated', { timeout: 30_000 });
  await page.locator('.exports button[data-letter-for^="period-"]').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('letter-print').click();
  await expect.poll(printed).toEqual([[expect.stringContaining('SHA-256: not computed yet')]]);
  await expect(dialog.getByTestId('letter-print')).toHaveText('Print or save as PDF');
  // Nothing is coming: the browser's own print command prints the letter as it stands.
  await page.emulateMedia({ media: 'print' });
  await expect(dialog.getByTestId('letter-input')).toContainText('SHA-256: not computed yet');
  await expect(dialog.getByTestId('letter-print-too-soon')).toBeHidden();
});
