// What a letter calls itself: a claim only where a credit can still be claimed; a period
// that met its target, or whose window has closed, gets a record of its figures, and a
// credit granted without a claim a notice asking that it be applied. In English and Arabic.
import { createComponent } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { Dashboard } from '../src/app/components/Dashboard';
import { ClaimLetter } from '../src/app/letter/ClaimLetter';
import type { LetterSubject } from '../src/app/letter/subject';
import type { Evaluation } from '../src/engine/model';
import '../src/app/shell/app.css';
import '../src/app/letter/letter.css';
import { mount, pageFits, policyOf, sampleEvaluation, text, unmount } from './support/clarus-sample';

afterEach(unmount);

function letter(evaluation: Evaluation, preset: string, subject: LetterSubject, locale = 'en') {
  const root = mount(() =>
    createComponent(ClaimLetter, { evaluation, subject, locale, citations: policyOf(preset).citations }),
  );
  return root.querySelector('.claim-letter')!;
}

/** The title, the opening sentence and the sentence saying what is asked. */
const words = (l: Element) => [
  text(l.querySelector('h2')),
  [...l.querySelectorAll('p')].map(text).find((p) => /^(Under|وفقًا)/.test(p)),
  text(l.querySelector('[data-claim-status]')) || undefined,
];

describe('what a letter calls itself', () => {
  it('claims an open credit as before', async () => {
    const e = await sampleEvaluation('clarus-lis');
    expect(words(letter(e, 'clarus-lis', { source: 'period', label: '2026-10' }))).toEqual([
      'Service credit claim',
      'Under the Service Level Agreement, we write about the availability of the service in October 2026. Our monitoring records, evaluated as of Nov 21, 2026, show the following.',
      'We claim the service credit of 25 % of the fee that the agreement provides for this period.',
    ]);
  });

  it('records a period that met its target, and claims nothing', async () => {
    const e = await sampleEvaluation('clarus-lis');
    const september: LetterSubject = { source: 'period', label: '2026-09' };
    expect(words(letter(e, 'clarus-lis', september))).toEqual([
      'Service level record',
      'Under the Service Level Agreement, this letter records the availability of the service in September 2026. Our monitoring records, evaluated as of Nov 21, 2026, show the following.',
      undefined,
    ]);
    expect(text(letter(e, 'clarus-lis', september))).not.toMatch(/claim is|We claim/);
    expect(words(letter(e, 'clarus-lis', september, 'ar-EG'))).toEqual([
      'سجل مستوى الخدمة',
      'وفقًا لاتفاقية مستوى الخدمة، يوثّق هذا الخطاب توافر الخدمة في سبتمبر ٢٠٢٦. تُظهر سجلات المراقبة لدينا، المقيَّمة حتى ٢١ نوفمبر ٢٠٢٦، ما يلي.',
      undefined,
    ]);
  });

  it('records a credit whose claim window has closed', async () => {
    const e = await sampleEvaluation('kipu');
    const march: LetterSubject = { source: 'incidents', label: '2026-03' };
    expect(words(letter(e, 'kipu', march)).slice(0, 2)).toEqual([
      'Service level record',
      'Under the Service Level Agreement, this letter records the service interruptions in March 2026. Our monitoring records and support tickets, evaluated as of Nov 21, 2026, show the following.',
    ]);
  });

  it('asks the vendor to apply a credit granted without a claim (MedOS)', async () => {
    const e = await sampleEvaluation('medos');
    const october: LetterSubject = { source: 'period', label: '2026-10' };
    expect(words(letter(e, 'medos', october))).toEqual([
      'Notice of a service credit due',
      'Under the Service Level Agreement, we ask you to apply the service credit owed for the availability of the service in October 2026. Our monitoring records, evaluated as of Nov 21, 2026, show the following.',
      'The agreement grants the credit of 3 days of service for this period without a claim. Please apply it to the next invoice.',
    ]);
    expect(words(letter(e, 'medos', october, 'ar-EG'))).toEqual([
      'إشعار برصيد خدمة مستحق',
      'وفقًا لاتفاقية مستوى الخدمة، نطلب منكم تطبيق رصيد الخدمة المستحق عن توافر الخدمة في أكتوبر ٢٠٢٦. تُظهر سجلات المراقبة لدينا، المقيَّمة حتى ٢١ نوفمبر ٢٠٢٦، ما يلي.',
      'تمنح الاتفاقية رصيد ٣ أيام خدمة عن هذه الفترة دون مطالبة. يُرجى تطبيقه في الفاتورة التالية.',
    ]);
  });
});

describe('the presets’ own notes on an Arabic page', () => {
  const NOT_STATED_AR = 'لا يذكره العقد؛ القيمة الافتراضية في SLA Witness.';

  it('states MedOS’s defaults in Arabic in the letter’s clauses and on the dashboard', async () => {
    const e = await sampleEvaluation('medos');
    const l = letter(e, 'medos', { source: 'period', label: '2026-10' }, 'ar-EG');
    const clauses = [...l.querySelectorAll('.letter-clauses dd')];
    const formula = clauses.find((dd) => text(dd).startsWith('لا يذكره'))!;
    expect(text(formula)).toBe(`${NOT_STATED_AR} لا تُذكر صيغة؛ وقت التوقف على جميع دقائق الشهر التقويمي.`);
    expect(formula.getAttribute('lang')).toBe(null);
    expect(clauses.map(text).filter((t) => t.includes('SLA Witness’s default'))).toEqual([]);
    const root = mount(() =>
      createComponent(Dashboard, { evaluation: e, locale: 'ar-EG', citations: policyOf('medos').citations }),
    );
    const note = root.querySelector('details[data-cite-for="minOutageMinutes"] p')!;
    expect(text(note)).toBe(`${NOT_STATED_AR} تُحسب كل دقيقة توقف.`);
    expect(note.getAttribute('lang')).toBe(null);
  });

  it('keeps the English in an English letter', async () => {
    const e = await sampleEvaluation('medos');
    const l = letter(e, 'medos', { source: 'period', label: '2026-10' });
    const formula = [...l.querySelectorAll('.letter-clauses dd')].find((dd) =>
      text(dd).startsWith('Not stated'),
    )!;
    expect(text(formula)).toBe(
      'Not stated in the contract; SLA Witness’s default. No formula is given; downtime over all minutes of the calendar month.',
    );
    expect(formula.getAttribute('lang')).toBe('en');
  });
});

describe('the grounds a letter adds', () => {
  // Espressive: "falls below 97% on a rolling three (3) months average".
  it('names a right on a rolling average in the letter’s words, in English and Arabic', async () => {
    const e = await sampleEvaluation('clarus-lis', {
      extraFiles: [
        {
          name: 'outages.csv',
          kind: 'events',
          csv: [
            'start,end,monitor',
            '2026-09-08T10:00:00+03:00,2026-09-08T12:00:00+03:00,lis',
            '2026-11-03T10:00:00+02:00,2026-11-03T12:00:00+02:00,lis',
          ].join('\n'),
        },
      ],
      termination: [
        { kind: 'averageBelow', periods: 3, belowPercent: 99.9, noticeDays: 30, noticeWithinDays: 60 },
      ],
      // November's last day: the right arises as it ends.
      asOf: '2026-11-30',
    });
    const right = (locale: string) => {
      const l = letter(e, 'clarus-lis', { source: 'period', label: '2026-10' }, locale);
      return [...l.querySelectorAll('li')].map(text).find((li) => /(uptime|التوافر)/.test(li));
    };
    expect(right('en')).toBe(
      'Average uptime of 3 consecutive months below 99.9 %; termination on 30 days’ written notice. The right was triggered by September 2026, October 2026, and November 2026. Their average uptime was 99.43 %, below 99.9 %. Give notice by Jan 29, 2027 (\u2068Africa/Cairo\u2069 time).',
    );
    expect(right('ar-EG')).toBe(
      'متوسط التوافر في ٣ أشهر متتالية دون ٩٩٫٩٪؛ والإنهاء بإشعار كتابي مدته ٣٠ يومًا. نشأ هذا الحق بسبب سبتمبر ٢٠٢٦ وأكتوبر ٢٠٢٦ ونوفمبر ٢٠٢٦. وكان متوسط توافرها ٩٩٫٤٣٪، دون ٩٩٫٩٪. أرسل الإشعار قبل نهاية ٢٩ يناير ٢٠٢٧ (بتوقيت \u2068Africa/Cairo\u2069).',
    );
    for (const width of [360, 1280])
      for (const locale of ['en', 'ar-EG']) {
        await page.viewport(width, 740);
        unmount();
        const l = letter(e, 'clarus-lis', { source: 'period', label: '2026-10' }, locale);
        const li = [...l.querySelectorAll('li')].find((li) => /(uptime|التوافر)/.test(text(li)))!;
        li.closest('ul')!.scrollIntoView();
        expect(pageFits()).toBe(true);
        await page.screenshot({
          element: li.closest('ul')!,
          path: `../test-results/letter-average-${width}${locale === 'en' ? '' : '-ar'}.png`,
        });
      }
  });
});
