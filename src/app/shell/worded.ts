// An error the page words itself: it carries a catalogue key and its values, and its
// `message` is the English, so a log or a test reads it as before while the page shows
// it in the reader's language (errors.ts).
import { type MessageKey, type Params, translate } from '../i18n';

export interface Words {
  key: MessageKey;
  params?: Params;
}

/** `error` with its words attached; its message becomes their English. */
export function worded<E extends Error>(make: (english: string) => E, words: Words): E {
  return Object.assign(make(translate('en', words.key, words.params)), { words });
}

export function wordsOf(e: unknown): Words | null {
  if (typeof e !== 'object' || e === null || !('words' in e)) return null;
  const w = (e as { words: unknown }).words;
  return typeof w === 'object' && w !== null && typeof (w as Words).key === 'string' ? (w as Words) : null;
}
