// A condition of a published SLA that only the customer can answer (Slack's plan), answered
// from the keyboard in the claims panel: each answer is evaluated again and the checklist
// drawn anew with it, and the focus stays on the answer given, for the next key.
import { expect, test } from '@playwright/test';
import { job, openTab } from './helpers';

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
