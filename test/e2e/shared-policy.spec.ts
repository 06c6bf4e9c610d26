// A policy someone shared by link, as the person who opens it sees it: each key term's
// label beside its own value on a wide screen, above it on a phone, in English and Arabic.
import { deflateRawSync } from 'node:zlib';
import { expect, type Locator, test } from '@playwright/test';
import { PRESETS } from '../../src/engine/presets';
import { APP_URL, chooseArabic, expectNoHorizontalOverflow, openApp, screenshot } from './helpers';

const base64Url = (bytes: Buffer) =>
  bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const linkOf = (json: string) => `#policy=${base64Url(deflateRawSync(Buffer.from(json)))}`;

/** Each term's label and value boxes, in order. */
const termBoxes = (offer: Locator) =>
  offer.locator('dl.terms > div').evaluateAll((groups) =>
    groups.map((g) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      };
      return { dt: box(g.querySelector('dt')!), dd: box(g.querySelector('dd')!) };
    }),
  );

for (const width of [360, 1280]) {
  test(`the shared-policy offer pairs each label with its value at ${width} px, in English and Arabic`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page);
    for (const lang of ['en', 'ar'] as const) {
      if (lang === 'ar') await chooseArabic(page);
      await page.evaluate(
        (hash) => {
          location.hash = hash;
        },
        linkOf(JSON.stringify(PRESETS['clarus-lis'])),
      );
      const offer = page.getByTestId('confirm-shared-policy');
      await expect(offer.locator('dl.terms > div')).toHaveCount(9);
      if (lang === 'en') {
        const first = offer.locator('dl.terms > div').first();
        await expect(first.locator('dt')).toHaveText('Availability target');
        await expect(first.locator('dd')).toHaveText('99.9 % per month');
      }
      for (const { dt, dd } of await termBoxes(offer)) {
        if (width === 1280) {
          // Beside it, on its row, on the side the language reads from.
          expect(Math.abs(dt.top - dd.top)).toBeLessThan(2);
          if (lang === 'en') expect(dt.right).toBeLessThanOrEqual(dd.left);
          else expect(dd.right).toBeLessThanOrEqual(dt.left);
        } else {
          expect(dd.top).toBeGreaterThanOrEqual(dt.bottom - 1);
        }
      }
      // Every term in sentences, opened on demand, fits the phone too.
      await offer.locator('details.all-terms > summary').click();
      await expect(offer.getByTestId('shared-policy-sentences').locator('li').first()).toBeVisible();
      await offer.scrollIntoViewIfNeeded();
      await screenshot(page, `shared-policy-${lang}`);
      await expectNoHorizontalOverflow(page);
      await offer.getByRole('button', { name: lang === 'en' ? 'Do not save' : 'عدم الحفظ' }).click();
      await expect(offer).toHaveCount(0);
    }
  });
}

// A link opened on a fresh page: the offer takes the focus, so the keyboard starts on it and
// a screen reader says what the link brought, rather than nothing from the page's body.
test('a shared-policy link opened on a fresh page puts the focus on its offer', async ({ page }) => {
  await page.goto(`${APP_URL}${linkOf(JSON.stringify(PRESETS['kipu']))}`);
  const offer = page.getByTestId('confirm-shared-policy');
  await expect(offer.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => !!document.activeElement?.closest('[data-testid="confirm-shared-policy"]')),
  ).toBe(true);
});

// The offer's button says what it does: the policy is saved and a contract that follows it
// is created under the name given, and the page opens on that contract's policy.
test('a shared policy saved from its link makes one contract that follows it, named as given, and says so when opened again', async ({
  page,
}) => {
  await page.goto(`${APP_URL}${linkOf(JSON.stringify(PRESETS['kipu']))}`);
  const offer = page.getByTestId('confirm-shared-policy');
  await expect(offer.getByTestId('shared-policy-namesake')).toBeVisible();
  await expect(offer.getByTestId('shared-policy-saved')).toHaveCount(0);
  await offer.getByLabel('Contract name').fill('Kipu from Mona');
  await offer.getByRole('button', { name: 'Create a contract with this policy' }).click();
  await expect(page).toHaveURL(/#\/contract\/\d+\/policy$/);
  await expect(page.locator('main h1')).toHaveText('Kipu from Mona');
  await page.getByRole('link', { name: 'All contracts' }).click();
  await expect(page.getByTestId('contract-card').locator('h3').first()).toHaveText('Kipu from Mona');
  await expect(page.getByTestId('contract-card')).toHaveCount(1);

  // The same link opened again says its terms are already followed, before a second contract.
  await page.goto('about:blank');
  await page.goto(`${APP_URL}${linkOf(JSON.stringify(PRESETS['kipu']))}`);
  await expect(offer.getByTestId('shared-policy-saved')).toHaveText(
    'These terms are already here: the contract “Kipu from Mona” follows them. Creating a contract again makes a second one.',
  );
});

// The offer and a broken link's notice each go with the button pressed in them: the focus
// goes on to the contract list they leave open, never to the page's body.
test('declining a shared policy, or a broken link’s notice, leaves the focus on the page', async ({
  page,
}) => {
  await page.goto(`${APP_URL}${linkOf(JSON.stringify(PRESETS['kipu']))}`);
  const offer = page.getByTestId('confirm-shared-policy');
  await offer.getByRole('button', { name: 'Do not save' }).press('Enter');
  await expect(offer).toHaveCount(0);
  await expect(page.locator('main')).toBeFocused();
  await expect(page.getByTestId('contract-card')).toHaveCount(0);

  // A fresh load, as a link opened from another app is: a changed fragment alone is not.
  await page.goto('about:blank');
  await page.goto(`${APP_URL}#policy=not-a-policy`);
  const notice = page.getByRole('alert').filter({ hasText: 'This link does not hold a usable policy' });
  await expect(notice).toHaveText(
    'This link does not hold a usable policy: it may have been cut short when copied.Ignore',
  );
  await expect(notice).toBeFocused();
  await notice.getByRole('button', { name: 'Ignore' }).press('Enter');
  await expect(notice).toHaveCount(0);
  await expect(page.locator('main')).toBeFocused();
});

// A preset's own question and its chosen reading have Arabic words: an Arabic page reads the
// offer's interpretation notes in them, where they stayed in English.
test('the shared-policy offer reads a preset’s interpretation notes in Arabic', async ({ page }) => {
  await page.goto(`./?lang=ar${linkOf(JSON.stringify(PRESETS['clarus-lis']))}`);
  const notes = page.getByTestId('confirm-shared-policy').locator('dl.terms > div').last();
  await expect(notes.locator('dt')).toHaveText('ملاحظات التفسير');
  await expect(notes.locator('dd')).toHaveText(
    'هل يعني «GMT+2 بتوقيت القاهرة» التوقيت المدني للقاهرة، الذي عاد إليه التوقيت الصيفي منذ 2023، أم UTC+2 ثابتًا طوال العام؟ — التوقيت المدني للقاهرة (Africa/Cairo): UTC+2 شتاءً وUTC+3 صيفًا منذ عودة مصر إلى التوقيت الصيفي في 2023',
  );
});
