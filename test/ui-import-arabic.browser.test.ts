// An import's result on an Arabic page: the file's own names (its monitors) stay as written,
// each isolated so that the first is read first, in an Arabic list.
import { createComponent } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { JobResult } from '../src/app/import/JobResult';
import type { ImportJob } from '../src/app/import/queue';
import { setLocale } from '../src/app/state/locale';
import { mount, unmount } from './support/clarus-sample';

afterEach(async () => {
  unmount();
  await setLocale('en');
});

const imported = (monitors: string[]) =>
  ({
    status: 'imported',
    outcome: {
      status: 'imported',
      datasetId: 1,
      replacedDatasetId: null,
      checksum: 'x',
      summary: { rows: 22, monitors, skippedRows: 0, skipped: [], numbering: 'line' },
      filteredRows: 0,
      readers: 1,
    },
  }) as unknown as ImportJob;

describe('an import result’s monitors', () => {
  it('are isolated and listed with the Arabic comma on an Arabic page, as written on an English one', async () => {
    const job = imported(['1', 'api (eu)', 'db, primary']);
    const host = mount(() => createComponent(JobResult, { job, onReplace: () => {}, onSkip: () => {} }));
    expect(host.querySelector('p.good')?.textContent).toBe(
      'Imported 22 rows (monitors: 1, api (eu), db, primary).',
    );
    await setLocale('ar');
    expect(host.querySelector('p.good')?.textContent).toBe(
      'استُورد 22 صفًا (أجهزة المراقبة: \u20681\u2069، \u2068api (eu)\u2069، \u2068db, primary\u2069).',
    );
  });
});
