// The value schemas every part of the policy schema is built from, each failing with the
// message that names what a wrong value should have been.
import * as v from 'valibot';
import { isValidZone, parseDate } from './time';

export const num = (what: string, min: number, max: number) =>
  v.pipe(
    v.number(`expected ${what}`),
    v.finite(`expected ${what}`),
    v.minValue(min, `expected ${what}`),
    v.maxValue(max, `expected ${what}`),
  );
export const int = (what: string, min: number, max: number) =>
  v.pipe(
    v.number(`expected ${what}`),
    v.integer(`expected ${what}`),
    v.minValue(min, `expected ${what}`),
    v.maxValue(max, `expected ${what}`),
  );
export const percent = () => num('a number from 0 to 100', 0, 100);
export const positive = (what = 'a positive number', max = Number.MAX_VALUE) =>
  v.pipe(
    v.number(`expected ${what}`),
    v.finite(`expected ${what}`),
    v.gtValue(0, `expected ${what}`),
    v.maxValue(max, `expected ${what}`),
  );
export const text = () => v.string('expected a text');
export const flag = () => v.boolean('expected true or false');
export const oneOf = <const T extends string[]>(options: T) =>
  v.picklist(options, `expected one of ${options.map((o) => `"${o}"`).join(', ')}`);
export const clock = () =>
  v.pipe(text(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time HH:MM'));
export const isoDate = () =>
  v.pipe(
    text(),
    v.check((s) => parseDate(s) !== null, 'expected a date YYYY-MM-DD'),
  );
export const zone = () =>
  v.pipe(
    text(),
    v.check((s) => isValidZone(s), 'expected an IANA time zone such as "Africa/Cairo"'),
  );

/** The kinds of excluded event a record or a clause names. */
export const EXCLUSION_KINDS = [
  'planned',
  'emergency',
  'third-party',
  'force-majeure',
  'customer',
  'other',
] as const;
