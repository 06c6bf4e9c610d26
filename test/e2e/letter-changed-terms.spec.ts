// A term edited in the policy form is no longer argued from the preset's clause: Clarus's
// target raised to 99.95 % puts the letter's target under "changed for this contract" with
// the value it uses, the dashboard's clause note says the same and the form warns beside
// the field; set back to 99.9 %, the clause is quoted again.
import { expect, type Page, test } from '@playwright/test';
import { PRESETS } from '../../src/engine/presets';
import { chooseArabic, expectNoHorizontalOverflow, openApp, openTab, screenshot, trySample } from './helpers';

const clause = PRESETS['clarus-lis']!.citations;

async function setTarget(page: Page, value: string): Promise<void> {
  await openTab(page, 'Policy');
  const field = page.getByLabel('Promised uptime (%)');
  await field.fill(value);
  await field.press('Tab');
}

async function openOctoberLetter(page: Page) {
  await openTab(page, 'Dashboard');
  await expect(page.getByTestId('eval-note')).toContainText('Evaluated');
  await page.getByTestId('claims-panel').locator('button[data-letter-for="period-2026-10"]').click();
  return page.getByRole('dialog').locator('.claim-letter');
}

test('Clarus: an edited target is stated as agreed for this contract, and quoted again once set back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page);
  await trySample(page, 'clarus-lis');

  await setTarget(page, '99.95');
  const field = page.locator('.field', { has: page.getByLabel('Promised uptime (%)') });
  await expect(field.locator('[data-clause-changed]')).toHaveText(
    'This value is not the one the quoted clause was written for. The dashboard and the claim letter say the term was changed for this contract instead of quoting the clause. Set the value back, or edit the clause to this contract’s words, to quote it again.',
  );

  await expect(page.getByLabel('Promised uptime (%)')).toHaveAccessibleDescription(
    /This value is not the one the quoted clause was written for\./,
  );
  await field.scrollIntoViewIfNeeded();
  await screenshot(page, 'policy-changed-target');

  let letter = await openOctoberLetter(page);
  await expect(letter.locator('.letter-figures tr', { hasText: 'Committed uptime' })).toHaveText(
    /^Committed uptime\s*99\.95\s%$/,
  );
  await expect(letter.locator('.letter-clauses dt')).toHaveText([
    'Target (changed for this contract)',
    'Uptime formula',
    'Downtime',
    'Exclusions',
    'Credits',
    'Claims',
  ]);
  await expect(letter.locator('.letter-clauses dd')).toHaveText([
    'This letter applies the target as agreed for this contract: 99.95\u00a0%.',
    clause.formula!,
    clause.minOutageMinutes!,
    clause['exclusions.kinds']!,
    clause.credit!,
    clause.claim!,
  ]);
  await expect(letter).not.toContainText('Monthly Uptime target of 99.9%');
  await letter.locator('.letter-clauses').scrollIntoViewIfNeeded();
  await screenshot(page, 'letter-changed-target');
  await page.setViewportSize({ width: 360, height: 900 });
  await letter.locator('.letter-clauses').scrollIntoViewIfNeeded();
  await screenshot(page, 'letter-changed-target');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.setViewportSize({ width: 1280, height: 900 });

  // The uptime tile's clause note says the same as the letter.
  const tile = page.locator('.tiles .tile').first();
  await expect(tile).toHaveAttribute(
    'title',
    'Changed for this contract: the figures use the term as set in this contract’s policy, not the clause quoted from the standard terms.',
  );
  await tile.locator('.cite-details summary').click();
  await expect(tile.locator('.cite-details p')).toHaveText(
    'Changed for this contract: the figures use the term as set in this contract’s policy, not the clause quoted from the standard terms.',
  );

  await setTarget(page, '99.9');
  await expect(field.locator('[data-clause-changed]')).toHaveCount(0);
  letter = await openOctoberLetter(page);
  await expect(letter.locator('.letter-figures tr', { hasText: 'Committed uptime' })).toHaveText(
    /^Committed uptime\s*99\.9\s%$/,
  );
  await expect(letter.locator('.letter-clauses dt').first()).toHaveText('Target');
  await expect(letter.locator('.letter-clauses dd').first()).toHaveText(clause.target!);
  await expect(letter.locator('[data-clause-changed]')).toHaveCount(0);
});

test('Arabic: the letter says the target was changed for this contract, at 360 and 1280 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page);
  await trySample(page, 'clarus-lis');
  await setTarget(page, '99.95');
  await chooseArabic(page);
  await page.getByRole('navigation', { name: 'أقسام العقد' }).getByRole('link').first().click();
  await page.getByTestId('claims-panel').locator('button[data-letter-for="period-2026-10"]').click();
  const letter = page.getByRole('dialog').locator('.claim-letter');
  await expect(letter.locator('.letter-clauses dt').first()).toHaveText('الهدف (عُدِّل لهذا العقد)');
  await expect(letter.locator('.letter-clauses dd').first()).toHaveText(
    /^يطبّق هذا الخطاب الهدف كما اتُّفق عليه لهذا العقد: .+\.$/,
  );
  await letter.locator('.letter-clauses').scrollIntoViewIfNeeded();
  await screenshot(page, 'letter-changed-target-ar');
  await page.setViewportSize({ width: 360, height: 900 });
  await letter.locator('.letter-clauses').scrollIntoViewIfNeeded();
  await screenshot(page, 'letter-changed-target-ar');
  await expectNoHorizontalOverflow(page);
});
