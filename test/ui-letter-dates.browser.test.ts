// The claim letter's dates, read by someone who may sit in another zone than the contract:
// every time carries the offset in force then, and every deadline that is a whole day
// names the zone it is a day in, in English and in Arabic.
import { createComponent } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimLetter } from '../src/app/letter/ClaimLetter';
import type { LetterSubject } from '../src/app/letter/subject';
import type { Evaluation } from '../src/engine/model';
import { mount, policyOf, rowWith, sampleEvaluation, text, unmount } from './support/clarus-sample';

afterEach(unmount);

function letter(evaluation: Evaluation, preset: string, subject: LetterSubject, locale = 'en') {
  const root = mount(() =>
    createComponent(ClaimLetter, { evaluation, subject, locale, citations: policyOf(preset).citations }),
  );
  return root.querySelector('.claim-letter')!;
}

const october: LetterSubject = { source: 'period', label: '2026-10' };
const claimSentence = (l: Element) =>
  [...l.querySelectorAll('p')].map(text).find((p) => /claim period|مهلة المطالبة/.test(p));

describe('the claim letter’s deadlines and times', () => {
  it('names the zone whose day a deadline is', async () => {
    const e = await sampleEvaluation('clarus-lis');
    const en = letter(e, 'clarus-lis', october);
    expect(text(rowWith(en, 'Claim by'))).toBe('Claim byNov 30, 2026 (\u2068Africa/Cairo\u2069 time)');
    expect(claimSentence(en)).toBe(
      'This claim is made within the claim period, which ends Nov 30, 2026 (\u2068Africa/Cairo\u2069 time).',
    );
    const ar = letter(e, 'clarus-lis', october, 'ar-EG');
    expect(text(rowWith(ar, 'المطالبة قبل'))).toBe(
      'المطالبة قبلنهاية ٣٠ نوفمبر ٢٠٢٦ (بتوقيت \u2068Africa/Cairo\u2069)',
    );
    expect(claimSentence(ar)).toBe(
      'تُقدَّم هذه المطالبة ضمن مهلة المطالبة التي تنتهي في نهاية ٣٠ نوفمبر ٢٠٢٦ (بتوقيت \u2068Africa/Cairo\u2069).',
    );
  });

  it('gives a deadline at a time of day its offset', async () => {
    const e = await sampleEvaluation('kipu');
    const november: LetterSubject = { source: 'incidents', label: '2026-11' };
    const en = letter(e, 'kipu', november);
    expect(text(rowWith(en, 'Claim by'))).toBe('Claim byDec 12, 2026, 11:00 GMT-05:00');
    expect(claimSentence(en)).toBe(
      'This claim is made within the claim period, which ends Dec 12, 2026, 11:00 GMT-05:00.',
    );
    const ar = letter(e, 'kipu', november, 'ar-EG');
    expect(text(rowWith(ar, 'المطالبة قبل'))).toBe('المطالبة قبل١٢ ديسمبر ٢٠٢٦، ١١:٠٠ غرينتش-٠٥:٠٠');
  });

  it('names the zone of the day notice to terminate is due by', async () => {
    const e = await sampleEvaluation('kipu', { asOf: '2026-11-03' });
    const subject: LetterSubject = { source: 'incidents', label: '2026-10' };
    const en = letter(e, 'kipu', subject);
    expect([...en.querySelectorAll('li')].map(text).find((li) => li.includes('notice'))).toBe(
      '3 or more P0 incidents in a month for 2 consecutive months. The right was triggered by September 2026 and October 2026. Give notice by Nov 5, 2026 (\u2068America/New_York\u2069 time).',
    );
    const ar = letter(e, 'kipu', subject, 'ar-EG');
    expect([...ar.querySelectorAll('li')].map(text).find((li) => li.includes('الإشعار'))).toBe(
      '٣ حوادث أو أكثر من المستوى P0 شهريًا لمدة شهرين متتاليين. نشأ هذا الحق بسبب سبتمبر ٢٠٢٦ وأكتوبر ٢٠٢٦. أرسل الإشعار قبل نهاية ٥ نوفمبر ٢٠٢٦ (بتوقيت \u2068America/New_York\u2069).',
    );
  });

  it('writes the outages the status page never posted with their offsets', async () => {
    const e = await sampleEvaluation('clarus-lis');
    const p = e.periods.find((x) => x.label === '2026-10')!;
    const outage = e.outages.find((o) => o.startMs >= p.startMs && o.startMs < p.endMs)!;
    const compared: Evaluation = {
      ...e,
      comparison: {
        vendorMonitors: ['status'],
        measuredMonitors: ['lis'],
        periods: [
          {
            label: '2026-10',
            admittedMinutes: 0,
            measuredMinutes: outage.minutes,
            unadmittedMinutes: outage.minutes,
            unpostedOutages: [{ startMs: outage.startMs, endMs: outage.endMs, minutes: outage.minutes }],
            unseenIncidents: [],
          },
        ],
      },
    };
    const en = letter(compared, 'clarus-lis', october);
    expect([...en.querySelectorAll('p')].map(text).find((x) => x.includes('never posted'))).toBe(
      'Outages our monitoring recorded that your status page never posted: Oct 9, 2026, 01:00 GMT+03:00 – Oct 9, 2026, 02:20 GMT+03:00 (1 h 20 min).',
    );
  });
});
