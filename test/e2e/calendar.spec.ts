// Deadlines to the calendar from the claims panel: the .ics file the app saves is the
// command line's for the same sample files, and ical.js reads its instants back.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import {
  chooseArabic,
  cliReport,
  expectNoHorizontalOverflow,
  openApp,
  screenshot,
  trySample,
} from './helpers';

for (const width of [360, 1280]) {
  test(`the claims panel saves the open deadlines as an .ics file at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openApp(page);
    await trySample(page, 'clarus-lis');
    const panel = page.getByTestId('claims-panel');
    const button = panel.getByRole('button', { name: 'Add the 2 deadlines to my calendar (.ics)' });
    await button.scrollIntoViewIfNeeded();
    await expect(panel).toContainText('at its deadline in Africa/Cairo');
    await screenshot(page, 'calendar-export');
    await expectNoHorizontalOverflow(page);

    const download = page.waitForEvent('download');
    await button.click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('sla-clarus-lis-2026-11-21-deadlines.ics');
    const ics = await readFile(await saved.path(), 'utf8');
    expect(ics).toBe(await cliReport('clarus-lis', 'ics'));

    const calendar = new ICAL.Component(ICAL.parse(ics));
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    ICAL.TimezoneService.register(zone);
    const starts = calendar
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v).startDate.toUnixTime() * 1000);
    ICAL.TimezoneService.remove(zone.tzid);
    expect(starts).toEqual([
      Date.parse('2026-11-22T20:00:00+02:00'),
      Date.parse('2026-12-01T00:00:00+02:00'),
    ]);

    if (width === 1280) {
      await chooseArabic(page);
      await expect(panel.getByRole('button', { name: /تقويمي/ })).toBeVisible();
      await panel.getByRole('button', { name: /تقويمي/ }).scrollIntoViewIfNeeded();
      await screenshot(page, 'calendar-export-ar');
    }
  });
}
