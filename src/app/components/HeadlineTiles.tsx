// The four headline tiles for the chosen period: uptime vs target, downtime used vs allowed, credit owed, next claim deadline.
import { Show } from 'solid-js';
import type { CreditShare, Evaluation, PeriodFigures } from '../../engine/model';
import { claimItems } from '../claims/claims';
import { creditedMonths, formatMonthShares } from '../format';
import { CiteDetails, clauseNote } from './citations';
import { eligibilityText } from './codes';
import { useEnv } from './context';
import { Fig, Figs } from './Fig';

interface Claim {
  label: string;
  claimByMs: number;
  daysLeft: number | null;
}

const claimsOf = (e: Evaluation) =>
  [...e.periods, ...e.incidentMonths].map((p) => ({ label: p.label, ...p.claim }));

/** Open claims of availability periods and incident months, soonest first. */
function openClaims(e: Evaluation): Claim[] {
  return claimsOf(e)
    .filter((c) => c.status === 'open' && c.claimByMs !== null)
    .map((c) => ({ label: c.label, claimByMs: c.claimByMs!, daysLeft: c.daysLeft }))
    .sort((a, b) => a.claimByMs - b.claimByMs);
}

function lastExpired(e: Evaluation): number | null {
  const all = claimsOf(e)
    .filter((c) => c.status === 'expired' && c.claimByMs !== null)
    .map((c) => c.claimByMs!);
  return all.length ? Math.max(...all) : null;
}

export function HeadlineTiles(props: { evaluation: Evaluation; period: PeriodFigures }) {
  const env = useEnv();
  const { t, fmt } = env;
  const p = () => props.period;
  const label = () => fmt.period(p().label);
  // The engine's figures, after the policy's rounding: the page does no SLA arithmetic.
  const allowed = () => p().allowedDowntimeMinutes ?? 0;
  const left = () => p().downtimeLeftMinutes ?? 0;
  const used = () => p().downtimeMinutes;
  const usedShare = () => (allowed() > 0 ? Math.min(1, used() / allowed()) : used() > 0 ? 1 : 0);
  const credit = () => p().credit;
  // Incident credits are earned month by month: the period owes every month's.
  const incidentMonths = () => creditedMonths(props.evaluation.incidentMonths, p().label);
  const isIncidents = () => incidentMonths() !== null;
  const months = () => incidentMonths() ?? [];
  const hasCredit = () =>
    isIncidents()
      ? months().length > 0
      : (credit().percent ?? 0) > 0 || (credit().days ?? 0) > 0 || (credit().amount ?? 0) > 0;
  const next = () => openClaims(props.evaluation)[0];
  // A contract measured per scope owes each scope's credit too: named beside the whole's.
  const scopeCredits = () =>
    (props.evaluation.scopes ?? []).flatMap((s) => {
      const own = s.periods.find((x) => x.label === p().label);
      return own ? [`\u2068${s.name}\u2069: ${fmt.credit(own.credit)}`] : [];
    });
  // Earned is not owed once its claim window has closed: said under the figure, not hidden.
  const lapsed = () => {
    if (!hasCredit()) return null;
    const claims = isIncidents() ? months().map((m) => m.claim) : [p().claim];
    const closed = claims.filter((c) => c.status === 'expired');
    // A credit earned outage by outage: the windows of its earlier outages may have closed.
    const part = isIncidents() ? 0 : (p().claim.lapsedWindows ?? 0);
    // The engine splits the credit into what those outages earned and what is still claimable.
    // Each figure kept on one line, as the tile's own figures are.
    const share = (s: CreditShare) =>
      fmt.credit({ ...s, currency: credit().currency }).replace(/ /g, '\u00a0');
    if (!closed.length)
      return part
        ? t('tileCreditPartLapsed', {
            n: part,
            lapsed: share(credit().lapsed),
            claimable: share(credit().claimable),
          })
        : null;
    return closed.length === claims.length
      ? t('tileCreditLapsed', { date: fmt.deadline(Math.max(...closed.map((c) => c.claimByMs!))) })
      : t('tileCreditSomeLapsed', { n: closed.length });
  };
  const failed = () =>
    credit()
      .checks.filter((c) => c.met === false)
      .map((c) => eligibilityText(env, c));
  // A credit shown as owed that hangs on what the contract's settings do not say yet (no plan
  // tier or effective date set, a customer's condition unanswered): said beside the figure.
  const open = () =>
    hasCredit()
      ? credit()
          .checks.filter((c) => c.met === null)
          .map((c) => eligibilityText(env, c))
      : [];

  return (
    <section class="tiles" aria-label={t('headline')}>
      <div class="tile" title={clauseNote(env, 'target')?.text}>
        <h3 class="tile-label">{t('tileUptime', { period: label() })}</h3>
        <p class="tile-value">{fmt.uptime(p().uptimePercent)}</p>
        <p class="tile-sub">{t('tileUptimeTarget', { target: fmt.target() })}</p>
        <p class={`verdict ${p().met === false ? 'bad' : p().met ? 'good' : 'muted'}`}>
          {p().met === null
            ? t('tileWhollyExcluded')
            : p().met
              ? `✓ ${t('tileMet')}`
              : `✗ ${t('tileMissed')}`}
          <Show when={p().partial}>
            {' '}
            <span class="badge" title={t('partialNote', { n: p().nodataMinutes })}>
              {t('partial')}
            </span>
          </Show>
        </p>
        <CiteDetails field="target" />
      </div>

      <div class="tile" title={clauseNote(env, 'minOutageMinutes')?.text}>
        <h3 class="tile-label">{t('tileDowntime')}</h3>
        <p class="tile-value">{fmt.minutes(used())}</p>
        <p class="tile-sub">{t('tileDowntimeOf', { allowed: fmt.minutes(allowed()) })}</p>
        <div class="budget-bar" aria-hidden="true">
          <span class={left() < 0 ? 'over' : ''} style={{ 'inline-size': `${usedShare() * 100}%` }} />
        </div>
        <p class={`tile-sub ${left() < 0 ? 'bad' : ''}`}>
          {left() < 0
            ? t('tileBudgetOver', { over: fmt.minutes(-left()) })
            : t('tileBudgetLeft', { left: fmt.minutes(left()) })}
        </p>
        <CiteDetails field="minOutageMinutes" />
      </div>

      <div class="tile" title={clauseNote(env, 'credit')?.text}>
        <h3 class="tile-label">{t('tileCredit', { period: label() })}</h3>
        <Show
          when={isIncidents()}
          fallback={
            <>
              <p class="tile-value">
                {!hasCredit() ? (
                  t('tileNoCredit')
                ) : credit().amount !== null ? (
                  <Fig>{fmt.money(credit().amount!, credit().currency)}</Fig>
                ) : credit().days !== null ? (
                  // Days of service are words, not one figure: kept on one line they ran out of
                  // a phone's half-width tile into the next.
                  fmt.credit(credit())
                ) : (
                  <Figs parts={fmt.creditParts(credit())} />
                )}
              </p>
              <Show when={hasCredit() && credit().amount !== null && credit().percent !== null}>
                <p class="tile-sub">
                  {t('tileCreditShare', { pct: fmt.credit({ ...credit(), amount: null }) })}
                </p>
              </Show>
              <Show when={hasCredit() && credit().amount === null && credit().percent !== null}>
                <p class="tile-sub">{t('tileSetFee')}</p>
              </Show>
            </>
          }
        >
          <p class="tile-value" data-testid="incident-credit-total">
            {!hasCredit() ? (
              t('tileNoCredit')
            ) : credit().amount !== null ? (
              <Fig>{fmt.money(credit().amount!, credit().currency)}</Fig>
            ) : (
              t('tileIncidentCredits', { n: months().length })
            )}
          </p>
          <Show when={hasCredit()}>
            <p class="tile-sub" data-testid="incident-credit-months">
              {formatMonthShares(months(), env.locale)}
            </p>
          </Show>
          <Show when={hasCredit() && credit().amount === null}>
            <p class="tile-sub">{t('tileSetFee')}</p>
          </Show>
        </Show>
        <Show when={scopeCredits().length}>
          <p class="tile-sub" data-testid="scope-credits">
            {t('tileScopeCredits', { list: scopeCredits().join(env.dir === 'rtl' ? '؛ ' : '; ') })}
          </p>
        </Show>
        <Show when={!isIncidents() && credit().limitedBy}>
          {(by) => (
            <p class="tile-sub" data-testid="credit-limited">
              {t(`tileCreditLimited_${by()}`)}
            </p>
          )}
        </Show>
        <Show when={lapsed()}>
          {(text) => (
            <p class="tile-sub bad" data-testid="credit-lapsed">
              {text()}
            </p>
          )}
        </Show>
        <Show when={failed().length}>
          <p class="tile-sub bad">{t('tileNotEligible', { conditions: failed().join('; ') })}</p>
        </Show>
        <Show when={open().length}>
          <p class="tile-sub warn" data-testid="credit-depends">
            {t('tileCreditDepends', { conditions: open().join(env.dir === 'rtl' ? '؛ ' : '; ') })}
          </p>
        </Show>
        <CiteDetails field="credit" />
      </div>

      <div class="tile" title={clauseNote(env, 'claim')?.text}>
        <h3 class="tile-label">{t('tileDeadline')}</h3>
        <Show
          when={next()}
          fallback={
            <>
              <p class="tile-value">
                {claimItems(props.evaluation).some((c) => c.status === 'noDeadline')
                  ? t('tileNoDeadline')
                  : t('tileNoOpenClaim')}
              </p>
              <Show when={lastExpired(props.evaluation)}>
                {(d) => <p class="tile-sub">{t('tileLastExpired', { date: fmt.deadline(d()) })}</p>}
              </Show>
            </>
          }
        >
          {(c) => (
            <>
              <p class="tile-value">{fmt.deadline(c().claimByMs)}</p>
              <p class="tile-sub">
                {fmt.period(c().label)}
                <Show when={c().daysLeft !== null}> · {t('tileDaysLeft', { n: c().daysLeft! })}</Show>
              </p>
            </>
          )}
        </Show>
        <CiteDetails field="claim" />
      </div>
    </section>
  );
}
