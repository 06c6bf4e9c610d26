// Journeys that end in a claim, driven with real tools' exports (test/fixtures/layouts/)
// rather than the samples: a clinic on a phone in Arabic, a finance firm whose Grafana
// times carry no zone, and an SRE who changes the contract's zone and target after the
// import. Each report the app downloads is the command line's for the same files and terms.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { parseArgs } from '../../src/cli/args';
import { runSla } from '../../src/cli/run';
import { expectNoHorizontalOverflow, job, screenshot } from './helpers';

const AS_OF = '2026-07-15';
const layout = (name: string) => resolve('test/fixtures/layouts', name);

/** The command line's JSON report for these arguments, as of the journeys' report date. */
async function cli(args: string[]): Promise<unknown> {
  const out = await runSla(
    parseArgs([...args, '--as-of', AS_OF, '--format', 'json']),
    new Date(`${AS_OF}T12:00:00Z`),
  );
  return JSON.parse(out);
}

async function download(page: Page, button: string): Promise<string> {
  const file = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFile(await (await file).path(), 'utf8');
}

async function newContract(page: Page, lang: 'en' | 'ar', preset: string, name: string): Promise<void> {
  await page.goto(`./?asOf=${AS_OF}&lang=${lang}`);
  const form = page.locator('form', {
    has: page.getByRole('heading', { name: lang === 'ar' ? 'عقد جديد' : 'New contract' }),
  });
  await form.locator('select').first().selectOption(preset);
  await form.locator('input').first().fill(name);
  await form.getByRole('button').last().click();
  await expect(page.getByTestId('file-input')).toBeAttached();
}

async function importAll(page: Page, button: string, files: number): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await expect(page.getByTestId('dataset')).toHaveCount(files, { timeout: 30_000 });
  await expect(page.getByTestId('import-status')).toHaveCount(0, { timeout: 30_000 });
}

/** Files dragged from the desktop and dropped on the contract's page. */
async function dropFiles(page: Page, names: string[]): Promise<void> {
  const files = await Promise.all(
    names.map(async (name) => ({ name, text: await readFile(layout(name), 'utf8') })),
  );
  const drag = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return dt;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop'])
    await page.locator('.drop-zone').dispatchEvent(type, { dataTransfer: drag });
}

const tab = (page: Page, href: string) => page.locator(`nav[aria-label] a[href$="/${href}"]`).click();

test('a clinic on a phone in Arabic: UptimeRobot and Statuspage to June’s claim letter and the report', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await newContract(page, 'ar', 'clarus-lis', 'عيادة النور');
  await dropFiles(page, ['uptimerobot-getmonitors.json', 'statuspage-incidents.json']);
  await expect(job(page, 'uptimerobot-getmonitors.json').getByTestId('detect-reason')).toHaveText(
    'تم الكشف: تعرّفنا عليه على أنه \u2068UptimeRobot getMonitors logs\u2069.',
  );
  await expect(job(page, 'statuspage-incidents.json').getByTestId('detect-reason')).toHaveText(
    'تم الكشف: تعرّفنا عليه على أنه \u2068Atlassian Statuspage incidents\u2069.',
  );
  await importAll(page, 'استيراد الكل (2)', 2);
  await tab(page, 'dashboard');
  const claims = page.getByTestId('claims-panel');
  await expect(claims).toContainText('يونيو 2026');
  await expect(claims).toContainText('طالِب قبل نهاية 30 يوليو 2026');
  await screenshot(page, 'journey-clinic-dashboard-ar');
  await expectNoHorizontalOverflow(page);

  await claims.locator('button[data-letter-for="period-2026-06"]').click();
  const letter = page.getByRole('dialog').locator('.claim-letter');
  await expect(letter.locator('tfoot')).toHaveText(/وقت التوقف المحسوب في الفترة\s*2\sس\s4\sد/);
  await expect(letter).toContainText(
    /تذكر صفحة حالتكم 1\sس\s27\sد من التوقف في يونيو 2026؛ وسجّلت مراقبتنا 37\sد\./,
  );
  await expect(letter).toContainText('نطالب برصيد الخدمة البالغ 10٪ من الرسوم');
  await screenshot(page, 'journey-clinic-letter-ar');
  await page.getByRole('dialog').getByRole('button', { name: 'إغلاق' }).click();

  const report = JSON.parse(await download(page, 'تنزيل التقرير (JSON)'));
  expect(report).toEqual(
    await cli([
      '--policy',
      'clarus-lis',
      layout('uptimerobot-getmonitors.json'),
      layout('statuspage-incidents.json'),
    ]),
  );
});

test('a finance firm: Grafana’s zone-less times read in the zone asked for, the figures the command line’s', async ({
  page,
}, info) => {
  const tickets = info.outputPath('tickets.csv');
  await writeFile(
    tickets,
    'id,severity,opened_at,first_response_at,resolved_at\n' +
      'FIN-1,P1,2026-06-01 00:32:00,2026-06-01 00:50:00,2026-06-01 03:10:00\n' +
      'FIN-2,P2,2026-06-03 09:00:00,2026-06-03 15:30:00,2026-06-04 11:00:00\n',
  );
  await newContract(page, 'en', 'elevatefinance', 'Ledger & Co');
  await page.getByTestId('file-input').setInputFiles([layout('grafana-wide-excel.csv'), tickets]);
  const grafana = job(page, 'grafana-wide-excel.csv');
  await expect(grafana.getByTestId('zone-ask')).toHaveText(
    'The times in this Grafana panel data, series joined by time file carry no time zone: set the zone they were written in (for Grafana, the dashboard’s).',
  );
  for (const name of ['grafana-wide-excel.csv', 'tickets.csv']) {
    const zone = job(page, name).getByLabel('Zone of times written without one');
    await expect(zone).toHaveValue('Asia/Kolkata');
    await zone.fill('Africa/Cairo');
    await zone.press('Tab');
  }
  await screenshot(page, 'journey-finance-zone');
  await importAll(page, 'Import all 2', 2);
  await expect(page.getByTestId('dataset').filter({ hasText: 'grafana-wide-excel.csv' })).toContainText(
    'times without zone read in Africa/Cairo',
  );
  await tab(page, 'dashboard');
  await expect(page.locator('.tiles .tile').first()).toContainText('99.99 %');
  const report = JSON.parse(await download(page, 'Download report (JSON)'));
  expect(report).toEqual(
    await cli([
      '--policy',
      'elevatefinance',
      '--probes',
      layout('grafana-wide-excel.csv'),
      '--tickets',
      tickets,
      '--source-tz',
      'Africa/Cairo',
    ]),
  );
  await page.getByRole('button', { name: 'Letter for June 2026', exact: true }).click();
  const letter = page.getByRole('dialog').locator('.claim-letter');
  await expect(letter.locator('tfoot')).toHaveText(/Downtime counted in the period\s*6\smin/);
  await expect(letter.locator('tr', { hasText: 'Jun 1, 2026, 02:28' })).toHaveText(
    /Jun 1, 2026, 02:28 GMT\+05:30\s*Jun 1, 2026, 02:34 GMT\+05:30\s*6\smin/,
  );
  await screenshot(page, 'journey-finance-letter');
});

test('an SRE changes the contract’s zone and target: the dashboard, the Data tab and the report follow', async ({
  page,
}, info) => {
  await newContract(page, 'en', 'medos', 'Edge fleet');
  const files = [layout('prometheus-query-range.json'), layout('betterstack-incidents.json')];
  await page.getByTestId('file-input').setInputFiles(files);
  await importAll(page, 'Import all 2', 2);
  await tab(page, 'dashboard');
  const tiles = page.locator('.tiles .tile');
  await expect(tiles.nth(0)).toContainText('99.94 %');
  await expect(tiles.nth(1)).toContainText('26 min');

  await tab(page, 'policy');
  await page.getByLabel('Which time zone does the contract count in?').fill('New York');
  await page.getByRole('button', { name: /^New York, United States — Eastern Time/ }).click();
  await page.getByLabel('Promised uptime (%)').fill('99.99');
  await page.getByLabel('Promised uptime (%)').press('Tab');
  const policy = info.outputPath('policy.json');
  await expect.poll(async () => JSON.parse(await download(page, 'Export JSON')).target).toBe(99.99);
  await writeFile(policy, await download(page, 'Export JSON'));

  // The 21:00 UTC outage of 31 May is May's in New York, no longer June's as in Kolkata.
  await tab(page, 'dashboard');
  await expect(tiles.nth(0)).toContainText('99.95 %');
  await expect(tiles.nth(0)).toContainText('target 99.99 %');
  await expect(tiles.nth(1)).toContainText('20 min');
  await screenshot(page, 'journey-sre-dashboard');
  const report = JSON.parse(await download(page, 'Download report (JSON)'));
  expect(report).toEqual(await cli(['--policy', policy, ...files]));

  // Every time in these files carries its zone: none is read in the zone the contract had.
  await tab(page, 'data');
  await expect(page.getByTestId('dataset').first()).toContainText(
    'times carry their zone (any without one read in America/New_York)',
  );
});

test('Checkly results whose first run starts with a 2 MB field are recognised past it and imported', async ({
  page,
}, info) => {
  // The keys that tell the export come after the body, beyond the first 64 KB looked at.
  const fixture = await readFile(layout('checkly-check-results-v2.json'), 'utf8');
  const body = `      "description": "${'x'.repeat(2_000_000)}",\n`;
  const results = info.outputPath('checkly-results.json');
  await writeFile(results, fixture.replace('"entries": [\n    {\n', `"entries": [\n    {\n${body}`));
  await newContract(page, 'en', 'clarus-lis', 'Lab checks');
  await page.getByTestId('file-input').setInputFiles(results);
  const card = job(page, 'checkly-results.json');
  await expect(card.getByTestId('detect-reason')).toHaveText(
    'Detected: recognised as Checkly check results (API v2).',
  );
  await screenshot(page, 'journey-checkly-long-body');
  await card.getByRole('button', { name: 'Import checkly-results.json' }).click();
  await expect(card).toHaveAttribute('data-status', 'imported');
  await expect(card).toContainText('7 rows');
  await tab(page, 'dashboard');
  const report = JSON.parse(await download(page, 'Download report (JSON)'));
  expect(report).toEqual(await cli(['--policy', 'clarus-lis', results]));
});

test('a zone that is no time zone keeps the file from import, said in the page’s language', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await newContract(page, 'ar', 'clarus-lis', 'عيادة الشفاء');
  await page
    .getByTestId('file-input')
    .setInputFiles([layout('grafana-wide-excel.csv'), layout('statuspage-incidents.json')]);
  const grafana = job(page, 'grafana-wide-excel.csv');
  const zone = grafana.getByLabel('منطقة الأوقات المكتوبة بلا منطقة');
  await zone.fill('Cairo');
  await zone.press('Tab');
  await expect(grafana.getByRole('alert')).toHaveText(
    'المنطقة «Cairo» المحددة لـ«grafana-wide-excel.csv» ليست منطقة زمنية: اختر واحدة من القائمة، مثل Africa/Cairo.',
  );
  await expect(grafana.getByRole('button', { name: 'استيراد grafana-wide-excel.csv' })).toBeDisabled();
  // "Import all" is offered only when more than one file is ready: the status page alone is.
  await expect(page.getByRole('button', { name: /^استيراد الكل/ })).toHaveCount(0);
  await grafana.scrollIntoViewIfNeeded();
  await screenshot(page, 'journey-zone-unknown-ar');
  await zone.fill('Africa/Cairo');
  await zone.press('Tab');
  await expect(grafana.getByRole('alert')).toHaveCount(0);
  await importAll(page, 'استيراد الكل (2)', 2);
  await expect(grafana).toHaveAttribute('data-status', 'imported');
});

test('a vendor’s Statuspage maintenance notices dropped beside the checks: only a window announced 7 days ahead is excluded', async ({
  page,
}, info) => {
  // The API checked each minute around two maintenance windows (UTC): down 30 minutes in the
  // upgrade announced 8 days ahead, 10 minutes past its announced end, and 30 minutes in the
  // network maintenance announced 62 h ahead.
  const checks = info.outputPath('other-checks.csv');
  const lines = ['time,monitor,status'];
  const minutes = (from: string, count: number, down: (i: number) => boolean) => {
    for (let i = 0; i < count; i++)
      lines.push(`${new Date(Date.parse(from) + i * 60_000).toISOString()},API,${down(i) ? 'down' : 'up'}`);
  };
  minutes('2026-06-09T15:50:00Z', 150, (i) => (i >= 10 && i < 40) || (i >= 130 && i < 140));
  minutes('2026-06-12T06:50:00Z', 50, (i) => i >= 10 && i < 40);
  await writeFile(checks, `${lines.join('\n')}\n`);
  const maintenances = layout('statuspage-scheduled-maintenances.json');

  await newContract(page, 'en', 'elevatefinance', 'Ledger & Co');
  await page.getByTestId('file-input').setInputFiles([maintenances, checks]);
  const notices = job(page, 'statuspage-scheduled-maintenances.json');
  await expect(notices.getByTestId('detect-reason')).toHaveText(
    'Detected: recognised as Atlassian Statuspage scheduled maintenances.',
  );
  await expect(notices.locator('select').first()).toHaveValue('exclusions');
  await importAll(page, 'Import all 2', 2);
  await expect(
    page
      .getByTestId('dataset')
      .filter({ hasText: 'statuspage-scheduled-maintenances.json' })
      .locator('.chip'),
  ).toHaveText('Maintenance / exclusions');

  await tab(page, 'dashboard');
  const list = page.locator('section', {
    has: page.getByRole('heading', { name: 'Maintenance and other exclusions' }),
  });
  const rows = list.locator('tbody tr');
  await expect(rows).toHaveCount(6);
  await expect(rows.locator('td:nth-child(7)')).toHaveText([
    'Storage migration (API)',
    'Dashboard release',
    'Database failover test (API)',
    'Database failover test (Dashboard)',
    'Network maintenance (API)',
    'Database upgrade (API)',
  ]);
  await expect(rows.locator('td:nth-child(4)')).toHaveText(['Yes', 'Yes', 'Yes', 'Yes', 'No', 'Yes']);
  await expect(rows.nth(4).locator('td:nth-child(5)')).toHaveText(
    'Notice 62 h, less than the 168 h required.',
  );
  await expect(rows.nth(5).locator('td:nth-child(5)')).toHaveText(
    'Notice 192 h, at least the 168 h required.',
  );
  await list.scrollIntoViewIfNeeded();
  await screenshot(page, 'journey-maintenance-notices');
  const report = JSON.parse(await download(page, 'Download report (JSON)'));
  // A file dropped on the page is known by its name alone, where the command line names its path.
  const expected = (await cli(['--policy', 'elevatefinance', maintenances, checks])) as {
    exclusions: { source: string }[];
  };
  for (const x of expected.exclusions) x.source = x.source.replace(`${layout('')}/`, '');
  expect(report).toEqual(expected);
  expect(report.periods.find((p: { label: string }) => p.label === '2026-06').downtimeMinutes).toBe(40);
});
