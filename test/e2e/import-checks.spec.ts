// Checks before an import, in the app's words: a file with a header and no rows is refused
// when it is reviewed, naming the file; and files still waiting when the page is reloaded
// are named afterwards instead of vanishing.
import { expect, test } from '@playwright/test';
import { job, newContract, screenshot } from './helpers';

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
