// The four headline tiles for the chosen period: uptime vs target, downtime used vs allowed, credit owed, next claim deadline.
import { Show } from 'solid-js';
import type { PeriodReport, SlaReport } from '../../engine/report';
import { allowedDowntimeMinutes } from '../format';
import { CiteDetails } from './citations';
import { useEnv } from './context';

interface Claim {
  label: string;
  claimBy: string;
  daysLeft: number | null;
}

/** Open claims of availability periods and incident months, soonest first. */
function openClaims(report: SlaReport): Claim[] {
  const all = [...report.periods, ...report.incidentCredits];
  return all
    .filter((p) => p.claimStatus === 'open' && p.claimBy !== null)
    .map((p) => ({ label: p.label, claimBy: p.claimBy!, daysLeft: p.claimDaysLeft }))
    .sort((a, b) => Date.parse(a.claimBy) - Date.parse(b.claimBy));
}

function lastExpired(report: SlaReport): string | null {
  const all = [...report.periods, ...report.incidentCredits]
    .filter((p) => p.claimStatus === 'expired' && p.claimBy !== null)
    .map((p) => p.claimBy!);
  return all.sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? null;
}

export function HeadlineTiles(props: { report: SlaReport; period: PeriodReport }) {
  const env = useEnv();
  const { t, fmt } = env;
  const p = () => props.period;
  const label = () => fmt.period(p().label);
  const allowed = () => allowedDowntimeMinutes(p(), props.report.contract);
  const used = () => p().downtimeMinutes;
  const usedShare = () => (allowed() > 0 ? Math.min(1, used() / allowed()) : used() > 0 ? 1 : 0);
  const credit = () => p().credit;
  const hasCredit = () =>
    (credit().percent ?? 0) > 0 || (credit().days ?? 0) > 0 || (credit().amount ?? 0) > 0;
  const next = () => openClaims(props.report)[0];
  const failed = () =>
    credit()
      .conditions.filter((c) => c.met === false)
      .map((c) => c.condition);

  return (
    <section class="tiles" aria-label={t('headline')}>
      <div class="tile" title={env.citations.target}>
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

      <div class="tile" title={env.citations.minOutageMinutes}>
        <h3 class="tile-label">{t('tileDowntime')}</h3>
        <p class="tile-value">{fmt.minutes(used())}</p>
        <p class="tile-sub">{t('tileDowntimeOf', { allowed: fmt.minutes(allowed()) })}</p>
        <div class="budget-bar" aria-hidden="true">
          <span class={used() > allowed() ? 'over' : ''} style={{ 'inline-size': `${usedShare() * 100}%` }} />
        </div>
        <p class={`tile-sub ${used() > allowed() ? 'bad' : ''}`}>
          {used() > allowed()
            ? t('tileBudgetOver', { over: fmt.minutes(used() - allowed()) })
            : t('tileBudgetLeft', { left: fmt.minutes(allowed() - used()) })}
        </p>
        <CiteDetails field="minOutageMinutes" />
      </div>

      <div class="tile" title={env.citations.credit}>
        <h3 class="tile-label">{t('tileCredit', { period: label() })}</h3>
        <p class="tile-value">
          {!hasCredit()
            ? t('tileNoCredit')
            : credit().amount !== null
              ? fmt.money(credit().amount!, credit().currency)
              : fmt.credit(credit())}
        </p>
        <Show when={hasCredit() && credit().amount !== null && credit().percent !== null}>
          <p class="tile-sub">{t('tileCreditShare', { pct: fmt.credit({ ...credit(), amount: null }) })}</p>
        </Show>
        <Show when={hasCredit() && credit().amount === null && credit().percent !== null}>
          <p class="tile-sub">{t('tileSetFee')}</p>
        </Show>
        <Show when={failed().length}>
          <p class="tile-sub bad">{t('tileNotEligible', { conditions: failed().join('; ') })}</p>
        </Show>
        <CiteDetails field="credit" />
      </div>

      <div class="tile" title={env.citations.claim}>
        <h3 class="tile-label">{t('tileDeadline')}</h3>
        <Show
          when={next()}
          fallback={
            <>
              <p class="tile-value">{t('tileNoOpenClaim')}</p>
              <Show when={lastExpired(props.report)}>
                {(d) => <p class="tile-sub">{t('tileLastExpired', { date: fmt.deadline(d()) })}</p>}
              </Show>
            </>
          }
        >
          {(c) => (
            <>
              <p class="tile-value">{fmt.deadline(c().claimBy)}</p>
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
