// Asks before a policy from a `#policy=…` link is saved: shows its name, source and key
// terms, lets the user name the contract that will follow it, and saves only on an
// explicit click (the shell stores the policy and that contract).
import { createResource, createSignal, For, Show } from 'solid-js';
import type { Policy } from '../../engine/policy';
import { PRESETS } from '../../engine/presets';
import { errorText } from '../shell/errors';
import { takeFallenFocus } from '../shell/fallen-focus';
import { followers as storedFollowers } from './followers';
import { keyTermsOf, presetNamesake, sameTerms } from './policy-terms';
import { fill, shareStrings } from './strings';

export interface ConfirmSharedPolicyProps {
  /** The policy `policyFromFragment(location.hash)` returned (already validated). */
  policy: Policy;
  locale: string;
  /** Saves it as a custom policy and a contract following it, both under `name`; a rejection is shown and the prompt stays. */
  onConfirm: (policy: Policy, name: string) => void | Promise<void>;
  onCancel: () => void;
  /** The contracts that follow a custom policy, each with it (the app's store's, unless given): a link opened twice says so. */
  followers?: () => Promise<readonly { name: string; policy: Policy }[]>;
}

/**
 * A link opened again, in the page's language: kept here, with the offer that alone says it,
 * not in the strings every first screen loads.
 */
const SAVED_BEFORE: Record<string, string> = {
  en: 'These terms are already here: the contract “{name}” follows them. Creating a contract again makes a second one.',
  ar: 'هذه الشروط موجودة هنا: يتبعها العقد «{name}». إنشاء عقد بها مرة أخرى يضيف عقدًا ثانيًا.',
};

/** Longer than any contract's name: a link's longer name is cut here, with an ellipsis. */
const MAX_NAME_CHARS = 200;

/**
 * Text from a link as the prompt shows it: anyone can write the link, so control
 * characters and bidi controls (which show "\u202Egnp.exe" as "exe.png") become spaces.
 */
const plain = (text: string) =>
  text
    .replace(/[\p{Cc}\p{Bidi_Control}]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();

/** A link's policy name as the prompt shows and suggests it: plain, and cut when longer than any real one. */
function plainName(name: string): string {
  const text = plain(name);
  return text.length > MAX_NAME_CHARS ? `${text.slice(0, MAX_NAME_CHARS)}…` : text;
}

export function ConfirmSharedPolicy(props: ConfirmSharedPolicyProps) {
  const s = () => shareStrings(props.locale);
  const [name, setName] = createSignal(plainName(props.policy.name));
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const id = `shared-policy-${Math.random().toString(36).slice(2, 8)}`;
  const namesake = () => presetNamesake(props.policy, Object.values(PRESETS));
  const [followers] = createResource(() => (props.followers ?? storedFollowers)());
  const following = () => followers()?.find((c) => sameTerms(c.policy, props.policy));
  // Every term in sentences, as the policy editor reads them back; its words load only here.
  const [sentences] = createResource(
    () => [props.policy, props.locale] as const,
    async ([policy, locale]) => (await import('../policy/summary')).policySentences(policy, locale),
  );

  async function confirm(e: SubmitEvent) {
    e.preventDefault();
    const chosen = name().trim();
    if (!chosen) return setError(s().confirmNameEmpty);
    setBusy(true);
    setError('');
    try {
      await props.onConfirm(props.policy, chosen);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel shared-policy" aria-labelledby={`${id}-h`} data-testid="confirm-shared-policy">
      {/* A link opened on a fresh page leaves the focus on its body: the offer takes it, so a
        keyboard starts on it and a screen reader says what the link brought. */}
      <h2 id={`${id}-h`} tabindex="-1" ref={takeFallenFocus}>
        {s().confirmTitle}
      </h2>
      <p class="muted">{s().confirmIntro}</p>
      <p>
        <strong>{plainName(props.policy.name)}</strong>
      </p>
      <Show when={namesake()}>
        {(n) => (
          <p class={n().same ? 'small muted' : 'warn'} data-testid="shared-policy-namesake">
            {fill(props.locale, n().same ? s().presetSame : s().presetDiffers, { name: n().name })}
          </p>
        )}
      </Show>
      <Show when={following()}>
        {(c) => (
          <p class="warn" data-testid="shared-policy-saved">
            {fill(
              props.locale,
              SAVED_BEFORE[props.locale.split(/[-_]/)[0]!.toLowerCase()] ?? SAVED_BEFORE.en!,
              {
                name: plainName(c().name),
              },
            )}
          </p>
        )}
      </Show>
      <Show when={props.policy.source}>
        <p class="small muted">
          {s().confirmSource}: {plain(props.policy.source ?? '')}
        </p>
      </Show>
      {/* One group per term, so a label stays beside its value however wide the page. */}
      <dl class="terms">
        <For each={keyTermsOf(props.policy, props.locale)}>
          {(term) => (
            <div>
              <dt>{term.label}</dt>
              <dd>{term.value}</dd>
            </div>
          )}
        </For>
      </dl>
      <Show when={sentences()}>
        {(list) => (
          <details class="all-terms">
            <summary>{s().allTerms}</summary>
            <ul data-testid="shared-policy-sentences">
              <For each={list()}>{(line) => <li>{line}</li>}</For>
            </ul>
          </details>
        )}
      </Show>
      <form onSubmit={confirm}>
        <label for={`${id}-name`}>{s().confirmName}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name()}
          onInput={(e) => setName(e.currentTarget.value)}
          aria-invalid={error() !== ''}
          aria-describedby={`${id}-error`}
        />
        <p id={`${id}-error`} class="error" role="alert">
          {error()}
        </p>
        <div class="button-row">
          <button type="submit" class="primary" disabled={busy()}>
            {s().confirmSave}
          </button>
          <button type="button" onClick={() => props.onCancel()} disabled={busy()}>
            {s().confirmCancel}
          </button>
        </div>
      </form>
    </section>
  );
}
