// One polite live region for the whole app: progress and results are announced here,
// never by making busy parts of the page live.
import { createSignal } from 'solid-js';

const [message, setMessage] = createSignal('');

export { message as liveMessage };

let last = 0;

/** Announces a message; `throttleMs` drops updates that come sooner than that after the last one. */
export function announce(text: string, throttleMs = 0): void {
  const now = Date.now();
  if (throttleMs && now - last < throttleMs) return;
  last = now;
  // Clearing first makes a screen reader repeat an identical message.
  setMessage('');
  queueMicrotask(() => setMessage(text));
}
