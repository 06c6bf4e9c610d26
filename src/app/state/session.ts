// One open contract as live signals: its row, its policy (preset, custom or own copy),
// its datasets, the zone and report date, and the report kept current in the worker.
import { type Accessor, createMemo, getOwner } from 'solid-js';
import { clausesInForce } from '../../engine/changed-clauses';
import type { Policy } from '../../engine/policy';
import type { ContractRow, DatasetRow, ObligationEntryRow, PolicyRow, Store } from '../../storage';
import { importBridge } from '../worker-bridge';
import { asOfIn } from './as-of';
import { createBasePolicy } from './base-policy';
import { appStore, updateContract, updatePolicy } from './db';
import { createEvaluator, type EvalRequest, type EvalState, requestKey } from './evaluator';
import { createLive } from './live';
import { policyOf, zoneOf } from './policies';
import { createSaved } from './saved';
import { until } from './until';

export interface ContractSession {
  id: Accessor<number>;
  contract: Accessor<ContractRow | undefined>;
  /** False until the contract has been read once. */
  loaded: Accessor<boolean>;
  customRow: Accessor<PolicyRow | undefined>;
  policy: Accessor<Policy | null>;
  /**
   * The policy's clauses that still describe its terms, and the fields whose term the
   * contract changed from the preset or example policy the clause was quoted from.
   */
  clauses: Accessor<Clauses>;
  datasets: Accessor<DatasetRow[]>;
  /** Obligation events, from files and entered by hand, in the order stored. */
  obligationEntries: Accessor<ObligationEntryRow[]>;
  zone: Accessor<string>;
  asOf: Accessor<string>;
  /** What the worker is asked to evaluate for the contract (null while nothing is stored). */
  evalRequest: Accessor<EvalRequest | null>;
  evaluation: Accessor<EvalState>;
  /** Stores an edited policy where the contract keeps it (a preset becomes the contract's own copy). */
  savePolicy: (policy: Policy) => Promise<void>;
  /**
   * Settles once every file's SHA-256 still being taken has been recorded and the evaluation
   * shown lists it (or the evaluation failed). A large file's is taken a second or two after
   * its verdict shows (workers/fingerprints.ts): a claim letter printed before would list
   * the file without the fingerprint the vendor checks it by.
   */
  fingerprinted: () => Promise<void>;
}

interface Clauses {
  citations: Readonly<Record<string, string>>;
  changed: readonly string[];
}

interface ContractRead {
  contract: ContractRow | undefined;
  custom: PolicyRow | undefined;
}

async function readContract(store: Store, id: number): Promise<ContractRead> {
  const contract = await store.getContract(id);
  const custom =
    contract?.policy.kind === 'custom' ? await store.getPolicy(contract.policy.policyId) : undefined;
  return { contract, custom };
}

/** What an evaluation of the contract depends on beyond its policy and report date: a change re-evaluates. */
export function evaluationStamp(
  c: ContractRow,
  datasets: readonly DatasetRow[],
  entries: readonly ObligationEntryRow[],
): string {
  const terms = [c.timezone, c.fee, c.currency, c.tier, c.effectiveDate, c.holidays, c.ticketResolutions];
  return JSON.stringify([
    terms,
    // A file's SHA-256 is recorded in the background after its import: the report and
    // the claim letter list it once it is.
    datasets.map((d) => [d.id, d.sha256 ?? null]),
    // Hand-entered events change without a new dataset; their content is the stamp.
    entries.map(({ id: entryId, obligation, startedAtMs, fulfilledAtMs, note }) => [
      entryId,
      obligation,
      startedAtMs,
      fulfilledAtMs,
      note,
    ]),
  ]);
}

export function createContractSession(id: Accessor<number>): ContractSession {
  const read = createLive(id, readContract, { contract: undefined, custom: undefined });
  const datasets = createLive(id, (store, k) => store.listDatasets(k), [] as DatasetRow[]);
  const contract = () => read.value().contract;
  const stored = createMemo(() => {
    const c = contract();
    return c ? policyOf(c, read.value().custom) : null;
  });
  // An edit made before the last save came back (a second condition answered at once)
  // starts from what was saved.
  const saved = createSaved(stored, id);
  const policy = saved.value;
  const base = createBasePolicy(policy);
  const clauses = createMemo((): Clauses => {
    const p = policy();
    return p ? clausesInForce(p, base()) : { citations: {}, changed: [] };
  });
  const zone = createMemo(() => zoneOf(policy(), contract()));
  const asOf = createMemo(() => asOfIn(zone()));

  const entries = createLive(id, (store, k) => store.listObligationEntries(k), [] as ObligationEntryRow[]);

  // The worker resolves holidays (the contract's own list, else the country's built-in one)
  // and reads tickets and obligation events itself: the request only says when to re-run.
  const request = createMemo<EvalRequest | null>(
    () => {
      const c = contract();
      const p = policy();
      if (!c || !p || !datasets.ready() || !entries.ready()) return null;
      if (datasets.value().length === 0 && entries.value().length === 0) return null;
      const stamp = evaluationStamp(c, datasets.value(), entries.value());
      return { contractId: c.id, policy: p, asOf: asOf(), stamp };
    },
    null,
    { equals: (a, b) => (a && b ? requestKey(a) === requestKey(b) : a === b) },
  );
  const evaluation = createEvaluator(request);
  // A Print waiting for fingerprints stops waiting when the contract's page closes.
  const owner = getOwner();

  async function savePolicy(p: Policy): Promise<void> {
    const c = contract();
    if (!c) return;
    await saved.save(p, () =>
      c.policy.kind === 'custom'
        ? updatePolicy(c.policy.policyId, { policy: p, name: p.name })
        : updateContract(c.id, { policy: { kind: 'embedded', policy: p } }),
    );
  }

  async function fingerprinted(): Promise<void> {
    try {
      await importBridge.fingerprintsSettled();
    } catch {
      // The worker taking them was stopped: no more are coming.
      return;
    }
    const recorded = await (await appStore()).listDatasets(id());
    await until(() => {
      // The recorded ones reach the page's list of datasets, then a new request with them,
      // then its evaluation.
      const listed = new Map(datasets.value().map((d) => [d.id, d.sha256]));
      if (recorded.some((d) => d.sha256 && listed.has(d.id) && listed.get(d.id) !== d.sha256)) return false;
      const asked = request();
      const state = evaluation();
      return (
        asked === null ||
        state.status === 'failed' ||
        (state.status === 'evaluated' && requestKey(state.request) === requestKey(asked))
      );
    }, owner);
  }

  return {
    id,
    contract,
    loaded: read.ready,
    customRow: () => read.value().custom,
    policy,
    clauses,
    datasets: datasets.value,
    obligationEntries: entries.value,
    zone,
    asOf,
    evalRequest: request,
    evaluation,
    savePolicy,
    fingerprinted,
  };
}
