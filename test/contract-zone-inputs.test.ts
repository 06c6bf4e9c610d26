// A contract whose zone changed after its files were read: the report says each file's
// zone-less times as the command line would for the zone now in force.
import { describe, expect, it } from 'vitest';
import type { InputSummary } from '../src/engine/observations';
import { PRESETS } from '../src/engine/presets';
import type { InputLayout } from '../src/engine/report';
import { toReport } from '../src/engine/to-report';
import { contractTerms, evaluateContract } from '../src/service/evaluate-contract';

const read = (name: string, timeZone: InputLayout['timeZone']): InputSummary => ({
  name,
  kind: 'probes',
  rows: 0,
  skippedRows: 0,
  monitors: [],
  skipped: [],
  layout: { id: null, name: 'CSV mapped by column names', source: null, detected: 'columns', timeZone },
});

async function zonesUnder(zone: string, inputs: InputSummary[]) {
  const values = { timezone: zone, fee: null, currency: null, tier: null, effectiveDate: null };
  const { evaluation } = await evaluateContract({
    terms: contractTerms(PRESETS.medos, values),
    sources: { monitors: [], exclusions: [], inputs, tickets: [], obligations: [] },
    holidays: null,
    asOf: '2026-07-15',
  });
  return toReport(evaluation).inputs.map((i) => i.layout?.timeZone);
}

describe('files read in the zone the contract had', () => {
  it('keep zone-less times in that zone, now one chosen for the file; zoned files take the new zone', async () => {
    expect(
      await zonesUnder('America/New_York', [
        read('zoneless.csv', { zone: 'Asia/Kolkata', basis: 'contract', allTimesZoned: false }),
        read('zoned.csv', { zone: 'Asia/Kolkata', basis: 'contract', allTimesZoned: true }),
        read('asked.csv', { zone: 'Africa/Cairo', basis: 'source-tz', allTimesZoned: false }),
        read('utc.csv', { zone: 'UTC', basis: 'layout', allTimesZoned: false }),
      ]),
    ).toEqual([
      { zone: 'Asia/Kolkata', basis: 'source-tz', allTimesZoned: false },
      { zone: 'America/New_York', basis: 'contract', allTimesZoned: true },
      { zone: 'Africa/Cairo', basis: 'source-tz', allTimesZoned: false },
      { zone: 'UTC', basis: 'layout', allTimesZoned: false },
    ]);
  });

  it('are said as read when the zone is unchanged', async () => {
    const same = { zone: 'America/New_York', basis: 'contract', allTimesZoned: false } as const;
    expect(await zonesUnder('America/New_York', [read('zoneless.csv', same)])).toEqual([same]);
  });
});
