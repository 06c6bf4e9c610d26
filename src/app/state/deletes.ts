// Delete with undo: a deleted contract disappears at once but is only removed from
// storage when its Undo notice runs out, so Undo simply brings it back.
import { createSignal } from 'solid-js';
import { showToast } from '../shell/toasts';
import { deleteContract } from './db';
import { t } from './locale';

const [hidden, setHidden] = createSignal<ReadonlySet<number>>(new Set());

export const isHidden = (id: number) => hidden().has(id);

function unhide(id: number): void {
  setHidden((s) => {
    const next = new Set(s);
    next.delete(id);
    return next;
  });
}

export function deleteWithUndo(id: number, name: string, onError: (e: unknown) => void): void {
  setHidden((s) => new Set(s).add(id));
  showToast(
    {
      text: t('appDeleted', { name }),
      action: { label: t('appUndo'), run: () => unhide(id) },
      expire: () => {
        deleteContract(id).then(
          () => unhide(id),
          (e) => {
            unhide(id);
            onError(e);
          },
        );
      },
    },
    10_000,
  );
}
