// What-if: switching off an exclusion record or an outage changes uptime, verdict and credit.
import { expect, test } from '@playwright/test';
import { openApp, openTab, trySample } from './helpers';

test('switching an exclusion and an outage off', async ({ page }) => {
  await openApp(page);
  await trySample(page, 'clarus-lis');
  await openTab(page, 'What-if');
  const table = page.getByTestId('whatif-table');
  const september = table.locator('tr[data-period="2026-09"]');
  const october = table.locator('tr[data-period="2026-10"]');
  await expect(september.getByTestId('whatif-uptime')).toContainText('met');

  // Without the emergency-maintenance record, its 30 down minutes count: September misses (10 %).
  await page.getByRole('checkbox', { name: /emergency.*Sep 20/ }).uncheck();
  await expect(september.getByTestId('whatif-uptime')).toContainText('99.86');
  await expect(september.getByTestId('whatif-uptime')).toContainText('missed');
  await expect(september.getByTestId('whatif-credit')).toHaveText('0\u00a0% → 10\u00a0%');

  // Without the 320-minute outage of 12 October, October's credit drops from 25 % to 10 %.
  await page.getByRole('checkbox', { name: /Oct 12, 2026, 10:15/ }).uncheck();
  await expect(october.getByTestId('whatif-credit')).toHaveText('25\u00a0% → 10\u00a0%');
  await page.getByRole('button', { name: 'Reset 2 switches' }).click();
  await expect(september.getByTestId('whatif-credit')).toHaveText('0\u00a0% → 0\u00a0%');
  // The button goes with the switches; the focus stays in the what-if panel, not on the page's body.
  await expect(page.getByRole('button', { name: /^Reset/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'What if…' })).toBeFocused();
});

test('an incident credit earned month by month changes with the outage switched off', async ({ page }) => {
  await openApp(page);
  await trySample(page, 'kipu');
  await openTab(page, 'What-if');
  const year = page.getByTestId('whatif-table').locator('tr[data-period="2026"]');
  // The year owes no credit of its own: its months' incident credits are what it owes.
  await expect(year.getByTestId('whatif-credit')).toHaveText(
    'Mar 25\u00a0%, Sep 50\u00a0%, Oct 50\u00a0%, Nov 25\u00a0% → Mar 25\u00a0%, Sep 50\u00a0%, Oct 50\u00a0%, Nov 25\u00a0%',
  );
  // Without the P0 outage of 3 September, September has two P0 incidents: 25 %, not 50 %.
  await page.getByRole('checkbox', { name: /Sep 3, 2026, 09:00/ }).uncheck();
  await expect(year.getByTestId('whatif-credit')).toHaveText(
    'Mar 25\u00a0%, Sep 50\u00a0%, Oct 50\u00a0%, Nov 25\u00a0% → Mar 25\u00a0%, Sep 25\u00a0%, Oct 50\u00a0%, Nov 25\u00a0%',
  );
});
