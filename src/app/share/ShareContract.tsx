// Buttons to share a contract: its data as a bundle file and its policy as a link, through
// the device's share sheet where there is one, else a download or the clipboard.
import { createSignal, Show } from 'solid-js';
import { bundleFileName } from '../../storage';
import { type ShareOutcome, type ShareTarget, shareFile, shareLink } from './share';
import { fill, shareStrings } from './strings';

export interface ShareContractProps {
  locale: string;
  contractName: string;
  /** The bundle to share: `exportContractBundle(store, contractId)`. */
  exportBundle: () => Promise<Blob>;
  /** The policy link: `policyLink(policy, location.href)`; omitted, no link button. */
  policyLink?: () => Promise<string>;
  /** Reports a failure (a storage error while exporting). */
  onError: (error: unknown) => void;
  /** The device's share features (tests hand in their own). */
  target?: ShareTarget;
}

export function ShareContract(props: ShareContractProps) {
  const s = () => shareStrings(props.locale);
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal('');
  const [manualLink, setManualLink] = createSignal('');

  const said = (outcome: ShareOutcome, file = '') =>
    outcome === 'shared'
      ? s().shareShared
      : outcome === 'downloaded'
        ? fill(props.locale, s().shareDownloaded, { file })
        : outcome === 'copied'
          ? s().shareCopied
          : '';

  async function run(job: () => Promise<void>) {
    if (busy()) return;
    setBusy(true);
    setStatus(s().shareWorking);
    setManualLink('');
    try {
      await job();
    } catch (e) {
      setStatus('');
      props.onError(e);
    } finally {
      setBusy(false);
    }
  }

  const shareBundle = () =>
    run(async () => {
      const file = bundleFileName(props.contractName);
      setStatus(
        said(await shareFile(await props.exportBundle(), file, props.contractName, props.target), file),
      );
    });

  const sharePolicy = () =>
    run(async () => {
      const url = await props.policyLink!();
      const outcome = await shareLink(url, props.contractName, props.target);
      if (outcome === 'manual') setManualLink(url);
      setStatus(said(outcome));
    });

  return (
    <div class="share-contract">
      {/* Not disabled while busy: a focused button disabled drops the focus to the page's body. */}
      <div class="button-row">
        <button
          type="button"
          onClick={shareBundle}
          aria-disabled={busy()}
          aria-describedby="share-bundle-help"
        >
          {s().shareBundle}
        </button>
        <Show when={props.policyLink}>
          <button type="button" onClick={sharePolicy} aria-disabled={busy()}>
            {s().sharePolicy}
          </button>
        </Show>
      </div>
      <p id="share-bundle-help" class="small muted">
        {s().shareBundleHelp}
      </p>
      <p class="small" role="status">
        {status()}
      </p>
      <Show when={manualLink()}>
        <label class="share-link">
          <span>{s().shareManual}</span>
          <input type="text" readonly value={manualLink()} onFocus={(e) => e.currentTarget.select()} />
        </label>
      </Show>
    </div>
  );
}
