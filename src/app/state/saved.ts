// A stored value with the page's own latest save in front of it until storage reads it
// back: an edit made in the meantime (a second click before the first came back) starts
// from what was saved, not from the value before it, and so does not undo it.
import { type Accessor, createEffect, createMemo, createSignal, on } from 'solid-js';

export interface Saved<T> {
  /** The value last saved while its write is under way or unread, else the stored one. */
  value: Accessor<T>;
  /** Shows `next` at once and runs `write`; a failed write shows the stored value again. */
  save(next: T, write: () => Promise<unknown>): Promise<void>;
}

interface Saving<T> {
  scope: unknown;
  value: T;
  text: string;
  /** Its write has committed: the next read holds it, or a later write's value. */
  landed: boolean;
}

/**
 * `stored` is read from storage (a live query); `scope` names what it belongs to (a
 * contract's id), so a value saved for one is never shown for another.
 */
export function createSaved<T>(stored: Accessor<T>, scope: Accessor<unknown>): Saved<T> {
  const [saving, setSaving] = createSignal<Saving<T> | null>(null);
  createEffect(
    on(
      stored,
      (read) => {
        const s = saving();
        if (s && (s.landed || JSON.stringify(read) === s.text)) setSaving(null);
      },
      { defer: true },
    ),
  );
  // Storage reading back what was shown is no change: the value keeps its identity, so a
  // list keyed by it keeps its rows (and the focus in them).
  const value = createMemo(
    () => {
      const s = saving();
      return s && s.scope === scope() ? s.value : stored();
    },
    undefined,
    { equals: (a, b) => a === b || JSON.stringify(a) === JSON.stringify(b) },
  );
  async function save(next: T, write: () => Promise<unknown>): Promise<void> {
    const mine: Saving<T> = { scope: scope(), value: next, text: JSON.stringify(next), landed: false };
    setSaving(() => mine);
    try {
      await write();
      mine.landed = true;
    } catch (e) {
      if (saving() === mine) setSaving(null);
      throw e;
    }
  }
  return { value, save };
}
