// A name or a browser's words inside a sentence of ours: on a right-to-left page each is
// isolated, so a file name's parentheses and dots keep their order in the Arabic line.
import type { JsonRefusal } from '../../ingest/json-refusals';
import { isolate } from '../format';
import { readerReasonIn } from '../i18n';
import { dir, locale } from '../state/locale';

export const own = (text: string): string => (dir() === 'rtl' ? isolate(text) : text);

/**
 * Names of the file's own (its monitors), each isolated on a right-to-left page, so that the
 * first is read first, and joined with the page's comma.
 */
export const ownList = (names: readonly string[]): string =>
  names.map(own).join(dir() === 'rtl' ? '، ' : ', ');

/**
 * A reader's reason for a skipped row or a refused file: the readers word it in English
 * (the command line's words), the page in its own language where it has words for it,
 * from the refusal's type where it comes typed.
 */
export const readerReason = (reason: string, typed?: JsonRefusal | null): string =>
  readerReasonIn(locale(), typed ?? reason) ?? own(reason);

/**
 * A reader's reason shown as a sentence of its own, not after a file name and a colon: its
 * first letter a capital where the language has them (the command line's words start small).
 */
export const readerSentence = (reason: string, typed?: JsonRefusal | null): string => {
  const text = readerReason(reason, typed);
  return text.charAt(0).toLocaleUpperCase(locale()) + text.slice(1);
};
