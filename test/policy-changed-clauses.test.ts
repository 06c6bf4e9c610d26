// A clause quoted from a preset is no longer quoted once the contract changes the term it
// was written for, and is quoted again once the term is set back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blankPolicy } from '../src/engine/blank-policy';
import { changedClauses, clausesInForce } from '../src/engine/changed-clauses';
import { chooseReading, type Policy, parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';

const clarus = PRESETS['clarus-lis']!;
const copy = (): Policy => structuredClone(clarus);

/** Each cited field of the dashboard and the letter, and one way a user could edit it in the form. */
const EDITS: [string, (p: Policy) => void][] = [
  ['target', (p) => void (p.target = 99.5)],
  ['formula', (p) => void (p.formula = 'excludeFromTotal')],
  ['minOutageMinutes', (p) => void (p.minOutageMinutes = 5)],
  ['exclusions.kinds', (p) => void (p.exclusions.kinds.other = { excluded: true, notice: null })],
  ['nodata', (p) => void (p.nodata = 'down')],
  [
    'credit',
    (p) => {
      if (p.credit.kind === 'bands') p.credit.bands[1]!.percent = 30;
    },
  ],
  ['claim', (p) => void (p.claim = { kind: 'afterPeriodEnd', days: 45 })],
  ['termination', (p) => void (p.termination = [{ kind: 'consecutivePeriodsMissed', periods: 2 }])],
  ['eligibility', (p) => void (p.eligibility.remediesAfterDays = 30)],
  ['responseTargets', (p) => void (p.responseTargets[0]!.response = { kind: 'elapsed', minutes: 30 })],
  ['obligations', (p) => void (p.obligations = p.obligations.slice(0, 2))],
];

describe('changedClauses', () => {
  it('finds nothing changed in the preset itself', () => {
    expect(changedClauses(copy(), clarus)).toEqual([]);
  });

  for (const [field, edit] of EDITS) {
    it(`names ${field} once its value differs from the preset's, and nothing else`, () => {
      const p = copy();
      edit(p);
      expect(changedClauses(p, clarus)).toEqual([field]);
    });
  }

  it('names the exclusions clause and that kind’s own clause when a kind’s notice changes', () => {
    const p = copy();
    p.exclusions.kinds.planned = { excluded: true, notice: { kind: 'hours', hours: 48 } };
    expect(changedClauses(p, clarus)).toEqual(['exclusions.kinds', 'exclusions.kinds.planned']);
  });

  it('quotes the clause again once the value is set back, whatever the order of its keys', () => {
    const p = copy();
    p.target = 99.5;
    p.claim = { kind: 'afterPeriodEnd', days: 45 };
    expect(changedClauses(p, clarus)).toEqual(['target', 'claim']);
    p.target = 99.9;
    p.claim = { days: 30, kind: 'afterPeriodEnd' } as Policy['claim'];
    expect(changedClauses(p, clarus)).toEqual([]);
  });

  it('keeps a clause the user rewrote for the new value: the words are theirs', () => {
    const p = copy();
    p.target = 99.5;
    p.citations.target = '§2: "99.5 % monthly uptime", as amended for us';
    expect(changedClauses(p, clarus)).toEqual([]);
  });

  it('counts the customer’s own plan tier, start date and answers as facts, not terms', () => {
    const p = copy();
    p.eligibility.tier = 'GOLD';
    p.eligibility.effectiveDate = '2026-01-01';
    expect(changedClauses(p, clarus)).toEqual([]);
  });

  // Contracts made from the examples before each part came to carry the credit kept the
  // whole service's credit under the credit clause as it then read: that clause is theirs,
  // and is quoted as before, not called changed.
  it('keeps the credit clause of a contract made from an earlier Google Cloud Functions or DigitalOcean example', () => {
    for (const name of ['google-cloud-functions', 'digitalocean-droplets-volumes']) {
      const base = parsePolicy(JSON.parse(readFileSync(`public/policies/${name}.json`, 'utf8')));
      expect(base.citations.credit).toMatch(
        / Each (Cloud Function|Droplet and Volume) is credited on its own [a-z]+; .+ earn nothing\.$/,
      );
      const earlier = structuredClone(base);
      earlier.credit = structuredClone(base.scopes![0]!.credit!);
      earlier.citations = {
        ...base.citations,
        credit: base.citations.credit!.slice(0, base.citations.credit!.lastIndexOf(' Each ')),
      };
      expect(changedClauses(earlier, base)).toEqual([]);
      expect(changedClauses({ ...earlier, citations: base.citations }, base)).toEqual(['credit']);
    }
  });

  it('keeps every clause of a policy with no preset or example behind it', () => {
    const p = blankPolicy();
    p.target = 99.5;
    p.citations = { target: '§1: "99.9 %"' };
    expect(changedClauses(p, null)).toEqual([]);
  });

  it('takes only the changed clauses out of the citations it quotes', () => {
    const p = copy();
    p.minOutageMinutes = 5;
    const { citations, changed } = clausesInForce(p, clarus);
    expect(changed).toEqual(['minOutageMinutes']);
    expect(Object.keys(citations)).toEqual(
      Object.keys(clarus.citations).filter((k) => k !== 'minOutageMinutes'),
    );
    expect(citations.target).toBe(clarus.citations.target);
  });
});

describe('changedClauses under a chosen reading', () => {
  const gcf = parsePolicy(JSON.parse(readFileSync('public/policies/google-cloud-functions.json', 'utf8')));

  it('counts a term a chosen reading sets as the reading has it, not as typed', () => {
    // The reading "monthend" sets the claim to 30 days after the month: 45 typed days are
    // not what the figures use, so the clause still states the term applied.
    const p = structuredClone(gcf);
    p.claim = { kind: 'afterPeriodEnd', days: 45 };
    expect(changedClauses(p, gcf)).toEqual([]);
    p.target = 99.9;
    expect(changedClauses(p, gcf)).toEqual(['target']);
  });

  it('does not take another reading of the same clause for a changed term', () => {
    expect(changedClauses(chooseReading(gcf, 'claim-window', 'breach'), gcf)).toEqual([]);
  });
});
