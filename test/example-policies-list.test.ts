// The example policies a new contract can start from are exactly the files shipped in
// public/policies/, each listed under the name the policy gives itself.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_POLICIES } from '../src/app/contracts/example-policies';
import { parsePolicy } from '../src/engine/policy';

describe('example policies listed for a new contract', () => {
  it('lists every shipped policy file once, by its own name, and each one validates', () => {
    const files = readdirSync('public/policies')
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(EXAMPLE_POLICIES.map((x) => `${x.id}.json`).sort()).toEqual(files);
    for (const x of EXAMPLE_POLICIES) {
      const policy = parsePolicy(JSON.parse(readFileSync(`public/policies/${x.id}.json`, 'utf8')));
      expect([policy.id, policy.name]).toEqual([x.id, x.name]);
    }
  });
});
