// A policy someone shared as a link (#policy=…): offered for saving with its key terms
// (ConfirmSharedPolicy), never applied without asking; a broken link says why.
import { createResource, createSignal, lazy, onCleanup, Show } from 'solid-js';
import type { Policy } from '../../engine/policy';
import { PolicyError } from '../../engine/policy';
import type { MessageKey } from '../i18n';
import { policyProblemsLine } from '../policy/problems-line';
import { PolicyLinkError, policyFromFragment } from '../share/policy-link';
import { addContractWithPolicy } from '../state/db';
import { locale, t } from '../state/locale';
import { newContractRow } from '../state/policies';
import { navigate } from '../state/route';
import { errorText } from './errors';
import { takeFallenFocus } from './fallen-focus';

// Loaded only when a link carries a policy: its terms' words are not part of the first screen.
const ConfirmSharedPolicy = lazy(() =>
  import('../share/ConfirmSharedPolicy').then((m) => ({ default: m.ConfirmSharedPolicy })),
);

const LINK_PROBLEM = {
  tooLong: 'shareTooLong',
  tooLarge: 'shareTooLarge',
  unreadable: 'shareUnreadable',
} as const satisfies Record<PolicyLinkError['code'], MessageKey>;

export function SharedPolicy() {
  const [dismissed, setDismissed] = createSignal(false);
  // A link opened in a tab that already shows the app changes only the fragment: offer it
  // as a fresh load would.
  const [hash, setHash] = createSignal(location.hash);
  const onHashChange = () => {
    if (!location.hash.startsWith('#policy=')) return;
    setDismissed(false);
    setHash(location.hash);
  };
  globalThis.addEventListener('hashchange', onHashChange);
  onCleanup(() => globalThis.removeEventListener('hashchange', onHashChange));
  const [shared] = createResource(hash, async (hash) => {
    try {
      return { policy: await policyFromFragment(hash), error: null };
    } catch (e) {
      // Worded as it is shown, so a change of language re-words it.
      const error =
        e instanceof PolicyError
          ? () => policyProblemsLine(e.problems, locale())
          : e instanceof PolicyLinkError
            ? () => t(LINK_PROBLEM[e.code], e.params)
            : () => errorText(e);
      return { policy: null, error };
    }
  });
  const close = () => {
    setDismissed(true);
    navigate({ page: 'list' });
    // The offer goes with the button pressed in it: the focus goes on to the page left open
    // rather than to the page's body.
    const main = document.getElementById('main');
    if (main) takeFallenFocus(main);
  };

  async function save(policy: Policy, name: string) {
    const now = Date.now();
    const named = { ...policy, name };
    const id = await addContractWithPolicy(
      { name, policy: named, createdAt: now, updatedAt: now },
      (policyId) => newContractRow(name, { kind: 'custom', policyId }, named),
    );
    setDismissed(true);
    navigate({ page: 'contract', id, tab: 'policy' });
  }

  return (
    <Show when={!dismissed() && shared()}>
      {(s) => (
        <Show
          when={s().policy}
          fallback={
            <Show when={s().error}>
              {/* Like the offer, it takes the focus a fresh page leaves on its body. */}
              <section class="panel error-panel" role="alert" tabindex="-1" ref={takeFallenFocus}>
                <p>{t('shareBroken', { reason: s().error?.() ?? '' })}</p>
                <button type="button" onClick={close}>
                  {t('shareDismiss')}
                </button>
              </section>
            </Show>
          }
        >
          {(p) => <ConfirmSharedPolicy policy={p()} locale={locale()} onConfirm={save} onCancel={close} />}
        </Show>
      )}
    </Show>
  );
}
