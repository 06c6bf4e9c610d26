// Opens a contract bundle file: the worker reads, checks and imports it, and when a contract
// of the same name exists the page asks whether to replace it or keep both before anything
// is written.
import { createSignal, Show } from 'solid-js';
import type { BundleConflictChoice, BundleOpenOutcome } from '../../storage';
import { errorText } from '../shell/errors';
import { refusalText } from './refusal-text';
import { fill, shareStrings } from './strings';

export interface OpenBundleProps {
  locale: string;
  /** `(file, onConflict) => openBundleFile(store, file, onConflict)`, in the worker in the app. */
  openBundle: (file: File, onConflict?: BundleConflictChoice) => Promise<BundleOpenOutcome>;
  /** Called once the contract is stored (open it, announce it). */
  onImported: (contractId: number, name: string) => void;
}

export function OpenBundle(props: OpenBundleProps) {
  const s = () => shareStrings(props.locale);
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
  const [pending, setPending] = createSignal<{ file: File; name: string } | null>(null);
  let picker!: HTMLInputElement;

  function finish(outcome: BundleOpenOutcome, file: File) {
    if (outcome.status === 'refused') {
      setStatus('');
      setPending(null);
      setError(fill(props.locale, s().openBroken, { reason: refusalText(outcome, props.locale) }));
      return;
    }
    if (outcome.status === 'conflict') {
      setStatus('');
      setPending({ file, name: outcome.existing.name });
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
      finish(await props.openBundle(file), file);
    } catch (e) {
      setStatus('');
      setError(fill(props.locale, s().openBroken, { reason: errorText(e) }));
    }
  }

  async function resolve(choice: BundleConflictChoice) {
    const p = pending();
    if (!p) return;
    try {
      finish(await props.openBundle(p.file, choice), p.file);
    } catch (e) {
      setPending(null);
      setError(fill(props.locale, s().openBroken, { reason: errorText(e) }));
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
          ref={picker}
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
            {/* The question takes the focus, as a dialog does, on its harmless answer. */}
            <p id="bundle-conflict-q">{fill(props.locale, s().openConflict, { name: p().name })}</p>
            <div class="button-row">
              <button type="button" onClick={() => void resolve('replace')}>
                {s().openReplace}
              </button>
              <button
                type="button"
                class="primary"
                ref={(el) => queueMicrotask(() => el.focus())}
                onClick={() => void resolve('keep-both')}
              >
                {s().openKeepBoth}
              </button>
              <button
                type="button"
                onClick={() => {
                  setPending(null);
                  // The question goes with the button: the focus returns to the file picker.
                  picker.focus();
                }}
              >
                {s().openCancel}
              </button>
            </div>
          </div>
        )}
      </Show>
    </div>
  );
}
