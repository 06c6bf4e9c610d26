// The policy reference (docs/policy.md) is held to the schema: every field the schema
// accepts is named in it, and every policy it shows validates.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../src/engine/policy';
import { PolicySchema } from '../src/engine/policy-schema';
import { PRESETS } from '../src/engine/presets';

const doc = readFileSync(new URL('../docs/policy.md', import.meta.url), 'utf8');

interface Node {
  type: string;
  entries?: Record<string, Node>;
  options?: Node[] | readonly unknown[];
  item?: Node;
  wrapped?: Node;
  value?: Node;
  literal?: unknown;
}

/**
 * Every field path of the schema, as the reference writes it: `a.b` for a nested field,
 * `a[].b` for a field of a list's items, `<kind>` for the keys of an object whose every
 * entry has one shape (exclusions.kinds). A variant's options add their fields to the
 * same path, and each option's `kind` is listed apart. A shape met again (a credit in a
 * plan, a calendar of a severity) is documented once: the later path is only named.
 */
function fieldsOf(schema: Node): { paths: string[]; kinds: string[] } {
  const paths: string[] = [];
  const kinds: string[] = [];
  const seen = new Set<Node>();
  const walk = (node: Node, path: string): void => {
    while (node.type === 'optional' || node.type === 'nullable') node = node.wrapped!;
    if (node.type === 'array') {
      walk(node.item!, `${path}[]`);
      return;
    }
    if (node.type !== 'strict_object' && node.type !== 'variant') return;
    if (seen.has(node)) return;
    seen.add(node);
    const objects = node.type === 'variant' ? (node.options as Node[]) : [node];
    for (const object of objects) {
      const entries = Object.entries(object.entries!);
      const shapes = new Set(entries.map(([, e]) => e));
      if (entries.length > 1 && shapes.size === 1) {
        for (const [key] of entries) kinds.push(`${path}.${key}`);
        walk(entries[0]![1], `${path}.<kind>`);
        continue;
      }
      for (const [key, entry] of entries) {
        const at = path ? `${path}.${key}` : key;
        if (key === 'kind' && entry.type === 'literal') kinds.push(`${at} "${String(entry.literal)}"`);
        if (!paths.includes(at)) paths.push(at);
        walk(entry, at);
      }
    }
  };
  walk(schema as unknown as Node, '');
  return { paths, kinds };
}

/**
 * Whether each field path may be left out of its object (`optional`), as the reference
 * writes the paths; a nullable field is still required, written as `null`.
 */
function optionalityOf(schema: Node): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const seen = new Set<Node>();
  const walk = (node: Node, path: string): void => {
    let optional = false;
    while (node.type === 'optional' || node.type === 'nullable') {
      if (node.type === 'optional') optional = true;
      node = node.wrapped!;
    }
    if (path && !out.has(path)) out.set(path, optional);
    if (node.type === 'array') {
      walk(node.item!, `${path}[]`);
      return;
    }
    if (node.type !== 'strict_object' && node.type !== 'variant') return;
    if (seen.has(node)) return;
    seen.add(node);
    for (const object of node.type === 'variant' ? (node.options as Node[]) : [node]) {
      const entries = Object.entries(object.entries!);
      if (entries.length > 1 && new Set(entries.map(([, e]) => e)).size === 1)
        walk(entries[0]![1], `${path}.<kind>`);
      else for (const [key, entry] of entries) walk(entry, path ? `${path}.${key}` : key);
    }
  };
  walk(schema, '');
  return out;
}

/** The ```json blocks (whole policies) and ```json fragment blocks (some top-level fields). */
function examples(info: string): string[] {
  const out: string[] = [];
  const re = /^```([^\n]*)\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(doc); m; m = re.exec(doc)) if (m[1]!.trim() === info) out.push(m[2]!);
  return out;
}

describe('the policy reference', () => {
  const { paths, kinds } = fieldsOf(PolicySchema as unknown as Node);

  it('walks the whole schema', () => {
    expect(paths).toContain('credit.multiple');
    expect(paths).toContain('exclusions.kinds.<kind>.notice.tiers[].fromMinutes');
    expect(paths).toContain('scopes[].credit');
    expect(kinds).toContain('claim.kind "periodsAfterPeriod"');
    expect(paths.length).toBeGreaterThan(120);
  });

  it('names every field of the schema', () => {
    expect(paths.filter((p) => !doc.includes(`\`${p}\``))).toEqual([]);
  });

  it('names every kind of every variant, and every key of exclusions.kinds', () => {
    const missing = kinds.filter((k) => {
      const quoted = k.match(/^(.*) "(.*)"$/);
      return quoted ? !doc.includes(`\`"${quoted[2]}"\``) : !doc.includes(`\`${k}\``);
    });
    expect(missing).toEqual([]);
  });

  it('gives a default only for a field that may be left out, and calls every other required', () => {
    const optional = optionalityOf(PolicySchema as unknown as Node);
    const wrong: string[] = [];
    let checked = 0;
    let defaultColumn = -1;
    for (const line of doc.split('\n')) {
      if (!line.startsWith('|')) {
        defaultColumn = -1;
        continue;
      }
      const cells = line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim());
      if (cells[0] === 'field') {
        defaultColumn = cells.indexOf('default');
        continue;
      }
      const field = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1];
      if (defaultColumn < 0 || field === undefined || !optional.has(field)) continue;
      const said = cells[defaultColumn]!;
      checked++;
      const saysRequired = said.startsWith('required') || said === '—';
      if (saysRequired === optional.get(field)) wrong.push(`${field}: ${said}`);
    }
    expect(checked).toBeGreaterThanOrEqual(100);
    expect(wrong).toEqual([]);
  });

  it('gives the range of decimals roundDecimals takes, as the schema holds it', () => {
    expect(doc.replace(/ +/g, ' ')).toContain('| `roundDecimals` | Decimals (0–6) the uptime is rounded to');
    const first = JSON.parse(examples('json')[0]!);
    expect(() => parsePolicy({ ...first, roundDecimals: 6 })).not.toThrow();
    expect(() => parsePolicy({ ...first, roundDecimals: 7 })).toThrow(
      'roundDecimals: expected a whole number of decimals from 0 to 6',
    );
  });

  it('says where each example policy’s sample data and figures are', () => {
    const text = doc.slice(doc.indexOf('## The example policies')).replace(/\s+/g, ' ');
    const samples = readFileSync('test/fixtures/policies/README.md', 'utf8');
    const figures = readFileSync('test/cli-example-policies.test.ts', 'utf8');
    const realdata = readFileSync('test/cli-realdata.test.ts', 'utf8');
    const examples = readdirSync('public/policies').filter((f) => f.endsWith('.json'));
    const sampled = examples.filter((f) => samples.includes(`\`${f}\``));
    expect(examples.filter((f) => !sampled.includes(f))).toEqual(['github-enterprise.json']);
    for (const f of sampled) expect(figures).toContain(f.replace(/\.json$/, ''));
    expect(realdata).toContain("'public/policies/github-enterprise.json'");
    expect(realdata).toContain('/github-status/downtime_windows.csv');
    expect(text).toContain(
      "`test/fixtures/policies/` holds sample data for the other three, and `test/cli-example-policies.test.ts` the figures each gives; GitHub's is run on its real status history (`test/fixtures/realdata/github-status/`) in `test/cli-realdata.test.ts`.",
    );
  });

  it('gives each preset’s value where a field’s example quotes a preset', () => {
    const PRESET_OF: Record<string, string> = {
      MedOS: 'medos',
      Clarus: 'clarus-lis',
      ElevateFinance: 'elevatefinance',
      Kipu: 'kipu',
      PatientIQ: 'patientiq',
    };
    /** The values at a path as the reference writes it (`a[].b`, `<kind>` for every key). */
    const valuesAt = (root: unknown, path: string): unknown[] =>
      path.split('.').reduce<unknown[]>(
        (at, part) =>
          at.flatMap((o) => {
            if (o === null || typeof o !== 'object') return [];
            if (part === '<kind>') return Object.values(o);
            const list = part.endsWith('[]');
            const v = (o as Record<string, unknown>)[list ? part.slice(0, -2) : part];
            return list && Array.isArray(v) ? v : [v];
          }),
        [root],
      );
    const claims = doc
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => {
        const field = /^\| `([^`]+)`/.exec(line)![1]!;
        return [
          ...line.matchAll(
            /(MedOS|Clarus|ElevateFinance|Kipu|PatientIQ)(?: LIS)?: [^→|]*→ `([^`]*)`(?: `([^`]*)`)?/g,
          ),
        ].map((m) => ({
          field,
          preset: PRESET_OF[m[1]!]!,
          key: m[3] === undefined ? null : m[2]!,
          value: m[3] ?? m[2]!,
        }));
      });
    expect(claims.length).toBeGreaterThanOrEqual(20);
    const wrong = claims.filter(({ field, preset, key, value }) => {
      const expected = JSON.stringify(JSON.parse(value));
      const at = key === null ? field : field.replace('<kind>', key);
      return !valuesAt(PRESETS[preset], at).some((v) => JSON.stringify(v) === expected);
    });
    expect(wrong).toEqual([]);
  });

  it('shows whole policies that validate, and fragments that validate laid over the first', () => {
    const whole = examples('json');
    expect(whole.length).toBeGreaterThan(0);
    for (const text of whole) expect(() => parsePolicy(JSON.parse(text)), text).not.toThrow();
    const first = JSON.parse(whole[0]!);
    const fragments = examples('json fragment');
    expect(fragments.length).toBeGreaterThan(10);
    for (const text of fragments)
      expect(() => parsePolicy({ ...first, ...JSON.parse(text) }), text).not.toThrow();
  });
});
