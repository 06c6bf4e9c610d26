// Every built-in preset evaluates the same real monitoring history; the 69-minute
// honch.io outage of 2026-06-16 22:37–23:46 UTC is judged by each contract's own rules.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine/evaluate';
import { effectivePolicy } from '../src/engine/policy';
import { PRESET_IDS, PRESETS } from '../src/engine/presets';
import { toReport } from '../src/engine/to-report';
import { loadCsv } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';

const bytes = new Uint8Array(readFileSync('test/fixtures/realdata/upptime/honch-io-probes.csv'));

function run(id: string) {
  const policy = PRESETS[id]!;
  const eff = effectivePolicy(policy);
  const reducer = new MinuteReducer();
  const { summary } = loadCsv(
    'honch-io-probes.csv',
    bytes,
    {
      kind: 'states',
      sourceZone: eff.timezone,
    },
    reducer,
  );
  return toReport(
    evaluate({
      policy,
      monitors: reducer.finish(),
      exclusions: [],
      inputs: [summary],
      asOf: '2026-11-21',
    }),
  );
}

describe.each(PRESET_IDS)('preset %s', (id) => {
  it('evaluates to an sla-report/1 with the one outage', () => {
    const r = run(id);
    expect(r.schema).toBe('sla-report/1');
    expect(r.contract.preset).toBe(id);
    expect(r.outages.map((o) => o.minutes)).toEqual([69]);
    expect(r.outages[0]!.qualifies).toBe(true);
  });
});

describe('the outage under each contract', () => {
  it('MedOS (IST): June 2026 is 99.84 % ≥ 99.5 %, no extension days', () => {
    const june = run('medos').periods[0]!;
    expect([june.label, june.downtimeMinutes, june.met, june.credit.days]).toEqual(['2026-06', 69, true, 0]);
  });

  it('ElevateFinance: a 69-minute run of 5xx is Downtime; (43 200 − 69) / 43 200 rounds to 99.84', () => {
    const june = run('elevatefinance').periods[0]!;
    expect([june.uptimePercent, june.met, june.credit.percent]).toEqual([99.84, true, 0]);
  });

  it('Kipu: the year misses 99.99 % ((525 600 − 69) / 525 600) and June has one Level 0 incident over 0.72 h', () => {
    const r = run('kipu');
    expect(r.periods.map((p) => [p.label, p.totalMinutes, p.downtimeMinutes, p.met])).toEqual([
      ['2026', 525600, 69, false],
    ]);
    expect(r.periods[0]!.uptimePercent).toBe((100 * (525600 - 69)) / 525600);
    const june = r.incidentCredits.find((m) => m.label === '2026-06')!;
    expect(june.levels[0]).toEqual({ severity: 'P0', incidents: 1, hours: 1.15, percent: 25 });
    expect(june.percent).toBe(25);
    // Eligible when the incident ended (2026-06-16 19:46 EDT); 30 days to claim.
    expect(june.claimBy).toBe('2026-07-16T19:46:00-04:00');
    expect(june.claimStatus).toBe('expired');
  });

  it('PatientIQ: the daily 23:00–03:00 window removes 7 200 minutes of June; 35 931 / 36 000 is met', () => {
    const june = run('patientiq').periods[0]!;
    expect([june.excludedMinutes, june.downtimeMinutes]).toEqual([7200, 69]);
    expect(june.uptimePercent).toBe((100 * 35931) / 36000);
    expect(june.met).toBe(true);
  });
});
