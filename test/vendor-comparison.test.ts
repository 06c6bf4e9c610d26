// The vendor's word beside the customer's own measurement: the Instatus record of
// test/fixtures/layouts (incidents on 15 May, 31 May and 10 June) set beside checks made
// every minute on three stretches, counted by hand below (UTC; Cairo is UTC+3 here).
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';

const INSTATUS = 'test/fixtures/layouts/instatus-incidents.json';

// test/fixtures/comparison/README.md: up through the 15 May incident; down 07:50–09:25 on
// 10 June around the posted 08:00–08:45; down 12:00–12:05 on 12 June, never posted.
const OWN = 'test/fixtures/comparison/own-checks.csv';

const today = new Date('2026-07-15T12:00:00Z');
const run = (files: string[], format = 'json') =>
  runSla(parseArgs(['--policy', 'clarus-lis', ...files, '--as-of', '2026-07-15', '--format', format]), today);
const json = async (files: string[]) => JSON.parse(await run(files)) as SlaReport;

describe("the vendor's record beside the user's own checks", () => {
  it('gives per period the minutes admitted and measured, the outages never posted and the incidents not seen', async () => {
    const r = await json([INSTATUS, OWN]);
    expect(r.inputs.map((i) => i.layout?.vendorRecord)).toEqual([true, undefined]);
    expect(r.comparison).toEqual({
      vendorMonitors: ['API', 'Dashboard'],
      measuredMonitors: ['probe'],
      periods: [
        {
          label: '2026-05',
          admittedMinutes: 20,
          measuredMinutes: 0,
          unadmittedMinutes: 0,
          unpostedOutages: [],
          unseenIncidents: [
            {
              start: '2026-05-15T13:00:00+03:00',
              end: '2026-05-15T13:20:00+03:00',
              minutes: 20,
              monitors: ['Dashboard'],
            },
          ],
        },
        {
          label: '2026-06',
          // 13 (21:10–21:22:30 UTC on 31 May, already June in Cairo) + 45 on 10 June, both components at once.
          admittedMinutes: 58,
          // 95 + 5; the 31 May incident fell where the checks had no data: neither seen nor unseen.
          measuredMinutes: 100,
          unadmittedMinutes: 55,
          unpostedOutages: [
            { start: '2026-06-12T15:00:00+03:00', end: '2026-06-12T15:05:00+03:00', minutes: 5 },
          ],
          unseenIncidents: [],
        },
      ],
    });
    // The contract's own figures still count both records (combine: any).
    expect(r.periods.map((p) => [p.label, p.downtimeMinutes])).toEqual([
      ['2026-05', 20],
      ['2026-06', 113],
    ]);
  });

  it('is null with only one side, and the text report prints it', async () => {
    expect((await json([INSTATUS])).comparison).toBeNull();
    expect((await json([OWN])).comparison).toBeNull();
    // Given as events on purpose, the status page is still the vendor's record.
    expect((await json(['--events', INSTATUS, OWN])).comparison?.periods[1]?.admittedMinutes).toBe(58);
    const text = await run([INSTATUS, OWN], 'text');
    expect(text).toContain(
      "The vendor's record (API, Dashboard) beside your own checks (probe), in down minutes\n" +
        'period   vendor admitted  measured  measured, not admitted  outages not posted  incidents not seen\n' +
        '-------  ---------------  --------  ----------------------  ------------------  ------------------\n' +
        '2026-05               20         0                       0                   0                   1\n' +
        '2026-06               58       100                      55                   1                   0\n' +
        '  posted, not seen by the checks: 2026-05-15T13:00:00+03:00 – 2026-05-15T13:20:00+03:00, 20 min (Dashboard)\n' +
        '  not posted: 2026-06-12T15:00:00+03:00 – 2026-06-12T15:05:00+03:00, 5 min\n',
    );
    expect(text).toContain("recognised as Instatus incidents (the vendor's own record)");
  });
});
