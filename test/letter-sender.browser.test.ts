// The letter's sender and reference are kept on the device, once keyed by the policy's
// name: a name such as "toString" or "constructor" finds only a reference saved under it,
// never a property every object has, so the letter still opens.
import { afterEach, describe, expect, it } from 'vitest';
import { savedSender } from '../src/app/letter/LetterDialog';

const SENDER_KEY = 'sla-witness-letter-sender';
afterEach(() => localStorage.removeItem(SENDER_KEY));

describe('the saved sender of a letter', () => {
  it('is empty for a policy named like a property of every object', () => {
    localStorage.setItem(SENDER_KEY, JSON.stringify({ from: 'Lab A', references: {} }));
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty'])
      expect(savedSender('id:7', name)).toEqual({ from: 'Lab A', reference: '' });
  });

  it('takes over a reference saved under such a name, and only a text one', () => {
    localStorage.setItem(SENDER_KEY, '{"references":{"toString":"REF-1","valueOf":{"x":1}}}');
    expect(savedSender('id:7', 'toString')).toEqual({ from: '', reference: 'REF-1' });
    expect(JSON.parse(localStorage.getItem(SENDER_KEY)!).references).toEqual({
      valueOf: { x: 1 },
      'id:7': 'REF-1',
    });
    expect(savedSender('id:8', 'valueOf')).toEqual({ from: '', reference: '' });
  });
});
