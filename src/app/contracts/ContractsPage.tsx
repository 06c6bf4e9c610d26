// The first screen: the contracts side by side as cards, or, when there are none, an
// empty state that offers sample data and a new contract.
import { For, Show } from 'solid-js';
import type { ContractRow } from '../../storage';
import { isHidden } from '../state/deletes';
import { createLive } from '../state/live';
import { t } from '../state/locale';
import { BackupReminder } from './BackupReminder';
import { ContractCard } from './ContractCard';
import { NewContract } from './NewContract';
import { OpenBundlePanel } from './OpenBundlePanel';
import { TrySample } from './TrySample';

export function ContractsPage() {
  const contracts = createLive(
    () => 0,
    (store) => store.listContracts(),
    [] as ContractRow[],
  );
  // Ids, not rows: a card keeps its evaluation when another contract changes.
  const ids = () => contracts.value().flatMap((c) => (isHidden(c.id) ? [] : [c.id]));
  return (
    <Show when={contracts.ready()} fallback={<p class="muted">{t('appLoading')}</p>}>
      <Show
        when={ids().length > 0}
        fallback={
          <section class="empty" aria-labelledby="empty-h">
            <h1 id="empty-h">{t('appEmptyTitle')}</h1>
            <p class="lead">{t('appEmptyText')}</p>
            <div class="two-col">
              <TrySample primary />
              <NewContract />
            </div>
            <OpenBundlePanel />
          </section>
        }
      >
        <section aria-labelledby="contracts-h">
          <h1 id="contracts-h">{t('conTitle')}</h1>
          <BackupReminder />
          <div class="card-grid">
            <For each={ids()}>{(id) => <ContractCard id={id} />}</For>
          </div>
        </section>
        <div class="two-col">
          <NewContract />
          <TrySample />
        </div>
        <OpenBundlePanel />
      </Show>
    </Show>
  );
}
