// Looks up a message for a locale, fills its placeholders and picks its plural form; tells the text direction.
import { ar } from './ar';
import { en, type Message, type MessageKey } from './en';

export type { MessageKey } from './en';

const CATALOGUES: Record<string, Record<MessageKey, Message>> = { en, ar };
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);

/** The language subtag of a BCP 47 locale ("ar-EG" → "ar"). */
export function languageOf(locale: string): string {
  return locale.split(/[-_]/)[0]!.toLowerCase();
}

/** The catalogue for a locale; English when the language has none. */
export function messagesFor(locale: string): Record<MessageKey, Message> {
  return CATALOGUES[languageOf(locale)] ?? en;
}

export function dirOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(languageOf(locale)) ? 'rtl' : 'ltr';
}

export type Params = Record<string, string | number>;

/** The message text with `{name}` filled in; a numeric `n` picks the plural form. */
export function translate(locale: string, key: MessageKey, params: Params = {}): string {
  return fillMessage(locale, messagesFor(locale)[key], params);
}

/** A message of any catalogue with its plural form picked by `n` and its placeholders filled. */
export function fillMessage(locale: string, message: Message, params: Params = {}): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const n = typeof params.n === 'number' ? params.n : Number.NaN;
    const form = Number.isNaN(n) ? 'other' : new Intl.PluralRules(locale).select(n);
    text = message[form as keyof typeof message] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

/** A translator bound to one locale. */
export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(locale: string): Translate {
  return (key, params) => translate(locale, key, params);
}
