// A promise on the page's signals: for code that waits, once, for state to arrive.
import { createEffect, createRoot } from 'solid-js';

/** Settles once `ready` holds, read as a tracked computation. */
export function until(ready: () => boolean): Promise<void> {
  return new Promise((resolve) =>
    createRoot((dispose) =>
      createEffect(() => {
        if (!ready()) return;
        dispose();
        resolve();
      }),
    ),
  );
}
