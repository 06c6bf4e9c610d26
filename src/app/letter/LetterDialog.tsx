// Shows one claim letter over the page (a modal portal on <body>) with the sender and
// contract reference to fill in, the fee asked for when the amount cannot be stated, and
// Print and Close; print rules then print only the letter.

import { createEffect, createSignal, createUniqueId, onCleanup, onMount, Show, untrack } from 'solid-js';
import { Portal } from 'solid-js/web';
import { type Policy, scopeTerms } from '../../engine/policy';
import { eligibilityText } from '../components/codes';
import { makeEnv } from '../components/context';
import { dirOf } from '../i18n';
import { agreedTerms } from '../policy/summary';
import { awaitFingerprints } from '../state/report-of';
import { typedNumber } from '../typed-number';
import { ClaimLetter, type ClaimLetterProps, type LetterSender } from './ClaimLetter';
import { creditOf, letterClaim } from './subject';
import { letterTranslator } from './text';
import './letter.css';

const SENDER_KEY = 'sla-witness-letter-sender';

interface SavedSenders {
  from?: string;
  /** Per contract id (`id:7`); older versions keyed them by the policy's name. */
  references?: Record<string, string>;
}

function readSenders(): SavedSenders {
  return JSON.parse(globalThis.localStorage?.getItem(SENDER_KEY) ?? '{}') as SavedSenders;
}

/**
 * The sender and the contract's reference last typed; kept on this device only. A
 * reference saved under the policy's name, as before, is taken over by the first contract
 * that reads it and then dropped, so two contracts on one preset stop sharing it.
 */
export function savedSender(key: string, oldKey: string): LetterSender {
  try {
    const all = readSenders();
    const references = all.references ?? {};
    // The keys are names a user typed ("toString" among them): only the object's own count.
    const saved = (k: string) =>
      Object.hasOwn(references, k) && typeof references[k] === 'string' ? references[k] : undefined;
    if (saved(key) === undefined && saved(oldKey) !== undefined) {
      const { [oldKey]: reference, ...rest } = references;
      globalThis.localStorage?.setItem(
        SENDER_KEY,
        JSON.stringify({ ...all, references: { ...rest, [key]: reference } }),
      );
      return { from: all.from ?? '', reference: reference ?? '' };
    }
    return { from: typeof all.from === 'string' ? all.from : '', reference: saved(key) ?? '' };
  } catch {
    return { from: '', reference: '' };
  }
}

function saveSender(key: string, sender: LetterSender): void {
  try {
    const references = { ...readSenders().references, [key]: sender.reference };
    globalThis.localStorage?.setItem(SENDER_KEY, JSON.stringify({ from: sender.from, references }));
  } catch {
    // A browser that refuses storage still prints the letter as typed.
  }
}

export function LetterDialog(
  props: Omit<ClaimLetterProps, 'headingId' | 'sender' | 'contractName'> & {
    /** The stored contract the letter is for; the evaluation knows only its policy's name. */
    contract?: { id: number; name: string };
    onClose: () => void;
    /** Saves the contract's fee (rejecting when it could not); without it the dialog only says where to set one. */
    onSetFee?: (fee: number) => Promise<void> | void;
    /**
     * Settles once the SHA-256 of every file still being fingerprinted is in the evaluation:
     * the letter lists each file with it, and Print waits for it.
     */
    fingerprinted?: () => Promise<void>;
    /**
     * The claim's part of the service is credited on a fee of its own, set in the policy:
     * the contract's fee would not state its amount, so none is asked for.
     */
    ownFee?: boolean;
    /** The contract's policy as written: the terms it changed are stated in words. */
    policy?: Policy | null;
  },
) {
  const headingId = createUniqueId();
  // A part of the service credited on its own states its own terms.
  const agreed = () => {
    const policy = props.policy;
    if (!policy || !props.changed?.length) return undefined;
    const scope = policy.scopes?.find((s) => s.id === props.subject.scope);
    return agreedTerms(scope ? scopeTerms(policy, scope) : policy, props.locale ?? 'en');
  };
  const t = letterTranslator(props.locale ?? 'en');
  const policyName = () => props.evaluation.contract.name;
  const key = () => (props.contract ? `id:${props.contract.id}` : policyName());
  const [sender, setSender] = createSignal(savedSender(key(), policyName()));
  const [feeError, setFeeError] = createSignal('');
  const update = (change: Partial<LetterSender>) => {
    setSender({ ...sender(), ...change });
    saveSender(key(), sender());
  };
  // The credit claimed may hang on what the contract's settings do not say yet (no plan tier
  // or effective date, a customer's condition unanswered): said before the letter is sent.
  const creditDepends = () => {
    const c = letterClaim(props.evaluation, props.subject);
    if (!c) return [];
    // A month's incident credit is owed on the conditions of the period it belongs to.
    const period =
      c.source === 'period' ? c.period : props.evaluation.periods.find((p) => p.label === c.month.period);
    if (!period) return [];
    const owed =
      c.source === 'period'
        ? (period.credit.percent ?? 0) > 0 || (period.credit.days ?? 0) > 0
        : c.month.percent > 0;
    const env = makeEnv(
      props.evaluation.contract,
      props.locale ?? 'en',
      props.citations ?? {},
      props.changed,
    );
    return owed
      ? period.credit.checks.filter((check) => check.met === null).map((check) => eligibilityText(env, check))
      : [];
  };
  // The amount is unknown while the fee is not set and the credit is a share of it.
  const needsFee = () => {
    const c = letterClaim(props.evaluation, props.subject);
    const credit = c ? creditOf(c) : null;
    return credit !== null && credit.amount === null && (credit.percent ?? 0) > 0;
  };
  // A fee typed and then Print pressed: the field commits on leaving it, just before the
  // click, and the amount reaches the letter only once the contract is re-evaluated. The
  // print waits for that, or a letter without its amount would be printed.
  // Asked for when the letter opened, the fee field stays until the letter closes: taking
  // it away as the amount arrives moved Print from under a click already on its way.
  const feeAsked = untrack(needsFee);
  const [feePending, setFeePending] = createSignal(false);
  const [printQueued, setPrintQueued] = createSignal(false);
  // A file's SHA-256 is taken in the background after its import (a second or two for a
  // large one), and the letter lists every file with it. Waited for from the moment the
  // letter opens: Print waits for it, and the browser's own print command, which the page
  // cannot hold back, prints a note saying so instead of the letter. Without them after
  // all (a file gone from disk), the letter prints as it stands.
  const [fingerprintsPending, setFingerprintsPending] = createSignal(false);
  onMount(() => void awaitFingerprints(props.evaluation, props.fingerprinted, setFingerprintsPending));
  createEffect(() => {
    if (feePending() && !needsFee()) setFeePending(false);
  });
  createEffect(() => {
    if (printQueued() && !feePending() && !fingerprintsPending()) {
      setPrintQueued(false);
      window.print();
    }
  });
  const print = () => setPrintQueued(true);
  const saveFee = async (fee: number) => {
    setFeePending(true);
    try {
      await props.onSetFee?.(fee);
    } catch {
      // The failure is shown where the fee is saved; nothing waits for the amount then.
      setFeePending(false);
      setPrintQueued(false);
    }
  };
  let box!: HTMLDivElement;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') props.onClose();
  };
  // The page behind the letter takes no focus and no pointer while it is open: Tab would
  // otherwise walk on into the header and the dashboard hidden under it.
  const page = document.getElementById('root');
  onMount(() => {
    document.addEventListener('keydown', onKey);
    page?.setAttribute('inert', '');
    box.focus();
  });
  onCleanup(() => {
    document.removeEventListener('keydown', onKey);
    page?.removeAttribute('inert');
  });
  return (
    <Portal>
      <div
        ref={box}
        class="letter-overlay"
        lang={props.locale ?? 'en'}
        dir={dirOf(props.locale ?? 'en')}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${headingId}-h`}
        tabindex="-1"
        data-fingerprints-pending={fingerprintsPending() ? '' : undefined}
      >
        <div class="letter-toolbar">
          <div class="letter-fields">
            <label>
              <span>{t('letterFromField')}</span>
              <input
                value={sender().from}
                autocomplete="organization"
                onInput={(e) => update({ from: e.currentTarget.value })}
              />
            </label>
            <label>
              <span>{t('letterReferenceField')}</span>
              <input
                value={sender().reference}
                onInput={(e) => update({ reference: e.currentTarget.value })}
              />
            </label>
            <Show when={needsFee() && props.ownFee}>
              <p class="small muted" data-testid="letter-fee-scope">
                {t('letterFeeScope')}
              </p>
            </Show>
            <Show when={(feeAsked || needsFee()) && !props.ownFee}>
              <label class="letter-fee">
                <span>
                  {t(props.evaluation.contract.feePer === 'year' ? 'letterFeeYear' : 'letterFeeMonth', {
                    currency: props.evaluation.contract.currency,
                  })}
                </span>
                <input
                  inputmode="decimal"
                  aria-invalid={feeError() !== ''}
                  disabled={!props.onSetFee}
                  onChange={async (e) => {
                    const n = typedNumber(e.currentTarget.value, 'thousands');
                    if (!(Number.isFinite(n) && n > 0)) return setFeeError(t('letterFeeInvalid'));
                    setFeeError('');
                    await saveFee(n);
                  }}
                />
                <small class={feeError() ? 'error' : 'muted'}>
                  {feeError() || t(props.onSetFee ? 'letterFeeHelp' : 'letterFeeSettings')}
                </small>
              </label>
            </Show>
            <Show when={creditDepends().length}>
              <p class="small warn" data-testid="letter-credit-depends">
                {t('letterCreditDepends', {
                  conditions: creditDepends().join(dirOf(props.locale ?? 'en') === 'rtl' ? '؛ ' : '; '),
                })}
              </p>
            </Show>
          </div>
          <div class="button-row">
            <button
              type="button"
              class="primary"
              aria-busy={printQueued()}
              data-testid="letter-print"
              onClick={print}
            >
              {t(
                !printQueued()
                  ? 'letterPrint'
                  : fingerprintsPending()
                    ? 'letterPrintFingerprints'
                    : 'letterPrintWaiting',
              )}
            </button>
            <button type="button" onClick={() => props.onClose()}>
              {t('letterClose')}
            </button>
          </div>
        </div>
        <p class="letter-print-too-soon" data-testid="letter-print-too-soon">
          {t('letterPrintTooSoon')}
        </p>
        <ClaimLetter
          evaluation={props.evaluation}
          subject={props.subject}
          sender={sender()}
          contractName={props.contract?.name}
          locale={props.locale}
          citations={props.citations}
          changed={props.changed}
          agreed={agreed()}
          headingId={`${headingId}-h`}
        />
      </div>
    </Portal>
  );
}
