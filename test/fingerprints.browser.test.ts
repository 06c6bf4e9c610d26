// The plain SHA-256 the worker takes after an import, in real Chromium: streamed or in one
// call it is what `sha256sum` prints, a file stored without one gets it when dropped
// again, and the claim letter shows it.
import Dexie from 'dexie';
import { createComponent } from 'solid-js';
import { afterAll, describe, expect, it } from 'vitest';
import { ClaimLetter } from '../src/app/letter/ClaimLetter';
import { createImportBridge, type EvaluateOutcome } from '../src/app/worker-bridge';
import type { Store } from '../src/storage';
import { Fingerprints, fileSha256, whileEvaluating } from '../workers/fingerprints';
import { CLARUS_SAMPLE_FINGERPRINTS } from './fixtures/sample-fingerprints';
import { addContract, freshStore, policyOf } from './fixtures/storage/helpers';
import { mount, text, unmount } from './support/clarus-sample';

const ZONE = 'Africa/Cairo';
const stores: Store[] = [];
afterAll(() => {
  unmount();
  for (const s of stores) s.close();
});

async function sample(name: keyof typeof CLARUS_SAMPLE_FINGERPRINTS): Promise<File> {
  const res = await fetch(`/samples/clarus-lis/${name}`);
  return new File([await res.arrayBuffer()], name, { type: 'text/csv' });
}

/** Only what Fingerprints asks of a store, keeping each SHA-256 recorded and when. */
function recordingStore(): { store: Store; recorded: string[]; recordedAt: number[] } {
  const recorded: string[] = [];
  const recordedAt: number[] = [];
  const store = {
    lacksSha256: async () => true,
    recordSha256: async (_id: number, sha256: string) => {
      recorded.push(sha256);
      recordedAt.push(performance.now());
    },
  } as unknown as Store;
  return { store, recorded, recordedAt };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An evaluation that runs until the returned call. */
function evaluating(): () => Promise<void> {
  let end = () => {};
  const running = whileEvaluating(() => new Promise<void>((r) => (end = r)));
  return async () => {
    end();
    await running;
  };
}

describe('evidence fingerprints in the app', () => {
  it('streamed through hash-wasm or digested in one call, a file’s SHA-256 is sha256sum’s', async () => {
    const probes = await sample('probes.csv');
    const expected = CLARUS_SAMPLE_FINGERPRINTS['probes.csv'].sha256;
    expect(await fileSha256(probes)).toBe(expected);
    expect(await fileSha256(probes, undefined, 0)).toBe(expected);
  });

  it('is stored after the import, and the claim letter lists each file with its size and SHA-256', async () => {
    const store = await freshStore();
    stores.push(store);
    const policy = await policyOf('clarus-lis');
    const contractId = await addContract(store, policy, { fee: 12000 });
    const bridge = createImportBridge({ storeName: store.name });
    await bridge.importFile(await sample('probes.csv'), contractId, { kind: 'probes', sourceZone: ZONE });
    await bridge.importFile(await sample('maintenance.csv'), contractId, {
      kind: 'exclusions',
      sourceZone: ZONE,
    });
    await bridge.fingerprintsSettled();
    const datasets = await store.listDatasets(contractId);
    expect(datasets.map((d) => [d.name, d.sha256])).toEqual([
      ['probes.csv', CLARUS_SAMPLE_FINGERPRINTS['probes.csv'].sha256],
      ['maintenance.csv', CLARUS_SAMPLE_FINGERPRINTS['maintenance.csv'].sha256],
    ]);
    const outcome: EvaluateOutcome = await bridge.evaluateContract(contractId, policy, '2026-11-21');
    if (outcome.status !== 'evaluated') throw new Error(JSON.stringify(outcome));
    const credited = outcome.evaluation.periods.find((p) => (p.credit.percent ?? 0) > 0)!;
    const root = mount(() =>
      createComponent(ClaimLetter, {
        evaluation: outcome.evaluation,
        subject: { source: 'period', label: credited.label },
      }),
    );
    expect([...root.querySelectorAll('[data-testid="letter-input"]')].map(text)).toEqual([
      `probes.csv: 36,195 rows, 1,365,504 bytesSHA-256: ${CLARUS_SAMPLE_FINGERPRINTS['probes.csv'].sha256}`,
      `maintenance.csv: 6 rows, 659 bytesSHA-256: ${CLARUS_SAMPLE_FINGERPRINTS['maintenance.csv'].sha256}`,
    ]);
    bridge.stop();
  });

  it('a file stored without one gets it when the same file is dropped again', async () => {
    const store = await freshStore();
    stores.push(store);
    const policy = await policyOf('clarus-lis');
    const contractId = await addContract(store, policy);
    const bridge = createImportBridge({ storeName: store.name });
    const file = await sample('maintenance.csv');
    const first = await bridge.importFile(file, contractId, { kind: 'exclusions', sourceZone: ZONE });
    if (first.status !== 'imported') throw new Error(JSON.stringify(first));
    await bridge.fingerprintsSettled();
    // As a dataset stored before fingerprints were kept (or whose worker stopped first): none.
    const raw = new Dexie(store.name);
    await raw.open();
    await raw.table('datasets').update(first.datasetId, { sha256: undefined });
    raw.close();
    expect((await store.listDatasets(contractId))[0]!.sha256).toBeUndefined();
    const again = await bridge.importFile(file, contractId, { kind: 'exclusions', sourceZone: ZONE });
    expect(again).toMatchObject({ status: 'duplicate', datasetId: first.datasetId });
    await bridge.fingerprintsSettled();
    expect((await store.listDatasets(contractId))[0]!.sha256).toBe(
      CLARUS_SAMPLE_FINGERPRINTS['maintenance.csv'].sha256,
    );
    bridge.stop();
  });

  it('a streamed file waits while an evaluation runs in any worker, and for one never said to end only a few seconds', async () => {
    const { store, recorded } = recordingStore();
    const file = await sample('maintenance.csv');
    const expected = CLARUS_SAMPLE_FINGERPRINTS['maintenance.csv'].sha256;

    // Streamed as a large file is (no file goes to WebCrypto in one call here), after no quiet moment.
    const hashing = new Fingerprints(undefined, 0, 0);
    const ended = evaluating();
    await pause(50);
    hashing.add(store, 1, file);
    await pause(1500);
    // Still held, past the first renewal: the evaluation says every second that it runs.
    expect(recorded).toEqual([]);
    await ended();
    await hashing.settled();
    expect(recorded).toEqual([expected]);

    // A worker stopped mid-evaluation said it runs and never says more: the hold runs out.
    const stopped = new Fingerprints(300, 0, 0);
    new BroadcastChannel('sla-witness-evaluations').postMessage({ id: 'stopped', running: true });
    await pause(50);
    const started = performance.now();
    stopped.add(store, 2, file);
    await stopped.settled();
    expect(recorded).toEqual([expected, expected]);
    const held = performance.now() - started;
    expect(held).toBeGreaterThan(200);

    // A file WebCrypto digests in one call waits for no evaluation.
    const small = new Fingerprints();
    const running = evaluating();
    await pause(50);
    small.add(store, 3, file);
    await small.settled();
    expect(recorded).toEqual([expected, expected, expected]);
    await running();
  });

  it('a streamed file starts only after a quiet moment once the import and the evaluation after it have ended', async () => {
    const { store, recorded, recordedAt } = recordingStore();
    const file = await sample('maintenance.csv');
    const hashing = new Fingerprints(undefined, 0, 400);
    await hashing.whileImporting(async () => {});
    hashing.add(store, 1, file);
    // The page asks for the verdict a moment after the import: within the quiet moment.
    await pause(100);
    const evaluated = evaluating();
    await pause(500);
    expect(recorded).toEqual([]);
    await evaluated();
    const ended = performance.now();
    await pause(200);
    // Evaluated, and the dashboard being drawn: still waiting.
    expect(recorded).toEqual([]);
    await hashing.settled();
    expect(recorded).toEqual([CLARUS_SAMPLE_FINGERPRINTS['maintenance.csv'].sha256]);
    expect(recordedAt[0]! - ended).toBeGreaterThanOrEqual(400);
  });

  it('a notice reaches hashing whose every chunk is ready at once, and pauses it', async () => {
    // Chunks handed over as soon as asked, as a file stream's are once the disk has them:
    // with only promise jobs between chunks, the channel's notice would wait for the last one.
    // 128 MiB: hashing takes a good part of a second, far longer than a notice takes to come.
    const CHUNKS = 512;
    const CHUNK_BYTES = 256 * 1024;
    let pulled = 0;
    const blob = {
      size: CHUNKS * CHUNK_BYTES,
      slice: () => blob,
      stream: () =>
        new ReadableStream({
          type: 'bytes',
          pull(controller) {
            const request = controller.byobRequest!;
            if (pulled === CHUNKS) {
              controller.close();
              request.respond(0);
              return;
            }
            pulled++;
            const view = request.view!;
            const n = Math.min(view.byteLength, CHUNK_BYTES);
            new Uint8Array(view.buffer, view.byteOffset, n).fill(7);
            request.respond(n);
          },
        }),
    } as unknown as Blob;
    const { createSHA256 } = await import('hash-wasm');
    const sha = await createSHA256();
    const chunk = new Uint8Array(CHUNK_BYTES).fill(7);
    for (let i = 0; i < CHUNKS; i++) sha.update(chunk);
    const expected = sha.digest('hex');
    const { store, recorded } = recordingStore();
    const hashing = new Fingerprints(undefined, 0, 0);
    hashing.add(store, 1, blob);
    const evaluated = evaluating();
    // Until the hashing stands still: paused by the notice, or (were the notice held back) at the end.
    for (let seen = -1; pulled !== seen; ) {
      seen = pulled;
      await pause(100);
    }
    expect(pulled).toBeLessThan(CHUNKS);
    expect(recorded).toEqual([]);
    await evaluated();
    await hashing.settled();
    expect(pulled).toBe(CHUNKS);
    expect(recorded).toEqual([expected]);
  });
});
