// What parsePolicy refuses a document for: its problems, or none when it is valid.
import { PolicyError, parsePolicy } from '../../src/engine/policy';

export function policyProblems(doc: unknown): string[] {
  try {
    parsePolicy(doc);
    return [];
  } catch (e) {
    if (e instanceof PolicyError) return e.problems;
    throw e;
  }
}
