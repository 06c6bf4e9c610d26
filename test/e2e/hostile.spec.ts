// Hostile input in the running app: shared links read while the app is open, links that
// are huge or unpack to far more than a policy, each refused with one line, and the main
// thread never busy for 200 ms or more on the way (a long-task observer watches).
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { PRESETS } from '../../src/engine/presets';
import { openApp } from './helpers';

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
    { hash: `#policy=${'A'.repeat(200_000)}`, says: 'too long to hold a policy' },
    { hash: '#policy=%%%not-base64', says: 'cut short when copied' },
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
  console.log(`longest main-thread task over the hostile links: ${Math.round(longest)} ms`);
  expect(longest).toBeLessThan(200);
});

test('a bundle of 2 million exclusions is refused by its row limit, read off the page', async ({ page }) => {
  await watchLongTasks(page);
  await openApp(page);
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
  console.log(`longest main-thread task opening a 2-million-exclusion bundle: ${Math.round(longest)} ms`);
  expect(longest).toBeLessThan(200);
});
