// A contract bundle made with default settings opens again: the backup the storage page
// recommends, done the way a new user would do it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import {
  bigFile,
  holdFingerprints,
  importBigFile,
  newContract,
  openApp,
  openTab,
  trySample,
} from './helpers';

/** The open contract saved as a bundle from its settings: the bundle's path. */
async function saveBundle(page: Page): Promise<string> {
  await openTab(page, 'Settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Share contract data' }).click();
  return await (await download).path();
}

test('sample contract shared as a bundle and opened again', async ({ page }) => {
  await openApp(page);
  await trySample(page, 'medos');
  const uptime = await page.locator('.tiles .tile').nth(0).locator('.tile-value').textContent();
  const file = await saveBundle(page);

  await page.getByRole('link', { name: 'All contracts' }).click();
  await page.getByTestId('bundle-file').setInputFiles(file);
  // The sample contract is still there, so the app asks; keeping both imports a copy.
  await page.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByText('This bundle was not imported')).toHaveCount(0);
  await expect(page.getByTestId('eval-note')).toContainText('Evaluated');
  await expect(page.locator('.tiles .tile').nth(0).locator('.tile-value')).toHaveText(uptime ?? '');

  await page.getByRole('link', { name: 'All contracts' }).click();
  await expect(page.getByTestId('contract-card')).toHaveCount(2);
});

// The same-name question takes the focus on its harmless answer, and Cancel hands it back to
// the file picker, where each left it on the page's body.
test('a bundle whose contract is already here asks with the focus on Keep both; Cancel returns it', async ({
  page,
}) => {
  await openApp(page);
  await trySample(page, 'kipu');
  const file = await saveBundle(page);

  await page.getByRole('link', { name: 'All contracts' }).click();
  await page.getByTestId('bundle-file').setInputFiles(file);
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText('A contract named “Kipu (sample)” already exists.');
  await expect(question.getByRole('button', { name: 'Keep both' })).toBeFocused();
  await question.getByRole('button', { name: 'Cancel' }).press('Enter');
  await expect(question).toHaveCount(0);
  await expect(page.getByTestId('bundle-file')).toBeFocused();
  await expect(page.getByTestId('contract-card')).toHaveCount(1);
});

test('a bundle shared before a large file’s SHA-256 is taken waits for it, and keeps it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const sha256 = createHash('sha256').update(readFileSync(bigFile())).digest('hex');
  await newContract(page, 'Bundled');
  const letGo = await holdFingerprints(page);
  await importBigFile(page);
  await openTab(page, 'Settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Share contract data' }).click();
  await expect(page.locator('.share-contract [role=status]')).toHaveText('Preparing…');
  await letGo();
  const bundle = JSON.parse(gunzipSync(readFileSync((await (await download).path())!)).toString('utf8'));
  expect(bundle.datasets).toMatchObject([{ name: 'big-probes.csv', sha256 }]);
});
