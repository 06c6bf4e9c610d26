// Termination rights (SPEC rule 11): each rule of the policy judged on the periods and
// incident months, with the periods that triggered it and any notice deadline.

import { claimStatusOf } from './claims';
import { add, compare, ratio, ratioOfDecimal, toNumber } from './exact';
import type { IncidentMonth, PeriodFigures, TerminationFinding } from './model';
import type { Period } from './periods';
import type { Policy } from './policy';
import { addDays, DAY_MS, localDate, startOfLocalDay } from './time';

type Rule = Policy['termination'][number];
type ClaimsRule = Extract<Rule, { kind: 'claims' }>;

/**
 * Every right, each with its notice status on `asOf`. A rule met by several runs of months
 * (three heavy months in a row make two pairs) gives one right per run, each with its own
 * notice deadline, so a live right is never hidden behind a lapsed one.
 */
export function terminationRights(
  policy: Policy,
  figures: readonly PeriodFigures[],
  periods: readonly Period[],
  incidentMonths: readonly IncidentMonth[],
  asOf: { date: string; startMs: number; endMs: number },
): TerminationFinding[] {
  return policy.termination
    .flatMap((rule) => findingsOf(policy, rule, figures, periods, incidentMonths, asOf.endMs))
    .map((f) => {
      if (!f.triggered || f.noticeByMs === null) return { ...f, noticeStatus: null, noticeDaysLeft: null };
      const { status, daysLeft } = claimStatusOf(f.noticeByMs, asOf.startMs, policy.timezone, asOf.date);
      return { ...f, noticeStatus: status === 'expired' ? 'expired' : 'open', noticeDaysLeft: daysLeft };
    });
}

type Finding = Omit<TerminationFinding, 'noticeStatus' | 'noticeDaysLeft'>;

function findingsOf(
  policy: Policy,
  rule: Rule,
  figures: readonly PeriodFigures[],
  periods: readonly Period[],
  incidentMonths: readonly IncidentMonth[],
  asOfEndMs: number,
): Finding[] {
  const found = ((): Finding | Finding[] => {
    switch (rule.kind) {
      case 'consecutivePeriodsMissed': {
        const code = {
          code: 'consecutivePeriodsMissed',
          periods: rule.periods,
          period: policy.period,
        } as const;
        const rights = consecutiveRuns(
          figures.map((f) => f.met === false),
          periods,
          rule.periods,
        ).map(
          (run): Finding => ({
            rule: code,
            triggered: true,
            periods: run.map((i) => figures[i]!.label),
            noticeByMs: null,
          }),
        );
        return rights.length ? rights : { rule: code, triggered: false, periods: [], noticeByMs: null };
      }
      case 'incidentsPerMonth': {
        const code = {
          code: 'incidentsPerMonth',
          minIncidents: rule.minIncidents,
          severity: rule.severity,
          consecutiveMonths: rule.consecutiveMonths,
        } as const;
        let run: IncidentMonth[] = [];
        const rights: Finding[] = [];
        for (const m of incidentMonths) {
          const level = m.levels.find((l) => l.severity === rule.severity);
          const prev = run[run.length - 1];
          const adjacent = prev !== undefined && nextMonthLabel(prev.label) === m.label;
          if (level && level.incidents >= rule.minIncidents) run = adjacent ? [...run, m] : [m];
          else run = [];
          if (run.length >= rule.consecutiveMonths) {
            // "within five (5) days following the end of the second consecutive calendar month"
            const [y, mo] = m.label.split('-').map(Number) as [number, number];
            const next = mo === 12 ? { year: y + 1, month: 1, day: 1 } : { year: y, month: mo + 1, day: 1 };
            const by = addDays(next, rule.noticeWithinDays ?? 0);
            const noticeByMs =
              rule.noticeWithinDays === null
                ? null
                : startOfLocalDay(policy.timezone, by.year, by.month, by.day);
            const window = run.slice(-rule.consecutiveMonths).map((r) => r.label);
            rights.push({ rule: code, triggered: true, periods: window, noticeByMs });
          }
        }
        return rights.length ? rights : { rule: code, triggered: false, periods: [], noticeByMs: null };
      }
      case 'claims': {
        const code = {
          code: 'claims',
          consecutiveMonths: rule.consecutiveMonths,
          claimsCount: rule.claimsWithin.count,
          withinDays: rule.claimsWithin.days,
          noticeDays: rule.noticeDays,
        } as const;
        // "may terminate the Agreement upon thirty (30) days written notice" (PatientIQ §1.3):
        // how long the notice runs before termination takes effect, not a time limit for
        // giving it, so the right has no notice deadline to lapse.
        const rights = claimsTriggerPeriods(rule, figures, periods).map(
          (labels): Finding => ({ rule: code, triggered: true, periods: labels, noticeByMs: null }),
        );
        return rights.length ? rights : { rule: code, triggered: false, periods: [], noticeByMs: null };
      }
      case 'missedWithinMonths': {
        const code = {
          code: 'missedWithinMonths',
          missed: rule.missed,
          months: rule.months,
          period: policy.period,
        } as const;
        // Each missed period that brings the rolling window to the count is a right of its own.
        const rights: Finding[] = [];
        const zone = policy.timezone;
        figures.forEach((f, i) => {
          if (f.met !== false) return;
          const end = localDate(zone, f.endMs);
          const back = end.year * 12 + end.month - 1 - rule.months;
          const windowStartMs = startOfLocalDay(zone, Math.floor(back / 12), (back % 12) + 1, end.day);
          const inWindow = figures
            .slice(0, i + 1)
            .filter((g, j) => g.met === false && periods[j]!.startMs >= windowStartMs)
            .map((g) => g.label);
          if (inWindow.length >= rule.missed)
            rights.push({
              rule: code,
              triggered: true,
              periods: inWindow,
              noticeByMs:
                rule.noticeWithinDays === null ? null : daysAfter(zone, f.endMs, rule.noticeWithinDays),
            });
        });
        return rights.length ? rights : { rule: code, triggered: false, periods: [], noticeByMs: null };
      }
      case 'averageBelow': {
        const code = {
          code: 'averageBelow',
          periods: rule.periods,
          period: policy.period,
          belowPercent: rule.belowPercent,
          noticeDays: rule.noticeDays,
        } as const;
        // "falls below 97% on a rolling three (3) months average": the plain mean of the
        // periods' uptime as the contract states it (after its rounding), strictly below, in
        // exact arithmetic so a 96.995 average is below 97 and a 97.00 one is not. A period
        // with minutes not measured, or one not over by the end of the report date (a state
        // log's last state holds past it), completes no window: its figure can still change.
        const whole = figures.map((f) => !f.partial && f.uptimePercent !== null && f.endMs <= asOfEndMs);
        const threshold = ratioOfDecimal(rule.belowPercent);
        const rights = consecutiveRuns(whole, periods, rule.periods, true)
          .map((run) => {
            const sum = run.map((i) => ratioOfDecimal(figures[i]!.uptimePercent!)).reduce(add);
            return { run, mean: ratio(sum.n, sum.d * BigInt(run.length)) };
          })
          .filter(({ mean }) => compare(mean, threshold) < 0)
          .map(
            ({ run, mean }): Finding => ({
              rule: code,
              triggered: true,
              periods: run.map((i) => figures[i]!.label),
              noticeByMs:
                rule.noticeWithinDays === null
                  ? null
                  : daysAfter(policy.timezone, figures[run[run.length - 1]!]!.endMs, rule.noticeWithinDays),
              // The mean the right was judged on, for the words that state it; the nearest
              // double of a mean below the threshold stays below it, the two being at least
              // 1 ÷ (10^decimals × periods) apart.
              averagePercent: toNumber(mean),
            }),
          );
        return rights.length ? rights : { rule: code, triggered: false, periods: [], noticeByMs: null };
      }
      default:
        throw new Error(`unknown termination rule ${(rule as { kind: string }).kind}`);
    }
  })();
  return Array.isArray(found) ? found : [found];
}

/** Local midnight `days` days after the local date of `ms`. */
function daysAfter(zone: string, ms: number, days: number): number {
  const d = addDays(localDate(zone, ms), days);
  return startOfLocalDay(zone, d.year, d.month, d.day);
}

function nextMonthLabel(label: string): string {
  const [y, m] = label.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The runs of adjacent periods for which `hit` holds that reach `length`: the indices of
 * each run's first `length` periods, the ones that triggered it, one run per maximal run;
 * with `rolling`, every window of `length` within a run, each ending one period later.
 */
function consecutiveRuns(
  hit: readonly boolean[],
  periods: readonly Period[],
  length: number,
  rolling = false,
): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (let i = 0; i < hit.length; i++) {
    const adjacent = i > 0 && periods[i - 1]!.endMs === periods[i]!.startMs;
    run = hit[i] ? (adjacent && run.length ? [...run, i] : [i]) : [];
    if (run.length === length || (rolling && run.length > length)) runs.push(run.slice(-length));
  }
  return runs;
}

/**
 * Months whose credit makes a claim possible, taken as the claims a customer would
 * file (one per month, dated when its credit was earned): each run of consecutive
 * months that reaches the count, and each set of claims within the span that no such
 * run already holds, in time order; a claim counted once is not counted again.
 */
function claimsTriggerPeriods(
  rule: ClaimsRule,
  figures: readonly PeriodFigures[],
  periods: readonly Period[],
): string[][] {
  // Money decides where there is an amount (after every limit), else the percent or days.
  const claimed = figures.map((r) =>
    r.credit.amount !== null
      ? r.credit.amount > 0 || (r.credit.days ?? 0) > 0
      : (r.credit.percent ?? 0) > 0 || (r.credit.days ?? 0) > 0,
  );
  const runs = consecutiveRuns(claimed, periods, rule.consecutiveMonths);
  const inRun = new Set(runs.flat());
  const found = runs.map((run) => ({
    last: run[run.length - 1]!,
    labels: run.map((i) => figures[i]!.label),
  }));
  const dated = figures.flatMap((r, i) =>
    claimed[i] && r.earnedAtMs !== null ? [{ i, at: r.earnedAtMs }] : [],
  );
  for (let k = 0; k + rule.claimsWithin.count - 1 < dated.length; ) {
    const window = dated.slice(k, k + rule.claimsWithin.count);
    const fits = window[window.length - 1]!.at - window[0]!.at <= rule.claimsWithin.days * DAY_MS;
    if (fits && !window.every((w) => inRun.has(w.i))) {
      found.push({ last: window[window.length - 1]!.i, labels: window.map((w) => figures[w.i]!.label) });
      k += window.length;
    } else k++;
  }
  return found.sort((a, b) => a.last - b.last).map((f) => f.labels);
}
