// The printable claim letter for one credit (an availability period's, or a month's
// incident credit): sender, contract reference, figures with the amount, the outages or
// incidents with their offsets, the clauses relied on, other missed promises, evidence.

import { For, type JSX, Match, Show, Switch } from 'solid-js';
import type { Evaluation } from '../../engine/model';
import { CITED_FIELDS, type CitedField, clauseNote } from '../components/citations';
import { type DashboardEnv, EnvProvider, makeEnv, useEnv } from '../components/context';
import { scopeContract, scopeOf } from '../components/scope-contract';
import { creditFigures, isolate } from '../format';
import type { MessageKey } from '../i18n';
import type { AgreedTerms } from '../policy/summary';
import { letterDeadline } from './deadline';
import { LetterIncidents } from './LetterIncidents';
import { LetterOutages } from './LetterOutages';
import { LetterPromises } from './LetterPromises';
import { LetterTickets } from './LetterTickets';
import {
  claimedCreditOf,
  creditOf,
  hasCredit,
  type LetterClaim,
  type LetterSubject,
  lapsedOf,
  letterClaim,
} from './subject';
import { letterTranslator } from './text';

const CLAUSE_LABELS: Partial<Record<CitedField, MessageKey>> = {
  target: 'citeTarget',
  formula: 'citeFormula',
  minOutageMinutes: 'citeDowntime',
  'exclusions.kinds': 'citeExclusions',
  credit: 'citeCredit',
  claim: 'citeClaim',
};

/** Who writes and under which agreement: typed in the letter dialog, kept on this device. */
export interface LetterSender {
  from: string;
  reference: string;
}

export interface ClaimLetterProps {
  evaluation: Evaluation;
  subject: LetterSubject;
  sender?: LetterSender;
  /** The user's own name for the contract, named in the letter when it is not the policy's. */
  contractName?: string;
  locale?: string;
  /** policy.citations: field path → clause. */
  citations?: Readonly<Record<string, string>>;
  /** Fields whose term the contract changed from the clause's preset or example policy. */
  changed?: readonly string[];
  /** The changed terms in words, as the contract has them, stated where their clause is not quoted. */
  agreed?: AgreedTerms;
  /** Id for the letter's heading (for a dialog's aria-labelledby). */
  headingId?: string;
}

export function ClaimLetter(props: ClaimLetterProps) {
  // A scope's claim is worded on the scope's own target and period kind.
  const scope = scopeOf(props.evaluation, props.subject.scope);
  const contract = scope ? scopeContract(props.evaluation.contract, scope) : props.evaluation.contract;
  const env = makeEnv(contract, props.locale ?? 'en', props.citations ?? {}, props.changed);
  return (
    <EnvProvider env={env}>
      <Show when={letterClaim(props.evaluation, props.subject)}>
        {(claim) => <LetterBody {...props} claim={claim()} />}
      </Show>
    </EnvProvider>
  );
}

/**
 * The credit as the letter states it: a share of the fee as that share, and its amount first
 * where the fee is set ("EGP 150.00 (15 % of the fee)"), words a sentence can carry where
 * the dashboard's "15 % · EGP 150.00" would not.
 */
function letterCreditText(
  env: DashboardEnv,
  c: LetterClaim,
  credit: ReturnType<typeof creditOf> = creditOf(c),
): string {
  if (credit.days !== null || credit.percent === null || credit.percent <= 0) return env.fmt.credit(credit);
  const [pct = '', amount] = creditFigures(credit, env.locale);
  const t = letterTranslator(env.locale);
  return amount === undefined
    ? t('letterCreditOfFee', { pct })
    : t('letterCreditAmountOfFee', { amount, pct });
}

function figuresOf(env: DashboardEnv, c: LetterClaim): [string, string][] {
  const { fmt } = env;
  const t = letterTranslator(env.locale);
  const claimBy: [string, string] = [
    t('colClaimBy'),
    c.claim.claimByMs ? letterDeadline(env, c.claim.claimByMs) : t('none'),
  ];
  const credit: [string, string] = [t('colCredit'), letterCreditText(env, c)];
  if (c.source === 'incidents') {
    const m = c.month;
    return [
      [t('colMonth'), fmt.period(m.label)],
      ...m.levels.map((l): [string, string] => [
        t('letterLevelFigure', { severity: l.severity }),
        t('letterLevelCount', { n: l.incidents, hours: fmt.minutes(l.hours * 60) }),
      ]),
      credit,
      [t('letterEligibleAt'), m.eligibleAtMs ? fmt.instantOffset(m.eligibleAtMs) : t('none')],
      claimBy,
    ];
  }
  const p = c.period;
  return [
    [
      t('colPeriod'),
      `${fmt.period(p.label)} (${fmt.instantOffset(p.startMs)} – ${fmt.instantOffset(p.endMs)})`,
    ],
    [t('figTotal'), t('figMinutes', { n: p.totalMinutes, duration: fmt.minutes(p.totalMinutes) })],
    [t('colDowntime'), fmt.minutes(p.downtimeMinutes)],
    [t('burnAllowed'), fmt.minutes(p.allowedDowntimeMinutes ?? 0)],
    [t('colExcluded'), fmt.minutes(p.excludedMinutes)],
    [t('colNodata'), fmt.minutes(p.nodataMinutes)],
    [t('colUptime'), fmt.uptime(p.uptimePercent)],
    [t('figTarget'), fmt.target()],
    [t('colMet'), p.met === null ? t('none') : p.met ? t('yes') : t('no')],
    credit,
    claimBy,
  ];
}

/**
 * What the letter is: a claim where a credit can still be claimed (or, with none, the
 * remedies a missed period owes); a notice where the credit comes without a claim; else a
 * record of the figures, which must not call itself a claim.
 */
type LetterKind = 'claim' | 'remedies' | 'notice' | 'record';

function letterKind(c: LetterClaim, remedies: boolean): LetterKind {
  if (!hasCredit(creditOf(c))) return remedies ? 'remedies' : 'record';
  if (c.claim.status === 'automatic') return 'notice';
  return c.claim.status === 'expired' ? 'record' : 'claim';
}

const TITLE = {
  claim: 'letterTitle',
  remedies: 'letterTitleRemedies',
  notice: 'letterTitleNotice',
  record: 'letterTitleRecord',
} as const;

function introKey(kind: LetterKind, incidents: boolean) {
  if (kind === 'record') return incidents ? 'letterIntroRecordIncidents' : 'letterIntroRecord';
  if (kind === 'notice') return incidents ? 'letterIntroNoticeIncidents' : 'letterIntroNotice';
  return incidents ? 'letterIntroIncidents' : 'letterIntro';
}

/**
 * What the letter asks for, by its kind: a claim while its window is open, a record once it
 * has closed or with no credit, a notice for a credit that needs no claim, and with no
 * credit the remedies a missed period still owes.
 */
function ClaimSentence(props: { claim: LetterClaim; kind: LetterKind }): JSX.Element {
  const env = useEnv();
  const { fmt } = env;
  const t = letterTranslator(env.locale);
  const c = () => props.claim;
  const credit = () => letterCreditText(env, c());
  return (
    <Switch>
      <Match when={props.kind === 'remedies'}>
        <p data-claim-status="remedy">{t('letterClaimRemedies', { period: fmt.period(c().label) })}</p>
      </Match>
      <Match when={!hasCredit(creditOf(c()))}>
        <p>{t('letterNoClaim')}</p>
      </Match>
      <Match when={props.kind === 'record'}>
        <p data-claim-status="expired">
          {t('letterExpired', { credit: credit(), date: letterDeadline(env, c().claim.claimByMs!) })}
        </p>
      </Match>
      <Match when={props.kind === 'notice'}>
        <p data-claim-status="automatic">{t('letterAutomatic', { credit: credit() })}</p>
      </Match>
      <Match when={props.kind === 'claim'}>
        <p data-claim-status="open">
          {t(c().source === 'incidents' ? 'letterClaimIncidents' : 'letterClaim', {
            credit: letterCreditText(env, c(), claimedCreditOf(c())),
            period: fmt.period(c().label),
          })}
        </p>
        <Show when={c().source === 'period' && c().claim.lapsedWindows}>
          {(n) => (
            <p data-testid="letter-part-lapsed">
              {t('letterPartLapsed', {
                n: n(),
                lapsed: letterCreditText(env, c(), { ...creditOf(c()), ...lapsedOf(c()) }),
              })}
            </p>
          )}
        </Show>
        <Show when={c().claim.claimByMs}>
          {(by) => <p>{t('letterDeadline', { date: letterDeadline(env, by()) })}</p>}
        </Show>
      </Match>
    </Switch>
  );
}

function LetterBody(props: ClaimLetterProps & { claim: LetterClaim }) {
  const env = useEnv();
  const { fmt } = env;
  const t = letterTranslator(env.locale);
  const c = () => props.claim;
  const vendor = () => props.evaluation.contract.name;
  const label = () => fmt.period(c().label);
  const incidents = () => c().source === 'incidents';
  // The clauses the claim rests on; the termination clause only while a right is open.
  // The vendor's own record against ours, where the contract has both.
  const compared = () => props.evaluation.comparison?.periods.find((x) => x.label === c().label) ?? null;
  const rightOpen = () =>
    props.evaluation.termination.some((r) => r.triggered && r.noticeStatus !== 'expired');
  // A term the contract changed is not argued from the clause written for the old value:
  // the letter says it applies the term as agreed for this contract.
  const clauses = () =>
    CITED_FIELDS.filter(
      (f) =>
        (CLAUSE_LABELS[f] || (f === 'termination' && rightOpen())) &&
        (env.citations[f] || env.changed.has(f)),
    ).map((f) => {
      const label = t(CLAUSE_LABELS[f] ?? 'citeTermination');
      if (!env.changed.has(f)) return { label, ...clauseNote(env, f)! };
      const agreed = props.agreed?.[f as keyof AgreedTerms];
      return {
        label: t('letterClauseChangedLabel', { label }),
        text:
          f === 'target'
            ? t('letterClauseChangedTarget', { target: fmt.target() })
            : agreed
              ? t('letterClauseChangedTerm', { term: agreed })
              : t('letterClauseChanged'),
        quoted: false,
        lang: undefined,
      };
    });
  const scope = () => {
    const x = c();
    return x.source === 'period' ? x.scope : null;
  };
  // Remedies besides money are owed for the whole service's missed periods.
  const remedies = () =>
    c().source === 'period' && !scope()
      ? (props.evaluation.remedies ?? []).filter((r) => r.period === c().label)
      : [];
  const credited = () => hasCredit(creditOf(c()));
  const kind = () => letterKind(c(), remedies().length > 0);
  const from = () => props.sender?.from.trim() ?? '';
  const reference = () => props.sender?.reference.trim() ?? '';
  // Two contracts on one preset both write to the policy's vendor; the name tells them apart.
  const agreement = () => {
    const name = props.contractName?.trim() ?? '';
    return name && name !== vendor() ? name : null;
  };
  return (
    <article class="claim-letter" lang={env.locale} dir={env.dir} data-letter={`${c().source}-${c().label}`}>
      <h2 id={props.headingId}>{t(TITLE[kind()])}</h2>
      <Show when={from()}>
        <p dir="auto">{t('letterFrom', { sender: from() })}</p>
      </Show>
      <p>{t('letterTo', { vendor: vendor() })}</p>
      <p>{t('letterDate', { date: fmt.day(props.evaluation.asOf) })}</p>
      <Show when={agreement()}>
        {(name) => (
          <p dir="auto" data-testid="letter-contract">
            {t('letterContract', { name: name() })}
          </p>
        )}
      </Show>
      <Show when={reference()}>
        <p dir="auto">{t('letterReference', { reference: reference() })}</p>
      </Show>
      <p>
        <strong>
          {t(incidents() ? 'letterReIncidents' : 'letterRe', { contract: vendor(), period: label() })}
        </strong>
      </p>
      <Show when={scope()}>
        {(sc) => (
          <p data-testid="letter-scope">
            {t(kind() === 'claim' ? 'letterScope' : 'letterScopeOf', {
              scope: isolate(sc().name),
              monitors: isolate(sc().monitors.join(', ') || t('none')),
            })}
          </p>
        )}
      </Show>
      <p>
        {t(introKey(kind(), incidents()), {
          period: label(),
          asOf: fmt.day(props.evaluation.asOf),
        })}
      </p>

      <h3>{t('letterFigures')}</h3>
      <table class="letter-figures">
        <tbody>
          <For each={figuresOf(env, c())}>
            {([k, v]) => (
              <tr>
                <th scope="row">{k}</th>
                <td>{v}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={compared()}>
        {(cmp) => (
          <>
            <p data-testid="letter-comparison">
              {t('letterComparison', {
                admitted: fmt.minutes(cmp().admittedMinutes),
                period: label(),
                measured: fmt.minutes(cmp().measuredMinutes),
              })}
            </p>
            <Show when={cmp().unpostedOutages.length}>
              <p>
                {t('letterUnposted', {
                  list: cmp()
                    .unpostedOutages.map((o) =>
                      t('cmpSpan', {
                        start: fmt.instantOffset(o.startMs),
                        end: fmt.instantOffset(o.endMs),
                        duration: fmt.minutes(o.minutes),
                      }),
                    )
                    .join(env.dir === 'rtl' ? '؛ ' : '; '),
                })}
              </p>
            </Show>
          </>
        )}
      </Show>
      <ClaimSentence claim={c()} kind={kind()} />

      <h3>{t(incidents() ? 'letterIncidents' : 'letterOutages')}</h3>
      {(() => {
        const x = c();
        return x.source === 'incidents' ? (
          <LetterIncidents month={x.month} />
        ) : (
          <LetterOutages evaluation={props.evaluation} period={x.period} scope={x.scope} />
        );
      })()}
      <p class="muted">{t('letterOffsets', { zone: env.zone })}</p>

      <Show when={remedies().length}>
        <h3>{t(credited() ? 'letterRemedies' : 'letterRemediesOnly')}</h3>
        <p>{t(credited() ? 'letterRemediesIntro' : 'letterRemediesOnlyIntro', { period: label() })}</p>
        <ul class="letter-remedies" data-testid="letter-remedies">
          <For each={remedies()}>{(r) => <li dir="auto">{r.description}</li>}</For>
        </ul>
      </Show>

      <Show when={clauses().length}>
        <h3>{t('letterClauses')}</h3>
        <dl class="letter-clauses">
          <For each={clauses()}>
            {(x) => (
              <>
                <dt>{x.label}</dt>
                <dd lang={x.lang} dir="auto" data-clause-changed={x.quoted ? undefined : ''}>
                  {x.text}
                </dd>
              </>
            )}
          </For>
        </dl>
      </Show>

      <LetterTickets evaluation={props.evaluation} />
      <LetterPromises evaluation={props.evaluation} />

      <h3>{t('letterEvidenceTitle')}</h3>
      <p>{t('letterEvidence')}</p>
      <ul class="letter-inputs">
        <For each={props.evaluation.inputs}>
          {(i) => (
            <li data-testid="letter-input">
              <span dir="auto">
                {i.size === null
                  ? t('letterInput', { name: i.name, rows: fmt.num(i.rows), n: i.rows })
                  : t('letterInputBytes', {
                      name: i.name,
                      rows: fmt.num(i.rows),
                      bytes: fmt.num(i.size),
                      n: i.rows,
                    })}
              </span>
              <br />
              {t('letterSha256')}{' '}
              <Show when={i.sha256} fallback={<span class="muted">{t('letterSha256Pending')}</span>}>
                {(sha) => (
                  <code class="sha256" dir="ltr">
                    {sha()}
                  </code>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
      <p class="signature">{from() || t('letterSign')}</p>
    </article>
  );
}
