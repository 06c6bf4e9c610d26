// What-if switches: leaving out an exclusion record or an outage changes the verdict.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine/evaluate';
import { effectivePolicy } from '../src/engine/policy';
import { toReport } from '../src/engine/to-report';
import { loadCsv } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';
import { CAIRO_POLICY, cairoJune } from './support/cairo-june';

const policy = CAIRO_POLICY;
const eff = effectivePolicy(policy);
const enc = (t: string) => new TextEncoder().encode(t);
// 50 > 43 allowed → missed; without the exclusion, 80.
const { summary, exclusions, monitors } = cairoJune();
const run = (whatIf?: { exclusionsOff?: number[]; outagesOff?: number[] }) =>
  toReport(evaluate({ policy, monitors, exclusions, inputs: [summary], asOf: '2026-11-21', whatIf }));

describe('what-if', () => {
  it('as recorded: 50 counted minutes, missed, 10 %', () => {
    const june = run().periods[0]!;
    expect([june.excludedMinutes, june.downtimeMinutes, june.met, june.credit.percent]).toEqual([
      30,
      50,
      false,
      10,
    ]);
  });

  it('without the maintenance record the excluded outage counts too', () => {
    const r = run({ exclusionsOff: [0] });
    expect([r.periods[0]!.excludedMinutes, r.periods[0]!.downtimeMinutes]).toEqual([0, 80]);
    expect(r.exclusions[0]).toMatchObject({
      excluded: false,
      reason: 'switched off (what-if); notice 96 h ≥ required 72 h',
    });
  });

  it('with the 50-minute outage switched off the month is met', () => {
    const outage = run().outages[1]!;
    expect(outage.start).toBe('2026-06-20T10:00:00+03:00');
    const start = Date.parse(outage.start) / 60_000;
    const june = run({ outagesOff: [start] }).periods[0]!;
    expect([june.downtimeMinutes, june.met, june.credit.percent]).toEqual([0, true, 0]);
  });
});

describe('a notice a second short', () => {
  it('is short of its 72 hours in the reason and in the hours the report gives', () => {
    const short = loadCsv(
      'maintenance.csv',
      enc(
        'start,end,kind,announced_at\n2026-06-10T02:00:00,2026-06-10T02:30:00,planned,2026-06-07T02:00:01\n',
      ),
      { kind: 'exclusions', sourceZone: eff.timezone },
      new MinuteReducer(),
    ).exclusions;
    const r = toReport(
      evaluate({ policy, monitors, exclusions: short, inputs: [summary], asOf: '2026-11-21' }),
    );
    expect(r.exclusions[0]).toMatchObject({
      excluded: false,
      reason: 'notice 71.99 h < required 72 h',
      noticeHours: 71.99,
      noticeRequired: '72 h',
    });
  });
});
