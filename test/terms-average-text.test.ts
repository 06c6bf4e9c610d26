// The average a right on a rolling average was judged on, in words: the engine's figure
// with as many decimals as keep it below the threshold, in English and Arabic.
import { describe, expect, it } from 'vitest';
import { type AverageRule, averageWasText } from '../src/app/terms/AverageRule';

const espressive: AverageRule = {
  code: 'averageBelow',
  periods: 3,
  period: 'month',
  belowPercent: 97,
  noticeDays: 30,
};

describe('the average a right was judged on', () => {
  it('reads 97, 97 and 96.99’s mean as 96.997 %, never the 97.00 % two decimals would show', () => {
    expect(averageWasText({ locale: 'en' }, espressive, 290.99 / 3)).toBe(
      'Their average uptime was 96.997\u00a0%, below 97\u00a0%.',
    );
    expect(averageWasText({ locale: 'ar-EG' }, espressive, 290.99 / 3)).toBe(
      'وكان متوسط توافرها ٩٦٫٩٩٧٪، دون ٩٧٪.',
    );
  });

  it('keeps two decimals where they already say it', () => {
    expect(averageWasText({ locale: 'en' }, { ...espressive, belowPercent: 99.9 }, 99.43375)).toBe(
      'Their average uptime was 99.43\u00a0%, below 99.9\u00a0%.',
    );
    expect(averageWasText({ locale: 'en' }, espressive, 96)).toBe(
      'Their average uptime was 96\u00a0%, below 97\u00a0%.',
    );
  });
});
