// Importing files by hand: several at once through the phone-friendly picker, a mapping
// the detection could not guess edited in the preview, skipped rows reported by line,
// tickets and an obligation log recognised by their headers, a duplicate replaced, and a
// cancelled import that leaves nothing behind.
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import {
  bigFile,
  chooseArabic,
  heldImport,
  job,
  newContract,
  openTab,
  samplePath,
  screenshot,
  stayOnPage,
  watchTabLoading,
} from './helpers';

/** A real Uptime Kuma export (test/fixtures/layouts/README.md cites its source). */
const KUMA = 'test/fixtures/layouts/uptime-kuma-heartbeats.csv';

/** A probe log whose columns no synonym matches, with one bad row (line 5). */
function oddProbes(): Buffer {
  const lines = ['when;svc;http;ms'];
  for (let m = 0; m < 90; m++) {
    const t = new Date(Date.UTC(2026, 8, 10, 8, m)).toISOString();
    lines.push(`${t};lis;${m >= 30 && m < 45 ? 503 : 200};120`);
    if (lines.length === 4) lines.push('yesterday-ish;lis;200;99');
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

async function mapOddColumns(page: Page): Promise<void> {
  const card = job(page, 'odd-probes.csv');
  await expect(card.getByRole('button', { name: 'Import odd-probes.csv' })).toBeDisabled();
  await expect(card.getByRole('alert')).toContainText(
    'No column of “odd-probes.csv” was recognised as “Time”: choose one under “Columns” above.',
  );
  await expect(card.getByRole('alert')).not.toContainText('--map');
  await expect(card.locator('table')).toContainText('yesterday-ish');
  await card.locator('select[data-role=time]').selectOption('when');
  await card.locator('select[data-role=code]').selectOption('http');
  await card.locator('select[data-role=monitor]').selectOption('svc');
  await expect(card.locator('th', { hasText: 'when' })).toContainText('Time');
}

test('several files at once, an edited mapping, skipped rows, tickets and obligations, a duplicate replaced', async ({
  page,
}) => {
  await newContract(page, 'Lab by hand');
  await page.getByTestId('file-input').setInputFiles([
    { name: 'odd-probes.csv', mimeType: 'text/csv', buffer: oddProbes() },
    {
      name: 'maintenance.csv',
      mimeType: 'text/csv',
      buffer: await readFile(samplePath('clarus-lis', 'maintenance.csv')),
    },
    {
      name: 'tickets.csv',
      mimeType: 'text/csv',
      buffer: await readFile(samplePath('clarus-lis', 'tickets.csv')),
    },
    {
      name: 'obligations.csv',
      mimeType: 'text/csv',
      buffer: await readFile(samplePath('clarus-lis', 'obligations.csv')),
    },
  ]);
  await expect(page.getByTestId('import-job')).toHaveCount(4);
  await expect(job(page, 'tickets.csv').getByTestId('detect-reason')).toContainText(
    'Detected: Support tickets (id, severity, opened_at',
  );
  await expect(job(page, 'obligations.csv').getByTestId('detect-reason')).toContainText(
    'Detected: Obligation log (obligation, started_at',
  );
  await expect(job(page, 'maintenance.csv').getByTestId('detect-reason')).toContainText('exclusion records');

  await mapOddColumns(page);
  await page.getByRole('button', { name: 'Import all 4' }).click();

  const odd = job(page, 'odd-probes.csv');
  await expect(odd).toHaveAttribute('data-status', 'imported');
  await expect(odd).toContainText('Imported 90 rows (monitors: lis)');
  await expect(odd).toContainText('1 row skipped');
  await expect(odd).toContainText('line 5:');
  await expect(job(page, 'maintenance.csv')).toHaveAttribute('data-status', 'imported');
  await expect(job(page, 'tickets.csv')).toHaveAttribute('data-status', 'imported');
  await expect(job(page, 'tickets.csv')).toContainText('Imported 6 rows.');
  await expect(job(page, 'tickets.csv')).toContainText('No rows skipped.');
  await expect(job(page, 'obligations.csv')).toHaveAttribute('data-status', 'imported');
  await expect(job(page, 'obligations.csv')).toContainText('Imported 4 rows.');
  await expect(page.getByTestId('dataset')).toHaveCount(4);
  await expect(page.getByTestId('dataset').filter({ hasText: 'tickets.csv' })).toContainText(
    'Support tickets',
  );
  await expect(page.getByTestId('live-region')).toContainText(/imported/);

  // The same bytes again: the app asks, and Replace keeps one copy.
  await odd.getByRole('button', { name: 'Dismiss odd-probes.csv' }).click();
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'odd-probes.csv', mimeType: 'text/csv', buffer: oddProbes() });
  await mapOddColumns(page);
  await job(page, 'odd-probes.csv').getByRole('button', { name: 'Import odd-probes.csv' }).click();
  await expect(job(page, 'odd-probes.csv')).toContainText('imported into this contract before');
  await job(page, 'odd-probes.csv').getByRole('button', { name: 'Replace' }).click();
  await expect(job(page, 'odd-probes.csv')).toHaveAttribute('data-status', 'imported');
  await expect(page.getByTestId('dataset')).toHaveCount(4);

  // The 15 minutes of 503s are September's downtime on the dashboard.
  await openTab(page, 'Dashboard');
  await expect(page.locator('.tiles .tile').nth(1).locator('.tile-value')).toHaveText('15\u00a0min');
});

test('cancelling an import stores nothing', async ({ page }) => {
  const path = bigFile();
  await newContract(page, 'Cancelled');
  await page.getByTestId('file-input').setInputFiles(path);
  const card = job(page, 'big-probes.csv');
  await card.getByRole('button', { name: 'Import big-probes.csv' }).click();
  await expect(card).toHaveAttribute('data-status', 'running');
  await card.getByRole('button', { name: 'Cancel big-probes.csv' }).click();
  await expect(card).toHaveAttribute('data-status', 'cancelled');
  await expect(card).toContainText('Cancelled: nothing was stored.');
  await expect(page.getByTestId('live-region')).toContainText('was cancelled');
  await expect(page.getByText('Nothing stored yet.')).toBeVisible();
  await expect(page.getByTestId('dataset')).toHaveCount(0);
});

test('a file chosen on a contract brings the import’s code while it waits for review, and an import the holiday rules of the contract’s calendar before it is stored', async ({
  page,
  context,
}) => {
  await newContract(page, 'Ready');
  const asked: string[] = [];
  context.on('request', (r) => asked.push(new URL(r.url()).pathname));
  const seen = (chunk: RegExp) => asked.some((path) => chunk.test(path));
  await page.getByTestId('file-input').setInputFiles(samplePath('clarus-lis', 'maintenance.csv'));
  await expect(job(page, 'maintenance.csv')).toHaveAttribute('data-status', 'review');
  // The duplicate digest's code (hash-wasm), before anything is imported.
  await expect.poll(() => seen(/\/index\.esm-[\w-]+\.js$/)).toBe(true);
  expect(seen(/\/holiday-rules-EG-/)).toBe(false);
  // Clarus counts business time without Egypt's public holidays: their rules and names come
  // while the checks are read, not once they are stored and evaluated.
  const { card, release } = await heldImport(page);
  for (const chunk of [/\/src-[\w-]+\.js$/, /\/holiday-rules-EG-/, /\/names-[\w-]+\.js$/])
    await expect.poll(() => seen(chunk), { message: String(chunk) }).toBe(true);
  await expect(card).toHaveAttribute('data-status', 'running');
  await release();
  await expect(card).toHaveAttribute('data-status', 'imported');
});

test('leaving the page while a file imports is asked first; once nothing imports, it is not', async ({
  page,
}) => {
  await newContract(page, 'Held');
  const { card, release } = await heldImport(page);
  const asked = stayOnPage(page);
  // Reloaded as the update note's Reload does it, from the page.
  await page.evaluate(() => location.reload());
  await expect.poll(() => asked).toEqual(['beforeunload']);
  // The page stayed, and its import with it.
  await expect(card).toHaveAttribute('data-status', 'running');
  await release();
  await expect(card).toHaveAttribute('data-status', 'imported');
  await page.evaluate(() => location.reload());
  await expect(card).toHaveCount(0);
  await expect(page.locator('main h1')).toContainText('Held');
  await expect(page.getByTestId('dataset')).toHaveCount(1);
  expect(asked).toEqual(['beforeunload']);
});

test('real exports dropped at once: each named by its layout, Grafana’s zone asked, unknown JSON refused in one line', async ({
  page,
}) => {
  await newContract(page, 'Real exports');
  const layouts = (name: string) => readFile(`test/fixtures/layouts/${name}`);
  await page.getByTestId('file-input').setInputFiles([
    { name: 'grafana-wide.csv', mimeType: 'text/csv', buffer: await layouts('grafana-wide.csv') },
    {
      name: 'prometheus-query-range.json',
      mimeType: 'application/json',
      buffer: await layouts('prometheus-query-range.json'),
    },
    {
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"data":[{"token":"tok_do_not_show"}],"meta":{}}'),
    },
    {
      // Uptime Kuma's database itself, dropped in place of its heartbeats exported as CSV.
      name: 'kuma.db',
      mimeType: 'application/octet-stream',
      buffer: Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(84)]),
    },
    {
      // UptimeRobot's getMonitors with a log of a type it does not document: a skipped record.
      name: 'uptimerobot.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          stat: 'ok',
          monitors: [
            {
              id: 1,
              friendly_name: 'api',
              logs: [
                { type: 1, datetime: 1_788_000_000, duration: 600 },
                { type: 2, datetime: 1_788_000_600, duration: 400 },
                { type: 7, datetime: 1_788_001_000, duration: 60 },
              ],
            },
          ],
        }),
      ),
    },
    {
      // What curl saved when the proxy in front of the API failed.
      name: 'getmonitors.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body></body></html>\r\n',
      ),
    },
    {
      // UptimeRobot's answer to a wrong key, which repeats the key.
      name: 'robot-failed.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"stat":"fail","error":{"type":"invalid_parameter","parameter_name":"api_key","passed_value":"tok_do_not_show"}}',
      ),
    },
    {
      // Pingdom's GET /api/3.1/checks: each check's settings and status now, saved in place of its outages.
      name: 'checks.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"checks":[{"id":85975,"created":1767225600,"name":"tok_do_not_show","hostname":"api.example.com","resolution":1,"type":"http","lasterrortime":1782806340,"lasttesttime":1782806400,"lastresponsetime":355,"status":"up"}],"counts":{"total":1,"limited":1,"filtered":1}}',
      ),
    },
  ]);
  await expect(page.getByTestId('import-job')).toHaveCount(8);
  const checkList = job(page, 'checks.json');
  await expect(checkList).toHaveAttribute('data-status', 'unsupported');
  await expect(checkList.locator('p.warn')).toHaveText(
    "A Pingdom check list (/api/3.1/checks): each monitor's settings and status now, not its history; fetch /api/3.1/summary.outage/CHECK_ID for its outages",
  );
  await expect(checkList).not.toContainText('tok_do_not_show');
  await checkList.scrollIntoViewIfNeeded();
  await screenshot(page, 'unsupported-monitor-list-en');
  const kuma = job(page, 'kuma.db');
  const page502 = job(page, 'getmonitors.json');
  await expect(page502).toHaveAttribute('data-status', 'unsupported');
  await expect(page502.locator('p.warn')).toHaveText(
    'This is a web page (HTML or XML), not an export: a download saves one when the call fails (an error or sign-in page). Check the address and the credentials, save the answer again and drop that file.',
  );
  const failed = job(page, 'robot-failed.json');
  await expect(failed.locator('p.warn')).toHaveText(
    /^An error response from the UptimeRobot API \(stat fail, error type invalid_parameter\), not monitor logs: /,
  );
  await expect(failed).not.toContainText('tok_do_not_show');
  await page502.scrollIntoViewIfNeeded();
  await screenshot(page, 'unsupported-html-en');
  await expect(kuma).toHaveAttribute('data-status', 'unsupported');
  await expect(kuma.locator('p.warn')).toHaveText(
    'This is an SQLite database, such as Uptime Kuma’s kuma.db. Export its heartbeat table as CSV with sqlite3 (the README’s “Where to get your data” gives the command) and drop that file.',
  );
  const grafana = job(page, 'grafana-wide.csv');
  await expect(grafana.getByTestId('detect-reason')).toContainText(
    'recognised as Grafana panel data, series joined by time',
  );
  await expect(grafana.getByTestId('zone-ask')).toContainText('carry no time zone');
  const prom = job(page, 'prometheus-query-range.json');
  await expect(prom.getByTestId('detect-reason')).toContainText(
    'recognised as Prometheus range query (matrix)',
  );
  await expect(prom.getByTestId('zone-ask')).toHaveCount(0);
  // On an Arabic page the sentence is Arabic; the tool's own name for its export is not translated.
  await chooseArabic(page);
  await expect(prom.getByTestId('detect-reason')).toHaveText(
    'تم الكشف: تعرّفنا عليه على أنه \u2068Prometheus range query (matrix)\u2069.',
  );
  await expect(kuma.locator('p.warn')).toContainText('هذه قاعدة بيانات SQLite');
  await page.setViewportSize({ width: 360, height: 740 });
  await kuma.scrollIntoViewIfNeeded();
  await screenshot(page, 'unsupported-sqlite-ar');
  await expect(page502.locator('p.warn')).toContainText('هذه صفحة ويب (HTML أو XML)');
  await page502.scrollIntoViewIfNeeded();
  await screenshot(page, 'unsupported-html-ar');
  // A known tool's error body and an unknown JSON are said in Arabic, the names isolated.
  await expect(failed.locator('p.warn')).toHaveText(
    /^ردّ خطأ من واجهة \u2068UptimeRobot\u2069 البرمجية \(\u2068stat fail\u2069، نوع الخطأ \u2068invalid_parameter\u2069\)، لا سجلات مراقبة: /,
  );
  await expect(failed).not.toContainText('tok_do_not_show');
  await expect(job(page, 'other.json').locator('p.warn')).toContainText(
    'مستند \u2068JSON\u2069 مفاتيحه العليا \u2068`data`\u2069، \u2068`meta`\u2069: ليس تخطيطًا يعرفه \u2068SLA Witness\u2069 (يقرأ سجلات الفحص',
  );
  await failed.scrollIntoViewIfNeeded();
  await screenshot(page, 'unsupported-api-error-ar');
  await expect(checkList.locator('p.warn')).toHaveText(
    'قائمة فحوص من \u2068Pingdom\u2069 (\u2068/api/3.1/checks\u2069): إعدادات كل جهاز مراقبة وحالته الآن، لا تاريخه؛ اجلب \u2068/api/3.1/summary.outage/CHECK_ID\u2069 لانقطاعاته',
  );
  await checkList.scrollIntoViewIfNeeded();
  await screenshot(page, 'unsupported-monitor-list-ar');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByTestId('language').selectOption('en');
  const other = job(page, 'other.json');
  await expect(other).toHaveAttribute('data-status', 'unsupported');
  await expect(other).toContainText(
    'JSON with top-level keys `data`, `meta`: not a layout SLA Witness knows',
  );
  await expect(other).not.toContainText('tok_do_not_show');
  const robot = job(page, 'uptimerobot.json');
  for (const [card, name] of [
    [grafana, 'grafana-wide.csv'],
    [prom, 'prometheus-query-range.json'],
    [robot, 'uptimerobot.json'],
  ] as const) {
    await card.getByRole('button', { name: `Import ${name}` }).click();
    await expect(card).toHaveAttribute('data-status', 'imported');
  }
  await expect(page.getByTestId('dataset')).toHaveCount(3);
  // A JSON file's skipped rows are numbered by record (its column names are record 1), in
  // the import's result and in the list of what is stored.
  const unknownType = 'record 4: unknown state';
  await expect(robot).toContainText('1 row skipped');
  await expect(robot).toContainText(unknownType);
  const stored = page.getByTestId('dataset').filter({ hasText: 'uptimerobot.json' });
  await stored.locator('details.skipped summary').click();
  await expect(stored.locator('details.skipped li')).toHaveText([/^record 4: unknown state/]);
  // Epoch times carry their zone; Grafana's times are read in the zone asked for.
  await expect(stored).toContainText('times carry their zone (any without one read in Africa/Cairo)');
  await expect(page.getByTestId('dataset').filter({ hasText: 'grafana-wide.csv' })).toContainText(
    'times without zone read in',
  );
});

test('after an import the focus is on its result, and a stored file is removed only once confirmed', async ({
  page,
}) => {
  await newContract(page, 'Removal');
  await page.getByTestId('file-input').setInputFiles(samplePath('clarus-lis', 'maintenance.csv'));
  const card = job(page, 'maintenance.csv');
  await card.getByRole('button', { name: 'Import maintenance.csv' }).focus();
  await page.keyboard.press('Enter');
  await expect(card.getByTestId('job-result')).toBeFocused({ timeout: 30_000 });
  const dataset = page.getByTestId('dataset');
  await expect(dataset).toHaveCount(1);

  // Remove asks first, with Keep focused: Enter pressed once more keeps the file.
  await dataset.getByRole('button', { name: 'Remove maintenance.csv' }).click();
  await expect(dataset).toContainText('Remove maintenance.csv and its records from this contract?');
  await expect(dataset.getByRole('button', { name: 'Keep' })).toBeFocused();
  await screenshot(page, 'remove-ask');
  await page.keyboard.press('Enter');
  await expect(dataset).toHaveCount(1);
  await expect(dataset.getByRole('button', { name: 'Remove maintenance.csv' })).toBeFocused();

  await page.setViewportSize({ width: 360, height: 800 });
  await page.keyboard.press('Enter');
  await dataset.getByRole('button', { name: 'Keep' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'remove-ask');
  await page.keyboard.press('Enter');

  await chooseArabic(page);
  await dataset.getByRole('button', { name: 'إزالة maintenance.csv' }).click();
  await expect(dataset.getByRole('button', { name: 'إبقاء' })).toBeFocused();
  await screenshot(page, 'remove-ask-ar');
  await dataset.getByRole('button', { name: 'إزالة maintenance.csv' }).click();
  await expect(dataset).toHaveCount(0);
  await expect(page.locator('#datasets-h')).toBeFocused();
});

// The Remove pressed goes with its file's card: the focus moves to the next file's card,
// else the one before, else the file picker, never to the page's top.
test('removing a file by keyboard leaves the focus on a neighbouring file', async ({ page }) => {
  await newContract(page, 'Lab by keyboard');
  // The tab stays on screen while the files are read: a preview's time reader loading must
  // not swap the tab for its loading line, which would take the focus with it.
  const tabLoading = await watchTabLoading(page);
  await page
    .getByTestId('file-input')
    .setInputFiles([samplePath('clarus-lis', 'maintenance.csv'), samplePath('clarus-lis', 'tickets.csv')]);
  await expect(page.getByTestId('import-job')).toHaveCount(2);
  await expect(page.getByTestId('import-job').locator('table').first()).toContainText('2026');
  expect(await tabLoading()).toBe(false);
  const focusedCard = () =>
    page.evaluate(() => document.activeElement?.closest('article')?.querySelector('h3')?.textContent ?? null);
  await page.getByRole('button', { name: 'Remove maintenance.csv' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('import-job')).toHaveCount(1);
  expect(await focusedCard()).toBe('tickets.csv');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Remove tickets.csv' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('import-job')).toHaveCount(0);
  await expect(page.getByTestId('file-input')).toBeFocused();
});

// A quote never closed and a file cut inside a character are said for what they are, on
// their line, in the page's language: not a CSV whose columns are the text after the quote,
// nor binary data.
test('a quote never closed and a file cut mid-character are refused on their line', async ({ page }) => {
  await newContract(page, 'Damaged files');
  await page.getByTestId('file-input').setInputFiles([
    {
      name: 'quote.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('time,status\n"2026-06-01T00:00:00Z,up\n'),
    },
    {
      name: 'cut.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0x31, 0xe2, 0x82]),
    },
    { name: 'stray.json', mimeType: 'application/json', buffer: Buffer.from('\nx{"data":[{"a":1}]}') },
  ]);
  const quote = job(page, 'quote.csv');
  const cut = job(page, 'cut.csv');
  const stray = job(page, 'stray.json');
  await expect(stray.locator('p.warn')).toHaveText(
    'Line 2: a character before the JSON document begins, as where a byte was damaged or added in copying; nothing was imported',
  );
  await expect(quote).toHaveAttribute('data-status', 'unsupported');
  await expect(quote.locator('p.warn')).toHaveText(
    'A quote opened on line 2 is never closed, so the rest of the file would be one cell. Close the quote on that line, or export the file again.',
  );
  await expect(cut).toHaveAttribute('data-status', 'unsupported');
  await expect(cut.locator('p.warn')).toHaveText(
    'The file ends in the middle of a character, on line 2: it was cut off, as by a download or copy that stopped short. Save or download it again and drop that file.',
  );
  await quote.scrollIntoViewIfNeeded();
  await screenshot(page, 'unsupported-damaged-en');
  await page.setViewportSize({ width: 360, height: 740 });
  await cut.scrollIntoViewIfNeeded();
  await screenshot(page, 'unsupported-damaged-en');
  await chooseArabic(page);
  await expect(quote.locator('p.warn')).toHaveText(
    'علامة اقتباس فُتحت في السطر 2 لا تُغلق أبدًا، فيصير باقي الملف خلية واحدة. أغلق علامة الاقتباس في ذلك السطر، أو صدّر الملف من جديد.',
  );
  await expect(cut.locator('p.warn')).toContainText('ينتهي الملف في منتصف حرف، في السطر 2');
  await expect(stray.locator('p.warn')).toHaveText(
    'السطر 2: حرف قبل بداية مستند \u2068JSON\u2069، كما يحدث حين يتلف بايت أو يُضاف عند النسخ؛ لم يُستورد شيء',
  );
  await quote.scrollIntoViewIfNeeded();
  await screenshot(page, 'unsupported-damaged-ar');
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, 'unsupported-damaged-ar');
});

// A JSON export whose first byte was changed is said to be one, on its line, rather than
// taken for a CSV of one column named by that byte.
test('a JSON export whose opening bracket is damaged is refused on its line', async ({ page }) => {
  await newContract(page, 'Damaged JSON');
  const json = await readFile('test/fixtures/layouts/pingdom-results.json');
  json[0] = 0x7a;
  await page
    .getByTestId('file-input')
    .setInputFiles([{ name: 'pingdom.json', mimeType: 'application/json', buffer: json }]);
  const damaged = job(page, 'pingdom.json');
  const reason =
    'Line 1: a JSON document whose opening { or [ is damaged or missing, as where a byte was changed in copying; nothing was imported';
  await expect(damaged).toHaveAttribute('data-status', 'unsupported');
  await expect(damaged.locator('p.warn')).toHaveText(reason);
  await screenshot(page, 'damaged-json-en');
  await page.setViewportSize({ width: 360, height: 740 });
  await damaged.scrollIntoViewIfNeeded();
  await screenshot(page, 'damaged-json-en');
  await chooseArabic(page);
  await expect(damaged.locator('p.warn')).toHaveText(
    'السطر 1: مستند \u2068JSON\u2069 قوسُ فتحه الأول (المعقوف أو المربع) تالف أو مفقود، كما يحدث حين يتغير بايت عند النسخ؛ لم يُستورد شيء',
  );
  await damaged.scrollIntoViewIfNeeded();
  await screenshot(page, 'damaged-json-ar');
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, 'damaged-json-ar');
});

// A file past the 64 KB the first look reads, cut inside a character, is refused whole when
// imported, on the line of the cut, as a smaller one is before.
test('a long file cut mid-character is refused on its last line when imported', async ({ page }) => {
  await newContract(page, 'Cut download');
  const rows = Array.from(
    { length: 2000 },
    (_, i) => `${new Date(Date.UTC(2026, 8, 1, 0, i)).toISOString()},café,up`,
  );
  const bytes = Buffer.from(`time,monitor,status\n${rows.join('\n')}`);
  await page
    .getByTestId('file-input')
    .setInputFiles([
      { name: 'cut-long.csv', mimeType: 'text/csv', buffer: bytes.subarray(0, bytes.lastIndexOf(0xc3) + 1) },
    ]);
  const cut = job(page, 'cut-long.csv');
  await cut.getByRole('button', { name: 'Import cut-long.csv' }).click();
  await expect(cut).toHaveAttribute('data-status', 'failed');
  await expect(cut.getByRole('alert')).toHaveText(
    'cut-long.csv, line 2,001: the file ends in the middle of a character: text cut off, as by a download or copy that stopped short; nothing was imported',
  );
  await expect(page.getByText('Nothing stored yet.')).toBeVisible();
  await screenshot(page, 'cut-long-en');
  await page.setViewportSize({ width: 360, height: 740 });
  await cut.scrollIntoViewIfNeeded();
  await screenshot(page, 'cut-long-en');
  await chooseArabic(page);
  await expect(cut.getByRole('alert')).toHaveText(
    '\u2068cut-long.csv\u2069، السطر 2,001: ينتهي الملف في منتصف حرف: انقطع النص، كما يحدث حين يتوقف تنزيل أو نسخ قبل اكتماله؛ لم يُستورد شيء',
  );
  await cut.scrollIntoViewIfNeeded();
  await screenshot(page, 'cut-long-ar');
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, 'cut-long-ar');
});

// The readers word a skipped row's reason in English for the command line; the Arabic page
// says it in Arabic, in the import's result and on the Data tab, numbers kept as written.
test('an Arabic page says why rows were skipped and why a file was refused in Arabic', async ({ page }) => {
  await newContract(page, 'Skipped rows in Arabic');
  await chooseArabic(page);
  await page.getByTestId('file-input').setInputFiles([
    {
      name: 'probes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'time,monitor,status_code\n2026-09-10T08:00:00Z,lis,200\n2026-02-30T10:00:00Z,lis,200\n2026-09-10T08:02:00Z,lis\n2026-09-10T08:03:00Z,lis,999\n',
      ),
    },
    {
      name: 'all-open.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('start,end,monitor\n2026-09-10T08:00:00Z,,lis\n'),
    },
  ]);
  // What detection took a file for is said in Arabic too.
  await expect(job(page, 'all-open.csv').getByTestId('detect-reason')).toHaveText(
    'تم الكشف: عمودا البداية والنهاية ← سجل انقطاعات.',
  );
  // Its size is in Arabic words too, not in English units.
  await expect(job(page, 'all-open.csv').locator('.job-head .muted')).toHaveText('44 بايت · راجِع واستورد');
  await page.getByRole('button', { name: 'استيراد الكل (2)' }).click();
  const probes = job(page, 'probes.csv');
  await expect(probes).toHaveAttribute('data-status', 'imported');
  const reasons = [
    'السطر 3: الوقت: وقت مستحيل (لا يوجد تاريخ أو وقت من اليوم كهذا)',
    'السطر 4: المتوقع عدد الحقول 3، والموجود 2',
    'السطر 5: رمز حالة غير معروف (المتوقع رمز \u2068HTTP\u2069 من 100 إلى 599، أو 0 لانتهاء المهلة)',
  ];
  await expect(probes.locator('details.skipped li')).toHaveText(reasons);
  const open = job(page, 'all-open.csv');
  await expect(open).toHaveAttribute('data-status', 'failed');
  await expect(open).toContainText(
    'لا صفوف صالحة للاستخدام: تُخطّيت كلها وعددها 1 (أولها السطر 2: لا نهاية بعد (كان لا يزال مفتوحًا حين حُفظ الملف؛ احفظه مرة أخرى بعد انتهائه))',
  );
  await probes.scrollIntoViewIfNeeded();
  await screenshot(page, 'skipped-reasons-ar');
  await page.setViewportSize({ width: 360, height: 740 });
  await probes.scrollIntoViewIfNeeded();
  await screenshot(page, 'skipped-reasons-ar');
  await open.scrollIntoViewIfNeeded();
  await screenshot(page, 'refused-reason-ar');
  await page.setViewportSize({ width: 1280, height: 800 });
  await open.scrollIntoViewIfNeeded();
  await screenshot(page, 'refused-reason-ar');

  const stored = page.getByTestId('dataset').filter({ hasText: 'probes.csv' });
  await stored.locator('details.skipped summary').click();
  await expect(stored.locator('details.skipped li')).toHaveText(reasons);
});

test('cancel, review again and a duplicate’s Skip, by keyboard, keep the focus on the file’s card', async ({
  page,
}) => {
  const path = bigFile();
  await newContract(page, 'Keyboard queue');
  await page.getByTestId('file-input').setInputFiles(path);
  const big = job(page, 'big-probes.csv');
  await big.getByRole('button', { name: 'Import big-probes.csv' }).focus();
  await page.keyboard.press('Enter');
  await expect(big.getByRole('button', { name: 'Cancel big-probes.csv' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(big).toHaveAttribute('data-status', 'cancelled');
  await expect(big.getByRole('button', { name: 'Review again' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(big).toHaveAttribute('data-status', 'review');
  await expect(big).toBeFocused();

  // The same file twice: the question takes the focus from the Import button it replaced,
  // and Skip hands it to the neighbouring card.
  const kuma = { name: 'kuma.csv', mimeType: 'text/csv', buffer: await readFile(KUMA) };
  await page.getByTestId('file-input').setInputFiles(kuma);
  await job(page, 'kuma.csv').getByRole('button', { name: 'Import kuma.csv' }).click();
  await expect(job(page, 'kuma.csv')).toHaveAttribute('data-status', 'imported');
  await job(page, 'kuma.csv').getByRole('button', { name: 'Dismiss kuma.csv' }).click();
  await page.getByTestId('file-input').setInputFiles(kuma);
  const again = job(page, 'kuma.csv');
  await again.getByRole('button', { name: 'Import kuma.csv' }).focus();
  await page.keyboard.press('Enter');
  await expect(again).toContainText('imported into this contract before');
  await expect(again.getByTestId('job-result')).toBeFocused();
  await again.getByRole('button', { name: 'Skip' }).focus();
  await page.keyboard.press('Enter');
  await expect(again).toHaveCount(0);
  await expect(big).toBeFocused();
  await expect(page.getByTestId('dataset')).toHaveCount(1);
});

test('UTF-16 saved without its byte order mark, with long Arabic monitor names, is imported on an Arabic phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await newContract(page, 'UTF-16');
  await chooseArabic(page);
  // .NET's Encoding.Unicode.GetBytes writes no mark; under half of each line is Latin.
  const portal = 'بوابة المرضى في مستشفى الشفاء التخصصي بالقاهرة الجديدة';
  const text = `time,monitor,status_code\n2026-06-01T10:00:00Z,${portal},200\n2026-06-01T10:01:00Z,${portal},503\n`;
  await page
    .getByTestId('file-input')
    .setInputFiles([{ name: 'portal.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf16le') }]);
  const card = job(page, 'portal.csv');
  await expect(card).toHaveAttribute('data-status', 'review');
  await card.getByRole('button', { name: 'استيراد portal.csv' }).click();
  await expect(card).toHaveAttribute('data-status', 'imported');
  await expect(card).toContainText(portal);
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'utf16-arabic-ar');
  await page.setViewportSize({ width: 1280, height: 800 });
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'utf16-arabic-ar');
});
