// Kipu's Level 0 incidents without the outages its definition leaves out, and the
// minutes each outage counts in a period, summing to the period's Downtime (SPEC rules
// 6 and 9), on hand-made outages and on the samples.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countedMinutesWithin } from '../src/engine/evidence';
import { incidentCredits, incidentExclusions } from '../src/engine/incident-credits';
import type { ExclusionRecord } from '../src/engine/observations';
import type { Outage } from '../src/engine/outages';
import { periodsCovering } from '../src/engine/periods';
import { effectivePolicy, parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import type { TicketRecord } from '../src/engine/tickets';
import { evaluateCsvModel } from './support/evaluate-csv';

const at = (iso: string) => Date.parse(iso);
const minute = (iso: string) => at(iso) / 60_000;

const kipu = effectivePolicy({
  ...structuredClone(PRESETS.kipu!),
  fee: { amount: 1000, currency: 'USD', per: 'month' },
});
const year = periodsCovering(
  'America/New_York',
  'year',
  at('2026-01-01T05:00:00Z'),
  at('2026-01-01T05:00:00Z'),
);
const range = { firstMinute: year[0]!.startMinute, endMinute: year[0]!.endMinute };

const outage = (start: string, minutes: number): Outage => ({
  startMinute: minute(start),
  endMinute: minute(start) + minutes,
  minutes,
  qualifies: true,
  excludedMinutes: 0,
  countedMinutes: minutes,
});
const record = (kind: string, start: string, minutes: number): ExclusionRecord => ({
  startMs: at(start),
  endMs: at(start) + minutes * 60_000,
  kind,
  // No notice at all: Planned Downtime is left out of Level 0 by what it is, not by its notice.
  announcedAtMs: null,
  note: '',
  source: 'maintenance.csv',
  line: 2,
});

// Four 30-minute outages in March 2026: each a Level 0 incident (> 15 min); four earn 50 %.
const outages = [
  outage('2026-03-03T15:00:00Z', 30),
  outage('2026-03-10T15:00:00Z', 30),
  outage('2026-03-17T15:00:00Z', 30),
  outage('2026-03-24T15:00:00Z', 30),
];
const records = [
  record('third-party', '2026-03-03T15:00:00Z', 30),
  record('force-majeure', '2026-03-10T15:00:00Z', 30),
  record('customer', '2026-03-17T15:00:00Z', 30),
  record('planned', '2026-03-24T15:00:00Z', 30),
];
const LEVEL0_LEFT_OUT = new Set(['planned', 'third-party', 'force-majeure', 'customer']);
const march = (exclusions: ReturnType<typeof incidentExclusions> | null) =>
  incidentCredits(
    kipu,
    outages,
    [],
    year,
    at('2026-12-31T05:00:00Z'),
    at('2027-01-01T05:00:00Z'),
    '2026-12-31',
    () => exclusions,
  ).find((m) => m.label === '2026-03')!;

// "three (3) Level 0 Unplanned Service Interruptions" (seeds/003): a Level 0 ticket about
// an interruption the monitor measured is that interruption, not another.
describe('Kipu Level 0 tickets that report a monitored outage', () => {
  const ticket = (id: string, opened: string, resolved: string | null, severity = 'P0'): TicketRecord => ({
    id,
    severity,
    openedAtMs: at(opened),
    firstResponseAtMs: null,
    resolvedAtMs: resolved === null ? null : at(resolved),
    reportPublishedAtMs: null,
    source: 'tickets.csv',
    line: 2,
  });
  const two = [outage('2026-03-03T15:00:00Z', 20), outage('2026-03-10T15:00:00Z', 20)];
  const run = (tickets: TicketRecord[]) =>
    incidentCredits(
      kipu,
      two,
      tickets,
      year,
      at('2026-12-31T05:00:00Z'),
      at('2027-01-01T05:00:00Z'),
      '2026-12-31',
    ).find((m) => m.label === '2026-03')!;

  it('count once, with the outage: two outages and their two tickets are two incidents, 0 %', () => {
    const m = run([
      ticket('A', '2026-03-03T15:02:00Z', '2026-03-03T15:20:00Z'),
      // Opened in its last minute and resolved after it: still the same interruption.
      ticket('B', '2026-03-10T15:19:00Z', '2026-03-10T15:45:00Z'),
    ]);
    expect(m.levels[0]).toEqual({ severity: 'P0', incidents: 2, hours: 0.666667, percent: 0 });
    expect(m.percent).toBe(0);
    expect(m.incidents.map((i) => [i.startMs, i.minutes, i.ticketId, i.reportedIn])).toEqual([
      [at('2026-03-03T15:00:00Z'), 20, null, ['A']],
      [at('2026-03-10T15:00:00Z'), 20, null, ['B']],
    ]);
  });

  it('a ticket apart from every outage, or one over an outage too short for Level 0, is its own incident: four, 50 %', () => {
    const short = [...two, outage('2026-03-17T15:00:00Z', 15)];
    const m = incidentCredits(
      kipu,
      short,
      [
        ticket('A', '2026-03-03T15:02:00Z', '2026-03-03T15:20:00Z'),
        // Opened a minute before the monitor saw the outage: not opened during it.
        ticket('C', '2026-03-10T14:59:00Z', '2026-03-10T15:20:00Z'),
        ticket('D', '2026-03-17T15:01:00Z', '2026-03-17T15:10:00Z'),
        // A Level 1 ticket is never a Level 0 outage's report.
        ticket('E', '2026-03-03T15:05:00Z', '2026-03-03T15:10:00Z', 'P1'),
      ],
      year,
      at('2026-12-31T05:00:00Z'),
      at('2027-01-01T05:00:00Z'),
      '2026-12-31',
    ).find((x) => x.label === '2026-03')!;
    expect(m.incidents.map((i) => [i.severity, i.ticketId, i.reportedIn])).toEqual([
      ['P0', null, ['A']],
      ['P1', 'E', []],
      ['P0', 'C', []],
      ['P0', null, []],
      ['P0', 'D', []],
    ]);
    expect(m.levels[0]).toMatchObject({ incidents: 4, percent: 50 });
  });

  it('an open ticket is matched by when it was opened, not by the months it has stayed open', () => {
    // Opened in February and unresolved: it runs to the report date, over both outages.
    const open = ticket('F', '2026-02-20T10:00:00Z', null);
    const m = run([open]);
    expect(m.incidents.map((i) => [i.ticketId, i.reportedIn])).toEqual([
      [null, []],
      [null, []],
    ]);
    const feb = incidentCredits(
      kipu,
      two,
      [open],
      year,
      at('2026-12-31T05:00:00Z'),
      at('2027-01-01T05:00:00Z'),
      '2026-12-31',
    ).find((x) => x.label === '2026-02')!;
    expect(feb.incidents.map((i) => [i.ticketId, i.open])).toEqual([['F', true]]);
  });
});

describe('Kipu Level 0 incidents leave out what the definition excludes', () => {
  it('counted as they stand, four outages are four incidents: 50 %', () => {
    expect(march(null)).toMatchObject({
      percent: 50,
      amount: 500,
      levels: [
        { severity: 'P0', incidents: 4, hours: 2, percent: 50 },
        { severity: 'P1', incidents: 0, hours: 0, percent: 0 },
      ],
    });
  });

  it('third-party, force-majeure, customer and planned records leave no incident: 0 %', () => {
    const left = incidentExclusions(
      range,
      new Uint8Array(range.endMinute - range.firstMinute),
      records,
      LEVEL0_LEFT_OUT,
    );
    const m = march(left);
    expect(m.percent).toBe(0);
    expect(m.levels[0]).toEqual({ severity: 'P0', incidents: 0, hours: 0, percent: 0 });
    expect(m.incidents).toEqual([]);
    expect(m.claim.status).toBeNull();
  });

  it('an outage only partly covered keeps its other minutes: 20 of 40 minutes is still over 15', () => {
    const partly = [outage('2026-03-03T15:00:00Z', 40)];
    const left = incidentExclusions(
      range,
      new Uint8Array(range.endMinute - range.firstMinute),
      [record('customer', '2026-03-03T15:00:00Z', 20)],
      LEVEL0_LEFT_OUT,
    );
    const m = incidentCredits(kipu, partly, [], year, 0, 0, '2026-12-31', () => left).find(
      (x) => x.label === '2026-03',
    )!;
    expect(m.incidents).toEqual([
      {
        severity: 'P0',
        startMs: at('2026-03-03T15:00:00Z'),
        endMs: at('2026-03-03T15:40:00Z'),
        minutes: 20,
        ticketId: null,
        reportedIn: [],
        open: false,
        resolvedByHand: false,
      },
    ]);
    // 5 minutes more under the record and 15 are left: not "greater than fifteen".
    const short = incidentExclusions(
      range,
      new Uint8Array(range.endMinute - range.firstMinute),
      [record('customer', '2026-03-03T15:00:00Z', 25)],
      LEVEL0_LEFT_OUT,
    );
    expect(
      incidentCredits(kipu, partly, [], year, 0, 0, '2026-12-31', () => short).find(
        (x) => x.label === '2026-03',
      )!.levels[0]!.incidents,
    ).toBe(0);
  });

  it('records of kinds the definition keeps (emergency, other) leave the incidents as they are', () => {
    const kept = records.map((r) => ({ ...r, kind: r.kind === 'planned' ? 'other' : 'emergency' }));
    const left = incidentExclusions(
      range,
      new Uint8Array(range.endMinute - range.firstMinute),
      kept,
      LEVEL0_LEFT_OUT,
    );
    expect(march(left).levels[0]).toEqual({ severity: 'P0', incidents: 4, hours: 2, percent: 50 });
  });
});

describe('the minutes each outage counts in a period sum to its Downtime', () => {
  const sample = (preset: string, file: string) => readFileSync(`public/samples/${preset}/${file}`);
  it.each(['clarus-lis', 'medos', 'elevatefinance', 'patientiq'])('%s', (preset) => {
    const e = evaluateCsvModel(
      parsePolicy(PRESETS[preset]!),
      [
        { name: 'probes.csv', kind: 'probes', csv: sample(preset, 'probes.csv') },
        { name: 'maintenance.csv', kind: 'exclusions', csv: sample(preset, 'maintenance.csv') },
      ],
      '2026-11-21',
    );
    for (const p of e.periods) {
      const sum = e.outages.reduce((n, o) => n + countedMinutesWithin(e, o, p.startMs, p.endMs), 0);
      expect([p.label, sum]).toEqual([p.label, p.downtimeMinutes]);
    }
  });

  it('Clarus: the Sep 30 – Oct 1 outage counts 10 minutes in September and 30 in October', () => {
    const e = evaluateCsvModel(
      parsePolicy(PRESETS['clarus-lis']!),
      [
        { name: 'probes.csv', kind: 'probes', csv: sample('clarus-lis', 'probes.csv') },
        { name: 'maintenance.csv', kind: 'exclusions', csv: sample('clarus-lis', 'maintenance.csv') },
      ],
      '2026-11-21',
    );
    const o = e.outages.find((x) => x.startMs === at('2026-09-30T23:50:00+03:00'))!;
    expect(o.countedMinutes).toBe(40);
    const [sep, oct] = e.periods;
    expect(countedMinutesWithin(e, o, sep!.startMs, sep!.endMs)).toBe(10);
    expect(countedMinutesWithin(e, o, oct!.startMs, oct!.endMs)).toBe(30);
    expect(oct!.downtimeMinutes).toBe(481);
  });
});
