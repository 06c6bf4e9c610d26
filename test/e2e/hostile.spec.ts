// Hostile input in the running app: shared links read while the app is open, links that
// are huge or unpack to far more than a policy, each refused with one line, and the main
// thread never busy for 200 ms or more on the way (a long-task observer watches).
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { PRESETS } from '../../src/engine/presets';
import { APP_URL, job, newContract, openApp, openTab } from './helpers';

const base64Url = (bytes: Buffer) =>
  bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const linkOf = (json: string) => `#policy=${base64Url(deflateRawSync(Buffer.from(json)))}`;

/** Starts collecting main-thread tasks of 50 ms or more, from the page's first script on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}
/** Forgets the tasks so far (the app's own start), to watch only what follows. */
const forgetTasks = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { longTasks: number[] }).longTasks.length = 0;
  });
/**
 * The longest main-thread task, reported beside its 200 ms aim. The test fails only on a
 * freeze (2 s or more, where these inputs once froze the page for 6 to 67 s): timing on
 * a shared machine decides nothing finer.
 */
const FREEZE_MS = 2000;
const longestTask = (page: Page) =>
  page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));

test('a policy link opened in a tab that already shows the app is offered', async ({ page }) => {
  await openApp(page);
  const policy = structuredClone(PRESETS['clarus-lis']!);
  policy.name = 'Clarus as Mona sent it';
  await page.evaluate(
    (hash) => {
      location.hash = hash;
    },
    linkOf(JSON.stringify(policy)),
  );
  const offer = page.getByRole('region', { name: 'A shared policy' });
  await expect(offer).toContainText('Clarus as Mona sent it');
  await offer.getByRole('button', { name: 'Do not save' }).click();
  await expect(offer).toHaveCount(0);
  // The same app, a second link: offered again.
  policy.name = 'Second link';
  await page.evaluate(
    (hash) => {
      location.hash = hash;
    },
    linkOf(JSON.stringify(policy)),
  );
  await expect(offer).toContainText('Second link');
});

test('huge and bomb links are refused with one line, and the page never freezes', async ({ page }) => {
  await watchLongTasks(page);
  await openApp(page);
  await forgetTasks(page);
  const preset = PRESETS['clarus-lis']!;
  const many = {
    ...preset,
    interpretations: Array.from({ length: 1500 }, (_, i) => ({
      id: `r${i}`,
      clause: '',
      question: '',
      chosen: 'a',
      options: [
        { id: 'a', label: '', patch: {} },
        { id: 'b', label: '', patch: { target: 99 } },
      ],
    })),
  };
  const cases = [
    { hash: linkOf(JSON.stringify(many)), says: 'interpretations: expected at most 32 interpretations' },
    // 40 MB of spaces packs to about 40 kB: under the length limit, stopped while unpacking.
    { hash: linkOf(' '.repeat(40 * 1024 * 1024)), says: 'unpacks to more than 512 kB' },
    { hash: `#policy=${'A'.repeat(200_000)}`, says: 'it is too long to hold one (200,000 characters' },
    // Said once: "does not hold a usable policy: This link does not hold a readable policy: …" before.
    {
      hash: '#policy=%%%not-base64',
      says: 'This link does not hold a usable policy: it may have been cut short when copied.',
    },
  ];
  for (const { hash, says } of cases) {
    await page.evaluate((h) => {
      location.hash = h;
    }, hash);
    const alert = page.getByRole('alert').filter({ hasText: 'This link does not hold a usable policy' });
    await expect(alert).toContainText(says);
    await expect(alert).toHaveCount(1);
    await alert.getByRole('button', { name: 'Ignore' }).click();
  }
  const longest = await longestTask(page);
  console.log(
    `longest main-thread task over the hostile links: ${Math.round(longest)} ms (aim: under 200 ms)`,
  );
  expect(longest).toBeLessThan(FREEZE_MS);
});

test('a bundle of 2 million exclusions is refused by its row limit, read off the page', async ({ page }) => {
  await watchLongTasks(page);
  await openApp(page);
  await forgetTasks(page);
  const json = `{"format":"sla-bundle/2","exportedAt":"2026-11-21T00:00:00Z","exclusions":[${Array(2_000_000).fill('{}').join(',')}]}`;
  // From disk, as a user picks it (a buffer would be rebuilt by script in the page).
  const path = join(tmpdir(), `huge-${process.pid}.sla-bundle.json`);
  writeFileSync(path, json);
  try {
    await page.getByTestId('bundle-file').setInputFiles(path);
    await expect(page.getByRole('alert')).toContainText(
      'This bundle was not imported: exclusions: 2000000 rows, more than a bundle may hold (100000)',
    );
  } finally {
    rmSync(path);
  }
  const longest = await longestTask(page);
  console.log(
    `longest main-thread task opening a 2-million-exclusion bundle: ${Math.round(longest)} ms (aim: under 200 ms)`,
  );
  expect(longest).toBeLessThan(FREEZE_MS);
});

test('a 200 MB file with no line break, a 40 000-column header and a 1970/2999 file: each handled, the page never frozen', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await watchLongTasks(page);
  await openApp(page);
  await forgetTasks(page);
  const dir = mkdtempSync(join(tmpdir(), 'sla-hostile-'));
  const oneLine = join(dir, 'one-line.csv');
  const wide = join(dir, 'wide.csv');
  const far = join(dir, 'far-apart.csv');
  try {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    writeFileSync(oneLine, '');
    for (let i = 0; i < 200; i++) appendFileSync(oneLine, chunk);
    writeFileSync(
      wide,
      `${Array.from({ length: 40_000 }, (_, i) => `c${i}`).join(',')}\n${Array(40_000).fill('1').join(',')}\n`,
    );
    writeFileSync(far, 'time,status\n1970-01-01T00:00:00Z,up\n2999-01-01T00:00:00Z,up\n');
    await newContract(page, 'Hostile files');
    await page.getByTestId('file-input').setInputFiles([oneLine, wide, far]);
    await expect(job(page, 'wide.csv')).toContainText('This file has more than 2,000 columns');
    await job(page, 'far-apart.csv').getByRole('button', { name: 'Import far-apart.csv' }).click();
    await expect(job(page, 'far-apart.csv')).toHaveAttribute('data-status', 'imported');
    await expect(job(page, 'far-apart.csv')).toContainText('time outside the years 1970–2199');
    const single = job(page, 'one-line.csv');
    await expect(single).toBeVisible();
    const start = single.getByRole('button', { name: 'Import one-line.csv' });
    if (await start.isEnabled()) {
      await start.click();
      await expect(single).toHaveAttribute('data-status', 'failed', { timeout: 60_000 });
    }
    await expect(single).toContainText(/one-line\.csv/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const longest = await longestTask(page);
  console.log(
    `longest main-thread task over the hostile files: ${Math.round(longest)} ms (aim: under 200 ms)`,
  );
  expect(longest).toBeLessThan(FREEZE_MS);
});

test('a file name with a bidi override or a control character is shown as plain text', async ({ page }) => {
  await openApp(page);
  await newContract(page, 'Named files');
  await page
    .getByTestId('file-input')
    .setInputFiles([
      { name: 'probes\u202eexe.csv', mimeType: 'text/csv', buffer: Buffer.from('time,status\n') },
    ]);
  const card = job(page, 'probes exe.csv');
  await expect(card).toContainText(
    '“probes exe.csv” has a header line but no rows: there is nothing to import.',
  );
  expect(await page.locator('body').textContent()).not.toContain('\u202e');
});

test('without a database (private browsing, or an older tab holding it) the page says why instead of loading forever', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      );
    };
  });
  await page.goto(APP_URL);
  const alert = page.getByTestId('storage-closed');
  await expect(alert).toHaveText(
    'This browser does not let SLA Witness store data here (private browsing or blocked site data do that), so nothing can be opened or saved. Open the app in a normal window, or allow this site to store data.',
  );
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await page.goto(APP_URL.replace('lang=en', 'lang=ar'));
  await expect(alert).toHaveText(
    'لا يسمح هذا المتصفح لـ SLA Witness بحفظ البيانات هنا (التصفح الخاص أو حظر بيانات المواقع يفعل ذلك)، فلا يمكن فتح شيء أو حفظه. افتح التطبيق في نافذة عادية، أو اسمح لهذا الموقع بحفظ البيانات.',
  );

  const older = await page.context().newPage();
  await older.addInitScript(() => {
    // An older app's tab that keeps its connection open through a versionchange.
    if (sessionStorage.getItem('older')) return;
    sessionStorage.setItem('older', '1');
    const r = indexedDB.open('sla-witness', 10);
    r.onupgradeneeded = () => r.result.createObjectStore('contracts', { keyPath: 'id', autoIncrement: true });
  });
  await older.goto(APP_URL);
  await expect(older.getByTestId('storage-closed')).toHaveText(
    'Another tab holds your contracts open with an older version of SLA Witness. Close that tab, then reload this page: nothing was changed.',
  );
});

test('a policy file whose save fills the disk leaves the contracts and policies exactly as they were', async ({
  page,
}) => {
  // The disk fills as the contract is told to follow the new policy, after the policy row.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'contracts' && (window as { fullDisk?: boolean }).fullDisk)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await newContract(page, 'Lab contract');
  await openTab(page, 'Policy');
  const dump = () =>
    page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const r = indexedDB.open('sla-witness');
          r.onerror = () => reject(r.error);
          r.onsuccess = () => {
            const tx = r.result.transaction(['contracts', 'policies']);
            const all = ['contracts', 'policies'].map(
              (name) =>
                new Promise<unknown>((done) => {
                  const q = tx.objectStore(name).getAll();
                  q.onsuccess = () => done(q.result);
                }),
            );
            Promise.all(all).then((rows) => {
              r.result.close();
              resolve(JSON.stringify(rows));
            }, reject);
          };
        }),
    );
  const before = await dump();
  await page.evaluate(() => {
    (window as { fullDisk?: boolean }).fullDisk = true;
  });
  await page.getByTestId('policy-file').setInputFiles({
    name: 'lab.policy.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ ...structuredClone(PRESETS['clarus-lis']!), id: 'lab', name: 'Lab SLA' }),
    ),
  });
  const full = page.getByText(/^Storage is full/);
  await expect(full).toBeVisible();
  expect(await dump()).toBe(before);
  await expect(full).toHaveText(
    'Storage is full: the browser refused to store more while saving the policy. Nothing was saved; free space on this device or delete data (old datasets or reports), then try again.',
  );
});
