// Deadlines to the calendar: the `.ics` file of each sample report, read back with ical.js,
// holds one event per open claim, live termination notice and pending obligation, at the
// report's own instants in the contract's zone, with the clause in the description.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { SAMPLE_FILES } from '../src/app/import/sample-files';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import { deadlinesIcs } from '../src/engine/ics';
import type { Evaluation } from '../src/engine/model';
import { PRESETS } from '../src/engine/presets';
import type { SlaReport } from '../src/engine/report';
import { scratchFiles } from './support/scratch';

const { file } = scratchFiles('sla-ics-');

const OPTION: Record<string, string> = {
  'probes.csv': '--probes',
  'maintenance.csv': '--exclusions',
  'tickets.csv': '--tickets',
  'obligations.csv': '--obligations',
};

async function run(preset: string, asOf: string, format: 'json' | 'ics'): Promise<string> {
  const argv = ['--policy', preset, '--as-of', asOf, '--format', format];
  for (const f of SAMPLE_FILES[preset] ?? []) argv.push(OPTION[f]!, `public/samples/${preset}/${f}`);
  return runSla(parseArgs(argv), new Date(`${asOf}T12:00:00Z`));
}

interface Read {
  uid: string;
  /** The deadline: the end of the event. */
  atMs: number;
  startMs: number;
  zone: string;
  summary: string;
  description: string;
}

/** The file's events as ical.js reads them, with its own time zone definitions. */
function readIcs(text: string): { zones: string[]; events: Read[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = calendar.getAllSubcomponents('vtimezone').map((vtz) => {
    const zone = new ICAL.Timezone(vtz);
    ICAL.TimezoneService.register(zone);
    return zone.tzid;
  });
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      atMs: e.endDate.toUnixTime() * 1000,
      startMs: e.startDate.toUnixTime() * 1000,
      zone: e.endDate.zone?.tzid ?? '',
      summary: e.summary,
      description: e.description,
    };
  });
  for (const z of zones) ICAL.TimezoneService.remove(z);
  return { zones, events };
}

/** What the JSON report says is still ahead, as instants. */
function expectedInstants(r: SlaReport, asOf: string): number[] {
  const dayStart = Date.parse(`${asOf}T00:00:00${r.periods[0]!.start.slice(-6)}`);
  return [
    ...r.periods.filter((p) => p.claimStatus === 'open').map((p) => p.claimBy!),
    ...r.incidentCredits.filter((m) => m.claimStatus === 'open').map((m) => m.claimBy!),
    ...r.termination
      .filter((t) => t.triggered && t.noticeBy && Date.parse(t.noticeBy) > dayStart)
      .map((t) => t.noticeBy!),
    ...r.obligations.filter((o) => o.status === 'pending' && o.deadline).map((o) => o.deadline!),
  ]
    .map((iso) => Date.parse(iso))
    .sort((a, b) => a - b);
}

describe('deadlines as an .ics file', () => {
  it('Clarus LIS: the October claim and the pending breach notification, in Cairo time', async () => {
    const ics = await run('clarus-lis', '2026-11-21', 'ics');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const { zones, events } = readIcs(ics);
    expect(zones).toEqual(['Africa/Cairo']);
    expect(events.map((e) => [e.atMs, e.zone])).toEqual([
      [Date.parse('2026-11-22T20:00:00+02:00'), 'Africa/Cairo'],
      [Date.parse('2026-12-01T00:00:00+02:00'), 'Africa/Cairo'],
    ]);
    // The claim due by November 30 is the last hour of that day, not an event on December 1.
    expect(ics).toContain('DTSTART;TZID=Africa/Cairo:20261130T230000');
    expect(ics).toContain('DTEND;TZID=Africa/Cairo:20261201T000000');
    expect(events.map((e) => e.atMs - e.startMs)).toEqual([3_600_000, 3_600_000]);
    const [breach, claim] = events;
    expect(claim!.summary).toBe('Clarus LIS: claim the 2026-10 service credit');
    expect(claim!.description).toContain('Claim the 25 % credit for 2026-10 by 2026-12-01T00:00:00+02:00.');
    expect(claim!.description).toContain(`Contract: ${PRESETS['clarus-lis']!.citations.claim}`);
    expect(breach!.description).toContain('Contract: ');
    expect(breach!.description).toContain('72');
  });

  it('Kipu: the incident claims and, before its window closes, the termination notice', async () => {
    for (const asOf of ['2026-11-03', '2026-11-21']) {
      const r = JSON.parse(await run('kipu', asOf, 'json')) as SlaReport;
      const { events } = readIcs(await run('kipu', asOf, 'ics'));
      expect(
        events.map((e) => e.atMs),
        asOf,
      ).toEqual(expectedInstants(r, asOf));
      const termination = events.filter((e) => e.uid.startsWith('termination-'));
      // Notice was due by 6 November: a deadline on the 3rd, gone by the 21st.
      expect(termination.map((e) => e.atMs)).toEqual(
        asOf === '2026-11-03' ? [Date.parse('2026-11-06T00:00:00-05:00')] : [],
      );
      if (termination[0])
        expect(termination[0].description).toContain('Termination Option for Chronic Problems');
    }
    const { events } = readIcs(await run('kipu', '2026-11-21', 'ics'));
    expect(events.map((e) => [e.summary, e.atMs])).toEqual([
      ['Kipu: claim the 2026-10 incident credit', Date.parse('2026-12-01T00:10:00-05:00')],
      ['Kipu: claim the 2026-11 incident credit', Date.parse('2026-12-12T11:00:00-05:00')],
    ]);
  });

  it('every sample: one event per live deadline of the JSON report, and the same bytes each time', async () => {
    for (const preset of Object.keys(SAMPLE_FILES)) {
      const r = JSON.parse(await run(preset, '2026-11-21', 'json')) as SlaReport;
      const ics = await run(preset, '2026-11-21', 'ics');
      expect(await run(preset, '2026-11-21', 'ics'), preset).toBe(ics);
      const { events } = readIcs(ics);
      expect(
        events.map((e) => e.atMs),
        preset,
      ).toEqual(expectedInstants(r, '2026-11-21'));
      expect(new Set(events.map((e) => e.uid)).size, preset).toBe(events.length);
    }
  });

  it('a credit for time lost is written as its amount once the fee is known, else as its share of the fee', async () => {
    // DigitalOcean's Droplet credit over the whole service (one Droplet, no parts) on the
    // Clarus sample's checks: 85 of September's 43 200 minutes lost and 575 of October's
    // 44 640, at the month's rate; 100 USD a month → 0.20 and 1.29 USD.
    const example = JSON.parse(readFileSync('public/policies/digitalocean-droplets-volumes.json', 'utf8'));
    const { scopes, ...whole } = { ...example, credit: example.scopes[0].credit };
    expect(scopes).toHaveLength(2);
    const policy = file('one-droplet.json', JSON.stringify(whole));
    const claims = async (fee: string[]) => {
      const argv = ['--policy', policy, ...fee];
      argv.push(
        '--probes',
        'public/samples/clarus-lis/probes.csv',
        '--as-of',
        '2026-11-21',
        '--format',
        'ics',
      );
      const { events } = readIcs(await runSla(parseArgs(argv), new Date('2026-11-21T12:00:00Z')));
      return events.map((e) => e.description.split('\n')[0]);
    };
    expect(await claims(['--fee', '100'])).toEqual([
      'Claim the 0.2 USD credit for 2026-09 by 2027-01-01T00:00:00+00:00.',
      'Claim the 1.29 USD credit for 2026-10 by 2027-02-01T00:00:00+00:00.',
    ]);
    expect(await claims([])).toEqual([
      'Claim the 0.1968 % credit for 2026-09 by 2027-01-01T00:00:00+00:00.',
      'Claim the 1.2881 % credit for 2026-10 by 2027-02-01T00:00:00+00:00.',
    ]);
  });

  it('a part of the service measured on its own has its claim in the calendar; the whole service, credited by part only, none', async () => {
    // Google Cloud Functions: checkout's 240 minutes of errors miss 99.5 % in March on its
    // own, as the two functions together do; only each function is credited, by 30 days
    // after March ("Covered Service" means an individual Cloud Function).
    const argv = ['--policy', 'public/policies/google-cloud-functions.json'];
    argv.push(
      '--probes',
      'test/fixtures/policies/gcf-executions.csv',
      '--as-of',
      '2026-04-15',
      '--format',
      'ics',
    );
    const { events } = readIcs(await runSla(parseArgs(argv), new Date('2026-04-15T12:00:00Z')));
    expect(events.map((e) => [e.uid, e.summary, e.atMs, e.description.split('\n').slice(0, 2)])).toEqual([
      [
        'claim-2026-03-checkout-google-cloud-functions-google-cloud-functions@sla-witness',
        'Google Cloud Functions: claim the 2026-03 service credit for Cloud Function “checkout”',
        Date.parse('2026-05-01T00:00:00Z'),
        [
          'Claim the 10 % credit for 2026-03 of Cloud Function “checkout” by 2026-05-01T00:00:00+00:00.',
          'Uptime 99.4624 % against a target of 99.5 %.',
        ],
      ],
    ]);
  });

  it('an instant in the hour summer time ends is written in UTC, so no reader takes the wrong one', () => {
    const evaluation = {
      asOf: '2026-10-01',
      contract: { preset: 'x', name: 'Test, Inc.; "quoted"', timezone: 'America/New_York', target: 99.9 },
      periods: [
        {
          label: '2026-09',
          credit: { percent: 10, days: null, amount: null, currency: 'USD' },
          uptimePercent: 99.5,
          claim: { claimByMs: Date.parse('2026-11-01T01:30:00-05:00'), status: 'open', daysLeft: 31 },
        },
      ],
      incidentMonths: [],
      termination: [],
      obligations: [],
    } as unknown as Evaluation;
    const ics = deadlinesIcs(evaluation);
    // It runs from the first 01:30 to the second: both in UTC, as readers differ on which
    // of the two a local 01:30 means.
    expect(ics).toContain('DTSTART:20261101T053000Z');
    expect(ics).toContain('DTEND:20261101T063000Z');
    const { events } = readIcs(ics);
    expect(events.map((e) => [e.startMs, e.atMs])).toEqual([
      [Date.parse('2026-11-01T01:30:00-04:00'), Date.parse('2026-11-01T01:30:00-05:00')],
    ]);
    expect(events[0]!.summary).toBe('Test, Inc.; "quoted": claim the 2026-09 service credit');
  });

  it('a line break of any kind in a policy name is written \\n, and no bare CR or other control character gets out', () => {
    const evaluation = {
      asOf: '2026-10-01',
      contract: { preset: 'x', name: 'Acme\rCloud\nEU\r\nWest\u0007', timezone: 'UTC', target: 99.9 },
      periods: [],
      incidentMonths: [],
      termination: [],
      obligations: [],
    } as unknown as Evaluation;
    const ics = deadlinesIcs(evaluation);
    expect(ics).toContain('X-WR-CALNAME:Acme\\nCloud\\nEU\\nWest: SLA deadlines\r\n');
    const between = ics.replaceAll('\r\n', '');
    expect([between.includes('\r'), between.includes('\n'), between.includes('\u0007')]).toEqual([
      false,
      false,
      false,
    ]);
  });
});
