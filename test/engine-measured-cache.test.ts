// An evaluation cache keeps the measured series (periods, per-minute service, exclusions,
// counted Downtime, outages) between evaluations of the same inputs. A change of target or
// credit reuses them; any change of the terms they are measured under measures again, and
// every cached evaluation equals one made afresh.
import { describe, expect, it } from 'vitest';
import { EvaluationCache } from '../src/engine/cache';
import { type EvaluationInput, evaluate } from '../src/engine/evaluate';
import type { Evaluation } from '../src/engine/model';
import type { Policy } from '../src/engine/policy';
import { toReport } from '../src/engine/to-report';
import { CAIRO_POLICY, cairoJune, STATES_CSV } from './support/cairo-june';

const base = CAIRO_POLICY;
// A 30-minute outage a 96-hour notice excludes, and a 50-minute one that counts.
const { summary, exclusions, monitors } = cairoJune();

type Change = Partial<Omit<EvaluationInput, 'policy'>> & { policy?: Partial<Policy> };
const inputOf = (change: Change): EvaluationInput => ({
  monitors,
  exclusions,
  inputs: [summary],
  asOf: '2026-07-15',
  ...change,
  policy: { ...base, ...change.policy },
});

const june = (e: Evaluation) => {
  const p = toReport(e).periods[0]!;
  return [p.excludedMinutes, p.downtimeMinutes, p.met, p.credit.percent];
};

describe('the measured series kept between evaluations', () => {
  const cache = new EvaluationCache();
  let last = evaluate({ ...inputOf({}), cache });

  /** Evaluates with the shared cache, checks it against a fresh evaluation, and says whether it reused the series. */
  function next(change: Change): { e: Evaluation; reused: boolean } {
    const e = evaluate({ ...inputOf(change), cache });
    const fresh = evaluate(inputOf(change));
    expect(toReport(e)).toStrictEqual(toReport(fresh));
    for (const series of ['service', 'excluded', 'counted'] as const)
      expect(Buffer.compare(e[series], fresh[series]), series).toBe(0);
    expect(e.periodBounds).toStrictEqual(fresh.periodBounds);
    const reused = e.service === last.service && e.excluded === last.excluded && e.counted === last.counted;
    last = e;
    return { e, reused };
  }

  it('measures the contract as recorded: 30 minutes excluded, 50 counted, missed, 10 %', () => {
    expect(june(last)).toEqual([30, 50, false, 10]);
  });

  it('reuses them when only the target, the credit or the fee change', () => {
    const target = next({ policy: { target: 99 } });
    expect(target.reused).toBe(true);
    expect(june(target.e)).toEqual([30, 50, true, 0]);
    const credit = next({
      policy: {
        target: 99.9,
        credit: { ...base.credit, bands: [{ below: 99.9, inclusive: false, percent: 15 }] },
      },
    } as Change);
    expect(credit.reused).toBe(true);
    expect(june(credit.e)).toEqual([30, 50, false, 15]);
    const fee = next({ policy: { fee: { ...base.fee, amount: 1234 } } });
    expect(fee.reused).toBe(true);
    expect(june(fee.e)).toEqual([30, 50, false, 10]);
  });

  it('measures again when the shortest outage changes', () => {
    const shortest = next({ policy: { minOutageMinutes: 60 } });
    expect(shortest.reused).toBe(false);
    expect(june(shortest.e)).toEqual([30, 0, true, 0]);
  });

  it('measures again when the notice an exclusion needs changes', () => {
    const kinds = base.exclusions.kinds;
    const notice = next({
      policy: {
        exclusions: {
          ...base.exclusions,
          kinds: { ...kinds, planned: { excluded: true, notice: { kind: 'hours', hours: 120 } } },
        },
      },
    });
    expect(notice.reused).toBe(false);
    expect(june(notice.e)).toEqual([0, 80, false, 10]);
  });

  it('measures again when the zone changes', () => {
    // The contract's reading of "GMT+2, Cairo time" switched to a fixed UTC+2.
    const fixed = next({
      policy: { interpretations: base.interpretations.map((i) => ({ ...i, chosen: 'fixed' })) },
    });
    expect(fixed.reused).toBe(false);
    expect(fixed.e.contract.timezone).toBe('Etc/GMT-2');
    // Its June starts an hour later than Cairo's summer time, so the first hour of data
    // falls in May.
    expect(fixed.e.periodBounds.map((p) => [p.label, p.startMs])).toEqual([
      ['2026-05', Date.UTC(2026, 3, 30, 22)],
      ['2026-06', Date.UTC(2026, 4, 31, 22)],
    ]);
  });

  it('measures again when a what-if switch changes, and when it is switched back', () => {
    expect(next({}).reused).toBe(false);
    const off = next({ whatIf: { exclusionsOff: [0] } });
    expect(off.reused).toBe(false);
    expect(june(off.e)).toEqual([0, 80, false, 10]);
    const outageOff = next({ whatIf: { outagesOff: [Date.UTC(2026, 5, 20, 7) / 60_000] } });
    expect(outageOff.reused).toBe(false);
    expect(june(outageOff.e)).toEqual([30, 0, true, 0]);
    const back = next({});
    expect(back.reused).toBe(false);
    expect(june(back.e)).toEqual([30, 50, false, 10]);
    // No switches at all are the switches as recorded.
    expect(next({ whatIf: {} }).reused).toBe(true);
  });

  it('measures again for other exclusion records, even with the same content', () => {
    expect(next({}).reused).toBe(true);
    const none = next({ exclusions: [] });
    expect(none.reused).toBe(false);
    expect(june(none.e)).toEqual([0, 80, false, 10]);
    const again = next({ exclusions: exclusions.slice() });
    expect(again.reused).toBe(false);
    expect(june(again.e)).toEqual([30, 50, false, 10]);
  });

  it('measures again when the holidays change', () => {
    expect(next({ holidays: ['2026-06-09'] }).reused).toBe(false);
    expect(next({ holidays: ['2026-06-09'] }).reused).toBe(true);
  });

  it('measures other monitors on their own', () => {
    // Only the first outage, the one the notice excludes.
    const other = cairoJune(`${STATES_CSV.split('\n').slice(0, 4).join('\n')}\n`).monitors;
    const e = next({ monitors: other });
    expect(e.reused).toBe(false);
    expect(june(e.e)).toEqual([30, 0, true, 0]);
  });
});
