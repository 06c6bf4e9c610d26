// Arabic counts a noun in six ways: none, one and two in words ("يومان"), 3 to 10 with the
// plural ("٣ أيام"), 11 to 99 with the singular in the accusative ("١١ يومًا"), 100 and the
// rest with the singular ("١٠٠ يوم"). A message with only English's one and other forms
// reads "٢ يوم" and "١١ أيام".
import { beforeAll, describe, expect, it } from 'vitest';
import { terminationRuleText } from '../src/app/components/codes';
import { formatBusinessMinutes, formatMinutes } from '../src/app/format';
import { loadCatalogue, type MessageKey, translate, translator } from '../src/app/i18n';
import { ar } from '../src/app/i18n/ar';
import { en, type Message } from '../src/app/i18n/en';
import { choiceWords } from '../src/app/policy/choice-text';
import { policySentences } from '../src/app/policy/summary';
import { keyTermsOf } from '../src/app/share/policy-terms';
import { blankPolicy } from '../src/app/state/policies';
import { averageRuleText } from '../src/app/terms/AverageRule';
import type { Policy } from '../src/engine/policy';

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

  it('days of a negative margin, written with their figure after the minus sign', () => {
    const nb = (s: string) => s.replace(/\u00a0/g, ' ');
    expect(COUNTS.slice(1).map((n) => nb(formatMinutes(-n * 1440, 'ar-EG')))).toEqual([
      '−١ يوم',
      '−٢ يوم',
      '−٣ أيام',
      '−١١ يومًا',
      '−١٠٠ يوم',
    ]);
    expect(nb(formatMinutes(-(2 * 1440 + 5 * 60), 'ar-EG'))).toBe('−٢ يوم ٥ س');
    expect(nb(formatBusinessMinutes(-(2 * 540 + 30), 540, 'ar-EG'))).toBe('−٢ يوم عمل ٣٠ د');
    expect(nb(formatBusinessMinutes(-540, 540, 'ar-EG'))).toBe('−١ يوم عمل');
    expect(nb(formatBusinessMinutes(-(2 * 540 + 30), 540, 'en'))).toBe('−2 business days 30 min');
    expect(nb(formatMinutes(-2 * 1440, 'en'))).toBe('−2 d');
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
    // The days of notice, counted with their own number: one day's notice, two days before.
    expect(terminationRuleText({ t: english }, { ...claims, noticeDays: 1 })).toBe(
      'Claims in 3 consecutive months, or 2 claims within 11 days; termination on 1 day’s written notice',
    );
    expect(terminationRuleText({ t: english }, { ...claims, noticeDays: 30 })).toBe(
      'Claims in 3 consecutive months, or 2 claims within 11 days; termination on 30 days’ written notice',
    );
    expect(
      [1, 2, 7, 30, 100].map((noticeDays) => terminationRuleText({ t: arabic }, { ...claims, noticeDays })),
    ).toEqual(
      ['يوم واحد', 'يومين', '٧ أيام', '٣٠ يومًا', '١٠٠ يوم'].map(
        (notice) =>
          `مطالبات في ٣ أشهر متتالية، أو مطالبتان خلال ١١ يومًا؛ والإنهاء بإشعار كتابي قبل ${notice}`,
      ),
    );
    const missed = { code: 'missedWithinMonths', missed: 2, period: 'month', months: 6 } as const;
    expect(terminationRuleText({ t: arabic }, missed)).toBe('فوات شهرين خلال أي ٦ أشهر');
    expect(terminationRuleText({ t: english }, missed)).toBe('2 missed months within any 6 months');
    const consecutive = { code: 'consecutivePeriodsMissed', periods: 12, period: 'month' } as const;
    expect(terminationRuleText({ t: arabic }, consecutive)).toBe('دون الهدف لمدة ١٢ شهرًا على التوالي');
  });
});

// Two counts in one sentence each take their own form: the counts below go up while the
// second ones go down, so a sentence that follows only its first count is caught.
const UP = [1, 2, 3, 11, 100];
const DOWN = [100, 11, 3, 2, 1];

/** The summary's sentence holding some words, in Egyptian Arabic's digits, one per count. */
function sentences(
  make: (n: number, other: number) => Partial<Policy>,
  words: string,
  counts = UP,
): string[] {
  return counts.map((n, i) => {
    const found = policySentences({ ...blankPolicy(), ...make(n, DOWN[i]!) }, 'ar-EG').filter((s) =>
      s.includes(words),
    );
    expect(found).toHaveLength(1);
    return found[0]!;
  });
}

describe('Arabic counts in the policy summary, word for word', () => {
  it('days of free service per step, and their cap', () => {
    const step = 'كل ٠٫٥ نقطة مئوية دون الوعد، أو جزء منها، تمنح ';
    expect(
      sentences(
        (n, cap) => ({
          credit: { kind: 'extensionDays', daysPerStep: n, step: 0.5, rounding: 'ceil', capDays: cap },
        }),
        'نقطة مئوية',
      ),
    ).toEqual([
      `${step}يومًا واحدًا من الخدمة المجانية؛ بحد أقصى ١٠٠ يوم.`,
      `${step}يومين من الخدمة المجانية؛ بحد أقصى ١١ يومًا.`,
      `${step}٣ أيام من الخدمة المجانية؛ بحد أقصى ٣ أيام.`,
      `${step}١١ يومًا من الخدمة المجانية؛ بحد أقصى يومين.`,
      `${step}١٠٠ يوم من الخدمة المجانية؛ بحد أقصى يوم واحد.`,
    ]);
    const whole = blankPolicy();
    whole.credit = { kind: 'extensionDays', daysPerStep: 1, step: 0.5, rounding: 'floor', capDays: 30 };
    expect(policySentences(whole, 'ar-EG')[8]).toBe(
      'كل ٠٫٥ نقطة مئوية كاملة دون الوعد تمنح يومًا واحدًا من الخدمة المجانية؛ بحد أقصى ٣٠ يومًا.',
    );
    expect(policySentences(whole, 'en')[8]).toBe(
      'Each whole 0.5 percentage points below the promise give 1 day of free service; at most 30 days.',
    );
  });

  it('days of free service per block of lost time, the block and the cap', () => {
    expect(
      sentences(
        (n, minutes) => ({
          credit: {
            kind: 'serviceDays',
            days: n,
            perMinutes: minutes,
            rounding: 'ceil',
            whenMissed: false,
            capDays: n,
          },
        }),
        'الوقت الضائع',
      ),
    ).toEqual([
      'كل ١٠٠ دقيقة من الوقت الضائع، أو جزء منها، تمنح يومًا واحدًا من الخدمة المجانية؛ بحد أقصى يوم واحد.',
      'كل ١١ دقيقةً من الوقت الضائع، أو جزء منها، تمنح يومين من الخدمة المجانية؛ بحد أقصى يومين.',
      'كل ٣ دقائق من الوقت الضائع، أو جزء منها، تمنح ٣ أيام من الخدمة المجانية؛ بحد أقصى ٣ أيام.',
      'كل دقيقتين من الوقت الضائع، أو جزء منها، تمنح ١١ يومًا من الخدمة المجانية؛ بحد أقصى ١١ يومًا.',
      'كل دقيقة واحدة من الوقت الضائع، أو جزء منها، تمنح ١٠٠ يوم من الخدمة المجانية؛ بحد أقصى ١٠٠ يوم.',
    ]);
  });

  it('a right to end the contract after periods in a row', () => {
    expect(
      sentences(
        (n) => ({ period: 'quarter', termination: [{ kind: 'consecutivePeriodsMissed', periods: n }] }),
        'يحق',
      ),
    ).toEqual([
      'يحق لك إنهاء العقد بعد ربع سنة واحد دون الوعد.',
      'يحق لك إنهاء العقد بعد ربعي سنة متتاليين دون الوعد.',
      'يحق لك إنهاء العقد بعد ٣ أرباع سنة متتالية دون الوعد.',
      'يحق لك إنهاء العقد بعد ١١ ربع سنة متتاليًا دون الوعد.',
      'يحق لك إنهاء العقد بعد ١٠٠ ربع سنة متتالٍ دون الوعد.',
    ]);
  });

  it('a right on a rolling average, with the days to tell the vendor and of notice', () => {
    expect(
      sentences(
        (n, notice) => ({
          period: 'year',
          termination: [
            { kind: 'averageBelow', periods: n, belowPercent: 97, noticeDays: notice, noticeWithinDays: n },
          ],
        }),
        'يمكنك',
      ),
    ).toEqual([
      'يمكنك إنهاء العقد حين يقل متوسط الإتاحة في أي سنة واحدة عن ٩٧٪. أبلغ المورّد خلال يوم واحد بعد آخرها. الإشعار: ١٠٠ يوم.',
      'يمكنك إنهاء العقد حين يقل متوسط الإتاحة في أي سنتين متتاليتين عن ٩٧٪. أبلغ المورّد خلال يومين بعد آخرها. الإشعار: ١١ يومًا.',
      'يمكنك إنهاء العقد حين يقل متوسط الإتاحة في أي ٣ سنوات متتالية عن ٩٧٪. أبلغ المورّد خلال ٣ أيام بعد آخرها. الإشعار: ٣ أيام.',
      'يمكنك إنهاء العقد حين يقل متوسط الإتاحة في أي ١١ سنةً متتالية عن ٩٧٪. أبلغ المورّد خلال ١١ يومًا بعد آخرها. الإشعار: يومان.',
      'يمكنك إنهاء العقد حين يقل متوسط الإتاحة في أي ١٠٠ سنة متتالية عن ٩٧٪. أبلغ المورّد خلال ١٠٠ يوم بعد آخرها. الإشعار: يوم واحد.',
    ]);
  });

  it('a right after claims, and after incidents, each count in its own words', () => {
    expect(
      sentences(
        (n, count) => ({
          termination: [
            { kind: 'claims', consecutiveMonths: n, claimsWithin: { count, days: n }, noticeDays: null },
          ],
        }),
        'يحق',
      ),
    ).toEqual([
      'يحق لك إنهاء العقد بعد مطالبات بالتعويض في شهر واحد، أو ١٠٠ مطالبة خلال يوم واحد.',
      'يحق لك إنهاء العقد بعد مطالبات بالتعويض في كل شهر من شهرين متتاليين، أو ١١ مطالبةً خلال يومين.',
      'يحق لك إنهاء العقد بعد مطالبات بالتعويض في كل شهر من ٣ أشهر متتالية، أو ٣ مطالبات خلال ٣ أيام.',
      'يحق لك إنهاء العقد بعد مطالبات بالتعويض في كل شهر من ١١ شهرًا متتاليًا، أو مطالبتين خلال ١١ يومًا.',
      'يحق لك إنهاء العقد بعد مطالبات بالتعويض في كل شهر من ١٠٠ شهر متتالٍ، أو مطالبة واحدة خلال ١٠٠ يوم.',
    ]);
    expect(
      sentences(
        (n, months) => ({
          termination: [
            {
              kind: 'incidentsPerMonth',
              severity: 'P1',
              minIncidents: n,
              consecutiveMonths: months,
              noticeWithinDays: null,
            },
          ],
        }),
        'يحق',
      ),
    ).toEqual([
      'يحق لك إنهاء العقد بعد حادث P1 واحد أو أكثر في الشهر، لمدة ١٠٠ شهر متتالٍ.',
      'يحق لك إنهاء العقد بعد حادثين P1 أو أكثر في الشهر، لمدة ١١ شهرًا متتاليًا.',
      'يحق لك إنهاء العقد بعد ٣ حوادث P1 أو أكثر في الشهر، لمدة ٣ أشهر متتالية.',
      'يحق لك إنهاء العقد بعد ١١ حادثًا P1 أو أكثر في الشهر، لمدة شهرين متتاليين.',
      'يحق لك إنهاء العقد بعد ١٠٠ حادث P1 أو أكثر في الشهر، لمدة شهر واحد.',
    ]);
  });

  it('the days to claim a credit, and the minutes of an interval', () => {
    expect(sentences((n) => ({ claim: { kind: 'afterPeriodEnd', days: n } }), 'يجب')).toEqual([
      'يجب المطالبة بالتعويض خلال يوم واحد بعد نهاية الشهر.',
      'يجب المطالبة بالتعويض خلال يومين بعد نهاية الشهر.',
      'يجب المطالبة بالتعويض خلال ٣ أيام بعد نهاية الشهر.',
      'يجب المطالبة بالتعويض خلال ١١ يومًا بعد نهاية الشهر.',
      'يجب المطالبة بالتعويض خلال ١٠٠ يوم بعد نهاية الشهر.',
    ]);
    expect(
      sentences(
        (n) => ({
          measurement: { intervalMinutes: n, rule: 'any', monitorsDown: null } as Policy['measurement'],
        }),
        'يُقاس',
        UP.slice(1),
      ),
    ).toEqual([
      'يُقاس الوقت بفترات من دقيقتين؛ وتُعد الفترة متوقفة حين يفشل أي فحص فيها.',
      'يُقاس الوقت بفترات من ٣ دقائق؛ وتُعد الفترة متوقفة حين يفشل أي فحص فيها.',
      'يُقاس الوقت بفترات من ١١ دقيقةً؛ وتُعد الفترة متوقفة حين يفشل أي فحص فيها.',
      'يُقاس الوقت بفترات من ١٠٠ دقيقة؛ وتُعد الفترة متوقفة حين يفشل أي فحص فيها.',
    ]);
  });
});

describe('Arabic counts in a rolling average right on the dashboard, word for word', () => {
  it('the periods averaged and the days of notice', () => {
    const text = (locale: string, n: number, notice: number | null) =>
      averageRuleText(
        { t: translator(locale), locale },
        { code: 'averageBelow', period: 'month', periods: n, belowPercent: 99.9, noticeDays: notice },
      );
    expect(UP.map((n, i) => text('ar-EG', n, DOWN[i]!))).toEqual([
      'متوسط التوافر في شهر واحد دون ٩٩٫٩٪؛ والإنهاء بإشعار كتابي مدته ١٠٠ يوم',
      'متوسط التوافر في شهرين متتاليين دون ٩٩٫٩٪؛ والإنهاء بإشعار كتابي مدته ١١ يومًا',
      'متوسط التوافر في ٣ أشهر متتالية دون ٩٩٫٩٪؛ والإنهاء بإشعار كتابي مدته ٣ أيام',
      'متوسط التوافر في ١١ شهرًا متتاليًا دون ٩٩٫٩٪؛ والإنهاء بإشعار كتابي مدته يومان',
      'متوسط التوافر في ١٠٠ شهر متتالٍ دون ٩٩٫٩٪؛ والإنهاء بإشعار كتابي مدته يوم واحد',
    ]);
    expect(text('ar-EG', 2, null)).toBe('متوسط التوافر في شهرين متتاليين دون ٩٩٫٩٪');
    expect(text('en', 1, 1)).toBe(
      'Average uptime of 1 month below 99.9\u00a0%; termination on 1 day’s written notice',
    );
    expect(text('en', 3, 30)).toBe(
      'Average uptime of 3 consecutive months below 99.9\u00a0%; termination on 30 days’ written notice',
    );
  });
});

describe('Minutes without data on a partial period', () => {
  it('are counted in the singular for one, in English too', () => {
    const english = translator('en');
    expect([1, 2].map((n) => english('partialNote', { n }))).toEqual([
      '1 minute without data',
      '2 minutes without data',
    ]);
    expect(say('partialNote').slice(1)).toEqual([
      'دقيقة واحدة بلا بيانات',
      'دقيقتان بلا بيانات',
      '٣ دقائق بلا بيانات',
      '١١ دقيقةً بلا بيانات',
      '١٠٠ دقيقة بلا بيانات',
    ]);
  });
});

describe("Arabic counts in the policy form's choices", () => {
  it('name each interval length with its number', () => {
    const say = (n: number) => choiceWords('measurement.intervalMinutes', String(n), 'ar');
    expect([1, 2, 3, 10, 12, 60].map(say)).toEqual([
      'دقيقة واحدة',
      'دقيقتان',
      '3 دقائق',
      '10 دقائق',
      '12 دقيقةً',
      '60 دقيقةً',
    ]);
  });
});

describe("Counts in a shared policy's terms, word for word", () => {
  const term = (p: Policy, locale: string, label: string) =>
    keyTermsOf(p, locale).find((t) => t.label === label)?.value;
  const withClaimDays = (days: number): Policy => ({
    ...blankPolicy(),
    claim: { kind: 'afterPeriodEnd', days },
  });
  it('say the days to claim in the number each count takes', () => {
    expect([1, 2, 3, 11, 100].map((n) => term(withClaimDays(n), 'ar', 'المطالبة'))).toEqual([
      'خلال يوم واحد بعد نهاية الفترة',
      'خلال يومين بعد نهاية الفترة',
      'خلال 3 أيام بعد نهاية الفترة',
      'خلال 11 يومًا بعد نهاية الفترة',
      'خلال 100 يوم بعد نهاية الفترة',
    ]);
    expect([1, 30].map((n) => term(withClaimDays(n), 'en', 'Claim'))).toEqual([
      'within 1 day after the period ends',
      'within 30 days after the period ends',
    ]);
  });

  it('say the minutes of a block of lost time, and the shortest downtime, with their number', () => {
    const withBlock = (perMinutes: number): Policy => ({
      ...blankPolicy(),
      minOutageMinutes: perMinutes,
      credit: { kind: 'serviceDays', days: 1, perMinutes, capDays: 31, rounding: 'floor', whenMissed: false },
    });
    expect([1, 2, 3, 15, 100].map((n) => term(withBlock(n), 'ar', 'رصيد الخدمة'))).toEqual([
      'أيام خدمة: 1 لكل دقيقة ضائعة، حتى 31',
      'أيام خدمة: 1 لكل دقيقتين ضائعتين، حتى 31',
      'أيام خدمة: 1 لكل 3 دقائق ضائعة، حتى 31',
      'أيام خدمة: 1 لكل 15 دقيقةً ضائعةً، حتى 31',
      'أيام خدمة: 1 لكل 100 دقيقة ضائعة، حتى 31',
    ]);
    expect([1, 15].map((n) => term(withBlock(n), 'en', 'Service credit'))).toEqual([
      'days of service: 1 per minute lost, up to 31',
      'days of service: 1 per 15 minutes lost, up to 31',
    ]);
    expect([1, 2, 4, 11].map((n) => term(withBlock(n), 'ar', 'يُحسب التعطل ابتداءً من'))).toEqual([
      'دقيقة واحدة',
      'دقيقتان متتاليتان',
      '4 دقائق متتالية',
      '11 دقيقةً متتاليةً',
    ]);
  });
});
