// The policy editor: an interpretation switched changes the verdict at once; a policy
// file with mistakes shows parsePolicy's problems beside the fields until fixed.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { PRESETS } from '../../src/engine/presets';
import { chooseArabic, expectNoHorizontalOverflow, openApp, openTab, screenshot, trySample } from './helpers';

test('switching an interpretation changes the verdict', async ({ page }) => {
  await openApp(page);
  await trySample(page, 'patientiq');
  await openTab(page, 'Policy');
  const october = page.getByTestId('live-verdict').locator('[data-period="2026-10"]');
  await expect(october).toHaveAttribute('data-met', 'true');
  // Planned work outside the nightly window: excluded only when announced (the alternative reading).
  const window = page.locator('fieldset[data-interpretation="window"]');
  await window.getByRole('radio').nth(1).check();
  await expect(october).toHaveAttribute('data-met', 'false');
  await expect(page.getByText('This contract’s own copy')).toBeVisible();

  // The dashboard follows, and the exported policy carries the reading.
  await openTab(page, 'Dashboard');
  await page.getByLabel('Period shown').selectOption('2026-10');
  await expect(page.locator('.tiles .verdict').first()).toContainText('Target missed');
  await openTab(page, 'Policy');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const exported = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(exported.interpretations.find((i: { id: string }) => i.id === 'window').chosen).toBe(
    PRESETS.patientiq!.interpretations.find((i) => i.id === 'window')!.options[1]!.id,
  );
});

test('an imported policy with mistakes shows them beside the fields until fixed', async ({ page }) => {
  await openApp(page);
  await trySample(page, 'clarus-lis');
  await openTab(page, 'Policy');
  const broken = {
    ...structuredClone(PRESETS['clarus-lis']!),
    id: 'lab-sla',
    name: 'Lab SLA',
    target: 150,
    surprise: 1,
  };
  await page.getByTestId('policy-file').setInputFiles({
    name: 'lab-sla.policy.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await expect(page.getByRole('heading', { name: /problems: the policy is not applied/ })).toBeVisible();
  // Each problem under the field's own name, never its JSON path, with a way to the field.
  const problems = page.locator('.problem-list');
  await expect(problems.locator('[data-problem-path="target"]')).toHaveText(
    'Promised uptime (%) expected a number from 0 to 100',
  );
  await expect(problems).not.toContainText('target:');
  // The interpretations stay to be chosen while another field is fixed.
  await expect(page.locator('fieldset[data-interpretation]').first()).toBeVisible();
  await problems.scrollIntoViewIfNeeded();
  await screenshot(page, 'policy-problems');
  await page.setViewportSize({ width: 360, height: 740 });
  await problems.scrollIntoViewIfNeeded();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'policy-problems');
  // In Arabic the field and the reason are both in Arabic, the values as written.
  await chooseArabic(page);
  await expect(problems.locator('[data-problem-path="target"] strong')).toHaveText(
    'نسبة الإتاحة الموعودة (٪)',
  );
  await expect(problems.locator('[data-problem-path="target"]')).toContainText('المتوقع رقم من 0 إلى 100');
  await expect(problems.locator('[data-problem-path="surprise"]')).toContainText('حقل غير معروف');
  await problems.scrollIntoViewIfNeeded();
  await screenshot(page, 'policy-problems-ar');
  await page.getByTestId('language').selectOption('en');
  await page.setViewportSize({ width: 1280, height: 800 });
  await problems.getByRole('button', { name: 'Promised uptime (%)' }).click();
  await expect(page.getByLabel('Promised uptime (%)', { exact: true })).toBeFocused();
  const target = page.locator('.field', { has: page.getByLabel('Promised uptime (%)', { exact: true }) });
  await expect(target).toContainText('expected a number from 0 to 100');
  await expect(page.locator('.field', { hasText: 'Surprise' })).toContainText('unknown field');

  await page.getByLabel('Promised uptime (%)', { exact: true }).fill('99.9');
  await expect(target).not.toContainText('expected a number');
  await page.getByRole('button', { name: 'Remove this field surprise' }).click();
  await expect(page.getByRole('heading', { name: /problems/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save imported policy' }).click();
  await expect(page.getByLabel('This contract follows')).toHaveValue(/^custom:/);
  await expect(page.getByTestId('live-verdict').locator('[data-period="2026-09"]')).toHaveAttribute(
    'data-met',
    'true',
  );
});

test('adding an interpretation fits a phone, whatever field it decides', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openApp(page);
  await trySample(page, 'clarus-lis');
  await openTab(page, 'Policy');
  const form = page.getByTestId('new-interpretation');
  await form.locator('summary').click();
  // The field list names policy paths in words; its longest option made the page 1 170 px wide.
  const options = await form
    .locator('select option')
    .evaluateAll((os) =>
      os.map((o) => [(o as HTMLOptionElement).value, o.textContent?.length ?? 0] as const),
    );
  const longest = options.reduce((a, b) => (b[1] > a[1] ? b : a));
  expect(longest[1]).toBeGreaterThan(100);
  await form.locator('select').selectOption(longest[0]);
  await expectNoHorizontalOverflow(page);
  await chooseArabic(page);
  await expectNoHorizontalOverflow(page);
});

test('a number cleared to type another is the number typed, not the old one with it', async ({ page }) => {
  await openApp(page);
  await trySample(page, 'clarus-lis');
  await openTab(page, 'Policy');
  const field = page.getByLabel('How long must an outage last to count? (minutes)');
  await expect(field).toHaveValue('1');
  await field.press('Control+a');
  await field.press('Backspace');
  // Empty while the user types: it says a number is wanted, and keeps the field empty.
  await expect(field).toHaveValue('');
  await field.pressSequentially('4');
  await expect(field).toHaveValue('4');
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  // A field's Clear button is named by the field's words, not by its place in the policy.
  await expect(page.getByRole('button', { name: 'Clear Public holidays of (country code)' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: /Clear calendar\./ })).toHaveCount(0);
});
