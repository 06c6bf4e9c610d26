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
    await expect(panel).toContainText('in the hour before its deadline in Africa/Cairo');
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
    const hours = calendar.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return [e.startDate.toUnixTime() * 1000, e.endDate.toUnixTime() * 1000];
    });
    ICAL.TimezoneService.remove(zone.tzid);
    // Each event is the hour that ends at the deadline: the claim due by November 30 shows
    // on November 30 (23:00–24:00), not on December 1.
    expect(hours).toEqual([
      [Date.parse('2026-11-22T19:00:00+02:00'), Date.parse('2026-11-22T20:00:00+02:00')],
      [Date.parse('2026-11-30T23:00:00+02:00'), Date.parse('2026-12-01T00:00:00+02:00')],
    ]);

    if (width === 1280) {
      await chooseArabic(page);
      await expect(panel.getByRole('button', { name: /تقويمي/ })).toBeVisible();
      await panel.getByRole('button', { name: /تقويمي/ }).scrollIntoViewIfNeeded();
      await screenshot(page, 'calendar-export-ar');
    }
  });
}
