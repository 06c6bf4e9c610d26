// The engine's verdict codes in the reader's language: exclusion reasons, credit
// conditions, termination rules and the presets' promises, worded from their parameters,
// never from the English the exported report carries.
import type {
  EligibilityCheck,
  ExclusionFinding,
  NoticeRequirement,
  TerminationRule,
} from '../../engine/model';
import { givenHours } from '../../engine/to-report';
import type { MessageKey, Translate } from '../i18n';
import { en } from '../i18n/en';
import type { Formatters } from './context';

const KIND_TEXT: Record<string, MessageKey> = {
  planned: 'kindPlanned',
  emergency: 'kindEmergency',
  'third-party': 'kindThirdParty',
  'force-majeure': 'kindForceMajeure',
  customer: 'kindCustomer',
  other: 'kindOther',
};

/** Enough to word a verdict outside the dashboard too. */
type ReasonEnv = { t: Translate };

export const kindText = (env: ReasonEnv, kind: string) => (KIND_TEXT[kind] ? env.t(KIND_TEXT[kind]!) : kind);

// Notice is counted in hours, as the contracts word it ("72 hours", "168 hours"), or in
// business days where the contract counts those ("five (5) business days").
const hours = (env: ReasonEnv, h: number) => env.t('codeHours', { n: Math.round(h * 100) / 100 });

function noticeText(env: ReasonEnv, n: NoticeRequirement): string {
  return n.unit === 'hours' ? hours(env, n.hours) : env.t('codeBusinessDays', { n: n.days });
}

export function exclusionReasonText(env: ReasonEnv, x: ExclusionFinding): string {
  const r = x.reason;
  const t = env.t;
  let text: string;
  switch (r.code) {
    case 'kindNotExcluded':
      text = t('codeKindNotExcluded', { kind: kindText(env, r.kind) });
      break;
    case 'excludedKind':
      text = t('codeExcludedKind');
      break;
    case 'noAnnouncement':
      text = t('codeNoAnnouncement', { required: noticeText(env, r.required) });
      break;
    case 'noticeMet':
    case 'noticeTooShort':
      text = t(r.code === 'noticeMet' ? 'codeNoticeMet' : 'codeNoticeTooShort', {
        given:
          r.givenBusinessDays === undefined
            ? hours(env, givenHours(r))
            : t('codeBusinessDays', { n: r.givenBusinessDays }),
        required: noticeText(env, r.required),
      });
      break;
  }
  if (x.switchedOff) return t('codeSwitchedOff', { reason: text });
  return x.overCapMinutes > 0 ? t('codeOverCap', { reason: text, n: x.overCapMinutes }) : text;
}

/**
 * A credit condition: as a checklist line while it holds or is undecided, and as what
 * went wrong once it fails ("plan tier STARTER gets no credit", not the condition).
 */
export function eligibilityText(
  env: { t: Translate; fmt: Pick<Formatters, 'day' | 'deadline' | 'money'> },
  check: EligibilityCheck,
): string {
  const c = check.condition;
  const t = env.t;
  const failed = check.met === false;
  const list = (xs: string[]) => xs.join(' / ');
  switch (c.code) {
    case 'tierHasCredit':
      return failed && c.tier !== null
        ? t('codeTierNoCredit', { tier: c.tier })
        : t('codeTierHasCredit', { tiers: list(c.noCreditTiers) });
    case 'agreementFrom':
      return failed && c.effectiveDate !== null
        ? t('codeAgreementTooEarly', { effective: env.fmt.day(c.effectiveDate), from: env.fmt.day(c.from) })
        : t('codeAgreementFrom', { from: env.fmt.day(c.from) });
    case 'minFee': {
      const min = env.fmt.money(c.minAmount, c.currency);
      const per = t(c.per === 'month' ? 'periodMonth' : 'periodYear');
      return failed && c.fee !== null
        ? t('codeFeeTooLow', { fee: env.fmt.money(c.fee, c.currency), min, per })
        : t('codeMinFee', { min, per });
    }
    case 'remediesAfter':
      if (c.from === null) return t('codeRemediesAfterDays', { n: c.days });
      return failed && c.breachAtMs !== null
        ? t('codeBreachTooEarly', { from: env.fmt.day(c.from), breach: env.fmt.deadline(c.breachAtMs) })
        : t('codeRemediesFrom', { from: env.fmt.day(c.from) });
    case 'capAtNextMonthFee':
      return t('codeCapNextMonthFee');
    case 'customerCondition':
      return t('codeCondition', {
        text: c.text,
        answer: t(
          check.met === null ? 'codeConditionOpen' : check.met ? 'codeConditionYes' : 'codeConditionNo',
        ),
      });
  }
}

export const PERIODS_WORD = {
  month: 'periodsMonth',
  quarter: 'periodsQuarter',
  year: 'periodsYear',
} as const;

/** Every rule but one on a rolling average, whose words load with the newer terms' parts. */
export function terminationRuleText(
  env: { t: Translate },
  r: Exclude<TerminationRule, { code: 'averageBelow' }>,
): string {
  const t = env.t;
  switch (r.code) {
    case 'consecutivePeriodsMissed':
      return t('codeTermConsecutive', { n: r.periods, periods: t(PERIODS_WORD[r.period], { n: r.periods }) });
    case 'incidentsPerMonth':
      return t('codeTermIncidents', {
        n: r.minIncidents,
        severity: r.severity,
        months: t('spanConsecutiveMonths', { n: r.consecutiveMonths }),
      });
    case 'claims': {
      // The claims' count picks the form; the spans beside it are counted in their own words.
      const words = {
        n: r.claimsCount,
        count: r.claimsCount,
        months: t('spanConsecutiveMonths', { n: r.consecutiveMonths }),
        days: t('spanDays', { n: r.withinDays }),
      };
      return r.noticeDays === null
        ? t('codeTermClaims', words)
        : t('codeTermClaimsNotice', { ...words, notice: t('spanNoticeDays', { n: r.noticeDays }) });
    }
    case 'missedWithinMonths':
      return t('codeTermMissedWithin', {
        n: r.missed,
        periods: t(PERIODS_WORD[r.period], { n: r.missed }),
        months: t('spanMonths', { n: r.months }),
      });
  }
}

/** The built-in presets' promises, by preset and obligation id. */
const OBLIGATION_TITLE: Record<string, MessageKey> = {
  'medos/data-export': 'oblMedosDataExport',
  'medos/erasure': 'oblMedosErasure',
  'medos/sla-change-notice': 'oblMedosSlaChange',
  'clarus-lis/breach-notification': 'oblClarusBreach',
  'clarus-lis/rto': 'oblClarusRto',
  'clarus-lis/rpo': 'oblClarusRpo',
  'elevatefinance/post-incident-report': 'oblElevatePostIncident',
  'elevatefinance/capacity-change-notice': 'oblElevateCapacity',
};

/**
 * A promise's title in the reader's language where it is a preset's own, unchanged;
 * a promise the user wrote or reworded keeps its own words.
 */
export function obligationTitle(
  env: { t: Translate },
  preset: string,
  o: { obligation?: string; id?: string; description: string },
): string {
  const id = o.obligation ?? o.id ?? '';
  return ownWords(env, OBLIGATION_TITLE[`${preset}/${id}`], o.description);
}

/** A text in the reader's language where the English catalogue holds it word for word (a reworded one does not match). */
const ownWords = (env: { t: Translate }, key: MessageKey | undefined, text: string) =>
  key && en[key] === text ? env.t(key) : text;

type ObligationFact = 'startsWhen' | 'fulfilledWhen' | 'evidence';
const FACT_SUFFIX = { startsWhen: 'Starts', fulfilledWhen: 'Fulfilled', evidence: 'Evidence' } as const;

/** What starts a preset's promise's clock, what keeps it, and the evidence to keep, in the reader's language. */
export function obligationFact(
  env: { t: Translate },
  preset: string,
  o: { id: string } & Record<ObligationFact, string>,
  fact: ObligationFact,
): string {
  const title = OBLIGATION_TITLE[`${preset}/${o.id}`];
  const key = title && (`${title}${FACT_SUFFIX[fact]}` as MessageKey);
  return ownWords(env, key && key in en ? key : undefined, o[fact]);
}
