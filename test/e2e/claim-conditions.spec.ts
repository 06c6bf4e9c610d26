// A condition of a published SLA that only the customer can answer (Slack's plan), answered
// from the keyboard in the claims panel: each answer is evaluated again and the checklist
// drawn anew with it, and the focus stays on the answer given, for the next key.
import { expect, test } from '@playwright/test';
import { job, openTab, trySample } from './helpers';

test('a claim condition answered from the keyboard keeps the focus on the answer', async ({ page }) => {
  await page.goto('./?asOf=2026-07-15&lang=en');
  const form = page.locator('form:has(#new-contract-h)');
  await form.locator('select').first().selectOption({ label: 'Slack' });
  await form.getByRole('button').last().click();
  await page.getByTestId('file-input').setInputFiles('test/fixtures/policies/slack-states.csv');
  const card = job(page, 'slack-states.csv');
  await card.getByRole('button', { name: 'Import slack-states.csv' }).click();
  await expect(card).toHaveAttribute('data-status', 'imported');
  await openTab(page, 'Dashboard');
  const condition = page.locator('[data-condition="business-plus"]');
  await expect(condition).toHaveAttribute('data-answer', 'open');

  await condition.getByRole('radio', { name: 'Yes', exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(condition).toHaveAttribute('data-answer', 'yes');
  await expect(condition.getByRole('radio', { name: 'Yes', exact: true })).toBeFocused();
  // The arrow key answers the next choice, from the list drawn anew.
  await page.keyboard.press('ArrowDown');
  await expect(condition).toHaveAttribute('data-answer', 'no');
  await expect(condition.getByRole('radio', { name: 'No', exact: true })).toBeFocused();
});

test('a credit that hangs on the plan tier not yet set says so in its tile and before its letter, until the tier is set', async ({
  page,
}) => {
  // ElevateFinance as of Oct 15: September's 15 % (98.38 %, 3 steps of 5 %; seed 002, 3.3)
  // is still open to claim, and clause 3.6 gives the STARTER plan no credit.
  await page.goto('./?asOf=2026-10-15&lang=en');
  await trySample(page, 'elevatefinance');
  const period = page.getByLabel('Period shown');
  await period.selectOption('2026-09');
  const creditTile = page.locator('.tiles .tile').nth(2);
  await expect(creditTile.locator('.tile-value')).toHaveText('15 %');
  await expect(creditTile.getByTestId('credit-depends')).toHaveText(
    'Owed only if: plan tier is not STARTER. Settings (plan tier, effective date, fee) or an answer on the Policy tab settles it.',
  );
  const claim = page.getByTestId('claims-panel').locator('[data-claim="2026-09"]');
  await claim.getByRole('button', { name: 'Claim letter, September 2026', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('letter-credit-depends')).toHaveText(
    'Before you send it: the credit is owed only if plan tier is not STARTER. Set the plan tier, effective date or fee in Settings, or answer the condition on the Policy tab, and the letter follows.',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The plan set: PRO owes the credit outright, STARTER nothing.
  await openTab(page, 'Settings');
  const tier = page.getByLabel('Plan tier');
  await tier.fill('PRO');
  await tier.press('Enter');
  await openTab(page, 'Dashboard');
  await period.selectOption('2026-09');
  await expect(creditTile.locator('.tile-value')).toHaveText('15 %');
  await expect(creditTile.getByTestId('credit-depends')).toHaveCount(0);
  await claim.getByRole('button', { name: 'Claim letter, September 2026', exact: true }).click();
  await expect(page.getByRole('dialog').getByTestId('letter-credit-depends')).toHaveCount(0);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  await openTab(page, 'Settings');
  await tier.fill('STARTER');
  await tier.press('Enter');
  await openTab(page, 'Dashboard');
  await period.selectOption('2026-09');
  await expect(creditTile.locator('.tile-value')).toHaveText('No credit');
  await expect(creditTile).toContainText('Not eligible: plan tier STARTER gets no credit');
  await expect(creditTile.getByTestId('credit-depends')).toHaveCount(0);
});

test('a month’s incident credit says before its letter which of the year’s conditions are not known yet', async ({
  page,
}) => {
  // Kipu's sample has no effective date and no fee set: its conditions (remedies for an
  // agreement from May 1, 2016, a fee of at least $500 a month) are open for each month's credit.
  await page.goto('./?lang=en');
  await trySample(page, 'kipu');
  await page
    .getByTestId('claims-panel')
    .getByRole('button', { name: /^Claim letter/ })
    .first()
    .click();
  await expect(page.getByRole('dialog').getByTestId('letter-credit-depends')).toHaveText(
    'Before you send it: the credit is owed only if agreement effective on or after May 1, 2016; fee at least $500.00 per month. Set the plan tier, effective date or fee in Settings, or answer the condition on the Policy tab, and the letter follows.',
  );
});
