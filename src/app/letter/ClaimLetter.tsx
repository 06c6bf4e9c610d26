// The printable claim letter for one period: contract, figures, the period's outages, the clauses relied on, missed promises.
import { For, Show } from 'solid-js';
import type { Evaluation } from '../../engine/model';
import type { SlaReport } from '../../engine/report';
import { CITED_FIELDS, type CitedField } from '../components/citations';
import { obligationTitle, terminationRuleText } from '../components/codes';
import { EnvProvider, makeEnv, useEnv } from '../components/context';
import type { MessageKey } from '../i18n';
import { LetterOutages } from './LetterOutages';

const CLAUSE_LABELS: Partial<Record<CitedField, MessageKey>> = {
  target: 'citeTarget',
  formula: 'citeFormula',
  minOutageMinutes: 'citeDowntime',
  'exclusions.kinds': 'citeExclusions',
  credit: 'citeCredit',
  claim: 'citeClaim',
};

export interface ClaimLetterProps {
  evaluation: Evaluation;
  report: SlaReport;
  /** The period claimed for (a report period label). */
  period: string;
  locale?: string;
  /** policy.citations: field path → clause. */
  citations?: Readonly<Record<string, string>>;
  /** Id for the letter's heading (for a dialog's aria-labelledby). */
  headingId?: string;
}

export function ClaimLetter(props: ClaimLetterProps) {
  const env = makeEnv(props.report, props.locale ?? 'en', props.citations ?? {});
  return (
    <EnvProvider env={env}>
      <LetterBody {...props} />
    </EnvProvider>
  );
}

function LetterBody(props: ClaimLetterProps) {
  const env = useEnv();
  const { t, fmt } = env;
  const c = props.report.contract;
  const index = () =>
    Math.max(
      0,
      props.report.periods.findIndex((x) => x.label === props.period),
    );
  const p = () => props.report.periods[index()]!;
  const allowed = () => props.evaluation.periods[index()]?.allowedDowntimeMinutes ?? 0;
  const label = () => fmt.period(p().label);
  const hasCredit = () =>
    (p().credit.percent ?? 0) > 0 || (p().credit.days ?? 0) > 0 || (p().credit.amount ?? 0) > 0;
  // The vendor's own record against ours, where the contract has both.
  const compared = () => props.report.comparison?.periods.find((x) => x.label === p().label) ?? null;
  const missed = () => props.report.obligations.filter((o) => o.status === 'missed');
  const triggered = () => props.evaluation.termination.filter((r) => r.triggered);
  // The clauses the claim rests on; the termination clause only when a right is triggered.
  const clauses = () =>
    CITED_FIELDS.filter(
      (f) => (CLAUSE_LABELS[f] || (f === 'termination' && triggered().length)) && env.citations[f],
    ).map((f) => ({ label: t(CLAUSE_LABELS[f] ?? 'citeTermination'), text: env.citations[f]! }));
  const figures = (): [string, string][] => [
    [t('colPeriod'), `${label()} (${fmt.instant(p().start)} – ${fmt.instant(p().end)})`],
    [t('figTotal'), t('figMinutes', { n: p().totalMinutes, duration: fmt.minutes(p().totalMinutes) })],
    [t('colDowntime'), fmt.minutes(p().downtimeMinutes)],
    [t('burnAllowed'), fmt.minutes(allowed())],
    [t('colExcluded'), fmt.minutes(p().excludedMinutes)],
    [t('colNodata'), fmt.minutes(p().nodataMinutes)],
    [t('colUptime'), fmt.uptime(p().uptimePercent)],
    [t('figTarget'), fmt.target()],
    [t('colMet'), p().met === null ? t('none') : p().met ? t('yes') : t('no')],
    [t('colCredit'), fmt.credit(p().credit)],
    [t('colClaimBy'), p().claimBy ? fmt.deadline(p().claimBy!) : t('none')],
  ];

  return (
    <article class="claim-letter" lang={env.locale} dir={env.dir}>
      <h2 id={props.headingId}>{t('letterTitle')}</h2>
      <p>{t('letterDate', { date: fmt.day(props.report.asOf) })}</p>
      <p>{t('letterTo', { vendor: c.name })}</p>
      <p>
        <strong>{t('letterRe', { contract: c.name, period: label() })}</strong>
      </p>
      <p>{t('letterIntro', { period: label(), asOf: fmt.day(props.report.asOf) })}</p>

      <h3>{t('letterFigures')}</h3>
      <table class="letter-figures">
        <tbody>
          <For each={figures()}>
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
                        start: fmt.instant(o.start),
                        end: fmt.instant(o.end),
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
      <p>{hasCredit() ? t('letterClaim', { credit: fmt.credit(p().credit) }) : t('letterNoClaim')}</p>
      <Show when={p().claimBy && p().claimStatus === 'open'}>
        <p>{t('letterDeadline', { date: fmt.deadline(p().claimBy!) })}</p>
      </Show>
      <Show when={p().claimBy && p().claimStatus === 'expired'}>
        <p>{t('letterDeadlinePassed', { date: fmt.deadline(p().claimBy!) })}</p>
      </Show>

      <h3>{t('letterOutages')}</h3>
      <LetterOutages evaluation={props.evaluation} period={props.evaluation.periods[index()]!} />

      <Show when={clauses().length}>
        <h3>{t('letterClauses')}</h3>
        <dl class="letter-clauses">
          <For each={clauses()}>
            {(x) => (
              <>
                <dt>{x.label}</dt>
                <dd lang="en" dir="auto">
                  {x.text}
                </dd>
              </>
            )}
          </For>
        </dl>
      </Show>

      <Show when={missed().length}>
        <h3>{t('letterObligations')}</h3>
        <ul>
          <For each={missed()}>
            {(o) => (
              <li>
                <span dir="auto">{obligationTitle(env, props.report.contract.preset, o)}</span>
                {' — '}
                {t('colDeadline')}: {o.deadline ? fmt.instant(o.deadline) : t('none')}; {t('colFulfilled')}:{' '}
                {o.fulfilledAt ? fmt.instant(o.fulfilledAt) : t('none')}
                <br />
                <small lang="en" dir="auto">
                  {o.clause}
                </small>
              </li>
            )}
          </For>
        </ul>
      </Show>

      <Show when={triggered().length}>
        <h3>{t('letterTermination')}</h3>
        <ul>
          <For each={triggered()}>
            {(r) => (
              <li>
                <span>{terminationRuleText(env, r.rule)}</span>{' '}
                {t('triggeredBy', { periods: r.periods.map((x) => fmt.period(x)).join(', ') })}
                <Show when={r.noticeByMs}> {t('noticeBy', { date: fmt.deadline(r.noticeByMs!) })}</Show>
              </li>
            )}
          </For>
        </ul>
      </Show>

      <p>{t('letterEvidence')}</p>
      <p class="signature">{t('letterSign')}</p>
    </article>
  );
}
