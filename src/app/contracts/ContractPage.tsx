// One contract: its name and policy, tabs for the dashboard, data, tickets, obligations,
// policy, what-if and settings, and a drop target for files over the whole page.
import { createMemo, lazy, Match, Show, Suspense, Switch } from 'solid-js';
import { DropZone } from '../import/DropZone';
import { importDefaults } from '../import/defaults';
import { ImportStatus } from '../import/ImportStatus';
import { LostFilesNote } from '../import/LostFilesNote';
import { addFiles } from '../import/queue';
import { isHidden } from '../state/deletes';
import { dir, t } from '../state/locale';
import { navigate, type Tab } from '../state/route';
import { createContractSession } from '../state/session';
import { AsOfControl } from './AsOfControl';
import { ContractSettings } from './ContractSettings';
import { TabStrip } from './TabStrip';

// The heavy tabs (charts, the policy form, the engine for what-if, a file's review before
// its import) load on first use.
const DashboardTab = lazy(() => import('./DashboardTab').then((m) => ({ default: m.DashboardTab })));
const ImportPanel = lazy(() => import('../import/ImportPanel').then((m) => ({ default: m.ImportPanel })));
const PolicyEditor = lazy(() => import('../policy/PolicyEditor').then((m) => ({ default: m.PolicyEditor })));
const WhatIf = lazy(() => import('../whatif/WhatIf').then((m) => ({ default: m.WhatIf })));
const TicketsTab = lazy(() => import('../tickets/TicketsTab').then((m) => ({ default: m.TicketsTab })));
const ObligationsTab = lazy(() =>
  import('../obligations/ObligationsTab').then((m) => ({ default: m.ObligationsTab })),
);

export function ContractPage(props: { id: number; tab: Tab }) {
  const s = createContractSession(() => props.id);
  const tab = () => props.tab;
  const gone = createMemo(() => (s.loaded() && !s.contract()) || isHidden(props.id));
  const onFiles = (files: File[]) => {
    void importDefaults(s).then((defaults) => addFiles(props.id, files, defaults));
    navigate({ page: 'contract', id: props.id, tab: 'data' });
  };
  return (
    <Show
      when={!gone()}
      fallback={
        <p>
          {t('conGone')} <a href="#/">{t('conBack')}</a>
        </p>
      }
    >
      <DropZone onFiles={onFiles}>
        <nav class="crumbs" aria-label={t('appBreadcrumb')}>
          <a href="#/">
            <span aria-hidden="true">{dir() === 'rtl' ? '→' : '←'}</span> {t('conAll')}
          </a>
        </nav>
        <header class="contract-head">
          <h1>{s.contract()?.name ?? '…'}</h1>
          <p class="muted">
            {s.policy()?.name ?? ''} · {s.zone()}
          </p>
          <AsOfControl asOf={s.asOf()} />
        </header>
        <TabStrip id={props.id} tab={tab()} />
        <LostFilesNote contractId={props.id} />
        <ImportStatus contractId={props.id} />
        <div class="tab-body">
          <Suspense fallback={<p class="muted">{t('appLoading')}</p>}>
            <Switch>
              <Match when={tab() === 'dashboard'}>
                <DashboardTab session={s} />
              </Match>
              <Match when={tab() === 'data'}>
                <ImportPanel session={s} onFiles={onFiles} />
              </Match>
              <Match when={tab() === 'tickets'}>
                <TicketsTab session={s} />
              </Match>
              <Match when={tab() === 'obligations'}>
                <ObligationsTab session={s} />
              </Match>
              <Match when={tab() === 'policy'}>
                <PolicyEditor session={s} />
              </Match>
              <Match when={tab() === 'whatif'}>
                <WhatIf session={s} />
              </Match>
              <Match when={tab() === 'settings'}>
                <ContractSettings session={s} />
              </Match>
            </Switch>
          </Suspense>
        </div>
      </DropZone>
    </Show>
  );
}
