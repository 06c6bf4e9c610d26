// A termination right on a rolling average, in words: loaded with the newer terms' parts,
// so a contract without such a right does not fetch its wording.
import type { TerminationRule } from '../../engine/model';
import { PERIODS_WORD } from '../components/codes';
import { useEnv } from '../components/context';
import { formatTarget, formatUptime } from '../format';
import type { Translate } from '../i18n';
import { termsText } from './text';

export type AverageRule = Extract<TerminationRule, { code: 'averageBelow' }>;

const IN_ROW = { month: 'termMonthsInRow', quarter: 'termQuartersInRow', year: 'termYearsInRow' } as const;

export function averageRuleText(env: { t: Translate; locale: string }, r: AverageRule): string {
  const tt = termsText(env.locale);
  const words = {
    n: r.periods,
    // The count picks the period's noun, as Arabic inflects it ("٣ أشهر", "١٢ شهرًا").
    periods: env.t(PERIODS_WORD[r.period], { n: r.periods }),
    // Arabic says the periods whole, its adjective agreeing too ("شهرين متتاليين").
    span: tt(IN_ROW[r.period], { n: r.periods }),
    below: formatTarget(r.belowPercent, env.locale),
  };
  return r.noticeDays === null
    ? tt('termAverage', words)
    : tt('termAverageNotice', { ...words, notice: tt('termNoticeDays', { n: r.noticeDays }) });
}

/**
 * The average a triggered right was judged on, as the engine reports it: with as many
 * decimals as keep it below the threshold (96.99666… against 97 reads "96.997 %").
 */
export function averageWasText(env: { locale: string }, r: AverageRule, averagePercent: number): string {
  return termsText(env.locale)('termAverageWas', {
    average: formatUptime(averagePercent, r.belowPercent, env.locale),
    below: formatTarget(r.belowPercent, env.locale),
  });
}

export function AverageWasText(props: { rule: AverageRule; averagePercent: number }) {
  const env = useEnv();
  return <>{averageWasText(env, props.rule, props.averagePercent)}</>;
}

export function AverageRuleText(props: { rule: AverageRule }) {
  const env = useEnv();
  return <>{averageRuleText(env, props.rule)}</>;
}
