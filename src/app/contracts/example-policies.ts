// The example policies of published SLAs shipped beside the app (public/policies/), which
// a new contract can start from: fetched from the app's own folder (precached for offline
// use), checked like any imported policy, and kept as the contract's own copy.
import { type Policy, PolicyError, parsePolicy } from '../../engine/policy';

/** Each file's id (its name without .json) and the vendor's name as the policy gives it. */
export const EXAMPLE_POLICIES = [
  { id: 'github-enterprise', name: 'GitHub Enterprise' },
  { id: 'google-cloud-functions', name: 'Google Cloud Functions' },
  { id: 'digitalocean-droplets-volumes', name: 'DigitalOcean Droplets and Volumes' },
  { id: 'slack', name: 'Slack' },
] as const;

export type ExamplePolicyId = (typeof EXAMPLE_POLICIES)[number]['id'];

export async function fetchExamplePolicy(
  id: ExamplePolicyId,
  base = import.meta.env.BASE_URL,
): Promise<Policy> {
  const file = `policies/${id}.json`;
  const response = await fetch(`${base}${file}`);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  let doc: unknown;
  try {
    doc = await response.json();
  } catch {
    throw new Error(`${file}: not a JSON document`);
  }
  try {
    return parsePolicy(doc);
  } catch (e) {
    if (e instanceof PolicyError) throw new Error(`${file}: ${e.problems.join('; ')}`);
    throw e;
  }
}
