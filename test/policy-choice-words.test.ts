// The answers of a choice read in the words of the field's question: "A part of a block
// counts as" under a credit per block of lost time is answered in blocks, not in the steps
// below the promise that the same field counts under a credit per step.
import { describe, expect, it } from 'vitest';
import { choiceWords } from '../src/app/policy/choice-text';

describe('choiceWords by the kind of the group', () => {
  it('answers in blocks under a credit per block of lost time', () => {
    expect(choiceWords('credit.rounding', 'ceil', 'en', 'perBlock')).toBe('A whole block');
    expect(choiceWords('credit.rounding', 'floor', 'en', 'serviceDays')).toBe(
      'Nothing: only whole blocks count',
    );
    expect(choiceWords('credit.rounding', 'ceil', 'ar', 'perBlock')).toBe('مدة كاملة');
  });

  it('keeps steps under a credit per step, and the shared answers of other fields', () => {
    expect(choiceWords('credit.rounding', 'ceil', 'en', 'perStep')).toBe('A whole step');
    expect(choiceWords('credit.rounding', 'floor', 'en')).toBe('Nothing: only whole steps count');
    expect(choiceWords('credit.kind', 'perBlock', 'en', 'bands')).toBe(
      'A percentage of the fee for each block of time lost',
    );
  });
});
