// The month-by-month table of SPEC §6 period fields, each column citing its clause; a row's label selects that period.
import { For, type JSX, Show } from 'solid-js';
import type { IncidentMonth, PeriodFigures } from '../../engine/model';
import type { PeriodKind } from '../../engine/periods';
import { creditedMonths, monthlyCredit } from '../format';
import type { MessageKey } from '../i18n';
import { type CitedField, citeAttrs, clauseNote } from './citations';
import { type DashboardEnv, useEnv } from './context';
import { Fig, Figs } from './Fig';
import { ScrollTable } from './ScrollTable';

interface Column {
  head: MessageKey;
  cite: CitedField;
  cell: (p: PeriodFigures, env: DashboardEnv, months: readonly IncidentMonth[]) => JSX.Element;
  class?: string;
}

/** Incident credits are claimed month by month: the period's row speaks for its months. */
const monthsOf = (all: readonly IncidentMonth[], p: PeriodFigures) => creditedMonths(all, p.label);

function creditText(p: PeriodFigures, env: DashboardEnv, all: readonly IncidentMonth[]): JSX.Element {
  const monthly = monthlyCredit(p, all, env.locale);
  if (!monthly) return <Figs parts={env.fmt.creditParts(p.credit)} />;
  if (monthly.shares === null) return <Fig>{env.fmt.pct(0)}</Fig>;
  return monthly.amount === null ? (
    monthly.shares
  ) : (
    <>
      <Fig>{env.fmt.money(monthly.amount, p.credit.currency)}</Fig> ({monthly.shares})
    </>
  );
}

function claimByOf(p: PeriodFigures, all: readonly IncidentMonth[]): number | null {
  const months = monthsOf(all, p);
  if (!months) return p.claim.claimByMs;
  // The soonest deadline still open.
  const open = months.flatMap((m) =>
    m.claim.status === 'open' && m.claim.claimByMs !== null ? [m.claim.claimByMs] : [],
  );
  return open.length ? Math.min(...open) : null;
}

function statusText(p: PeriodFigures, env: DashboardEnv, all: readonly IncidentMonth[]): string {
  const months = monthsOf(all, p);
  if (months?.length) {
    const count = (s: string) => months.filter((m) => m.claim.status === s).length;
    if (count('automatic') === months.length) return env.t('statusAutomatic');
    return env.t('statusIncidentClaims', { open: count('open'), expired: count('expired') });
  }
  switch (p.claim.status) {
    case 'open':
      return env.t('statusOpen', { n: p.claim.daysLeft ?? 0 });
    case 'expired':
      return env.t('statusExpired');
    case 'automatic':
      return env.t('statusAutomatic');
    default:
      return env.t('none');
  }
}

const COLUMNS: Column[] = [
  { head: 'colUptime', cite: 'formula', class: 'num', cell: (p, e) => e.fmt.uptime(p.uptimePercent) },
  {
    head: 'colMet',
    cite: 'target',
    cell: (p, e) => (
      <span class={p.met === false ? 'bad' : p.met ? 'good' : 'muted'}>
        {p.met === null ? e.t('none') : p.met ? e.t('yes') : e.t('no')}
      </span>
    ),
  },
  {
    head: 'colDowntime',
    cite: 'minOutageMinutes',
    class: 'num',
    cell: (p, e) => e.fmt.minutes(p.downtimeMinutes),
  },
  {
    head: 'colExcluded',
    cite: 'exclusions.kinds',
    class: 'num',
    cell: (p, e) => e.fmt.minutes(p.excludedMinutes),
  },
  { head: 'colNodata', cite: 'nodata', class: 'num', cell: (p, e) => e.fmt.minutes(p.nodataMinutes) },
  {
    head: 'colCredit',
    cite: 'credit',
    class: 'num',
    // A year's list of monthly credits wraps rather than widening the table.
    cell: (p, e, m) =>
      monthsOf(m, p)?.length ? <span class="cell-list">{creditText(p, e, m)}</span> : creditText(p, e, m),
  },
  {
    head: 'colClaimBy',
    cite: 'claim',
    cell: (p, e, m) => {
      const by = claimByOf(p, m);
      return by === null ? e.t('none') : <span title={e.fmt.instantOffset(by)}>{e.fmt.deadline(by)}</span>;
    },
  },
  {
    head: 'colStatus',
    cite: 'claim',
    cell: (p, e, m) => (
      <span class={p.claim.status === 'open' || claimByOf(p, m) !== null ? 'warn' : ''}>
        {statusText(p, e, m)}
      </span>
    ),
  },
];

const PERIODS_TITLE = {
  month: 'periodsTitle',
  quarter: 'periodsTitleQuarter',
  year: 'periodsTitleYear',
} as const satisfies Record<PeriodKind, MessageKey>;

export function PeriodTable(props: {
  periods: readonly PeriodFigures[];
  /** Incident credits earned month by month within the periods (Kipu); empty for a scope. */
  months: readonly IncidentMonth[];
  selected: string;
  onSelect: (label: string) => void;
  /** A heading in place of "Month by month" (a scope's name), and what to say under it. */
  title?: string;
  /** What the contract measures by: the heading says quarter by quarter or year by year. */
  kind?: PeriodKind;
  children?: JSX.Element;
}) {
  const env = useEnv();
  const { t, fmt } = env;
  const title = () => props.title ?? t(PERIODS_TITLE[props.kind ?? 'month']);
  return (
    <section class="card" aria-labelledby={`${env.uid}-periods`}>
      <h3 id={`${env.uid}-periods`}>
        {/* A scope's name is the contract's, often in another script than the page. */}
        <Show when={props.title} fallback={title()}>
          <bdi>{props.title}</bdi>
        </Show>
      </h3>
      {props.children}
      <ScrollTable label={title()} citeNote>
        <thead>
          <tr>
            <th scope="col">{t('colPeriod')}</th>
            <For each={COLUMNS}>
              {(c) => (
                <th scope="col" class={c.class}>
                  <span
                    class="cited"
                    tabindex={clauseNote(env, c.cite) ? 0 : undefined}
                    {...citeAttrs(env, c.cite)}
                  >
                    {t(c.head)}
                  </span>
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={props.periods}>
            {(p) => (
              <tr classList={{ selected: p.label === props.selected, missed: p.met === false }}>
                <th scope="row">
                  <button
                    type="button"
                    class="linklike"
                    aria-pressed={p.label === props.selected}
                    title={t('showPeriod', { period: fmt.period(p.label) })}
                    onClick={() => props.onSelect(p.label)}
                  >
                    {fmt.period(p.label)}
                  </button>
                  <Show when={p.partial}>
                    {' '}
                    <span class="badge" title={t('partialNote', { n: p.nodataMinutes })}>
                      {t('partial')}
                    </span>
                  </Show>
                </th>
                <For each={COLUMNS}>
                  {(c) => (
                    <td class={c.class} {...citeAttrs(env, c.cite)}>
                      {c.cell(p, env, props.months)}
                    </td>
                  )}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </ScrollTable>
    </section>
  );
}
