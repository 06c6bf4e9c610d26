// A term that a chosen reading sets: Google Cloud Functions' claim window follows the
// reading "monthend" (30 days after the month), so claim days typed in the form are not
// what the figures use. The form says so beside the claim, and the clause is still quoted
// for the window applied rather than flagged as changed for this contract.
import { expect, type Page, test } from '@playwright/test';

const group = (page: Page, legend: string) =>
  page.locator('fieldset').filter({ has: page.locator(':scope > legend', { hasText: legend }) });

test('a claim window set by the chosen reading is said so, and typed days do not mark it changed', async ({
  page,
}) => {
  await page.goto('./?asOf=2026-04-15&lang=en');
  const form = page.locator('form:has(#new-contract-h)');
  await form.locator('select').first().selectOption({ label: 'Google Cloud Functions' });
  await form.getByRole('button').last().click();
  await page
    .getByRole('navigation', { name: 'Contract sections' })
    .getByRole('link', { name: 'Policy', exact: true })
    .click();
  const claim = group(page, 'How must a credit be claimed?');
  await expect(claim.locator('.field-note').first()).toHaveText(
    'A reading chosen under the interpretations above sets this term, in whole or in part: the figures follow that reading, and what is typed here for it counts only once another reading is chosen.',
  );
  await claim.getByLabel('Days').fill('45');
  await claim.getByLabel('Days').press('Tab');
  await expect(page.getByTestId('policy-summary')).toContainText(
    'A credit must be claimed within 30 days after the end of the month.',
  );
  await expect(claim.locator('[data-clause-changed]')).toHaveCount(0);
  // A term no reading sets carries no such note.
  await expect(page.locator('.field-note', { hasText: 'A reading chosen' })).toHaveCount(1);
});
