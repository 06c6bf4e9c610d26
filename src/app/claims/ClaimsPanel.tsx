// Claims and termination on the dashboard: every claim with its deadline in the contract's
// zone and the days left as of the report date, and each termination right, marked when triggered.
import { createMemo, For, type JSX, Show } from 'solid-js';
import type { EligibilityCheck, Evaluation } from '../../engine/model';
import type { Policy } from '../../engine/policy';
import { CiteDetails } from '../components/citations';
import { type DashboardEnv, useEnv } from '../components/context';
import { Figs } from '../components/Fig';
import { lazyPart } from '../components/lazy-part';
import { deadlineDay, isolate } from '../format';
import { type LetterSubject, letterKey } from '../letter/subject';
import { CalendarExport } from './CalendarExport';
import { type ClaimItem, claimItems } from './claims';
import { TerminationList } from './TerminationList';
import './claims.css';

// Conditions the user answers and remedies besides money load only for a policy that has them.
const ConditionChecklist = lazyPart(() => import('../terms').then((m) => m.ConditionChecklist));
const RemediesOwed = lazyPart(() => import('../terms').then((m) => m.RemediesOwed));

// A credit paid without a claim, or one whose window has closed, is not claimed: its letter
// asks for the credit to be applied or records the figures, and its button says which.
const LETTER_LABEL = { automatic: 'clmLetterNotice', expired: 'clmLetterRecord' } as const;

const isCustomerCondition = (c: EligibilityCheck) => c.condition.code === 'customerCondition';

function creditText(c: ClaimItem, env: DashboardEnv): JSX.Element {
  if ('eligible' in c.credit) return <Figs parts={env.fmt.creditParts(c.credit)} />;
  const pct = env.fmt.pct(c.credit.percent);
  return c.credit.amount !== null && c.credit.percent > 0 ? (
    <Figs parts={[pct, env.fmt.money(c.credit.amount, c.credit.currency)]} />
  ) : (
    pct
  );
}

function ClaimRow(props: { c: ClaimItem; onLetter: (subject: LetterSubject) => void }) {
  const env = useEnv();
  const { t, fmt } = env;
  const c = () => props.c;
  const period = () => fmt.period(c().label, c().scope?.period);
  const label = () => {
    const x = c();
    if (x.source === 'incidents') return t('clmIncidents', { month: fmt.period(x.label) });
    return x.scope ? t('clmScopePeriod', { scope: isolate(x.scope.name), period: period() }) : period();
  };
  const letterLabel = () => t(LETTER_LABEL[c().status as keyof typeof LETTER_LABEL] ?? 'clmLetter');
  const subject = (): LetterSubject => ({
    source: c().source,
    label: c().label,
    ...(c().scope ? { scope: c().scope!.id } : {}),
  });
  return (
    <li
      class={`claim claim-${c().status}`}
      classList={{ soon: (c().daysLeft ?? 99) <= 7 }}
      data-claim={c().label}
    >
      <div class="claim-what">
        <strong>{label()}</strong>
        <span>{creditText(c(), env)}</span>
      </div>
      <div class="claim-when">
        <Show when={c().status === 'open' && c().claimByMs}>
          {(by) => (
            <>
              <span class="countdown">{t('clmDaysLeft', { n: c().daysLeft ?? 0 })}</span>
              <span>
                {/* Arabic gives a day to its end and a time as it stands: "before the end of" fits only a day. */}
                {t(deadlineDay(by(), env.zone) === null ? 'clmClaimByTime' : 'clmClaimBy', {
                  date: fmt.deadline(by()),
                })}
              </span>
            </>
          )}
        </Show>
        <Show when={c().status === 'expired' && c().claimByMs}>
          {(by) => <span>{t('clmExpired', { date: fmt.deadline(by()) })}</span>}
        </Show>
        <Show when={c().status === 'automatic'}>
          <span>{t('clmAutomatic')}</span>
        </Show>
        <Show when={c().status === 'noDeadline'}>
          <span>{t('clmNoDeadline')}</span>
        </Show>
        <Show when={c().status === 'remedy'}>
          <span>{t('clmRemedyOnly')}</span>
        </Show>
        <button
          type="button"
          class="small"
          data-letter-for={letterKey(subject())}
          aria-label={`${letterLabel()}${env.dir === 'rtl' ? '، ' : ', '}${label()}`}
          onClick={() => props.onLetter(subject())}
        >
          {letterLabel()}
        </button>
      </div>
    </li>
  );
}

export function ClaimsPanel(props: {
  evaluation: Evaluation;
  /** Opens the claim letter for one claim. */
  onLetter: (subject: LetterSubject) => void;
  /** The contract's policy as written and how to save it, for answering its conditions. */
  policy?: Policy | null;
  onPolicy?: (policy: Policy) => Promise<void> | void;
}) {
  const env = useEnv();
  const { t, fmt } = env;
  const id = `${env.uid}-claims`;
  const items = createMemo(() => claimItems(props.evaluation));
  // A credit with no deadline, or a remedy, can still be claimed: it stands with the open ones.
  const isOpen = (c: ClaimItem) => c.status === 'open' || c.status === 'noDeadline' || c.status === 'remedy';
  const open = () => items().filter(isOpen);
  const closed = () => items().filter((c) => !isOpen(c));

  return (
    <section class="card claims" aria-labelledby={id} data-testid="claims-panel">
      <h3 id={id}>{t('clmTitle')}</h3>
      <p class="muted">{t('clmIntro', { zone: env.zone, asOf: fmt.day(props.evaluation.asOf) })}</p>
      <Show when={items().length} fallback={<p>{t('clmNone')}</p>}>
        <Show when={open().length}>
          <h4>{t('clmOpen')}</h4>
          <ul class="claim-list">
            <For each={open()}>{(c) => <ClaimRow c={c} onLetter={props.onLetter} />}</For>
          </ul>
        </Show>
        <Show when={closed().length}>
          <h4>{t('clmClosed')}</h4>
          <ul class="claim-list">
            <For each={closed()}>{(c) => <ClaimRow c={c} onLetter={props.onLetter} />}</For>
          </ul>
        </Show>
      </Show>
      <Show when={props.evaluation.remedies?.length}>
        <RemediesOwed evaluation={props.evaluation} />
      </Show>
      <Show
        when={[props.evaluation.periods, ...(props.evaluation.scopes ?? []).map((s) => s.periods)].some(
          (ps) => ps.some((p) => p.credit.checks.some(isCustomerCondition)),
        )}
      >
        <ConditionChecklist evaluation={props.evaluation} policy={props.policy} onPolicy={props.onPolicy} />
      </Show>
      <CalendarExport evaluation={props.evaluation} />
      <CiteDetails field="claim" />
      <h4>{t('terminationTitle')}</h4>
      <TerminationList evaluation={props.evaluation} />
    </section>
  );
}
