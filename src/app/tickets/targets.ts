// A severity's response or resolution target in words ("1 h, 24×7", "4 h of business hours"),
// as the policy states it; the engine's measured minutes stay the figures shown per ticket.
import type { Policy } from '../../engine/policy';
import type { DashboardEnv } from '../components/context';

type Target = NonNullable<Policy['responseTargets'][number]['response']>;

export function targetText(target: Target | null | undefined, env: DashboardEnv): string {
  if (!target) return env.t('none');
  switch (target.kind) {
    case 'elapsed':
      return env.t('tkTargetElapsed', { d: env.fmt.minutes(target.minutes) });
    case 'businessMinutes':
      // In hours, as the contract counts them: "24 Working Hours" is three working days, not "1 d".
      return env.t('tkTargetBusinessMinutes', { d: env.fmt.clockMinutes(target.minutes, 0) });
    case 'businessDays':
      return env.t('tkTargetBusinessDays', { n: target.days });
    case 'endOfNextBusinessDay':
      return env.t('tkTargetNextDay');
  }
}

/** Severities in P0…P4 order. */
export const bySeverity = (a: string, b: string) => a.localeCompare(b);
