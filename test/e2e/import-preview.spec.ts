// Reviewing a file before import: the preview's time cells show the instant the reader
// takes them for, in the zone they are read in (an epoch as a date, a zone-less time with
// the offset of the zone chosen), and a zone-less export's question gives way, once a zone
// is typed, to the zone its times will be read in. In English and Arabic, phone and desktop.
import { resolve } from 'node:path';
import { expect, type Locator, test } from '@playwright/test';
import { chooseArabic, expectNoHorizontalOverflow, job, newContract, screenshot } from './helpers';

const layout = (name: string) => resolve('test/fixtures/layouts', name);

/** The preview's first cell in the column mapped to the time (or the start). */
async function firstTime(card: Locator): Promise<Locator> {
  const heads = card.locator('.preview thead th');
  await expect(heads.locator('.role-tag').first()).toBeVisible();
  const roles = await heads.evaluateAll((ths) => ths.map((th) => th.querySelector('.role-tag')?.textContent));
  const i = roles.findIndex((r) => r === 'Time' || r === 'Start' || r === 'الوقت' || r === 'البداية');
  return card.locator('.preview tbody tr').first().locator('td').nth(i);
}

test('UptimeRobot’s epoch times are previewed as dates in the zone they are read in', async ({ page }) => {
  await newContract(page, 'Epochs');
  await page.getByTestId('file-input').setInputFiles(layout('uptimerobot-getmonitors.json'));
  const robot = job(page, 'uptimerobot-getmonitors.json');
  await expect(await firstTime(robot)).toHaveText('Jun 1, 2026, 00:07 GMT+03:00');
  await expect(robot.locator('.preview')).not.toContainText('1780261620');
  for (const lang of ['en', 'ar'] as const) {
    if (lang === 'ar') await chooseArabic(page);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await expectNoHorizontalOverflow(page);
      await robot.locator('.preview').scrollIntoViewIfNeeded();
      await screenshot(page, `import-preview-epoch-${lang}`);
    }
  }
  await expect(await firstTime(robot)).toHaveText('1 يونيو 2026، 00:07 غرينتش+03:00');
});

test('a zone-less Grafana export: the question gives way to the zone its times will be read in', async ({
  page,
}) => {
  await newContract(page, 'Grafana');
  await page.getByTestId('file-input').setInputFiles(layout('grafana-wide-excel.csv'));
  const grafana = job(page, 'grafana-wide-excel.csv');
  await expect(grafana.getByTestId('zone-ask')).toContainText('carry no time zone');
  await expect(grafana.getByTestId('zone-set')).toHaveCount(0);
  const zone = grafana.getByLabel('Zone of times written without one');
  await zone.fill('Asia/Kolkata');
  await zone.press('Tab');
  await expect(grafana.getByTestId('zone-ask')).toHaveCount(0);
  await expect(grafana.getByTestId('zone-set')).toHaveText(
    'The times in this Grafana panel data, series joined by time file will be read in \u2068Asia/Kolkata\u2069.',
  );
  // A zone that is no zone asks again.
  await zone.fill('Asia/Nowhere');
  await zone.press('Tab');
  await expect(grafana.getByTestId('zone-ask')).toBeVisible();
  await zone.fill('Asia/Kolkata');
  await zone.press('Tab');
  await grafana.scrollIntoViewIfNeeded();
  await screenshot(page, 'import-zone-set-en');
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalOverflow(page);
  await grafana.getByTestId('zone-set').scrollIntoViewIfNeeded();
  await screenshot(page, 'import-zone-set-en');
  await chooseArabic(page);
  await expect(grafana.getByTestId('zone-set')).toHaveText(
    'ستُقرأ أوقات ملف \u2068Grafana panel data, series joined by time\u2069 هذا بتوقيت \u2068Asia/Kolkata\u2069.',
  );
  await expectNoHorizontalOverflow(page);
  await grafana.getByTestId('zone-set').scrollIntoViewIfNeeded();
  await screenshot(page, 'import-zone-set-ar');
  await page.setViewportSize({ width: 1280, height: 800 });
  await grafana.getByTestId('zone-set').scrollIntoViewIfNeeded();
  await screenshot(page, 'import-zone-set-ar');
});

test('a zone-less time is previewed with the offset of the zone it will be read in', async ({ page }) => {
  await newContract(page, 'Grafana');
  await page.getByTestId('file-input').setInputFiles(layout('grafana-wide-excel.csv'));
  const grafana = job(page, 'grafana-wide-excel.csv');
  const time = await firstTime(grafana);
  await expect(time).toHaveText('May 31, 2026, 23:50 GMT+03:00');
  const zone = grafana.getByLabel('Zone of times written without one');
  await zone.fill('Asia/Kolkata');
  await zone.press('Tab');
  await expect(time).toHaveText('May 31, 2026, 23:50 GMT+05:30');
  await chooseArabic(page);
  await expect(time).toHaveText('31 مايو 2026، 23:50 غرينتش+05:30');
});
