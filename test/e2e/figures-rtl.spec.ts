// Amounts, percentages and dates on a phone in Arabic: each figure stays on one line and
// reads as one unit, however narrow the column around it.
import { expect, type Page, test } from '@playwright/test';
import { chooseArabic, expectNoHorizontalOverflow, openApp, openTab, screenshot, trySample } from './helpers';

/** Every amount in US dollars on the page whose text runs over more than one line. */
function splitAmounts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const amount = /(?:US\$|\$)\s?[\d٠-٩][\d٠-٩,.٬٫]*|[\d٠-٩][\d٠-٩,.٬٫]*\s?(?:US\$|\$)/gu;
    const split: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const m of text.matchAll(amount)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        if (lines.size > 1) split.push(m[0]);
      }
    }
    return split;
  });
}

test('Kipu with a fee in Arabic at 360 px: no amount is broken over two lines', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openApp(page);
  await trySample(page, 'kipu');
  await openTab(page, 'Settings');
  await page.getByLabel('Fee').fill('12000');
  await page.getByLabel('Fee').press('Tab');
  await openTab(page, 'Dashboard');
  await expect(page.getByTestId('incident-credit-total')).toContainText('18,000.00');
  await chooseArabic(page);
  await expect(page.getByTestId('incident-credit-total')).toContainText('18,000.00');
  await expect.poll(() => page.locator('main').textContent()).toMatch(/US\$|\$/);
  for (const [i, y] of [0, 700, 1400, 2100].entries()) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await screenshot(page, `kipu-fee-ar-${i}`);
  }
  expect(await splitAmounts(page)).toEqual([]);
  await expectNoHorizontalOverflow(page);
});
