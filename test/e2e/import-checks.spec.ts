// Checks before an import, in the app's words: a file with a header and no rows is refused
// when it is reviewed, naming the file; and files still waiting when the page is reloaded
// are named afterwards instead of vanishing.
import { expect, test } from '@playwright/test';
import { chooseArabic, job, newContract, screenshot } from './helpers';

const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

test('a header-only file is refused at the check step, naming the file', async ({ page }) => {
  await newContract(page, 'Header only');
  await page
    .getByTestId('file-input')
    .setInputFiles([
      csv('checks-header.csv', 'time,monitor,status_code\r\n\r\n'),
      csv('tickets-header.csv', 'id,severity,opened_at,first_response_at\n'),
    ]);
  for (const file of ['checks-header.csv', 'tickets-header.csv']) {
    const card = job(page, file);
    await expect(card.getByRole('alert')).toHaveText(
      `“${file}” has a header line but no rows: there is nothing to import.`,
    );
    await expect(card.getByRole('button', { name: `Import ${file}` })).toBeDisabled();
  }
  await expect(page.getByRole('button', { name: /^Import all/ })).toHaveCount(0);
  await screenshot(page, 'header-only');
});

test('files waiting when the page is reloaded are named after the reload, until dismissed or imported', async ({
  page,
}) => {
  await newContract(page, 'Reloaded');
  await page
    .getByTestId('file-input')
    .setInputFiles([csv('probes.csv', 'time,monitor,status_code\n2026-09-01T00:00:00Z,lis,200\n')]);
  await expect(job(page, 'probes.csv')).toHaveAttribute('data-status', 'review');

  await page.reload();
  const note = page.getByTestId('lost-files');
  await expect(note).toHaveText(
    /The page was reloaded before probes\.csv was imported, so it was not stored\. Add it again\./,
  );
  await expect(page.getByTestId('import-job')).toHaveCount(0);
  await screenshot(page, 'lost-files');
  // Kept until the user dismisses it: a second reload, or the app opened anew, still names it.
  await page.reload();
  await expect(note).toHaveText(/The page was reloaded before probes\.csv was imported/);
  await page.goto(page.url());
  await expect(note).toHaveText(/The page was reloaded before probes\.csv was imported/);
  await note.getByRole('button', { name: 'Dismiss' }).click();
  await expect(note).toHaveCount(0);

  // Said once: a second reload with nothing waiting says nothing.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Add files' })).toBeVisible();
  await expect(page.getByTestId('lost-files')).toHaveCount(0);

  // Lost again, then imported: the note goes by itself.
  await page
    .getByTestId('file-input')
    .setInputFiles([csv('probes.csv', 'time,monitor,status_code\n2026-09-01T00:00:00Z,lis,200\n')]);
  await expect(job(page, 'probes.csv')).toHaveAttribute('data-status', 'review');
  await page.reload();
  await expect(note).toHaveCount(1);
  await page
    .getByTestId('file-input')
    .setInputFiles([csv('probes.csv', 'time,monitor,status_code\n2026-09-01T00:00:00Z,lis,200\n')]);
  await job(page, 'probes.csv').getByRole('button', { name: 'Import probes.csv' }).click();
  await expect(job(page, 'probes.csv')).toHaveAttribute('data-status', 'imported');
  await expect(note).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Add files' })).toBeVisible();
  await expect(page.getByTestId('lost-files')).toHaveCount(0);
});

test('a small JSON cut off before its export can be told is refused as cut off, as a sentence of its own', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await newContract(page, 'Cut off');
  // Instatus's incidents, cut before the first one's components, by which the layout is told.
  const cut =
    '[{"id":"ckf01","name":"Lab portal down","started":"2026-05-31T21:03:00.000Z","resolved":null,"updates":[';
  await page
    .getByTestId('file-input')
    .setInputFiles([{ name: 'incidents.json', mimeType: 'application/json', buffer: Buffer.from(cut) }]);
  const card = job(page, 'incidents.json');
  await expect(card).toHaveAttribute('data-status', 'unsupported');
  // The command line's words start small; alone in the card they start a sentence.
  await expect(card.locator('p.warn')).toHaveText(
    'The JSON ends before it is complete (a cut-off download?), too soon to tell which export it is; nothing was imported',
  );
  await expect(card).not.toContainText('Lab portal down');
  await card.locator('p.warn').scrollIntoViewIfNeeded();
  await screenshot(page, 'json-cut-off');
  await chooseArabic(page);
  await expect(card.locator('p.warn')).toHaveText(
    'ينتهي ملف \u2068JSON\u2069 قبل أن يكتمل (تنزيل مقطوع؟)، قبل أن يتبيّن من أي تصدير هو؛ لم يُستورد شيء',
  );
  await card.locator('p.warn').scrollIntoViewIfNeeded();
  await screenshot(page, 'json-cut-off-ar');
  await page.setViewportSize({ width: 1280, height: 800 });
  await card.locator('p.warn').scrollIntoViewIfNeeded();
  await screenshot(page, 'json-cut-off-ar');
  await page.getByTestId('language').selectOption('en');
  await card.locator('p.warn').scrollIntoViewIfNeeded();
  await screenshot(page, 'json-cut-off');
});
