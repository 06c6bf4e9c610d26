// Looks up a message for a locale, fills its placeholders and picks its plural form; tells
// the text direction. English is always at hand; another language's catalogue loads when
// it is first chosen, so nobody downloads a language they do not read.
import type { JsonRefusal } from '../../ingest/json-refusals';
import { en, type Message, type MessageKey } from './en';

export type { MessageKey } from './en';

type Catalogue = Record<MessageKey, Message>;

const CATALOGUES: Record<string, Catalogue> = { en };
/** Per language, the presets' fixed notes in its words (the presets are written in English). */
const PRESET_NOTES: Record<string, (text: string) => string> = {};
/**
 * A language's words for the readers' English reasons (a skipped row's, a refused file's) and
 * for a known tool's refused JSON, which comes typed; null where it has none.
 */
type ReasonWords = (reason: string | JsonRefusal) => string | null;
const READER_REASONS: Record<string, ReasonWords> = {};
const LOADERS: Record<string, () => Promise<Catalogue>> = {
  ar: () =>
    Promise.all([import('./ar'), import('./preset-notes-ar'), import('./reasons-ar')]).then(
      ([m, notes, r]) => {
        PRESET_NOTES.ar = notes.presetNoteAr;
        READER_REASONS.ar = r.readerReasonAr;
        return m.ar;
      },
    ),
};
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);

/** The language subtag of a BCP 47 locale ("ar-EG" → "ar"). */
export function languageOf(locale: string): string {
  return locale.split(/[-_]/)[0]!.toLowerCase();
}

/** Whether a locale's words are at hand: its catalogue is loaded, or it has none (English stands in). */
export function hasCatalogue(locale: string): boolean {
  const language = languageOf(locale);
  return language in CATALOGUES || !(language in LOADERS);
}

/** Loads a locale's catalogue once; resolves at once when it is at hand. */
export async function loadCatalogue(locale: string): Promise<void> {
  const language = languageOf(locale);
  if (hasCatalogue(language)) return;
  CATALOGUES[language] = await LOADERS[language]!();
}

/** The catalogue for a locale; English when the language has none, or it is not loaded yet. */
export function messagesFor(locale: string): Catalogue {
  return CATALOGUES[languageOf(locale)] ?? en;
}

/** A clause citation with a preset's fixed notes in the locale's words; unchanged where it has none. */
export function presetNote(locale: string, text: string): string {
  return PRESET_NOTES[languageOf(locale)]?.(text) ?? text;
}

/** A reader's reason in the locale's language once its catalogue is loaded, else null. */
export function readerReasonIn(locale: string, reason: string | JsonRefusal): string | null {
  return READER_REASONS[languageOf(locale)]?.(reason) ?? null;
}

export function dirOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(languageOf(locale)) ? 'rtl' : 'ltr';
}

export type Params = Record<string, string | number>;

/** The message text with `{name}` filled in; a numeric `n` picks the plural form. */
export function translate(locale: string, key: MessageKey, params: Params = {}): string {
  return fillMessage(locale, messagesFor(locale)[key], params);
}

/** The text of a message's form for the count `n` (`other` where it has none for it, or no count is given). */
export function formOf(locale: string, message: Message, n: number): string {
  if (typeof message === 'string') return message;
  const form = Number.isNaN(n) ? 'other' : new Intl.PluralRules(locale).select(n);
  return message[form as keyof typeof message] ?? message.other;
}

/** A message of any catalogue with its plural form picked by `n` and its placeholders filled. */
export function fillMessage(locale: string, message: Message, params: Params = {}): string {
  const text = formOf(locale, message, typeof params.n === 'number' ? params.n : Number.NaN);
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
