// A promise on the page's signals: for code that waits, once, for state to arrive.
import { createEffect, createRoot, getOwner, type Owner, onCleanup, runWithOwner } from 'solid-js';

/**
 * Settles once `ready` holds, read as a tracked computation. The wait ends with `owner`
 * (by default the caller's): a page closed while it waits leaves no computation behind,
 * and the promise then never settles, so what was waiting for it does not run.
 */
export function until(ready: () => boolean, owner: Owner | null = getOwner()): Promise<void> {
  return new Promise((resolve) =>
    createRoot((dispose) => {
      if (owner) runWithOwner(owner, () => onCleanup(dispose));
      createEffect(() => {
        if (!ready()) return;
        dispose();
        resolve();
      });
    }),
  );
}
