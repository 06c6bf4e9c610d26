// The contract's own holiday list worked from the keyboard: removing its last holiday takes
// its row and the list with it, and the focus lands on the list's heading, not the page.
import { expect, test } from '@playwright/test';
import { newContract, openApp, openTab, trySample } from './helpers';

test('removing the last holiday leaves the focus on the holidays heading', async ({ page }) => {
  await openApp(page);
  // Kipu's policy names no country, so the contract starts with no holidays at all.
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'New contract' }) });
  await form.getByLabel('Start from').selectOption('kipu');
  await form.getByLabel('Name').fill('Kipu holidays');
  await form.getByRole('button', { name: 'Create contract' }).click();
  await openTab(page, 'Settings');
  const calendar = page.getByTestId('calendar-editor');
  await expect(calendar).toContainText('No holidays');

  await calendar.getByTestId('holiday-date').fill('2026-10-06');
  await calendar.getByTestId('holiday-name').fill('Company day');
  await calendar.getByTestId('holiday-name').press('Enter');
  const row = calendar.locator('tr[data-date="2026-10-06"]');
  await expect(row).toContainText('Company day');

  // Back from the name field, past the date field's day, month and year, to the holiday's Remove button.
  const remove = row.getByRole('button', { name: /^Remove/ });
  const removeFocused = () => remove.evaluate((b) => b === document.activeElement);
  for (let i = 0; i < 6 && !(await removeFocused()); i++) await page.keyboard.press('Shift+Tab');
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(row).toHaveCount(0);
  await expect(calendar).toContainText('No holidays');
  const heading = calendar.getByRole('heading', { name: 'Holidays', exact: true });
  await expect(heading).toBeFocused();
  // The next key press goes on to add a holiday, where the list was.
  await page.keyboard.press('Tab');
  await expect(calendar.getByTestId('holiday-date')).toBeFocused();
});

test('a holiday edited from the keyboard keeps the focus on its row, and the built-in list back leaves it on the heading', async ({
  page,
}) => {
  await newContract(page, 'Clarus holidays');
  await openTab(page, 'Settings');
  const calendar = page.getByTestId('calendar-editor');
  const row = calendar.locator('tr[data-date="2026-10-06"]');
  await expect(row).toContainText('Armed Forces Day');

  // Edit opens the row's form with the focus on its date; Cancel gives it back to Edit.
  await row.getByRole('button', { name: /^Edit/ }).focus();
  await page.keyboard.press('Enter');
  await expect(row.getByLabel('Date')).toBeFocused();
  await row.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(row.getByRole('button', { name: /^Edit/ })).toBeFocused();

  // Saved on a new date, the rebuilt row of that date has the focus on its Edit button.
  await page.keyboard.press('Enter');
  await row.getByLabel('Date').fill('2026-10-08');
  await row.getByRole('button', { name: 'Save' }).focus();
  await page.keyboard.press('Enter');
  const moved = calendar.locator('tr[data-date="2026-10-08"]');
  await expect(moved).toContainText('Armed Forces Day');
  await expect(moved.getByRole('button', { name: /^Edit/ })).toBeFocused();

  // Reset to built-in goes with the contract's own list: the focus lands on the list's heading.
  await calendar.getByRole('button', { name: 'Reset to built-in' }).focus();
  await page.keyboard.press('Enter');
  await expect(calendar.getByTestId('holiday-source')).toContainText('Built-in public holidays of Egypt');
  await expect(calendar.getByRole('heading', { name: 'Holidays', exact: true })).toBeFocused();
});

test('a holiday name typed in Arabic is marked Arabic for a screen reader, a built-in name English', async ({
  page,
}) => {
  await newContract(page, 'Clarus holiday names');
  await openTab(page, 'Settings');
  const calendar = page.getByTestId('calendar-editor');
  const builtIn = calendar.locator('tr[data-date="2026-10-06"] td').first();
  await expect(builtIn).toHaveText('Armed Forces Day');
  await expect(builtIn).toHaveAttribute('lang', 'en');

  await calendar.getByTestId('holiday-date').fill('2026-10-07');
  await calendar.getByTestId('holiday-name').fill('يوم الشركة');
  await calendar.getByTestId('holiday-name').press('Enter');
  const typed = calendar.locator('tr[data-date="2026-10-07"] td').first();
  await expect(typed).toHaveText('يوم الشركة');
  await expect(typed).toHaveAttribute('lang', 'ar');

  await calendar.getByTestId('holiday-date').fill('2026-10-09');
  await calendar.getByTestId('holiday-name').fill('会社の日');
  await calendar.getByTestId('holiday-name').press('Enter');
  const other = calendar.locator('tr[data-date="2026-10-09"] td').first();
  await expect(other).toHaveText('会社の日');
  await expect(other).not.toHaveAttribute('lang', /./);
});

test('two holidays removed faster than storage answers both stay removed', async ({ page }) => {
  await newContract(page, 'Clarus quick removals');
  await openTab(page, 'Settings');
  const calendar = page.getByTestId('calendar-editor');
  await expect(calendar.locator('tr[data-date="2026-10-06"]')).toContainText('Armed Forces Day');
  const rows = calendar.locator('tbody tr');
  const before = await rows.count();
  // Both clicks in one task: the second is made before the first save has been read back.
  await calendar.evaluate((section) => {
    for (const date of ['2026-10-06', '2026-07-23'])
      section
        .querySelector<HTMLButtonElement>(`tr[data-date="${date}"] button[aria-label^="Remove"]`)!
        .click();
  });
  await expect(calendar.getByTestId('holiday-source')).toContainText('This contract’s own list');
  await expect(rows).toHaveCount(before - 2);
  await expect(calendar.locator('tr[data-date="2026-10-06"], tr[data-date="2026-07-23"]')).toHaveCount(0);
  // Read again from storage, the list is the same.
  await page.reload();
  await expect(page.getByTestId('calendar-editor').locator('tbody tr')).toHaveCount(before - 2);
});

// Offline, a country's holiday rules that were never fetched cannot load: the contract is
// still evaluated, with no day a holiday, and the page says which figures that touches.
test('holiday rules out of reach leave the figures shown, and say so', async ({ page, context }) => {
  await context.route(/\/holiday-rules-[A-Z]{2}-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
  await openApp(page);
  await trySample(page, 'clarus-lis');
  await expect(page.getByTestId('holidays-unavailable')).toHaveText(
    'The public holidays of Egypt could not be loaded: the app has not fetched them while online. Until it does, no day counts as a holiday, so what is counted in business hours or business days (response times, notices, deadlines) may be off. Go online once to load them.',
  );
  await expect(page.locator('.tiles')).toContainText('Uptime');
  await openTab(page, 'Settings');
  await expect(page.getByTestId('calendar-editor')).toContainText(
    'The built-in holidays could not be loaded: the app has not fetched them while online. Go online once to load them.',
  );
});
