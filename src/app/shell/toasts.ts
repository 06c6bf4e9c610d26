// Short-lived notices with an optional action (Undo after a delete); a notice whose
// time runs out calls its `expire` hook, which is where a delayed delete happens. A
// notice's time stands still while it has the focus or the pointer, so an Undo being
// reached by keyboard or read slowly does not run out under the user.
import { createSignal } from 'solid-js';
import { announce } from './announce';

export interface Toast {
  id: number;
  text: string;
  action?: { label: string; run: () => void };
  expire?: () => void;
  /** Takes the focus to the action at once: the control that offered it is gone. */
  focusAction?: boolean;
}

const [toasts, setToasts] = createSignal<Toast[]>([]);

export { toasts };

let nextId = 1;

interface Clock {
  timer: ReturnType<typeof setTimeout> | undefined;
  endsAt: number;
  leftMs: number;
}

const clocks = new Map<number, Clock>();

function runOut(id: number): void {
  clocks.delete(id);
  const found = toasts().find((x) => x.id === id);
  if (!found) return;
  dismissToast(id);
  found.expire?.();
}

function start(id: number, ms: number): void {
  clocks.set(id, { timer: setTimeout(() => runOut(id), ms), endsAt: Date.now() + ms, leftMs: ms });
}

export function showToast(toast: Omit<Toast, 'id'>, ms = 8000): number {
  const id = nextId++;
  setToasts((list) => [...list, { ...toast, id }]);
  announce(toast.text);
  start(id, ms);
  return id;
}

/** Stops a notice's time (focus or pointer on it). */
export function pauseToast(id: number): void {
  const clock = clocks.get(id);
  if (!clock || clock.timer === undefined) return;
  clearTimeout(clock.timer);
  clocks.set(id, { timer: undefined, endsAt: 0, leftMs: Math.max(0, clock.endsAt - Date.now()) });
}

/** Lets a paused notice's time run again, with at least a few seconds left to act. */
export function resumeToast(id: number): void {
  const clock = clocks.get(id);
  if (!clock || clock.timer !== undefined) return;
  start(id, Math.max(clock.leftMs, 3000));
}

export function dismissToast(id: number): void {
  const clock = clocks.get(id);
  if (clock?.timer !== undefined) clearTimeout(clock.timer);
  clocks.delete(id);
  setToasts((list) => list.filter((x) => x.id !== id));
}
