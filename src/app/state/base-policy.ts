// The preset or example policy a contract's policy follows, named by the policy's id: the
// document its quoted clauses were copied from, against which an edited term is told apart.
import { type Accessor, createResource } from 'solid-js';
import type { Policy } from '../../engine/policy';
import { PRESETS } from '../../engine/presets';
import { EXAMPLE_POLICIES, type ExamplePolicyId, fetchExamplePolicy } from '../contracts/example-policies';

function isExample(id: string): id is ExamplePolicyId {
  return EXAMPLE_POLICIES.some((e) => e.id === id);
}

/**
 * The base policy of `policy`: a built-in preset at once, an example policy once its file
 * (precached with the app) is read; null for a policy the user wrote or imported under
 * another id, or an example whose file cannot be read, so its clauses count as the user's own.
 */
export function createBasePolicy(policy: Accessor<Policy | null>): Accessor<Policy | null> {
  const exampleId = () => {
    const id = policy()?.id;
    return id && !Object.hasOwn(PRESETS, id) && isExample(id) ? id : undefined;
  };
  const [example] = createResource(exampleId, (id) => fetchExamplePolicy(id).catch(() => null));
  return () => {
    const id = policy()?.id;
    if (id === undefined) return null;
    if (Object.hasOwn(PRESETS, id)) return PRESETS[id]!;
    return exampleId() ? (example.latest ?? null) : null;
  };
}
