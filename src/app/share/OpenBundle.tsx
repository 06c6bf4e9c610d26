// Opens a contract bundle file: reads and checks it, imports it, and when a contract of
// the same name exists asks whether to replace it or keep both before anything is written.
import { createSignal, Show } from 'solid-js';
import {
  type BundleConflictChoice,
  BundleError,
  type BundleImportOutcome,
  type ContractBundle,
  readContractBundle,
} from '../../storage';
import { fill, shareStrings } from './strings';

export interface OpenBundleProps {
  locale: string;
  /** `(bundle, onConflict) => importContractBundle(store, bundle, { onConflict })`. */
  importBundle: (bundle: ContractBundle, onConflict?: BundleConflictChoice) => Promise<BundleImportOutcome>;
  /** Called once the contract is stored (open it, announce it). */
  onImported: (contractId: number, name: string) => void;
}

const reasonOf = (e: unknown) =>
  e instanceof BundleError ? e.problems.join('; ') : e instanceof Error ? e.message : String(e);

export function OpenBundle(props: OpenBundleProps) {
  const s = () => shareStrings(props.locale);
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
  const [pending, setPending] = createSignal<{ bundle: ContractBundle; name: string } | null>(null);

  async function finish(outcome: BundleImportOutcome, bundle: ContractBundle) {
    if (outcome.status === 'conflict') {
      setStatus('');
      setPending({ bundle, name: outcome.existing.name });
      return;
    }
    setPending(null);
    setStatus(fill(props.locale, s().openDone, { name: outcome.name }));
    props.onImported(outcome.contractId, outcome.name);
  }

  async function open(file: File) {
    setError('');
    setPending(null);
    setStatus(fill(props.locale, s().openReading, { file: file.name }));
    try {
      const bundle = await readContractBundle(file);
      await finish(await props.importBundle(bundle), bundle);
    } catch (e) {
      setStatus('');
      setError(fill(props.locale, s().openBroken, { reason: reasonOf(e) }));
    }
  }

  async function resolve(choice: BundleConflictChoice) {
    const p = pending();
    if (!p) return;
    try {
      await finish(await props.importBundle(p.bundle, choice), p.bundle);
    } catch (e) {
      setPending(null);
      setError(fill(props.locale, s().openBroken, { reason: reasonOf(e) }));
    }
  }

  return (
    <div class="open-bundle">
      <label class="button file-button">
        {s().openBundle}
        <input
          type="file"
          accept=".gz,.json,application/gzip,application/json"
          class="visually-hidden"
          data-testid="bundle-file"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) void open(f);
          }}
        />
      </label>
      <p class="small muted">{s().openBundleHelp}</p>
      <p class="small" role="status">
        {status()}
      </p>
      <Show when={error()}>
        <p class="error" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={pending()}>
        {(p) => (
          <div role="alertdialog" aria-labelledby="bundle-conflict-q" class="panel">
            <p id="bundle-conflict-q">{fill(props.locale, s().openConflict, { name: p().name })}</p>
            <div class="button-row">
              <button type="button" onClick={() => void resolve('replace')}>
                {s().openReplace}
              </button>
              <button type="button" class="primary" onClick={() => void resolve('keep-both')}>
                {s().openKeepBoth}
              </button>
              <button type="button" onClick={() => setPending(null)}>
                {s().openCancel}
              </button>
            </div>
          </div>
        )}
      </Show>
    </div>
  );
}
