// Arabic counts a noun in six ways: none, one and two in words ("يومان"), 3 to 10 with the
// plural ("٣ أيام"), 11 to 99 with the singular in the accusative ("١١ يومًا"), 100 and the
// rest with the singular ("١٠٠ يوم"). A message with only English's one and other forms
// reads "٢ يوم" and "١١ أيام".
import { beforeAll, describe, expect, it } from 'vitest';
import { terminationRuleText } from '../src/app/components/codes';
import { formatMinutes } from '../src/app/format';
import { loadCatalogue, type MessageKey, translate, translator } from '../src/app/i18n';
import { ar } from '../src/app/i18n/ar';
import { en, type Message } from '../src/app/i18n/en';

beforeAll(() => loadCatalogue('ar'));

const PLACEHOLDER_THEN_WORD = /\{(\w+)\}[\s\u00a0]+([a-z]+)/g;
const formsOf = (m: Message) => (typeof m === 'string' ? [] : Object.values(m));

/**
 * The English nouns a count changes: those after a placeholder in an `other` form
 * ("{n} holidays", "{rows} rows"), read from the catalogue, so a new one is known too.
 */
function countedNouns(): Set<string> {
  const nouns = new Set<string>();
  for (const m of Object.values(en)) {
    if (typeof m === 'string') continue;
    for (const [, , word] of m.other.matchAll(PLACEHOLDER_THEN_WORD))
      if (word!.endsWith('s')) nouns.add(word!);
  }
  return nouns;
}

/**
 * Whether a message counts something: a form is picked by its count in either language, or
 * its English puts a number before a counted noun, or `{n}` before any plural word.
 */
function countsSomething(key: MessageKey, nouns: Set<string>): boolean {
  const english = en[key];
  if (typeof english !== 'string' || typeof ar[key] !== 'string') return true;
  return [...english.matchAll(PLACEHOLDER_THEN_WORD)].some(
    ([, name, word]) => nouns.has(word!) || (name === 'n' && /^[a-z]{2,}s$/.test(word!)),
  );
}

describe('Arabic counted messages', () => {
  it('have a form for two and for a few wherever they count something', () => {
    const nouns = countedNouns();
    const counting = (Object.keys(en) as MessageKey[]).filter((key) => countsSomething(key, nouns));
    const lacking = counting.filter((key) => {
      const m = ar[key];
      return typeof m === 'string' || m.two === undefined || m.few === undefined;
    });
    expect(lacking).toEqual([]);
    // The catalogue's own counts are found: those in forms, and those written in plain strings.
    expect(counting).toEqual(expect.arrayContaining(['calOwn', 'impSkipped', 'partialNote', 'impSaving']));
  });

  it('put the count in every form but one and two, which say it in words', () => {
    for (const key of Object.keys(ar) as MessageKey[]) {
      const m = ar[key];
      if (typeof m === 'string' || !formsOf(en[key]).some((f) => f.includes('{n}'))) continue;
      for (const form of ['few', 'many'] as const) {
        const text = m[form];
        if (text !== undefined) expect(/\{(n|rows|count)\}/.test(text), `${key}.${form}`).toBe(true);
      }
    }
  });
});

const COUNTS = [0, 1, 2, 3, 11, 100];
const say = (key: MessageKey, params: Record<string, string> = {}) =>
  COUNTS.map((n) => translate('ar-EG', key, { ...params, n }));

describe('Arabic counts, word for word', () => {
  it('days left of a claim window', () => {
    expect(say('tileDaysLeft')).toEqual([
      'لم يبقَ أي يوم',
      'بقي يوم واحد',
      'بقي يومان',
      'بقيت ٣ أيام',
      'بقي ١١ يومًا',
      'بقي ١٠٠ يوم',
    ]);
    expect(say('statusOpen')).toEqual([
      'مفتوحة، لم يبقَ أي يوم',
      'مفتوحة، بقي يوم واحد',
      'مفتوحة، بقي يومان',
      'مفتوحة، بقيت ٣ أيام',
      'مفتوحة، بقي ١١ يومًا',
      'مفتوحة، بقي ١٠٠ يوم',
    ]);
  });

  it('skipped rows of an import', () => {
    expect(say('impSkipped')).toEqual([
      'تُخطّي ٠ صف',
      'تُخطّي صف واحد',
      'تُخطّي صفان',
      'تُخطّيت ٣ صفوف',
      'تُخطّي ١١ صفًا',
      'تُخطّي ١٠٠ صف',
    ]);
  });

  it('holidays in the calendar settings', () => {
    const tail = ' تحل محل القائمة المدمجة.';
    expect(say('calOwn')).toEqual([
      `قائمة هذا العقد: لا عطلات.${tail}`,
      `قائمة هذا العقد: عطلة واحدة.${tail}`,
      `قائمة هذا العقد: عطلتان.${tail}`,
      `قائمة هذا العقد: ٣ عطلات.${tail}`,
      `قائمة هذا العقد: ١١ عطلةً.${tail}`,
      `قائمة هذا العقد: ١٠٠ عطلة.${tail}`,
    ]);
    expect(say('calImported', { file: 'eg.ics' })).toEqual([
      'لم تُستورد أي عطلة من eg.ics.',
      'استُوردت عطلة واحدة من eg.ics.',
      'استُوردت عطلتان من eg.ics.',
      'استُوردت ٣ عطلات من eg.ics.',
      'استُوردت ١١ عطلةً من eg.ics.',
      'استُوردت ١٠٠ عطلة من eg.ics.',
    ]);
  });

  it('business days of a ticket target', () => {
    expect(say('tkTargetBusinessDays')).toEqual([
      '٠ يوم عمل',
      'يوم عمل واحد',
      'يوما عمل',
      '٣ أيام عمل',
      '١١ يوم عمل',
      '١٠٠ يوم عمل',
    ]);
  });

  it('files that need attention, with the verb agreeing', () => {
    expect(say('impAttention')).toEqual([
      '٠ ملف تحتاج إلى انتباهك',
      'ملف واحد يحتاج إلى انتباهك',
      'ملفان يحتاجان إلى انتباهك',
      '٣ ملفات تحتاج إلى انتباهك',
      '١١ ملفًا تحتاج إلى انتباهك',
      '١٠٠ ملف تحتاج إلى انتباهك',
    ]);
  });

  it('days in a duration, such as a margin', () => {
    const nb = (s: string) => s.replace(/\u00a0/g, ' ');
    expect(COUNTS.slice(1).map((n) => nb(formatMinutes(n * 1440, 'ar-EG')))).toEqual([
      'يوم واحد',
      'يومان',
      '٣ أيام',
      '١١ يومًا',
      '١٠٠ يوم',
    ]);
    expect(nb(formatMinutes(2 * 1440 + 5 * 60, 'ar-EG'))).toBe('يومان ٥ س');
    expect(nb(formatMinutes(2 * 1440 + 5 * 60, 'en'))).toBe('2 d 5 h');
  });

  it('spans of a termination right, after their preposition', () => {
    const [arabic, english] = [translator('ar-EG'), translator('en')];
    const incidents = {
      code: 'incidentsPerMonth',
      minIncidents: 3,
      severity: 'P0',
      consecutiveMonths: 2,
    } as const;
    expect(terminationRuleText({ t: arabic }, incidents)).toBe(
      '٣ حوادث أو أكثر من المستوى P0 شهريًا لمدة شهرين متتاليين',
    );
    expect(terminationRuleText({ t: english }, incidents)).toBe(
      '3 or more P0 incidents in a month for 2 consecutive months',
    );
    const claims = {
      code: 'claims',
      consecutiveMonths: 3,
      claimsCount: 2,
      withinDays: 11,
      noticeDays: null,
    } as const;
    expect(terminationRuleText({ t: arabic }, claims)).toBe(
      'مطالبات في ٣ أشهر متتالية، أو مطالبتان خلال ١١ يومًا',
    );
    expect(terminationRuleText({ t: english }, claims)).toBe(
      'Claims in 3 consecutive months, or 2 claims within 11 days',
    );
    const missed = { code: 'missedWithinMonths', missed: 2, period: 'month', months: 6 } as const;
    expect(terminationRuleText({ t: arabic }, missed)).toBe('فوات شهرين خلال أي ٦ أشهر');
    expect(terminationRuleText({ t: english }, missed)).toBe('2 missed months within any 6 months');
    const consecutive = { code: 'consecutivePeriodsMissed', periods: 12, period: 'month' } as const;
    expect(terminationRuleText({ t: arabic }, consecutive)).toBe('دون الهدف لمدة ١٢ شهرًا على التوالي');
  });
});
