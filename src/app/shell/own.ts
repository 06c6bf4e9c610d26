// A name or a browser's words inside a sentence of ours: on a right-to-left page each is
// isolated, so a file name's parentheses and dots keep their order in the Arabic line.
import { isolate } from '../format';
import { dir } from '../state/locale';

export const own = (text: string): string => (dir() === 'rtl' ? isolate(text) : text);
