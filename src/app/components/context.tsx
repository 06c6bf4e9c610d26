// The dashboard's shared reading context: locale, translator, contract zone, clause citations and bound formatters.
import {
  type Accessor,
  createContext,
  createMemo,
  createUniqueId,
  type JSX,
  untrack,
  useContext,
} from 'solid-js';
import type { CreditReport, SlaReport } from '../../engine/report';
import {
  creditFigures,
  formatBusinessMinutes,
  formatCredit,
  formatDay,
  formatDeadline,
  formatInstant,
  formatMinutes,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriodLabel,
  formatSpan,
  formatTarget,
  formatTime,
  formatUptime,
} from '../format';
import { dirOf, type MessageKey, type Translate, translator } from '../i18n';

/** The word for the contract's measuring period. */
export const PERIOD_WORD = {
  month: 'periodMonth',
  quarter: 'periodQuarter',
  year: 'periodYear',
} as const satisfies Record<SlaReport['contract']['period'], MessageKey>;

export interface Formatters {
  num: (value: number, maxDecimals?: number) => string;
  pct: (value: number, decimals?: number) => string;
  uptime: (value: number | null) => string;
  /** The contract's target as written. */
  target: () => string;
  minutes: (minutes: number) => string;
  /** A measured duration on its clock: business days of the calendar's length, or 24-hour days. */
  clockMinutes: (minutes: number, workingDayMinutes: number | null) => string;
  /** Instants are epoch ms: no screen reads a time back out of text. */
  instant: (ms: number) => string;
  /** The instant with the offset in force then, as a letter writes every time. */
  instantOffset: (ms: number) => string;
  /** A span's ends, with offsets where a clock change makes the wall times mislead. */
  span: (startMs: number, endMs: number, timeOnly?: boolean) => [string, string];
  time: (ms: number) => string;
  /** A calendar date "YYYY-MM-DD" (the report date, a holiday). */
  day: (date: string) => string;
  deadline: (ms: number) => string;
  money: (amount: number, currency?: string) => string;
  /** A period's label; one starting on another day reads as its days, of the kind given or the contract's. */
  period: (label: string, kind?: SlaReport['contract']['period']) => string;
  credit: (credit: Pick<CreditReport, 'percent' | 'days' | 'amount' | 'currency'>) => string;
  /** The credit's figures apart, to be shown each as one unit. */
  creditParts: (credit: Pick<CreditReport, 'percent' | 'days' | 'amount' | 'currency'>) => string[];
}

export interface DashboardEnv {
  locale: string;
  dir: 'ltr' | 'rtl';
  t: Translate;
  zone: string;
  contract: SlaReport['contract'];
  /** Policy field path → quoted clause (policy.citations); empty when not given. */
  citations: Readonly<Record<string, string>>;
  /** Fields whose term the contract changed from the clause's policy: their clause is not quoted. */
  changed: ReadonlySet<string>;
  /** A prefix that makes element ids unique per dashboard on the page. */
  uid: string;
  fmt: Formatters;
}

export function makeEnv(
  c: SlaReport['contract'],
  locale: string,
  citations: Readonly<Record<string, string>>,
  changed: readonly string[] = [],
): DashboardEnv {
  const zone = c.timezone;
  return {
    locale,
    dir: dirOf(locale),
    t: translator(locale),
    zone,
    contract: c,
    citations,
    changed: new Set(changed),
    uid: createUniqueId(),
    fmt: {
      num: (v, d = 0) => formatNumber(v, locale, d),
      pct: (v, d = 0) => formatPercent(v, locale, d),
      uptime: (v) => formatUptime(v, c.target, locale, c.roundDecimals),
      target: () => formatTarget(c.target, locale),
      minutes: (m) => formatMinutes(m, locale),
      clockMinutes: (m, day) =>
        day === null ? formatMinutes(m, locale) : formatBusinessMinutes(m, day, locale),
      instant: (ms) => formatInstant(ms, zone, locale),
      instantOffset: (ms) => formatInstant(ms, zone, locale, true),
      span: (startMs, endMs, timeOnly) => formatSpan(startMs, endMs, zone, locale, timeOnly),
      time: (ms) => formatTime(ms, zone, locale),
      day: (d) => formatDay(d, locale),
      deadline: (ms) => formatDeadline(ms, zone, locale),
      money: (a, cur = c.currency) => formatMoney(a, cur, locale),
      period: (label, kind = c.period) => formatPeriodLabel(label, locale, kind),
      credit: (credit) => formatCredit(credit, locale),
      creditParts: (credit) => creditFigures(credit, locale),
    },
  };
}

/** What a reading context is made of. */
export interface EnvParts {
  contract: SlaReport['contract'];
  locale: string;
  citations: Readonly<Record<string, string>>;
  changed?: readonly string[];
}

/**
 * The reading context, made anew only when what it is made of changes (locale, the
 * contract's terms, its clauses): a new evaluation of the same contract keeps the parts
 * built on it, and what the reader opened in them.
 */
export function createStableEnv(parts: () => EnvParts): Accessor<DashboardEnv> {
  const key = createMemo(() => {
    const p = parts();
    return JSON.stringify([p.locale, p.contract, p.citations, p.changed ?? []]);
  });
  return createMemo(() => {
    key();
    // Read untracked: the key alone says when to make it anew, not every new evaluation.
    return untrack(() => {
      const p = parts();
      return makeEnv(p.contract, p.locale, p.citations, p.changed);
    });
  });
}

const EnvContext = createContext<DashboardEnv>();

export function EnvProvider(props: { env: DashboardEnv; children: JSX.Element }) {
  return <EnvContext.Provider value={props.env}>{props.children}</EnvContext.Provider>;
}

export function useEnv(): DashboardEnv {
  const env = useContext(EnvContext);
  if (!env) throw new Error('dashboard components need an EnvProvider');
  return env;
}
