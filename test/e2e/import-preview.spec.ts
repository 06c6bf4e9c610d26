// Reviewing a file before import: a zone-less export's question gives way, once a zone is
// typed, to the zone its times will be read in. In English and Arabic, phone and desktop.
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { chooseArabic, expectNoHorizontalOverflow, job, newContract, screenshot } from './helpers';

const layout = (name: string) => resolve('test/fixtures/layouts', name);

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
    'ستُقرأ أوقات ملف Grafana panel data, series joined by time هذا بتوقيت \u2068Asia/Kolkata\u2069.',
  );
  await expectNoHorizontalOverflow(page);
  await grafana.getByTestId('zone-set').scrollIntoViewIfNeeded();
  await screenshot(page, 'import-zone-set-ar');
  await page.setViewportSize({ width: 1280, height: 800 });
  await grafana.getByTestId('zone-set').scrollIntoViewIfNeeded();
  await screenshot(page, 'import-zone-set-ar');
});
