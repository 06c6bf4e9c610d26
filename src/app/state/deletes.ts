// Delete with undo: a deleted contract disappears at once but is only removed from
// storage when its Undo notice runs out, so Undo simply brings it back. Until then its id
// is kept in localStorage, which is written at once: a page reloaded or closed within the
// notice's ten seconds removes it when the app next starts, so a delete always sticks.
import { createSignal } from 'solid-js';
import { showToast } from '../shell/toasts';
import { deleteContract } from './db';
import { t } from './locale';

const PENDING_KEY = 'sla-witness:contracts-being-deleted';

function pending(): number[] {
  try {
    const ids: unknown = JSON.parse(globalThis.localStorage?.getItem(PENDING_KEY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is number => Number.isSafeInteger(id)) : [];
  } catch {
    return [];
  }
}

function setPending(ids: readonly number[]): void {
  try {
    if (ids.length) globalThis.localStorage?.setItem(PENDING_KEY, JSON.stringify(ids));
    else globalThis.localStorage?.removeItem(PENDING_KEY);
  } catch {
    // Storage refused (private mode, quota): the delete still happens when its notice ends.
  }
}

const [hidden, setHidden] = createSignal<ReadonlySet<number>>(new Set(pending()));

export const isHidden = (id: number) => hidden().has(id);

function unhide(id: number): void {
  setPending(pending().filter((x) => x !== id));
  setHidden((s) => {
    const next = new Set(s);
    next.delete(id);
    return next;
  });
}

/** Removes a contract from storage, then from the hidden ones; it stays hidden if that fails. */
function remove(id: number, onError: (e: unknown) => void): void {
  deleteContract(id).then(
    () => unhide(id),
    (e) => {
      unhide(id);
      onError(e);
    },
  );
}

// Deletes a page left before their notice ran out: nothing brings them back now.
for (const id of pending()) remove(id, () => {});

/**
 * Focuses the first of the selectors that matches once the list has redrawn (a restored
 * card is read back from storage first, so it is waited for a few frames); only when the
 * focus would otherwise be lost (on the page's body, or in the notice now gone).
 */
function focusAfter(selectors: readonly string[], frames = 30): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active && active !== document.body && !active.closest('.toasts') && active.isConnected) return;
    const found = selectors.map((s) => document.querySelector<HTMLElement>(s));
    const el = frames > 0 ? found[0] : found.find((x) => x);
    if (!el) {
      if (frames > 0) focusAfter(selectors, frames - 1);
      return;
    }
    if (!el.hasAttribute('tabindex') && el.tabIndex < 0) el.setAttribute('tabindex', '-1');
    el.focus();
  });
}

const LIST_HEADING = 'main h1';

export function deleteWithUndo(id: number, name: string, onError: (e: unknown) => void): void {
  setPending([...pending().filter((x) => x !== id), id]);
  setHidden((s) => new Set(s).add(id));
  showToast(
    {
      text: t('appDeleted', { name }),
      action: {
        label: t('appUndo'),
        run: () => {
          unhide(id);
          focusAfter([`[data-contract-id="${id}"] a`, LIST_HEADING]);
        },
      },
      expire: () => {
        remove(id, onError);
        focusAfter([LIST_HEADING]);
      },
      // The Delete button pressed is gone with its contract: Undo is where the focus goes.
      focusAction: true,
    },
    10_000,
  );
}
