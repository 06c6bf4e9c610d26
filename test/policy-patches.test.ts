// Interpretation patches touch only the fields a policy has: prototype keys, missing
// fields and array properties are refused with the field named, and nothing is polluted.
import { describe, expect, it } from 'vitest';
import { forbiddenKeyPath } from '../src/engine/json-keys';
import { effectivePolicy, type Policy, parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { policyProblems } from './support/policy-problems';

const base = PRESETS.elevatefinance!;

function withPatch(patch: Record<string, unknown>): unknown {
  const doc = structuredClone(base) as unknown as { interpretations: { options: { patch: unknown }[] }[] };
  doc.interpretations[0]!.options[1]!.patch = patch;
  return doc;
}

const problems = policyProblems;

describe('interpretation patches', () => {
  it.each([
    [
      'downCodes.__proto__.0',
      'interpretations[0].options[1].patch.downCodes.__proto__.0: a key that is not allowed',
    ],
    ['__proto__.x', 'interpretations[0].options[1].patch.__proto__.x: a key that is not allowed'],
    [
      'constructor.prototype.x',
      'interpretations[0].options[1].patch.constructor.prototype.x: a key that is not allowed',
    ],
    ['credit.prototype', 'interpretations[0].options[1].patch.credit.prototype: a key that is not allowed'],
  ])('a path through %s is refused, naming it', (path, expected) => {
    expect(problems(withPatch({ [path]: 1 }))[0]).toBe(`${expected} (__proto__, constructor or prototype)`);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(([] as unknown[])[0]).toBeUndefined();
  });

  it.each([
    ['noSuchField.x', '…: no such field'],
    ['downCodes.length', 'downCodes.…: no such field'],
    ['downCodes.7', 'downCodes.…: no such field'],
    ['downCodes.0.from.x', 'downCodes.0.from.…: no such field'],
    ['credit..x', '…: no such field'],
    ['HUNTER2X.path', '…: no such field'],
  ])('a path to no declared field (%s) is refused', (path, expected) => {
    expect(problems(withPatch({ [path]: 1 }))).toEqual([`interpretations[0].options[1].patch → ${expected}`]);
  });

  it('a path to a declared field still applies, array items included', () => {
    const doc = withPatch({ 'downCodes.0': { from: 500, to: 504 } }) as Policy;
    const chosen = {
      ...doc,
      interpretations: doc.interpretations.map((it, i) =>
        i === 0 ? { ...it, chosen: it.options[1]!.id } : it,
      ),
    };
    const effective = effectivePolicy(parsePolicy(chosen));
    expect(effective.downCodes).toEqual([{ from: 500, to: 504 }]);
  });

  it('every preset still validates and applies its readings', () => {
    for (const preset of Object.values(PRESETS))
      expect(() => effectivePolicy(parsePolicy(preset))).not.toThrow();
  });
});

describe('forbiddenKeyPath', () => {
  it('finds own prototype keys at any depth, in arrays too, and nothing in clean documents', () => {
    expect(forbiddenKeyPath(JSON.parse('{"a":[{"b":{"__proto__":1}}]}'))).toBe('a[0].b.__proto__');
    expect(forbiddenKeyPath({ a: { constructor: 1 } })).toBe('a.constructor');
    expect(forbiddenKeyPath({ 'x.prototype.y': 1 })).toBe('x.prototype.y');
    expect(forbiddenKeyPath(base)).toBeNull();
    expect(forbiddenKeyPath([1, 'a', null, { proto: 1, constructorName: 2 }])).toBeNull();
  });

  it('walks a document nested 100 000 deep without overflowing the stack', () => {
    let deep: unknown = { __proto__x: 1 };
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(forbiddenKeyPath(deep)).toBeNull();
  });
});
