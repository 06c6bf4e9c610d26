// Down codes and the timeout reading apply when the contract is evaluated: switching
// ElevateFinance's "timeouts count as downtime" reading changes October of its samples at
// once, with no file read again; a file stored by an earlier version (checks judged as it
// was read) keeps its verdict and says which rules it was read with, in both languages.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { formatUptime } from '../../src/app/format';
import {
  APP_URL,
  AS_OF,
  expectNoHorizontalOverflow,
  openApp,
  openTab,
  screenshot,
  trySample,
} from './helpers';

const timeoutsReading = (page: Page) => page.locator('fieldset[data-interpretation="timeouts"]');
/** ElevateFinance rounds to 2 decimals against 99.5 %. */
const uptime = (percent: number) => formatUptime(percent, 99.5, 'en', 2);

test('switching ElevateFinance’s timeouts reading moves October from 99.50 % to 99.63 % without importing again', async ({
  page,
}) => {
  await openApp(page);
  await trySample(page, 'elevatefinance');
  await openTab(page, 'Data');
  const datasets = page.getByTestId('dataset');
  await expect(datasets).toHaveCount(4);
  const stored = await datasets.allTextContents();
  // The sample's four import cards, all done.
  const jobs = page.getByTestId('import-job');
  await expect(jobs).toHaveCount(4);
  const jobTexts = await jobs.allTextContents();
  // Files of this version are kept by outcome: none says it was judged at import.
  await expect(page.getByTestId('classified-with')).toHaveCount(0);

  await openTab(page, 'Policy');
  const october = page.getByTestId('live-verdict').locator('[data-period="2026-10"]');
  await expect(october).toContainText(uptime(99.5));
  // 225 minutes down, 60 of them timeouts: without them 165 of 44 640 minutes.
  await timeoutsReading(page).getByRole('radio').nth(1).check();
  await expect(october).toContainText(uptime(99.63));
  await openTab(page, 'Dashboard');
  await page.getByLabel('Period shown').selectOption('2026-10');
  await expect(page.locator('.tiles .tile').first().locator('.tile-value')).toHaveText(uptime(99.63));
  await openTab(page, 'Policy');
  await timeoutsReading(page).getByRole('radio').nth(0).check();
  await expect(october).toContainText(uptime(99.5));

  // Nothing was imported again: the same four files as stored before, and no new import.
  await openTab(page, 'Data');
  await expect(datasets).toHaveText(stored);
  await expect(jobs).toHaveText(jobTexts);
});

/** A stand-in page on the app's origin with Dexie loaded, to write a database as version 2 did. */
async function openBlankOnOrigin(page: Page): Promise<void> {
  const dexie = await readFile(
    resolve(import.meta.dirname, '../../node_modules/dexie/dist/dexie.min.js'),
    'utf8',
  );
  await page.route('**/legacy-store.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>legacy</title>' }),
  );
  await page.route('**/legacy-dexie.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: dexie }),
  );
  await page.goto('./legacy-store.html');
  await page.addScriptTag({ url: './legacy-dexie.js' });
}

/**
 * Version 2's database as a user of the previous release has it: an ElevateFinance
 * contract (the preset, timeouts counted) with a state log read then, in October 2026 one
 * hour down in the middle of the month. Stores as version 2 declared them.
 */
async function writeVersion2Store(page: Page): Promise<number> {
  return page.evaluate(async () => {
    interface LegacyDexie {
      version(n: number): { stores(schema: Record<string, string>): void };
      open(): Promise<unknown>;
      table(name: string): { add(row: object): Promise<number> };
      close(): void;
    }
    const Dexie = (globalThis as unknown as { Dexie: new (name: string) => LegacyDexie }).Dexie;
    const db = new Dexie('sla-witness');
    db.version(1).stores({
      contracts: '++id, name',
      policies: '++id, name',
      datasets: '++id, contractId, [contractId+checksum]',
      series: '[datasetId+kind+monitor+month], datasetId',
      checkTimes: '[datasetId+kind+monitor+month], datasetId',
      events: '[datasetId+monitor], datasetId',
      exclusions: '++id, datasetId',
      mergedGaps: '[contractId+kind+monitor], contractId',
      reports: '++id, contractId',
    });
    db.version(2).stores({
      tickets: '[datasetId+line], datasetId, contractId',
      obligationEntries: '++id, contractId, datasetId',
    });
    await db.open();
    const monthFirstMinute = Date.UTC(2026, 9, 1) / 60_000;
    const minutes = 31 * 1440;
    const up = new Uint16Array(minutes).fill(1);
    const down = new Uint16Array(minutes);
    // 2026-10-15 10:00–11:00 UTC down.
    for (let i = 14 * 1440 + 600; i < 14 * 1440 + 660; i++) [up[i], down[i]] = [0, 1];
    const contractId = await db.table('contracts').add({
      name: 'ElevateFinance, imported last year',
      policy: { kind: 'preset', presetId: 'elevatefinance' },
      timezone: '',
      fee: 120_000,
      currency: 'INR',
      tier: null,
      effectiveDate: '2026-01-01',
      createdAt: Date.UTC(2026, 9, 31),
      holidays: null,
    });
    const datasetId = await db.table('datasets').add({
      contractId,
      name: 'status-history.csv',
      size: 1_000,
      kind: 'states',
      mapping: {},
      where: [],
      whereNot: [],
      sourceZone: 'Asia/Kolkata',
      rows: 3,
      skippedRows: 0,
      skipped: [],
      filteredRows: 0,
      checksum: 'e'.repeat(64),
      importedAt: Date.UTC(2026, 10, 1),
      monitors: ['app'],
      gaps: [{ monitor: 'app', medianGapMsTimes2: null }],
    });
    const key = { datasetId, kind: 'states', monitor: 'app', month: '2026-10', monthFirstMinute };
    await db.table('series').add({ ...key, firstMinute: monthFirstMinute, up: up.buffer, down: down.buffer });
    await db.table('checkTimes').add({
      ...key,
      times: Uint32Array.from({ length: minutes }, (_, i) => i * 60_000).buffer,
    });
    db.close();
    return contractId;
  });
}

for (const { width, height } of [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
]) {
  test(`a file stored by an earlier version keeps its verdict and names its rules, at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openBlankOnOrigin(page);
    const id = await writeVersion2Store(page);
    await page.goto(`${APP_URL}#/contract/${id}/data`);
    const note = page.getByTestId('classified-with');
    await expect(note).toHaveText(
      'Imported by an earlier version, which judged each check when it read the file, with the rules of that day: down codes 500–599; timeouts count as down. The policy’s down codes and timeout reading do not change this file’s checks; import it again to apply them.',
    );
    await note.scrollIntoViewIfNeeded();
    await screenshot(page, 'legacy-data');
    await expectNoHorizontalOverflow(page);

    // 60 of 44 640 minutes down under either reading: the file's checks stay as read.
    await openTab(page, 'Policy');
    const october = page.getByTestId('live-verdict').locator('[data-period="2026-10"]');
    await expect(october).toContainText(uptime(99.87));
    await timeoutsReading(page).getByRole('radio').nth(1).check();
    await expect(page.getByText('This contract’s own copy')).toBeVisible();
    await expect(october).toContainText(uptime(99.87));

    await page.goto(`./?asOf=${AS_OF}&lang=ar#/contract/${id}/data`);
    await expect(note).toHaveText(
      'استوردته نسخة سابقة حكمت على كل فحص عند قراءة الملف بقواعد ذلك اليوم: رموز التعطل 500–599؛ المهلات تُعدّ تعطلًا. لا تغيّر رموز التعطل في السياسة ولا قراءتها للمهلات فحوصَ هذا الملف؛ استورده مرة أخرى لتطبيقها.',
    );
    await note.scrollIntoViewIfNeeded();
    await screenshot(page, 'legacy-data-ar');
    await expectNoHorizontalOverflow(page);
  });
}
