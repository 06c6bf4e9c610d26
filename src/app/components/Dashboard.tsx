// The dashboard of one contract: tiles, period table, claims and termination, charts, evidence and exports, all read from one Evaluation.
import { createEffect, createMemo, createSignal, For, Show } from 'solid-js';
import type { Evaluation } from '../../engine/model';
import type { Policy } from '../../engine/policy';
import { ClaimsPanel } from '../claims/ClaimsPanel';
import { type LetterSubject, letterKey } from '../letter/subject';
import { lazyPart } from './lazy-part';
import '../styles.css';
import { BudgetBurnChart } from './charts/BudgetBurnChart';
import { DailyDowntimeChart } from './charts/DailyDowntimeChart';
import { UptimeChart } from './charts/UptimeChart';
import { CitationNotes } from './citations';
import { createStableEnv, EnvProvider, PERIOD_WORD } from './context';
import { ExclusionList } from './ExclusionList';
import { Exports } from './Exports';
import { HeadlineTiles } from './HeadlineTiles';
import { IncidentCredits } from './IncidentCredits';
import { latestBegun } from './latest-period';
import { ObligationList } from './ObligationList';
import { OutageList } from './OutageList';
import { PeriodTable } from './PeriodTable';
import { TicketCompliance } from './TicketCompliance';
import type { MinuteArrays } from './types';

// The letter is written only when asked for: it stays out of the first dashboard's weight.
// Shown only where a contract has the vendor's record beside its own checks.
const VendorComparison = lazyPart(() => import('./VendorComparison').then((m) => m.VendorComparison));
const LetterDialog = lazyPart(() => import('../letter/LetterDialog').then((m) => m.LetterDialog));

// Scopes and plans are the policy's newer terms; their parts load only for a contract that has them.
const ScopeNote = lazyPart(() => import('../terms').then((m) => m.ScopeNote));
const ScopeSections = lazyPart(() => import('../terms').then((m) => m.ScopeSections));
const PlanPicker = lazyPart(() => import('../terms').then((m) => m.PlanPicker));

export interface DashboardProps {
  evaluation: Evaluation;
  /** The evaluation's per-minute arrays, for day charts and outage drill-down. */
  minutes?: MinuteArrays;
  /** BCP 47 locale, e.g. "en" or "ar-EG"; sets the language, digits and direction. */
  locale?: string;
  /** The policy's clause citations (policy.citations). */
  citations?: Readonly<Record<string, string>>;
  /** Fields whose term the contract changed from the clause's preset or example policy. */
  changed?: readonly string[];
  /** The stored contract shown (the evaluation names only its policy); its letters are kept apart by id. */
  contract?: { id: number; name: string };
  /** Saves the contract's fee, asked for by a claim letter that cannot state its amount. */
  onSetFee?: (fee: number) => Promise<void> | void;
  /**
   * Settles once the files' SHA-256 still being taken are listed in the evaluation: a letter
   * prints, and the report saves, after it.
   */
  fingerprinted?: () => Promise<void>;
  /** The contract's policy as written, for the plan picker and the conditions the user answers. */
  policy?: Policy | null;
  /** Records when a ticket its file leaves open was resolved (null takes it back); the evaluation follows. */
  onResolveTicket?: (ticketId: string, resolvedAtMs: number | null) => Promise<void>;
  /** Saves a changed policy (a plan chosen, a condition answered); the evaluation follows. */
  onPolicy?: (policy: Policy) => Promise<void> | void;
}

export function Dashboard(props: DashboardProps) {
  const [chosen, setChosen] = createSignal<string | null>(null);
  // The open claim letter; kept outside the rebuilt panels, so a fee typed into it stays open.
  const [letter, setLetter] = createSignal<LetterSubject | null>(null);
  // The button the letter was opened from: the claims panel and the export row both open a
  // period's letter, and closing it must not send the focus (and the page) to the other.
  let opener: HTMLElement | null = null;
  const openLetter = (l: LetterSubject) => {
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setLetter(l);
  };
  const closeLetter = () => {
    const l = letter();
    setLetter(null);
    const back = opener?.isConnected
      ? opener
      : l && document.querySelector<HTMLButtonElement>(`[data-letter-for="${letterKey(l)}"]`);
    opener = null;
    back?.focus();
  };
  const evaluation = () => props.evaluation;
  // The chosen period, or the latest one begun by the report date (a later one, which the
  // data reaches, had not begun then); an evaluation without it falls back to that one.
  const period = createMemo(() => {
    const ps = evaluation().periods;
    return ps.find((p) => p.label === chosen()) ?? latestBegun(evaluation());
  });
  createEffect(() => {
    if (chosen() !== null && !evaluation().periods.some((p) => p.label === chosen())) setChosen(null);
  });
  // Rebuilt only when what it is made of changes, so a new evaluation keeps the open parts of the page.
  const env = createStableEnv(() => ({
    contract: evaluation().contract,
    locale: props.locale ?? 'en',
    citations: props.citations ?? {},
    changed: props.changed,
  }));

  return (
    <>
      <Show when={env()} keyed>
        {(e) => (
          <EnvProvider env={e}>
            <div class="sla-dashboard" lang={e.locale} dir={e.dir}>
              <header class="dash-head">
                <h2>{evaluation().contract.name}</h2>
                <p class="muted">
                  {e.t('contractLine', {
                    target: e.fmt.target(),
                    period: e.t(PERIOD_WORD[evaluation().contract.period]),
                    zone: e.zone,
                    asOf: e.fmt.day(evaluation().asOf),
                  })}
                </p>
              </header>
              <CitationNotes />
              <Show when={period()} fallback={<p>{e.t('noPeriods')}</p>}>
                {(p) => (
                  <>
                    <Show when={props.policy?.plans?.length && props.onPolicy}>
                      <PlanPicker policy={props.policy!} onPolicy={props.onPolicy!} />
                    </Show>
                    <div class="toolbar">
                      <label>
                        {e.t('choosePeriod')}{' '}
                        <select value={p().label} onChange={(ev) => setChosen(ev.currentTarget.value)}>
                          <For each={evaluation().periods}>
                            {(x) => (
                              // Selected by each option: a new evaluation makes the options anew.
                              <option value={x.label} selected={x.label === p().label}>
                                {e.fmt.period(x.label)}
                              </option>
                            )}
                          </For>
                        </select>
                      </label>
                    </div>
                    <Show when={evaluation().periodsAfterAsOf.length}>
                      <p class="warn" data-testid="after-as-of">
                        {e.t('afterAsOf', {
                          n: evaluation().periodsAfterAsOf.length,
                          asOf: e.fmt.day(evaluation().asOf),
                          first: e.fmt.period(evaluation().periodsAfterAsOf[0]!),
                          last: e.fmt.period(evaluation().periodsAfterAsOf.at(-1)!),
                        })}
                      </p>
                    </Show>
                    <Show when={evaluation().periodsRunningPastAsOf.includes(p().label)}>
                      <p class="warn" data-testid="running-past-as-of">
                        {e.t('runningPastAsOf', {
                          period: e.fmt.period(p().label),
                          asOf: e.fmt.day(evaluation().asOf),
                        })}
                      </p>
                    </Show>
                    <Show when={evaluation().scopes?.length}>
                      <ScopeNote evaluation={evaluation()} />
                    </Show>
                    <HeadlineTiles evaluation={evaluation()} period={p()} />
                    <PeriodTable
                      periods={evaluation().periods}
                      kind={evaluation().contract.period}
                      months={evaluation().incidentMonths}
                      selected={p().label}
                      onSelect={setChosen}
                    />
                    <Show when={evaluation().scopes?.length}>
                      <ScopeSections evaluation={evaluation()} selected={p().label} onSelect={setChosen} />
                    </Show>
                    <ClaimsPanel
                      evaluation={evaluation()}
                      onLetter={openLetter}
                      policy={props.policy}
                      onPolicy={props.onPolicy}
                    />
                    <section class="card charts" aria-labelledby={`${e.uid}-charts`}>
                      <h3 id={`${e.uid}-charts`}>{e.t('chartsTitle')}</h3>
                      <UptimeChart periods={evaluation().periods} />
                      <DailyDowntimeChart
                        evaluation={props.evaluation}
                        period={p()}
                        minutes={props.minutes}
                      />
                      <BudgetBurnChart evaluation={props.evaluation} period={p()} minutes={props.minutes} />
                    </section>
                    <Show when={evaluation().comparison}>
                      <VendorComparison comparison={evaluation().comparison} />
                    </Show>
                    <OutageList evaluation={props.evaluation} minutes={props.minutes} />
                    <ExclusionList evaluation={props.evaluation} />
                    <IncidentCredits
                      months={evaluation().incidentMonths}
                      asOf={evaluation().asOf}
                      onResolveTicket={props.onResolveTicket}
                    />
                    <TicketCompliance evaluation={props.evaluation} />
                    <ObligationList
                      obligations={evaluation().obligations}
                      preset={evaluation().contract.preset}
                    />
                    <Exports
                      evaluation={evaluation()}
                      period={p().label}
                      onLetter={openLetter}
                      fingerprinted={props.fingerprinted}
                    />
                  </>
                )}
              </Show>
            </div>
          </EnvProvider>
        )}
      </Show>
      {/* Outside the panels rebuilt when the contract changes: a fee typed into the letter
        changes the contract, and the letter (with a print waiting for the amount) stays. */}
      <Show when={letter()}>
        {(l) => (
          <LetterDialog
            evaluation={props.evaluation}
            subject={l()}
            contract={props.contract}
            locale={props.locale ?? 'en'}
            citations={props.citations}
            changed={props.changed}
            policy={props.policy}
            onSetFee={props.onSetFee}
            fingerprinted={props.fingerprinted}
            ownFee={!!l().scope && !!props.policy?.scopes?.find((sc) => sc.id === l().scope)?.fee}
            onClose={closeLetter}
          />
        )}
      </Show>
    </>
  );
}
