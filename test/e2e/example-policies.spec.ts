// A new contract started from an example policy of a published SLA: Google Cloud
// Functions picked in the new-contract form, its sample executions imported, and each
// function's own figures on the dashboard as test/cli-example-policies.test.ts works them
// out by hand (the report's scopes are the command line's, field for field). Screens at
// 360 and 1280 px, and in Arabic.
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { parseArgs } from '../../src/cli/args';
import { runSla } from '../../src/cli/run';
import type { SlaReport } from '../../src/engine/report';
import { expectNoHorizontalOverflow, job, screenshot } from './helpers';

const AS_OF = '2026-04-15';
const FIXTURE = 'test/fixtures/policies/gcf-executions.csv';

async function cliScopes(): Promise<SlaReport['scopes']> {
  const out = await runSla(
    parseArgs([
      '--policy',
      'public/policies/google-cloud-functions.json',
      '--probes',
      FIXTURE,
      '--as-of',
      AS_OF,
    ]),
    new Date(`${AS_OF}T12:00:00Z`),
  );
  return (JSON.parse(out) as SlaReport).scopes;
}

async function contractFromExample(page: Page, lang: 'en' | 'ar'): Promise<void> {
  await page.goto(`./?asOf=${AS_OF}&lang=${lang}`);
  await expect(page.locator('main h1')).toBeVisible();
  const form = page.locator('form#new-contract, form:has(#new-contract-h)');
  await form.locator('select').first().selectOption({ label: 'Google Cloud Functions' });
  await form.getByRole('button').last().click();
  await expect(page.getByTestId('file-input')).toBeAttached();
  await page.getByTestId('file-input').setInputFiles(FIXTURE);
  const card = job(page, 'gcf-executions.csv');
  await card
    .getByRole('button', { name: `${lang === 'en' ? 'Import' : 'استيراد'} gcf-executions.csv`, exact: true })
    .click();
  await expect(card).toHaveAttribute('data-status', 'imported');
  await page.locator('nav[aria-label] a[href$="/dashboard"]').click();
  await expect(page.getByTestId('scopes')).toBeVisible();
}

const row = (page: Page, scope: string) => page.locator(`[data-scope="${scope}"] tbody tr`);
const cells = async (page: Page, scope: string) =>
  (await row(page, scope).locator('th, td').allTextContents()).map((c) => c.replace(/\u00a0/g, ' ').trim());

test('Google Cloud Functions picked for a new contract gives each function its own figures', async ({
  page,
}) => {
  await contractFromExample(page, 'en');
  await expect(page.locator('.contract-head')).toContainText('Google Cloud Functions');
  await expect(page.getByTestId('scope-note')).toContainText('This contract is measured per scope');
  // checkout: 240 minutes of 11 % errors, 44 400 / 44 640 = 99.4624 %, missed; 10 % of its
  // bill (no bill set yet), claim within 30 days of the close of March. thumbnails: 15
  // minutes, 99.9664 %, met.
  expect(await cells(page, 'checkout')).toEqual([
    'March 2026 partial',
    '99.46 %',
    'No',
    '4 h',
    '0 min',
    '30 d 17 h 30 min',
    '10 %',
    'Apr 30, 2026',
    'open, 16 days left',
  ]);
  expect(await cells(page, 'thumbnails')).toEqual([
    'March 2026 partial',
    '99.97 %',
    'Yes',
    '15 min',
    '0 min',
    '30 d 15 h 30 min',
    '0 %',
    '—',
    '—',
  ]);
  // Only each function is credited ("Covered Service" means an individual Cloud Function):
  // checkout's claim is the one open, none for the two together.
  await expect(page.locator('[data-testid="claims-panel"] li[data-claim="2026-03"]')).toHaveCount(1);

  // The exported report's scopes are the command line's for the same file and policy.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download report (JSON)' }).click();
  const report = JSON.parse(await readFile(await (await download).path(), 'utf8')) as SlaReport;
  const scopes = await cliScopes();
  expect(report.scopes).toEqual(scopes);
  expect(
    scopes!.map((s) => [s.id, s.periods[0]!.downtimeMinutes, s.periods[0]!.uptimePercent, s.periods[0]!.met]),
  ).toEqual([
    ['checkout', 240, (100 * 44_400) / 44_640, false],
    ['thumbnails', 15, (100 * 44_625) / 44_640, true],
  ]);

  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.getByTestId('scopes').scrollIntoViewIfNeeded();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'example-gcf-scopes');
  }
});

test('the example policies are offered in Arabic too, and a scope reads in Arabic', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await contractFromExample(page, 'ar');
  await expect(page.getByTestId('scope-note')).toContainText('يُقاس هذا العقد لكل نطاق');
  expect((await cells(page, 'checkout'))[0]).toBe('مارس 2026 جزئية');
  await expectNoHorizontalOverflow(page);
  await page.getByTestId('scopes').scrollIntoViewIfNeeded();
  await screenshot(page, 'example-gcf-scopes-ar');
  await page.goto(`./?asOf=${AS_OF}&lang=ar`);
  await page.locator('form:has(#new-contract-h) select').first().focus();
  await screenshot(page, 'example-picker-ar');
});

test('a credit for time lost is owed, and listed with its letter, before the fee is entered', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('./?asOf=2026-11-21&lang=en');
  const form = page.locator('form:has(#new-contract-h)');
  await form.getByLabel('Start from').selectOption({ label: 'Slack' });
  await form.getByRole('button', { name: 'Create contract' }).click();
  await page.getByTestId('file-input').setInputFiles('public/samples/clarus-lis/probes.csv');
  const card = job(page, 'probes.csv');
  await card.getByRole('button', { name: 'Import probes.csv', exact: true }).click();
  await expect(card).toHaveAttribute('data-status', 'imported');
  await page.locator('nav[aria-label] a[href$="/dashboard"]').click();

  // Slack: 10 times what the workspace paid while down. The fourth quarter (UTC) has 576 of
  // its 132 480 minutes lost: 10 × 576 / 132 480 = 4.35 % of the quarter's fee; the third,
  // 89: 0.67 %. Slack's text sets no time to claim them; the latest is listed first.
  const tile = page.locator('.tiles .tile').nth(2);
  await expect(tile.locator('.tile-value')).toHaveText(/^4\.35\s%$/);
  await expect(tile).toContainText('Set the contract fee to see the amount.');
  const claims = page.getByTestId('claims-panel');
  await expect(claims.locator('li[data-claim]')).toHaveText([
    /^Q4 2026\s*4\.35\s%\s*Owed; the contract sets no deadline to claim it/,
    /^Q3 2026\s*0\.67\s%\s*Owed; the contract sets no deadline to claim it/,
  ]);
  await expectNoHorizontalOverflow(page);

  // The letter asks for the fee, then states the amount: 3 × 100 USD × 10 × 576 / 132 480 = 13.04 USD.
  await claims.locator('button[data-letter-for="period-2026-Q4"]').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Fee per month (USD)').fill('100');
  await dialog.getByLabel('Fee per month (USD)').press('Enter');
  await expect(dialog.locator('[data-claim-status]')).toHaveText(
    /^We claim the service credit of \$13\.04 that the agreement provides/,
  );
});

test('the letter for one function’s claim, credited on that function’s own bill, prints at once and says where that bill is set', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed++;
    };
  });
  await contractFromExample(page, 'en');
  await page.getByTestId('claims-panel').locator('button[data-letter-for="period-checkout-2026-03"]').click();
  const dialog = page.getByRole('dialog');
  // The contract's fee would not reach checkout's credit: no field for it, a note instead.
  await expect(dialog.getByLabel('Fee per month (USD)')).toHaveCount(0);
  await expect(dialog.getByTestId('letter-fee-scope')).toHaveText(
    'This part of the service is credited on its own fee, which the policy sets for it (Policy tab); until it is set, the letter states the credit as a share of that fee.',
  );
  await dialog.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await dialog.getByRole('button', { name: 'Close' }).click();
  // The two functions together are credited nothing, so no letter claims for them.
  await expect(
    page.getByTestId('claims-panel').locator('button[data-letter-for="period-2026-03"]'),
  ).toHaveCount(0);
});
