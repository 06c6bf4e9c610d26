// One path from a contract's policy, values and inputs to its evaluation, shared by the worker (inputs from storage) and the command line (inputs from files).
import { CalendarError } from '../engine/calendar';
import { type Evaluation, type EvaluationCache, evaluate, withContract } from '../engine/evaluate';
import type { InputSummary } from '../engine/observations';
import { effectivePolicy, type Policy, parsePolicy } from '../engine/policy';
import { InputError } from '../ingest/stream-input';
import { checkContractSpan } from './contract-span';
import { type HolidayLists, holidaysFor } from './holidays';
import type { ContractValues, EvaluationSources } from './inputs';

/** The policy as written, with the contract's own values laid over it. */
export function contractTerms(policy: Policy | unknown, values: ContractValues): Policy {
  return withContract(parsePolicy(policy), {
    timezone: values.timezone,
    feeAmount: values.fee,
    currency: values.currency,
    tier: values.tier,
    effectiveDate: values.effectiveDate,
  });
}

export interface ContractEvaluation {
  terms: Policy;
  sources: EvaluationSources;
  /** The user's holiday list (replacing the built-in one), or null. */
  holidays: readonly string[] | null;
  /** Where the holidays came from, for a calendar they leave unusable: a file, or the contract's calendar. */
  holidaysSource?: string;
  asOf: string;
  whatIf?: { exclusionsOff?: readonly number[]; outagesOff?: readonly number[] };
  /** What the caller keeps between evaluations: memoised series and holiday lists. */
  cache?: EvaluationCache;
  holidayLists?: HolidayLists;
}

/**
 * Files read before the contract's zone changed, said as the command line would say them
 * under the zone now in force: a file whose every time carried its zone owes nothing to the
 * old one, while zone-less times stay read in it, which is no longer the contract's but a
 * zone chosen for the file (`--source-tz`).
 */
function inputsUnderZone(inputs: readonly InputSummary[], zone: string): readonly InputSummary[] {
  return inputs.map((i) => {
    const z = i.layout?.timeZone;
    if (z?.basis !== 'contract' || z.zone === zone) return i;
    const timeZone = z.allTimesZoned ? { ...z, zone } : { ...z, basis: 'source-tz' as const };
    return { ...i, layout: { ...i.layout!, timeZone } };
  });
}

export interface Evaluated {
  evaluation: Evaluation;
  /**
   * The country whose built-in public holidays could not be loaded (the app offline, its
   * rules never fetched): the evaluation counts none, and the page says so. Null otherwise.
   */
  holidaysUnavailable: string | null;
  /** Resolving the calendar's holidays and the engine itself. */
  timings: { holidaysMs: number; evaluateMs: number };
}

export async function evaluateContract(c: ContractEvaluation): Promise<Evaluated> {
  checkContractSpan(c.sources);
  const started = performance.now();
  const effective = effectivePolicy(c.terms);
  let holidays: string[] = [];
  let holidaysUnavailable: string | null = null;
  try {
    holidays = await holidaysFor(effective, c.holidays, c.sources, c.asOf, c.holidayLists);
  } catch (e) {
    // Only a country's rules are loaded here, as a chunk of their own: failing, they were
    // out of reach. The figures that need no holiday stand; those that do are said to.
    const country = effective.calendar.holidayCountry;
    if (c.holidays !== null || !country) throw e;
    holidaysUnavailable = country;
  }
  const resolved = performance.now();
  let evaluation: Evaluation;
  try {
    evaluation = evaluate({
      policy: c.terms,
      ...c.sources,
      inputs: inputsUnderZone(c.sources.inputs, effective.timezone),
      holidays,
      ...(c.whatIf ? { whatIf: c.whatIf } : {}),
      ...(c.cache ? { cache: c.cache } : {}),
      asOf: c.asOf,
    });
  } catch (e) {
    if (e instanceof CalendarError)
      throw new InputError(c.holidaysSource ?? "the contract's calendar", null, e.reason);
    throw e;
  }
  return {
    evaluation,
    holidaysUnavailable,
    timings: { holidaysMs: resolved - started, evaluateMs: performance.now() - resolved },
  };
}
