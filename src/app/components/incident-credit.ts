// A period's incident credits (Kipu: earned month by month within an annual period) as
// the headline and the period table state them: each month's share (their amount is the
// period's, summed by the engine).
import type { DashboardEnv } from './context';

export interface MonthCredit {
  label: string;
  /** The reported period the month belongs to. */
  period: string;
  percent: number;
  amount: number | null;
  currency: string;
}

/** The months of a period that earned an incident credit, in order. */
export function creditedMonths<T extends MonthCredit>(months: readonly T[], period: string): T[] {
  return months.filter((m) => m.period === period && m.percent > 0);
}

/** "Mar 25 %, May 25 %, Sep 50 %" in the locale. */
export function monthShares(env: DashboardEnv, months: readonly MonthCredit[]): string {
  const month = new Intl.DateTimeFormat(env.locale, { month: 'short', timeZone: 'UTC' });
  const list = new Intl.ListFormat(env.locale, { type: 'unit', style: 'short' });
  return list.format(
    months.map((m) => {
      const [y, mo] = m.label.split('-').map(Number) as [number, number];
      return `${month.format(Date.UTC(y, mo - 1, 1))} ${env.fmt.pct(m.percent)}`;
    }),
  );
}
