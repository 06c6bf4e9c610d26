// Short-lived notices with an optional action (Undo after a delete); a notice whose
// time runs out calls its `expire` hook, which is where a delayed delete happens.
import { createSignal } from 'solid-js';
import { announce } from './announce';

export interface Toast {
  id: number;
  text: string;
  action?: { label: string; run: () => void };
  expire?: () => void;
}

const [toasts, setToasts] = createSignal<Toast[]>([]);

export { toasts };

let nextId = 1;

export function showToast(toast: Omit<Toast, 'id'>, ms = 8000): number {
  const id = nextId++;
  setToasts((list) => [...list, { ...toast, id }]);
  announce(toast.text);
  setTimeout(() => {
    const found = toasts().find((x) => x.id === id);
    if (!found) return;
    dismissToast(id);
    found.expire?.();
  }, ms);
  return id;
}

export function dismissToast(id: number): void {
  setToasts((list) => list.filter((x) => x.id !== id));
}
