// Numbers typed on an Arabic keyboard read as the same numbers.
import { describe, expect, it } from 'vitest';
import { typedNumber } from '../src/app/typed-number';

describe('a typed number', () => {
  it('reads Arabic-Indic and Persian digits and the Arabic separators', () => {
    expect(typedNumber('٢٠٬٠٠٠', 'thousands')).toBe(20000);
    expect(typedNumber('۲۵۰۰', 'thousands')).toBe(2500);
    expect(typedNumber('٩٩٫٥', 'decimal')).toBe(99.5);
    expect(typedNumber(' 99.95 ', 'decimal')).toBe(99.95);
  });

  it('takes a comma as the field says: thousands in a fee, a decimal point in a policy value', () => {
    expect(typedNumber('25,000', 'thousands')).toBe(25000);
    expect(typedNumber('99,9', 'decimal')).toBe(99.9);
  });

  it('reads a fee’s comma before the last one or two digits as a decimal comma, and refuses other groupings', () => {
    expect(typedNumber('1250,50', 'thousands')).toBe(1250.5);
    expect(typedNumber('1250,5', 'thousands')).toBe(1250.5);
    expect(typedNumber('1,250,000.75', 'thousands')).toBe(1250000.75);
    expect(typedNumber('1,250', 'thousands')).toBe(1250);
    expect(typedNumber('12,50,000', 'thousands')).toBeNaN();
    expect(typedNumber('1,2500', 'thousands')).toBeNaN();
    expect(typedNumber('1.250,50', 'thousands')).toBeNaN();
  });

  it('is not a number when empty or not a number', () => {
    expect(typedNumber('', 'thousands')).toBeNaN();
    expect(typedNumber('  ', 'decimal')).toBeNaN();
    expect(typedNumber('abc', 'decimal')).toBeNaN();
  });
});
