// A long list shown a page at a time ("Show more"), its rows kept through a new evaluation
// of the same items (sameItems). The button goes away with the last page, so each page
// hands the focus on to the first control it brought, where the reader goes next.
import { type Accessor, createSignal } from 'solid-js';
import { sameItems } from './same-items';

export interface Pages<T> {
  /** The items shown so far. */
  shown: Accessor<readonly T[]>;
  /** How many the next page adds: 0 when all are shown. */
  next: Accessor<number>;
  /** Shows the next page and focuses its first control among `controls()` (one per item shown). */
  more(controls: () => ArrayLike<HTMLElement>): void;
  /** Back to the first page, as for a list filtered anew. */
  reset(): void;
}

export function createPages<T>(list: Accessor<readonly T[]>, first: number, page: number): Pages<T> {
  const [count, setCount] = createSignal(first);
  return {
    shown: sameItems(() => list().slice(0, count())),
    next: () => Math.max(0, Math.min(page, list().length - count())),
    more(controls) {
      const from = count();
      setCount(from + page);
      controls()[from]?.focus();
    },
    reset: () => setCount(first),
  };
}
