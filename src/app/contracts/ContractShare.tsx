// Sharing one contract from its settings: its data as a bundle file and its policy as a
// link (the share module's buttons, wired to this contract).
import { Show } from 'solid-js';
import { exportContractBundle } from '../../storage';
import { policyLink } from '../share/policy-link';
import { ShareContract } from '../share/ShareContract';
import { showError } from '../shell/errors';
import { appStore } from '../state/db';
import { locale, t } from '../state/locale';
import type { ContractSession } from '../state/session';
import { importBridge } from '../worker-bridge';

export function ContractShare(props: { session: ContractSession }) {
  const s = props.session;
  return (
    <Show when={s.contract()}>
      {(c) => (
        <section class="panel" aria-labelledby="share-h">
          <h2 id="share-h">{t('setShareTitle')}</h2>
          <ShareContract
            locale={locale()}
            contractName={c().name}
            exportBundle={async () => {
              // The bundle keeps each file's SHA-256, which nowhere else can take once the file
              // is gone: one still being taken after its import is waited for.
              await importBridge.fingerprintsSettled().catch(() => {});
              return exportContractBundle(await appStore(), c().id);
            }}
            policyLink={() => policyLink(s.policy()!, location.href)}
            onError={showError}
          />
        </section>
      )}
    </Show>
  );
}
