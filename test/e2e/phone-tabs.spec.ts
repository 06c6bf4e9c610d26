// On a phone the contract's tab strip scrolls sideways: an arrow on the side with hidden
// tabs says so, in either direction of writing. And the contract card reads naturally
// when the downtime budget is spent.
import { expect, type Page, test } from '@playwright/test';
import { chooseArabic, expectNoHorizontalOverflow, openApp, screenshot, trySample } from './helpers';

const frame = (page: Page) => page.getByTestId('tabs-frame');
const strip = (page: Page) => page.locator('nav.tabs');
const cue = (page: Page, side: 'before' | 'after') =>
  frame(page).evaluate((el, s) => getComputedStyle(el, `::${s}`).content, side);

test('the tab strip on a phone shows that more tabs are hidden', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page);
  await trySample(page, 'clarus-lis');

  // Settings is off-screen at first; the strip says more is to the right.
  await expect(frame(page)).toHaveAttribute('data-more-end', '');
  await expect(frame(page)).not.toHaveAttribute('data-more-start', '');
  expect(await cue(page, 'after')).toBe('"›"');
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'tabs-phone');

  // Scrolled to the end: the cue moves to the other side.
  await strip(page).evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect(frame(page)).toHaveAttribute('data-more-start', '');
  await expect(frame(page)).not.toHaveAttribute('data-more-end', '');
  expect(await cue(page, 'before')).toBe('"‹"');
  await screenshot(page, 'tabs-phone-end');

  // Right to left, the hidden tabs are on the left, and so is the arrow: the same "›", a
  // mirrored character, drawn pointing left there (Unicode Bidi_Mirrored).
  await chooseArabic(page);
  await strip(page).evaluate((el) => el.scrollTo({ left: 0 }));
  await expect(frame(page)).toHaveAttribute('data-more-end', '');
  expect(await cue(page, 'after')).toBe('"›"');
  const box = await frame(page).boundingBox();
  const arrowLeft = await frame(page).evaluate((el) => {
    const s = getComputedStyle(el, '::after');
    return s.left;
  });
  expect(Number.parseFloat(arrowLeft)).toBeLessThan((box?.width ?? 0) / 2);
  await screenshot(page, 'tabs-phone-ar');
});

// WCAG 2.4.11: a tab reached by the keyboard is not left under the arrow and its fade.
test('on a phone, each tab reached by Tab is wholly in view, in English and Arabic', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page);
  await trySample(page, 'clarus-lis');
  for (const arabic of [false, true]) {
    if (arabic) await chooseArabic(page);
    const links = strip(page).getByRole('link');
    await links.first().focus();
    const count = await links.count();
    for (let i = 0; i < count; i++) {
      if (i > 0) await page.keyboard.press('Tab');
      const focused = links.nth(i);
      await expect(focused).toBeFocused();
      // Clear of the 2.75 rem (44 px) fade at whichever side has more tabs.
      await expect
        .poll(async () => {
          const [tab, nav] = [await focused.boundingBox(), await strip(page).boundingBox()];
          const more = await frame(page).evaluate((el) => [
            el.hasAttribute('data-more-start'),
            el.hasAttribute('data-more-end'),
          ]);
          const [leftFade, rightFade] = arabic ? [more[1], more[0]] : [more[0], more[1]];
          const left = nav!.x + (leftFade ? 44 : 0) - 1;
          const right = nav!.x + nav!.width - (rightFade ? 44 : 0) + 1;
          return tab!.x >= left && tab!.x + tab!.width <= right;
        })
        .toBe(true);
    }
    await screenshot(page, `tabs-phone-focus-${arabic ? 'ar' : 'en'}`);
  }
});

test('the tab strip on a wide screen has no cue', async ({ page }) => {
  await openApp(page);
  await trySample(page, 'clarus-lis');
  await expect(frame(page)).not.toHaveAttribute('data-more-end', '');
  await expect(frame(page)).not.toHaveAttribute('data-more-start', '');
});

test('a contract over its downtime budget says by how much', async ({ page }) => {
  await openApp(page);
  await trySample(page, 'clarus-lis');
  await page.getByRole('link', { name: 'All contracts' }).click();
  const card = page.getByTestId('contract-card');
  await expect(card).toContainText('over budget by 7 h 17 min');
  await screenshot(page, 'card-over-budget');
});
