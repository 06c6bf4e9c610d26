// The obligations tab's content: each promise of the policy beside the events the report
// judged for it (or the stored ones, not yet judged), and the form to record one by hand.
import { For, type JSX, Show } from 'solid-js';
import type { Evaluation } from '../../engine/model';
import type { Obligation } from '../../engine/policy';
import type { NewObligationEntry } from '../../storage';
import { obligationFact, obligationTitle } from '../components/codes';
import { formatInstant } from '../format';
import { locale, t } from '../state/locale';
import { ReportEnv } from '../tickets/ReportEnv';
import { focusCardOf } from './card-focus';
import { EntryForm } from './EntryForm';
import { handEntryIds, type ObligationEntryRow } from './entries';
import { JudgedTable } from './JudgedTable';
import { ObligationCard } from './ObligationCard';
import './obligations.css';

export interface ObligationsViewProps {
  obligations: Obligation[];
  /** The policy's id: a built-in preset's promises have their titles in every language. */
  preset: string;
  zone: string;
  evaluation: Evaluation | null;
  entries: ObligationEntryRow[];
  citations: Readonly<Record<string, string>>;
  changed?: readonly string[];
  onAdd: (entry: NewObligationEntry) => Promise<unknown>;
  onDelete: (id: number) => Promise<unknown>;
}

/** Stored events before any report judged them: when each started, and delete. */
function Unjudged(props: { entries: ObligationEntryRow[]; zone: string; onDelete: (id: number) => void }) {
  const at = (ms: number) => formatInstant(ms, props.zone, locale());
  return (
    <ul class="plain">
      <For each={props.entries}>
        {(e) => (
          <li>
            {at(e.startedAtMs)} <span dir="auto">{e.note}</span>{' '}
            <Show when={e.datasetId === null}>
              <button type="button" class="small" onClick={() => props.onDelete(e.id)}>
                {t('obDelete')}
              </button>
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}

export function ObligationsView(props: ObligationsViewProps) {
  const ids = () => (props.evaluation ? handEntryIds(props.evaluation.obligations, props.entries) : []);
  const judged = (id: string) =>
    (props.evaluation?.obligations ?? [])
      .map((entry, i) => ({ entry, id: ids()[i] ?? null }))
      .filter((r) => r.entry.obligation === id);
  const stored = (id: string) => props.entries.filter((e) => e.obligation === id);
  const remove = (id: number) => {
    // The event's row and its Delete button go: the focus stays on the promise's card.
    focusCardOf(document.activeElement);
    void props.onDelete(id);
  };
  const titleOf = (o: Obligation) => obligationTitle({ t }, props.preset, o);

  const body = (): JSX.Element => (
    <>
      <header class="dash-head">
        <h2>{t('obligationsTitle')}</h2>
        <p class="muted">{t('obIntro', { zone: props.zone })}</p>
        <Show when={!props.evaluation && props.entries.length}>
          <p class="muted">{t('obNotJudged')}</p>
        </Show>
      </header>
      <Show when={props.obligations.length} fallback={<p>{t('obNone')}</p>}>
        <For each={props.obligations}>
          {(o) => (
            <ObligationCard
              obligation={o}
              title={titleOf(o)}
              fact={(f) => obligationFact({ t }, props.preset, o, f)}
              count={props.evaluation ? judged(o.id).length : stored(o.id).length}
            >
              <Show
                when={props.evaluation}
                fallback={<Unjudged entries={stored(o.id)} zone={props.zone} onDelete={remove} />}
              >
                <JudgedTable label={titleOf(o)} rows={judged(o.id)} rule={o.rule.kind} onDelete={remove} />
              </Show>
            </ObligationCard>
          )}
        </For>
        <EntryForm
          obligations={props.obligations}
          titleOf={titleOf}
          factOf={(o, f) => obligationFact({ t }, props.preset, o, f)}
          zone={props.zone}
          onAdd={props.onAdd}
        />
      </Show>
    </>
  );

  return (
    <Show when={props.evaluation} fallback={<div class="sla-dashboard tab-view">{body()}</div>}>
      {(r) => (
        <ReportEnv
          contract={r().contract}
          locale={locale()}
          citations={props.citations}
          changed={props.changed}
        >
          {body()}
        </ReportEnv>
      )}
    </Show>
  );
}
