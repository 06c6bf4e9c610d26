// For every preset: "Try it with sample data", then the headline figures on screen, the
// exported files against the command line's report for the same sample files, and the
// sample's tickets and obligation events on their tabs.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { formatMinutes, formatUptime } from '../../src/app/format';
import type { SlaReport } from '../../src/engine/report';
import { cliReport, openApp, PRESETS, trySample } from './helpers';

for (const preset of PRESETS) {
  test(`sample data for ${preset}: figures and exports match the command line`, async ({ page }) => {
    const json = await cliReport(preset, 'json');
    const csv = await cliReport(preset, 'csv');
    const cli = JSON.parse(json) as SlaReport;
    const latest = cli.periods[cli.periods.length - 1]!;

    await openApp(page);
    await trySample(page, preset);

    const tiles = page.locator('.tiles .tile');
    const c = cli.contract;
    await expect(tiles.nth(0).locator('.tile-value')).toHaveText(
      formatUptime(latest.uptimePercent, c.target, 'en', c.roundDecimals),
    );
    await expect(tiles.nth(0).locator('.verdict')).toContainText(latest.met ? 'Target met' : 'Target missed');
    await expect(tiles.nth(1).locator('.tile-value')).toHaveText(formatMinutes(latest.downtimeMinutes, 'en'));
    // One row per period in the month-by-month table, each with its uptime.
    const rows = page
      .locator('.card', { hasText: /Month by month|Year by year|by/ })
      .first()
      .locator('tbody tr');
    await expect(rows).toHaveCount(cli.periods.length);
    for (const [i, p] of cli.periods.entries())
      await expect(rows.nth(i)).toContainText(formatUptime(p.uptimePercent, c.target, 'en', c.roundDecimals));

    // The report JSON is the command line's, byte for byte.
    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download report (JSON)' }).click();
    const jsonFile = await (await jsonDownload).path();
    expect(await readFile(jsonFile, 'utf8')).toBe(json);

    // The outage evidence is the command line's CSV, and no cell can start a formula.
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download outage evidence (CSV)' }).click();
    const csvText = await readFile(await (await csvDownload).path(), 'utf8');
    expect(csvText).toBe(csv);
    for (const line of csvText.trim().split('\r\n'))
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    // The sample's tickets and obligation events fill their tabs.
    const sections = page.getByRole('navigation', { name: 'Contract sections' });
    await sections.getByRole('link', { name: 'Tickets', exact: true }).click();
    for (const id of new Set(cli.tickets.map((t) => t.id)))
      await expect(page.locator(`tr[data-ticket="${id}"]`).first()).toBeVisible();
    await sections.getByRole('link', { name: 'Obligations', exact: true }).click();
    for (const o of new Set(cli.obligations.map((x) => x.obligation)))
      await expect(page.locator(`article[data-obligation="${o}"]`)).toContainText(/recorded event/);
  });
}

test('while the sample files download, the workers load the import’s code and the calendar’s holiday rules, and the rules come beside their names', async ({
  page,
  context,
}) => {
  await openApp(page);
  const asked: string[] = [];
  context.on('request', (r) => asked.push(new URL(r.url()).pathname));
  const held = (pattern: RegExp) => {
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    void context.route(pattern, async (route) => {
      await released;
      await route.continue();
    });
    return release;
  };
  // The probes stay on the wire, and the Egyptian rules unanswered, until both are let go.
  const releaseProbes = held(/\/samples\/clarus-lis\/probes\.csv$/);
  const releaseRules = held(/\/holiday-rules-EG-[\w-]+\.js$/);
  await page.getByTestId('sample-preset').selectOption('clarus-lis');
  await page.getByRole('button', { name: 'Try it with sample data' }).click();
  const seen = (pattern: RegExp) => asked.some((path) => pattern.test(path));
  // The duplicate digest's code (hash-wasm), the parser, the rules and the names they refer
  // to: all asked for before the first sample file has arrived, the names without waiting
  // for the rules that use them.
  for (const chunk of [
    /\/index\.esm-[\w-]+\.js$/,
    /\/src-[\w-]+\.js$/,
    /\/holiday-rules-EG-/,
    /\/names-[\w-]+\.js$/,
  ])
    await expect.poll(() => seen(chunk), { message: String(chunk) }).toBe(true);
  expect(seen(/\/samples\/clarus-lis\/tickets\.csv$/)).toBe(true);
  releaseRules();
  releaseProbes();
  await expect(page.getByTestId('eval-note')).toContainText('Evaluated', { timeout: 30_000 });
  await expect(page.locator('.tiles .tile').first().locator('.verdict')).toBeVisible();
});
