// An obligation's hours are bounded, far above any contract's, so its deadline stays a
// date: a larger number is refused naming its field, where it once failed the evaluation.
import { describe, expect, it } from 'vitest';
import type { ObligationEntry } from '../src/engine/obligations';
import { type Policy, PolicyError, parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { evaluateCsv } from './support/evaluate-csv';

const clarusWithHours = (hours: number): Policy => {
  const doc = structuredClone(PRESETS['clarus-lis']!);
  const notice = doc.obligations.find((o) => o.id === 'breach-notification')!;
  notice.rule = { kind: 'withinHours', hours };
  return doc;
};

const problemsOf = (doc: Policy): string[] => {
  try {
    parsePolicy(doc);
    return [];
  } catch (e) {
    if (!(e instanceof PolicyError)) throw e;
    return e.problems;
  }
};

describe('obligation hours', () => {
  it('refuses more than 100 000 hours, naming the field', () => {
    const at = PRESETS['clarus-lis']!.obligations.findIndex((o) => o.id === 'breach-notification');
    expect(problemsOf(clarusWithHours(1e308))).toEqual([
      `obligations[${at}].rule.hours: expected a positive number of hours up to 100000`,
    ]);
  });

  it('judges a promise of 100 000 hours with its deadline', () => {
    const entry: ObligationEntry = {
      obligation: 'breach-notification',
      startedAtMs: Date.parse('2026-01-06T00:00:00Z'),
      fulfilledAtMs: Date.parse('2026-01-07T00:00:00Z'),
      note: '',
      source: 'o.csv',
      line: 2,
    };
    const report = evaluateCsv(
      parsePolicy(clarusWithHours(100_000)),
      [{ name: 's.csv', kind: 'states', csv: 'time,monitor,status\n2026-01-05T00:00:00Z,api,up\n' }],
      '2026-03-10',
      { obligations: [entry] },
    );
    expect(report.obligations.map((o) => [o.obligation, o.status, o.deadline, o.marginHours])).toEqual([
      ['breach-notification', 'met', '2037-06-03T19:00:00+03:00', 99_976],
    ]);
  });
});
