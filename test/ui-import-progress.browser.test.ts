// An import's progress text follows every update, as its bar does: percent, rows read and
// the rate all move on (they once kept the first update's figures).
import { createComponent } from 'solid-js';
import { createStore } from 'solid-js/store';
import { afterEach, describe, expect, it } from 'vitest';
import { JobProgress } from '../src/app/import/JobProgress';
import type { ImportJob } from '../src/app/import/queue';
import { setLocale } from '../src/app/state/locale';
import type { ImportProgress } from '../workers/outcomes';
import { mount, nextFrame, text, unmount } from './support/clarus-sample';

afterEach(unmount);

const TOTAL = 100_000_000;
const at = (bytes: number, rows: number, rowsPerSecond: number): ImportProgress => ({
  phase: 'reading',
  bytes,
  totalBytes: TOTAL,
  rows,
  rowsPerSecond,
});

describe('import progress', () => {
  it('says each update’s percent, rows and rate', async () => {
    setLocale('en');
    const [job, setJob] = createStore({
      file: new File([''], 'big.csv'),
      status: 'running',
      progress: null,
    } as unknown as ImportJob);
    const root = mount(() => createComponent(JobProgress, { job }));
    const said = () => text(root.querySelector('[data-testid="import-progress"]'));
    const bar = () => root.querySelector('progress')!.value;
    expect(said()).toBe('Starting…');

    setJob('progress', at(3_000_000, 58_513, 283_768));
    await nextFrame();
    expect(said()).toBe('3 % · 58,513 rows · 283,768 rows/s');
    expect(bar()).toBe(3);

    setJob('progress', at(60_000_000, 1_200_000, 1_020_000));
    await nextFrame();
    expect(said()).toBe('60 % · 1,200,000 rows · 1,020,000 rows/s');
    expect(bar()).toBe(60);

    setJob('progress', { ...at(TOTAL, 2_000_000, 1_000_000), phase: 'saving' });
    await nextFrame();
    expect(said()).toBe('Saving 2,000,000 rows…');
  });
});
