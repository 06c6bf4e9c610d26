// Dexie liveQuery as a Solid signal: the query re-runs whenever a table it read changes,
// including commits made by the import worker.
import { type Accessor, createEffect, createSignal, onCleanup } from 'solid-js';
import { liveQuery, type Store } from '../../storage';
import { appStore } from './db';

export interface Live<T> {
  value: Accessor<T>;
  /** False until the first answer for the current key arrives. */
  ready: Accessor<boolean>;
  error: Accessor<Error | null>;
}

/**
 * Subscribes to `query(store, key())`, re-subscribing when the key changes (compared
 * with ===); `initial` stands in until the first answer. The store is opened before
 * subscribing: a querier that awaits anything but Dexie's own calls is not observed.
 */
export function createLive<K, T>(
  key: Accessor<K>,
  query: (store: Store, key: K) => Promise<T>,
  initial: T,
): Live<T> {
  const [value, setValue] = createSignal<T>(initial);
  const [ready, setReady] = createSignal(false);
  const [error, setError] = createSignal<Error | null>(null);
  const fail = (e: unknown) => setError(e instanceof Error ? e : new Error(String(e)));
  createEffect(() => {
    const k = key();
    setReady(false);
    let unsubscribe: (() => void) | null = null;
    let cancelled = false;
    appStore().then((store) => {
      if (cancelled) return;
      const subscription = liveQuery(() => query(store, k)).subscribe({
        next: (v) => {
          setValue(() => v);
          setError(null);
          setReady(true);
        },
        error: fail,
      });
      unsubscribe = () => subscription.unsubscribe();
    }, fail);
    onCleanup(() => {
      cancelled = true;
      unsubscribe?.();
    });
  });
  return { value, ready, error };
}
