// The focus of a keyboard user who starts an import stays in the file's card: the button
// pressed goes as the import starts, and Cancel takes its place rather than the page.
import { createComponent } from 'solid-js';
import { createStore } from 'solid-js/store';
import { afterEach, describe, expect, it } from 'vitest';
import { JobCard } from '../src/app/import/JobCard';
import type { ImportJob } from '../src/app/import/queue';
import { setLocale } from '../src/app/state/locale';
import { mount, nextFrame, unmount } from './support/clarus-sample';

afterEach(unmount);

describe('import focus', () => {
  it('moves to the file’s Cancel when the button pressed goes as the import starts', async () => {
    setLocale('en');
    const [job, setJob] = createStore({
      id: 7,
      file: new File([''], 'probes.csv'),
      status: 'cancelled',
      progress: null,
    } as unknown as ImportJob);
    const root = mount(() => createComponent(JobCard, { job }));
    const again = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Review again')!;
    again.focus();
    expect(document.activeElement).toBe(again);

    setJob('status', 'running');
    await nextFrame();
    expect(document.activeElement?.textContent).toBe('Cancel probes.csv');
  });

  it('leaves the focus where it is when it was elsewhere on the page', async () => {
    setLocale('en');
    const [job, setJob] = createStore({
      id: 8,
      file: new File([''], 'probes.csv'),
      status: 'queued',
      progress: null,
    } as unknown as ImportJob);
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const root = mount(() => createComponent(JobCard, { job }));
    setJob('status', 'running');
    await nextFrame();
    expect(root.querySelector('button')).not.toBeNull();
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });
});
