// Prototype pollution through what a colleague can send: a shared policy link, a contract
// bundle and a policy file carrying every key that reaches a prototype are refused, the
// page's and the import worker's prototypes stay as they were, and no stored row changes.
import { afterAll, describe, expect, it } from 'vitest';
import { setAt } from '../src/app/policy/paths';
import { policyFromFragment, policyLink } from '../src/app/share/policy-link';
import { createImportBridge } from '../src/app/worker-bridge';
import { type Policy, PolicyError, parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import {
  BundleError,
  exportContractBundle,
  importContractBundle,
  readContractBundle,
  type Store,
} from '../src/storage';
import { addContract, freshStore, policyOf } from './fixtures/storage/helpers';

const stores: Store[] = [];
afterAll(async () => {
  for (const s of stores) await s.deleteAllData().finally(() => s.close());
});

/** Own property names of the three shared prototypes, to compare before and after. */
function prototypeShape(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype].map((p) =>
    Reflect.ownKeys(p).map(String).sort().join(','),
  );
}

/** The attacks: each puts one pollution key where a document may carry keys. */
function craftedPolicies(base: Policy): { label: string; doc: unknown }[] {
  const withOption = (patch: Record<string, unknown>) => {
    const doc = structuredClone(base) as unknown as { interpretations: { options: { patch: unknown }[] }[] };
    doc.interpretations[0]!.options[0]!.patch = patch;
    return doc;
  };
  const raw = (json: string) => JSON.parse(json) as unknown;
  const baseJson = JSON.stringify(base);
  return [
    {
      label: 'patch downCodes.__proto__.0',
      doc: withOption({ 'downCodes.__proto__.0': { id: 1, polluted: true } }),
    },
    { label: 'patch __proto__.polluted', doc: withOption({ '__proto__.polluted': true }) },
    {
      label: 'patch constructor.prototype.polluted',
      doc: withOption({ 'constructor.prototype.polluted': true }),
    },
    { label: 'patch credit.prototype', doc: withOption({ 'credit.prototype': { polluted: true } }) },
    { label: 'patch downCodes.length', doc: withOption({ 'downCodes.length': 0 }) },
    { label: 'top-level __proto__', doc: raw(`{"__proto__":{"polluted":true},${baseJson.slice(1)}`) },
    {
      label: 'citations.__proto__',
      doc: raw(baseJson.replace('"citations":{', '"citations":{"__proto__":"polluted",')),
    },
    {
      label: 'nested constructor',
      doc: raw(baseJson.replace('"fee":{', '"fee":{"constructor":{"prototype":{"polluted":true}},')),
    },
  ];
}

describe('pollution keys in documents from outside', () => {
  it('a policy link, a policy file and a bundle carrying them are refused; prototypes and stored rows stay', async () => {
    const before = prototypeShape();
    const base = PRESETS.elevatefinance!;
    const attacks = craftedPolicies(base);

    // A shared link, as the page opens it.
    for (const { label, doc } of attacks) {
      const link = await policyLink(doc as Policy, 'https://example.invalid/app/');
      const hash = link.slice(link.indexOf('#'));
      await expect(policyFromFragment(hash), label).rejects.toBeInstanceOf(PolicyError);
    }
    // A policy file, as the policy page reads one.
    for (const { label, doc } of attacks)
      expect(() => parsePolicy(JSON.parse(JSON.stringify(doc))), label).toThrow(PolicyError);
    // The form's writer never follows a prototype key.
    expect(() => setAt({ a: {} }, ['a', '__proto__', 'polluted'], true)).toThrow();
    expect(() => setAt([], ['constructor', 'prototype'], true)).toThrow();

    // A bundle, from a real contract with stored rows.
    const store = await freshStore();
    stores.push(store);
    const policy = await policyOf('clarus-lis');
    const contractId = await addContract(store, policy);
    const bridge = createImportBridge({ storeName: store.name });
    const first = await bridge.importFile(await sampleFile('clarus-lis/probes.csv'), contractId, {
      kind: 'probes',
      sourceZone: policy.timezone,
    });
    expect(first.status).toBe('imported');
    // The file's SHA-256 is stored in the background after its import: wait for it first.
    await bridge.fingerprintsSettled();
    const rowsBefore = await snapshot(store);
    const bundleText = await gunzipText(await exportContractBundle(store, contractId));
    const bundleAttacks = [
      bundleText.replace('{', '{"__proto__":{"polluted":true},'),
      bundleText.replace('"contract":{', '"contract":{"constructor":{"prototype":{"polluted":true}},'),
      bundleText.replace('"interpretations":[', '"interpretations":[{"__proto__":{"0":1}},'),
      ...attacks.map(({ doc }) => {
        const json = JSON.parse(bundleText) as { policy: { document: unknown } };
        return JSON.stringify(json).replace(JSON.stringify(json.policy.document), JSON.stringify(doc));
      }),
    ];
    for (const [i, text] of bundleAttacks.entries()) {
      const read = readContractBundle(new Blob([text]));
      await expect(read, `bundle attack ${i}`).rejects.toBeInstanceOf(BundleError);
    }
    expect(prototypeShape()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown[])[0]).toBeUndefined();

    // The worker: every crafted policy sent for evaluation is refused there, and afterwards
    // the worker still tells a file it has never seen from one it stored.
    for (const { label, doc } of attacks) {
      const outcome = await bridge.evaluateContract(contractId, doc as Policy, '2026-11-21');
      expect(outcome.status, label).toBe('failed');
    }
    const unseen = new File(['time,status\n2026-03-02T10:00:00Z,200\n'], 'never-seen.csv');
    const second = await bridge.importFile(unseen, contractId, {
      kind: 'probes',
      sourceZone: policy.timezone,
    });
    expect(second.status).toBe('imported');
    const again = await bridge.importFile(await sampleFile('clarus-lis/probes.csv'), contractId, {
      kind: 'probes',
      sourceZone: policy.timezone,
    });
    expect(again.status).toBe('duplicate');
    bridge.stop();

    // Nothing the attacks touched changed what was stored before them.
    const rowsAfter = await snapshot(store);
    expect(rowsAfter.contracts).toEqual(rowsBefore.contracts);
    expect(rowsAfter.policies).toEqual(rowsBefore.policies);
    expect(rowsAfter.datasets.slice(0, rowsBefore.datasets.length)).toEqual(rowsBefore.datasets);
    expect(rowsAfter.series.slice(0, rowsBefore.series.length)).toEqual(rowsBefore.series);
    expect(prototypeShape()).toEqual(before);
  });

  it('a bundle without pollution keys still imports (the check refuses only what it should)', async () => {
    const store = await freshStore();
    stores.push(store);
    const policy = await policyOf('kipu');
    const contractId = await addContract(store, policy);
    const blob = await exportContractBundle(store, contractId);
    await store.deleteContract(contractId);
    const outcome = await importContractBundle(store, await readContractBundle(blob));
    expect(outcome.status).toBe('imported');
  });
});

async function gunzipText(blob: Blob): Promise<string> {
  const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
  if (head[0] !== 0x1f || head[1] !== 0x8b) return blob.text();
  return new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).text();
}

async function snapshot(store: Store) {
  const db = store.db;
  return {
    contracts: await db.contracts.toArray(),
    policies: await db.policies.toArray(),
    datasets: await db.datasets.toArray(),
    series: (await db.series.toArray()).map((r) => ({ ...r, counts: undefined })),
  };
}

async function sampleFile(path: string): Promise<File> {
  const res = await fetch(`/samples/${path}`);
  if (!res.ok) throw new Error(`sample ${path}: HTTP ${res.status}`);
  return new File([await res.arrayBuffer()], path.split('/').pop()!, { type: 'text/csv' });
}
