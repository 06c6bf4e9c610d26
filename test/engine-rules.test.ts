// SPEC §4 evaluation rules 1–10 and 14, one describe per rule, driven through the real
// ingest (loadCsv + MinuteReducer) and `evaluate`. Expected values are worked out by hand
// in the comments; month lengths:
//   Asia/Kolkata  (UTC+5:30): June 2026 = 30 × 1440 = 43 200; July 2026 = 31 × 1440 = 44 640.
//   Africa/Cairo  (UTC+2 / +3 from 24 Apr to 29 Oct 2026): January = 44 640 (+02:00 all month),
//                 April = 43 200 − 60 = 43 140, June = 43 200 (+03:00 all month).
//   America/Chicago: March 2026 = 44 640 − 60 = 44 580; June = 43 200; November = 43 200 + 60 = 43 260.
//   America/New_York: year 2026 = 365 × 1440 = 525 600.

import { describe, expect, it } from 'vitest';
import { withContract } from '../src/engine/evaluate';
import { chooseReading, type Policy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import type { SlaReport } from '../src/engine/report';
import { evaluateCsv } from './support/evaluate-csv';

type Kind = 'probes' | 'states' | 'events' | 'exclusions';
interface FileSpec {
  name: string;
  kind: Kind;
  csv: string;
}
type Contract = Parameters<typeof withContract>[1];

const MIN = 60_000;
const _encoder = new TextEncoder();

const preset = (id: string): Policy => structuredClone(PRESETS[id]!);

function run(
  policy: string | Policy,
  files: FileSpec[],
  asOf = '2027-06-01',
  contract?: Contract,
): SlaReport {
  let p = typeof policy === 'string' ? preset(policy) : policy;
  if (contract) p = withContract(p, contract);
  return evaluateCsv(p, files, asOf);
}

const isoPlus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * MIN).toISOString();

/**
 * A state-change log: up from `from`, then down for each [start, minutes] run. States
 * hold until the next row, so the service has data from `from` on with no gaps.
 */
function statesFile(
  from: string,
  runs: [string, number][],
  opts: { name?: string; header?: string; up?: string; down?: string } = {},
): FileSpec {
  const { name = 'service.csv', header = 'time,status', up = 'up', down = 'down' } = opts;
  const rows = [`${from},${up}`];
  for (const [start, minutes] of runs) rows.push(`${start},${down}`, `${isoPlus(start, minutes)},${up}`);
  return { name, kind: 'states', csv: `${header}\n${rows.join('\n')}\n` };
}

const probes = (name: string, rows: string[], header = 'time,status'): FileSpec => ({
  name,
  kind: 'probes',
  csv: `${header}\n${rows.join('\n')}\n`,
});

const onlyPeriod = (r: SlaReport) => {
  expect(r.periods).toHaveLength(1);
  return r.periods[0]!;
};

const JUNE_IST = '2026-06-01T00:00:00+05:30';
const JUNE_CAIRO = '2026-06-01T00:00:00+03:00';

describe('rule 1: probe minutes (any / majority)', () => {
  // 20-second probes: every gap 20 s → hold = max(1, ceil(2·20/60)) = 1, so only the
  // three probed minutes have data.
  //   10:00 → up, up, down   (1 of 3 down)
  //   10:01 → down, down, up (2 of 3 down)
  //   10:02 → down, up       (1 of 2 down: exactly half)
  const file = probes('api.csv', [
    '2026-06-10T10:00:00+05:30,up',
    '2026-06-10T10:00:20+05:30,up',
    '2026-06-10T10:00:40+05:30,down',
    '2026-06-10T10:01:00+05:30,down',
    '2026-06-10T10:01:20+05:30,down',
    '2026-06-10T10:01:40+05:30,up',
    '2026-06-10T10:02:00+05:30,down',
    '2026-06-10T10:02:20+05:30,up',
  ]);

  it('"any": a minute with one down probe of three is down', () => {
    const p = onlyPeriod(run('medos', [file]));
    expect(p.label).toBe('2026-06');
    expect(p.totalMinutes).toBe(43_200);
    expect(p.downtimeMinutes).toBe(3);
    // 43 200 − 3 minutes with data.
    expect(p.nodataMinutes).toBe(43_197);
    expect(p.partial).toBe(true);
    expect(p.uptimePercent).toBe((100 * (43_200 - 3)) / 43_200);
    expect(p.met).toBe(true);
  });

  it('"any": the outage is the three minutes 10:00–10:03', () => {
    const r = run('medos', [file]);
    expect(r.outages).toEqual([
      {
        start: '2026-06-10T10:00:00+05:30',
        end: '2026-06-10T10:03:00+05:30',
        minutes: 3,
        qualifies: true,
        excludedMinutes: 0,
        countedMinutes: 3,
      },
    ]);
  });

  it('"majority": only the minute with more than half down is down', () => {
    const policy = preset('medos');
    policy.minuteRule = 'majority';
    const r = run(policy, [file]);
    const p = onlyPeriod(r);
    // 10:00 (1/3) up, 10:01 (2/3) down, 10:02 (1/2, not more than half) up.
    expect(p.downtimeMinutes).toBe(1);
    expect(p.nodataMinutes).toBe(43_197);
    expect(p.uptimePercent).toBe((100 * 43_199) / 43_200);
    expect(r.outages.map((o) => [o.start, o.end, o.minutes])).toEqual([
      ['2026-06-10T10:01:00+05:30', '2026-06-10T10:02:00+05:30', 1],
    ]);
  });
});

describe('rule 2: carry forward with hold from the median gap', () => {
  it('30-second probes → hold 1: the minute after the last probe has no data', () => {
    // 10 probes 10:00:00…10:04:30, the last two down, then one probe at 11:00:00.
    // Gaps: nine of 30 s and one of 3330 s; even count → mean of the 5th and 6th = 30 s;
    // hold = max(1, ceil(60/60)) = 1. Minutes with data: 10:00–10:04 and 11:00 = 6.
    const rows: string[] = [];
    for (let i = 0; i < 10; i++) {
      const s = i * 30;
      const mm = String(Math.floor(s / 60)).padStart(2, '0');
      const ss = String(s % 60).padStart(2, '0');
      rows.push(`2026-06-10T10:${mm}:${ss}+05:30,${i >= 8 ? 'down' : 'up'}`);
    }
    rows.push('2026-06-10T11:00:00+05:30,up');
    const r = run('medos', [probes('api.csv', rows)]);
    const p = onlyPeriod(r);
    expect(p.downtimeMinutes).toBe(1);
    expect(p.nodataMinutes).toBe(43_200 - 6);
    expect(p.partial).toBe(true);
    expect(r.outages.map((o) => [o.start, o.minutes])).toEqual([['2026-06-10T10:04:00+05:30', 1]]);
  });

  it('5-minute probes → hold 10: a down probe carries for 10 minutes, then nodata', () => {
    // Probes 10:00 up, 10:05 up, 10:10 up, 10:15 down, 11:00 up.
    // Gaps 300, 300, 300, 2700 s; even count → (300 + 300)/2 = 300 s; hold = ceil(600/60) = 10.
    // Data: 10:00–10:14 up (15), 10:15–10:24 down (10), 10:25–10:59 nodata, 11:00–11:09 up (10).
    const r = run('medos', [
      probes('api.csv', [
        '2026-06-10T10:00:00+05:30,up',
        '2026-06-10T10:05:00+05:30,up',
        '2026-06-10T10:10:00+05:30,up',
        '2026-06-10T10:15:00+05:30,down',
        '2026-06-10T11:00:00+05:30,up',
      ]),
    ]);
    const p = onlyPeriod(r);
    expect(p.downtimeMinutes).toBe(10);
    expect(p.nodataMinutes).toBe(43_200 - 35);
    expect(p.partial).toBe(true);
    expect(r.outages.map((o) => [o.start, o.end, o.minutes])).toEqual([
      ['2026-06-10T10:15:00+05:30', '2026-06-10T10:25:00+05:30', 10],
    ]);
  });

  it('an even number of gaps takes the mean of the two middle ones', () => {
    // Probes 10:00 up, 10:01 up, 10:04 down: gaps 60 s and 180 s → median (60+180)/2 = 120 s,
    // hold = ceil(240/60) = 4 (the lower gap alone would give 2, the upper 6).
    // Down from 10:04 through 10:07 (m − p = 0…3 < 4) → 4 minutes; data 10:00–10:07 = 8.
    const r = run('medos', [
      probes('api.csv', [
        '2026-06-10T10:00:00+05:30,up',
        '2026-06-10T10:01:00+05:30,up',
        '2026-06-10T10:04:00+05:30,down',
      ]),
    ]);
    const p = onlyPeriod(r);
    expect(p.downtimeMinutes).toBe(4);
    expect(p.nodataMinutes).toBe(43_200 - 8);
  });

  it('an odd number of gaps takes the middle one', () => {
    // Probes 10:00 up, 10:00:30 up, 10:01 up, 10:11 down: gaps 30, 30, 600 → median 30 s → hold 1.
    const r = run('medos', [
      probes('api.csv', [
        '2026-06-10T10:00:00+05:30,up',
        '2026-06-10T10:00:30+05:30,up',
        '2026-06-10T10:01:00+05:30,up',
        '2026-06-10T10:11:00+05:30,down',
      ]),
    ]);
    const p = onlyPeriod(r);
    expect(p.downtimeMinutes).toBe(1);
    // Data minutes 10:00, 10:01, 10:11.
    expect(p.nodataMinutes).toBe(43_200 - 3);
  });

  it('gaps of zero (two probes at the same instant) are not gaps', () => {
    // Times 10:00, 10:00, 10:05 (down): positive gaps [300] → hold 10 → down 10:05–10:14.
    const r = run('medos', [
      probes('api.csv', [
        '2026-06-10T10:00:00+05:30,up',
        '2026-06-10T10:00:00+05:30,up',
        '2026-06-10T10:05:00+05:30,down',
      ]),
    ]);
    const p = onlyPeriod(r);
    expect(p.downtimeMinutes).toBe(10);
    // 10:00–10:14 = 15 minutes with data.
    expect(p.nodataMinutes).toBe(43_200 - 15);
  });

  it('a monitor with a single probe has hold 1', () => {
    const r = run('medos', [probes('api.csv', ['2026-06-10T10:00:30+05:30,down'])]);
    const p = onlyPeriod(r);
    expect(p.downtimeMinutes).toBe(1);
    expect(p.nodataMinutes).toBe(43_199);
  });

  it('5-minute probes over the whole month leave no nodata; a 15-minute hole leaves 5', () => {
    // 8640 probes 00:00 … 23:55 each day of June; hold 10 covers every minute.
    const start = Date.parse(JUNE_IST);
    const all: string[] = [];
    for (let i = 0; i < 8640; i++) all.push(`${new Date(start + i * 5 * MIN).toISOString()},up`);
    const full = onlyPeriod(run('medos', [probes('api.csv', all)]));
    expect(full.nodataMinutes).toBe(0);
    expect(full.partial).toBe(false);
    expect(full.uptimePercent).toBe(100);

    // Drop the probes at +5 and +10 min after 2026-06-15 00:00 IST: the probe at 00:00
    // carries through 00:09 (m − p < 10), 00:10–00:14 have no data, 00:15 is probed.
    // The median gap stays 300 s (8637 gaps of 300, one of 900).
    const holeAt = (Date.parse('2026-06-15T00:00:00+05:30') - start) / (5 * MIN);
    const holed = all.filter((_, i) => i !== holeAt + 1 && i !== holeAt + 2);
    const p = onlyPeriod(run('medos', [probes('api.csv', holed)]));
    expect(p.nodataMinutes).toBe(5);
    expect(p.partial).toBe(true);
  });

  it('a state-change log holds each state until the next row', () => {
    // Up from 1 June 00:00, down 10 June 12:00, up 12:30: 30 down minutes, no nodata.
    const r = run('medos', [statesFile(JUNE_IST, [['2026-06-10T12:00:00+05:30', 30]])]);
    const p = onlyPeriod(r);
    expect(p.downtimeMinutes).toBe(30);
    expect(p.nodataMinutes).toBe(0);
    expect(p.partial).toBe(false);
    // (43 200 − 30) / 43 200.
    expect(p.uptimePercent).toBe((100 * 43_170) / 43_200);
    expect(r.outages.map((o) => [o.start, o.end, o.minutes])).toEqual([
      ['2026-06-10T12:00:00+05:30', '2026-06-10T12:30:00+05:30', 30],
    ]);
  });

  it('a state-change log has no data before its first row', () => {
    // First row 2 June 00:00: 1 June (1440 minutes) has no data.
    const p = onlyPeriod(run('medos', [statesFile('2026-06-02T00:00:00+05:30', [])]));
    expect(p.nodataMinutes).toBe(1440);
    expect(p.partial).toBe(true);
  });
});

describe('rule 3: event minutes', () => {
  const events = (rows: string[], name = 'outages.csv'): FileSpec => ({
    name,
    kind: 'events',
    csv: `start,end,cause\n${rows.join('\n')}\n`,
  });

  it('an event overlapping part of a minute makes it down; coverage is the whole month', () => {
    // [10:00:00, 10:30:30) overlaps minutes 10:00 … 10:30 = 31; [08:00, 08:15) = 15.
    const r = run('medos', [
      events([
        '2026-06-10T10:00:00+05:30,2026-06-10T10:30:30+05:30,db',
        '2026-06-20T08:00:00+05:30,2026-06-20T08:15:00+05:30,dns',
      ]),
    ]);
    const p = onlyPeriod(r);
    expect(p.label).toBe('2026-06');
    expect(p.downtimeMinutes).toBe(46);
    expect(p.nodataMinutes).toBe(0);
    expect(p.partial).toBe(false);
    expect(p.uptimePercent).toBe((100 * (43_200 - 46)) / 43_200);
    expect(r.outages.map((o) => o.minutes)).toEqual([31, 15]);
  });

  it('an event across a month boundary covers both months', () => {
    // 30 June 23:50 → 1 July 00:10 IST: 10 minutes in each month, one 20-minute outage.
    const r = run('medos', [events(['2026-06-30T23:50:00+05:30,2026-07-01T00:10:00+05:30,net'])]);
    expect(r.periods.map((p) => [p.label, p.totalMinutes, p.downtimeMinutes, p.nodataMinutes])).toEqual([
      ['2026-06', 43_200, 10, 0],
      ['2026-07', 44_640, 10, 0],
    ]);
    expect(r.outages.map((o) => [o.start, o.end, o.minutes])).toEqual([
      ['2026-06-30T23:50:00+05:30', '2026-07-01T00:10:00+05:30', 20],
    ]);
  });

  it('outside the coverage the event log has no data', () => {
    // Events only in June; a single probe on 15 July reports July. In July the event
    // monitor is nodata everywhere and the probe gives one minute: 44 640 − 1 nodata.
    const r = run('medos', [
      events(['2026-06-10T10:00:00+05:30,2026-06-10T10:05:00+05:30,db']),
      probes('ping.csv', ['2026-07-15T12:00:00+05:30,up']),
    ]);
    expect(r.periods.map((p) => [p.label, p.downtimeMinutes, p.nodataMinutes, p.partial])).toEqual([
      ['2026-06', 5, 0, false],
      ['2026-07', 0, 44_639, true],
    ]);
  });
});

describe('rule 4: service minutes from several monitors', () => {
  // A: up from 1 June 00:00, down 01:00–01:05 and 10 June 12:00–12:20.
  // B: up from 1 June 06:00 (no data before), down 10 June 12:10–12:30.
  const file: FileSpec = {
    name: 'monitors.csv',
    kind: 'states',
    csv: [
      'time,monitor,status',
      '2026-06-01T00:00:00+05:30,A,up',
      '2026-06-01T01:00:00+05:30,A,down',
      '2026-06-01T01:05:00+05:30,A,up',
      '2026-06-01T06:00:00+05:30,B,up',
      '2026-06-10T12:00:00+05:30,A,down',
      '2026-06-10T12:10:00+05:30,B,down',
      '2026-06-10T12:20:00+05:30,A,up',
      '2026-06-10T12:30:00+05:30,B,up',
      '',
    ].join('\n'),
  };

  it('"any": down when any monitor is down', () => {
    // 01:00–01:05 (A) = 5, 12:00–12:30 (A or B) = 30 → 35.
    const r = run('medos', [file]);
    const p = onlyPeriod(r);
    expect(p.downtimeMinutes).toBe(35);
    expect(p.nodataMinutes).toBe(0);
    expect(r.outages.map((o) => [o.start, o.minutes])).toEqual([
      ['2026-06-01T01:00:00+05:30', 5],
      ['2026-06-10T12:00:00+05:30', 30],
    ]);
    expect(r.inputs[0]!.monitors).toEqual(['A', 'B']);
  });

  it('"all": down only when every monitor with data is down', () => {
    // 01:00–01:05: A down, B no data → down (5). 12:00–12:10 B up → up.
    // 12:10–12:20 both down (10). 12:20–12:30 A up → up. Total 15.
    const policy = preset('medos');
    policy.combine = 'all';
    const r = run(policy, [file]);
    const p = onlyPeriod(r);
    expect(p.downtimeMinutes).toBe(15);
    expect(p.nodataMinutes).toBe(0);
    expect(r.outages.map((o) => [o.start, o.end, o.minutes])).toEqual([
      ['2026-06-01T01:00:00+05:30', '2026-06-01T01:05:00+05:30', 5],
      ['2026-06-10T12:10:00+05:30', '2026-06-10T12:20:00+05:30', 10],
    ]);
  });
});

describe('rule 5: exclusions', () => {
  const exclusions = (rows: string[]): FileSpec => ({
    name: 'maintenance.csv',
    kind: 'exclusions',
    csv: `start,end,kind,announced_at,note\n${rows.join('\n')}\n`,
  });

  describe('Clarus: 72 h notice for planned maintenance (January 2026, +02:00, 44 640 minutes)', () => {
    const service = statesFile('2026-01-01T00:00:00+02:00', [
      ['2026-01-10T02:00:00+02:00', 60], // during the 96 h-notice record: excluded
      ['2026-01-12T02:00:00+02:00', 30], // during the 48 h-notice record: counted
    ]);
    const records = exclusions([
      // 96 h: 6 Jan 02:00 → 10 Jan 02:00.
      '2026-01-10T02:00:00+02:00,2026-01-10T03:00:00+02:00,planned,2026-01-06T02:00:00+02:00,a',
      // 48 h.
      '2026-01-12T02:00:00+02:00,2026-01-12T02:30:00+02:00,planned,2026-01-10T02:00:00+02:00,b',
      // 71 h: 11 Jan 03:00 → 14 Jan 02:00.
      '2026-01-14T02:00:00+02:00,2026-01-14T02:30:00+02:00,planned,2026-01-11T03:00:00+02:00,c',
      // no announcement.
      '2026-01-16T02:00:00+02:00,2026-01-16T02:30:00+02:00,planned,,d',
      // exactly 72 h: "at least" → excluded.
      '2026-01-20T02:00:00+02:00,2026-01-20T02:10:00+02:00,planned,2026-01-17T02:00:00+02:00,e',
      // emergency needs no notice; [10:00:30, 10:15:30) overlaps minutes 10:00 … 10:15 = 16.
      '2026-01-22T10:00:30+02:00,2026-01-22T10:15:30+02:00,emergency,,f',
      // "other" is not an excluded kind.
      '2026-01-24T10:00:00+02:00,2026-01-24T11:00:00+02:00,other,,g',
    ]);

    it('judges each record on the notice given', () => {
      const r = run('clarus-lis', [service, records]);
      expect(r.exclusions.map((e) => [e.note, e.excluded])).toEqual([
        ['a', true],
        ['b', false],
        ['c', false],
        ['d', false],
        ['e', true],
        ['f', true],
        ['g', false],
      ]);
      const [, b, c, d] = r.exclusions;
      expect(b!.reason).toMatch(/48/);
      expect(b!.reason).toMatch(/72/);
      expect(c!.reason).toMatch(/71/);
      expect(c!.reason).toMatch(/72/);
      expect(d!.reason).toMatch(/72/);
      expect(r.exclusions[0]!.start).toBe('2026-01-10T02:00:00+02:00');
      expect(r.exclusions[0]!.end).toBe('2026-01-10T03:00:00+02:00');
      expect(r.exclusions[0]!.kind).toBe('planned');
    });

    it('counts excluded minutes and leaves them out of downtime', () => {
      const r = run('clarus-lis', [service, records]);
      const p = onlyPeriod(r);
      expect(p.label).toBe('2026-01');
      expect(p.totalMinutes).toBe(44_640);
      // a 60 + e 10 + f 16 = 86.
      expect(p.excludedMinutes).toBe(86);
      // Only the 30 minutes under record b count.
      expect(p.downtimeMinutes).toBe(30);
      // total formula: (44 640 − 30) / 44 640 = 99.93 % ≥ 99.9.
      expect(p.uptimePercent).toBe((100 * 44_610) / 44_640);
      expect(p.met).toBe(true);
      expect(r.outages).toEqual([
        {
          start: '2026-01-10T02:00:00+02:00',
          end: '2026-01-10T03:00:00+02:00',
          minutes: 60,
          qualifies: true,
          excludedMinutes: 60,
          countedMinutes: 0,
        },
        {
          start: '2026-01-12T02:00:00+02:00',
          end: '2026-01-12T02:30:00+02:00',
          minutes: 30,
          qualifies: true,
          excludedMinutes: 0,
          countedMinutes: 30,
        },
      ]);
    });

    it('notice is elapsed time across a DST change', () => {
      // Zone-less times read in Cairo (the clocks skip 00:00–01:00 on 24 April).
      // short:  23 Apr 02:00 (+02:00) = 23 Apr 00:00Z → 26 Apr 02:00 (+03:00) = 25 Apr 23:00Z:
      //         71 h elapsed although the wall clocks are 72 h apart → not excluded.
      // enough: 23 Apr 02:00 (+02:00) = 23 Apr 00:00Z → 26 Apr 03:00 (+03:00) = 26 Apr 00:00Z:
      //         72 h elapsed (73 h on the wall clocks) → excluded, 30 minutes.
      const r = run('clarus-lis', [
        statesFile('2026-04-01T00:00:00+02:00', []),
        exclusions([
          '2026-04-26 02:00,2026-04-26 02:30,planned,2026-04-23 02:00,short',
          '2026-04-26 03:00,2026-04-26 03:30,planned,2026-04-23 02:00,enough',
        ]),
      ]);
      expect(r.exclusions.map((e) => [e.note, e.excluded])).toEqual([
        ['short', false],
        ['enough', true],
      ]);
      expect(r.exclusions[0]!.reason).toMatch(/71/);
      const p = onlyPeriod(r);
      expect(p.totalMinutes).toBe(43_140);
      expect(p.excludedMinutes).toBe(30);
    });
  });

  describe('Kipu: notice depends on the record’s length (year 2026, excludeFromTotal)', () => {
    const records = exclusions([
      // 59 minutes, 24 h notice → excluded.
      '2026-02-10T01:00:00-05:00,2026-02-10T01:59:00-05:00,planned,2026-02-09T01:00:00-05:00,k1',
      // 60 minutes ("one hour or more"), 24 h notice → needs 72 h → not excluded.
      '2026-02-12T01:00:00-05:00,2026-02-12T02:00:00-05:00,planned,2026-02-11T01:00:00-05:00,k2',
      // 60 minutes, 72 h notice → excluded.
      '2026-02-14T01:00:00-05:00,2026-02-14T02:00:00-05:00,planned,2026-02-11T01:00:00-05:00,k3',
      // 59 minutes, 23 h notice → not excluded.
      '2026-02-16T01:00:00-05:00,2026-02-16T01:59:00-05:00,planned,2026-02-15T02:00:00-05:00,k4',
    ]);
    const service = statesFile('2026-01-01T00:00:00-05:00', [
      ['2026-02-10T01:00:00-05:00', 59], // inside k1: excluded
      ['2026-03-20T10:00:00-04:00', 30], // counted
    ]);

    it('a 59-minute record needs 24 h, a 60-minute record 72 h', () => {
      const r = run('kipu', [service, records]);
      expect(r.exclusions.map((e) => [e.note, e.excluded])).toEqual([
        ['k1', true],
        ['k2', false],
        ['k3', true],
        ['k4', false],
      ]);
      expect(r.exclusions[1]!.reason).toMatch(/72/);
      expect(r.exclusions[3]!.reason).toMatch(/24/);
    });

    it('excludeFromTotal: (total − excluded − downtime) / (total − excluded)', () => {
      const p = onlyPeriod(run('kipu', [service, records]));
      expect(p.label).toBe('2026');
      expect(p.totalMinutes).toBe(525_600);
      // k1 59 + k3 60 = 119.
      expect(p.excludedMinutes).toBe(119);
      expect(p.downtimeMinutes).toBe(30);
      // (525 600 − 119 − 30) / (525 600 − 119) = 525 451 / 525 481 = 99.99429 % ≥ 99.99.
      expect(p.uptimePercent).toBe((100 * 525_451) / 525_481);
      expect(p.met).toBe(true);
    });
  });

  describe('PatientIQ: the daily 23:00–03:00 window in America/Chicago', () => {
    it('November 2026: the window of the fall-back night is 5 h long', () => {
      // Windows overlapping November (start 1 Nov 00:00 CDT, end 1 Dec 00:00 CST):
      //   31 Oct 23:00 CDT → 1 Nov 03:00 CST: 5 h elapsed, of which 1 Nov 00:00 CDT
      //     (05:00Z) → 03:00 CST (09:00Z) = 4 h = 240 in November;
      //   starts 1 Nov … 29 Nov 23:00: 29 windows × 240 = 6960;
      //   30 Nov 23:00 → 1 Dec 03:00: 60 in November.
      //   240 + 6960 + 60 = 7260. (Outside the windows: 30 days × 20 h = 36 000 = 43 260 − 7260.)
      const r = run('patientiq', [
        statesFile('2026-11-01T00:00:00-05:00', [
          ['2026-11-10T23:30:00-06:00', 60], // inside the window: excluded
          ['2026-11-12T12:00:00-06:00', 325], // counted
        ]),
      ]);
      const p = onlyPeriod(r);
      expect(p.totalMinutes).toBe(43_260);
      expect(p.excludedMinutes).toBe(7260);
      expect(p.downtimeMinutes).toBe(325);
      // (36 000 − 325) / 36 000 = 99.0972 % < 99.1 and ≥ 98.5 → 10 %.
      expect(p.uptimePercent).toBe((100 * 35_675) / 36_000);
      expect(p.met).toBe(false);
      expect(p.credit.percent).toBe(10);
      expect(r.outages.map((o) => [o.minutes, o.excludedMinutes, o.countedMinutes])).toEqual([
        [60, 60, 0],
        [325, 0, 325],
      ]);
    });

    it('March 2026: the window of the spring-forward night is 3 h long', () => {
      // 28 Feb 23:00 → 1 Mar 03:00: 180 in March; starts 1…30 Mar: 29 × 240 + 1 × 180
      // (7 Mar 23:00 CST → 8 Mar 03:00 CDT = 3 h) = 7140; 31 Mar 23:00: 60 in March.
      // 180 + 7140 + 60 = 7380 (= 44 580 − 31 × 20 h).
      const p = onlyPeriod(run('patientiq', [statesFile('2026-03-01T00:00:00-06:00', [])]));
      expect(p.totalMinutes).toBe(44_580);
      expect(p.excludedMinutes).toBe(7380);
      expect(p.uptimePercent).toBe(100);
    });

    it('June 2026 (no DST change): 30 × 4 h', () => {
      // 180 (from 31 May) + 29 × 240 + 60 (30 June 23:00) = 7200.
      const p = onlyPeriod(run('patientiq', [statesFile('2026-06-01T00:00:00-05:00', [])]));
      expect(p.totalMinutes).toBe(43_200);
      expect(p.excludedMinutes).toBe(7200);
    });
  });
});

describe('rule 6: outages and qualification (ElevateFinance: > 3 consecutive minutes)', () => {
  const file = statesFile(
    JUNE_IST,
    [
      ['2026-06-05T10:00:00+05:30', 3], // 3 minutes: not Downtime
      ['2026-06-06T10:00:00+05:30', 4], // 4 minutes: Downtime
      ['2026-06-30T23:59:00+05:30', 4], // 23:59 in June, 00:00–00:02 in July
      ['2026-07-10T10:00:00+05:30', 2], // 2 minutes: not Downtime
    ],
    { header: 'time,http_code', up: '200', down: '503' },
  );

  it('counts 4-minute runs, not 3-minute ones; a run across months qualifies on its whole length', () => {
    const r = run('elevatefinance', [file]);
    // June: 4 + 1 = 5; July: 3 (a 3-minute piece, counted because the run is 4 long).
    expect(r.periods.map((p) => [p.label, p.totalMinutes, p.downtimeMinutes, p.nodataMinutes])).toEqual([
      ['2026-06', 43_200, 5, 0],
      ['2026-07', 44_640, 3, 0],
    ]);
    expect(r.outages).toEqual([
      {
        start: '2026-06-05T10:00:00+05:30',
        end: '2026-06-05T10:03:00+05:30',
        minutes: 3,
        qualifies: false,
        excludedMinutes: 0,
        countedMinutes: 0,
      },
      {
        start: '2026-06-06T10:00:00+05:30',
        end: '2026-06-06T10:04:00+05:30',
        minutes: 4,
        qualifies: true,
        excludedMinutes: 0,
        countedMinutes: 4,
      },
      {
        start: '2026-06-30T23:59:00+05:30',
        end: '2026-07-01T00:03:00+05:30',
        minutes: 4,
        qualifies: true,
        excludedMinutes: 0,
        countedMinutes: 4,
      },
      {
        start: '2026-07-10T10:00:00+05:30',
        end: '2026-07-10T10:02:00+05:30',
        minutes: 2,
        qualifies: false,
        excludedMinutes: 0,
        countedMinutes: 0,
      },
    ]);
    // June (43 200 − 5)/43 200 = 99.98843 → 99.99; July (44 640 − 3)/44 640 = 99.99328 → 99.99.
    expect(r.periods.map((p) => p.uptimePercent)).toEqual([99.99, 99.99]);
  });

  it('excluded minutes stay inside a run: 2 excluded + 2 down is still a 4-minute outage', () => {
    // Down 10:00–10:04; an emergency record covers 10:00–10:02. The run is 4 minutes, it
    // qualifies, and only its 2 unexcluded minutes count.
    const r = run('elevatefinance', [
      statesFile(JUNE_IST, [['2026-06-06T10:00:00+05:30', 4]], {
        header: 'time,http_code',
        up: '200',
        down: '500',
      }),
      {
        name: 'x.csv',
        kind: 'exclusions',
        csv: 'start,end,kind\n2026-06-06T10:00:00+05:30,2026-06-06T10:02:00+05:30,emergency\n',
      },
    ]);
    const p = onlyPeriod(r);
    expect(p.excludedMinutes).toBe(2);
    expect(p.downtimeMinutes).toBe(2);
    expect(r.outages.map((o) => [o.minutes, o.qualifies, o.excludedMinutes, o.countedMinutes])).toEqual([
      [4, true, 2, 2],
    ]);
  });

  it('a nodata minute ends a run', () => {
    // Down probes at 10:00, 10:01, 10:05, 10:06: 10:02 carries down (m − p = 1 < 2),
    // 10:03–10:04 have no data, 10:07 carries down again. Neither run reaches 4.
    const r = run('elevatefinance', [
      probes(
        'core.csv',
        [
          '2026-06-06T10:00:00+05:30,503',
          '2026-06-06T10:01:00+05:30,503',
          '2026-06-06T10:05:00+05:30,503',
          '2026-06-06T10:06:00+05:30,503',
        ],
        'time,http_code',
      ),
    ]);
    // Gaps 60, 240, 60 → median 60 → hold 2. Runs: 10:00–10:02 (2 probed + 1 carried = 3),
    // 10:05–10:07 (3); together with the 2 nodata minutes they would have been 8.
    expect(r.outages.map((o) => [o.start, o.minutes, o.qualifies])).toEqual([
      ['2026-06-06T10:00:00+05:30', 3, false],
      ['2026-06-06T10:05:00+05:30', 3, false],
    ]);
    expect(onlyPeriod(r).downtimeMinutes).toBe(0);
  });
});

describe('rule 7: calendar periods in the contract zone', () => {
  it('April 2026 in Cairo has 43 140 minutes and the right offsets', () => {
    const p = onlyPeriod(run('clarus-lis', [statesFile('2026-04-01T00:00:00+02:00', [])]));
    expect(p.label).toBe('2026-04');
    expect(p.start).toBe('2026-04-01T00:00:00+02:00');
    expect(p.end).toBe('2026-05-01T00:00:00+03:00');
    expect(p.totalMinutes).toBe(43_140);
    expect(p.nodataMinutes).toBe(0);
  });

  it('quarters: 2026-Q2 in Kolkata is 91 days', () => {
    const policy = preset('medos');
    policy.period = 'quarter';
    const p = onlyPeriod(run(policy, [statesFile('2026-04-01T00:00:00+05:30', [])]));
    expect(p.label).toBe('2026-Q2');
    expect(p.start).toBe('2026-04-01T00:00:00+05:30');
    expect(p.end).toBe('2026-07-01T00:00:00+05:30');
    // 91 × 1440.
    expect(p.totalMinutes).toBe(131_040);
  });

  it('a month boundary is local midnight, not UTC midnight', () => {
    // 2026-06-30T20:00Z is 1 July 01:30 IST: the row reports July only.
    const r = run('medos', [probes('api.csv', ['2026-06-30T20:00:00Z,up'])]);
    expect(r.periods.map((p) => p.label)).toEqual(['2026-07']);
  });
});

describe('rule 8: uptime, compared exactly', () => {
  const medosJune = (down: number) =>
    run('medos', [statesFile(JUNE_IST, [['2026-06-10T00:00:00+05:30', down]])]);
  const efJune = (down: number, contract?: Contract) =>
    run(
      'elevatefinance',
      [
        statesFile(JUNE_IST, [['2026-06-10T00:00:00+05:30', down]], {
          header: 'time,http_code',
          up: '200',
          down: '500',
        }),
      ],
      '2026-07-15',
      contract,
    );

  it('216 down minutes of 43 200 is exactly 99.5 % and meets 99.5 %', () => {
    // (43 200 − 216) / 43 200 = 42 984 / 43 200 = 0.995 exactly.
    const p = onlyPeriod(medosJune(216));
    expect(p.downtimeMinutes).toBe(216);
    expect(p.uptimePercent).toBe(99.5);
    expect(p.met).toBe(true);
    expect(p.credit.days).toBe(0);
  });

  it('217 down minutes misses it', () => {
    // 42 983 / 43 200 = 99.49769 %; shortfall 0.0023 → ceil(0.0046) = 1 day.
    const p = onlyPeriod(medosJune(217));
    expect(p.uptimePercent).toBe((100 * 42_983) / 43_200);
    expect(p.met).toBe(false);
    expect(p.credit.days).toBe(1);
  });

  it('ElevateFinance rounds to 2 decimals before comparing', () => {
    // 217: 99.49769 → 99.50, met. 218: 42 982/432 = 99.49537 → 99.50, met.
    // 219: 42 981/432 = 99.49306 → 99.49, missed.
    for (const d of [217, 218]) {
      const p = onlyPeriod(efJune(d));
      expect(p.downtimeMinutes).toBe(d);
      expect(p.uptimePercent).toBe(99.5);
      expect(p.met).toBe(true);
      expect(p.credit.percent).toBe(0);
    }
    const p = onlyPeriod(efJune(219));
    expect(p.uptimePercent).toBe(99.49);
    expect(p.met).toBe(false);
  });

  it('excludeFromTotal gives the exact ratio (PatientIQ, June 2026)', () => {
    // Window minutes in June: 7200 (see rule 5). 100 counted minutes outside the window:
    // (43 200 − 7200 − 100) / (43 200 − 7200) = 35 900 / 36 000.
    const p = onlyPeriod(
      run('patientiq', [statesFile('2026-06-01T00:00:00-05:00', [['2026-06-10T12:00:00-05:00', 100]])]),
    );
    expect(p.excludedMinutes).toBe(7200);
    expect(p.downtimeMinutes).toBe(100);
    expect(p.uptimePercent).toBe((100 * 35_900) / 36_000);
    expect(p.met).toBe(true);
  });

  describe('nodata policy', () => {
    // States from 2 June 00:00: 1 June is 1440 nodata minutes; 100 down minutes on 10 June.
    const files = () => [statesFile('2026-06-02T00:00:00+05:30', [['2026-06-10T10:00:00+05:30', 100]])];
    const withNodata = (nodata: 'available' | 'down' | 'exclude') => {
      const policy = preset('medos');
      policy.nodata = nodata;
      return onlyPeriod(run(policy, files()));
    };

    it('"available" (default): nodata counts as up', () => {
      const p = withNodata('available');
      expect(p.nodataMinutes).toBe(1440);
      expect(p.partial).toBe(true);
      expect(p.downtimeMinutes).toBe(100);
      // (43 200 − 100) / 43 200.
      expect(p.uptimePercent).toBe((100 * 43_100) / 43_200);
      expect(p.met).toBe(true);
    });

    it('"down": nodata counts as down', () => {
      const p = withNodata('down');
      expect(p.nodataMinutes).toBe(1440);
      // (43 200 − 100 − 1440) / 43 200 = 41 660 / 43 200 = 96.435 %;
      // shortfall 3.065 / 0.5 = 6.13 → ceil 7 days (= the cap).
      expect(p.uptimePercent).toBe((100 * 41_660) / 43_200);
      expect(p.met).toBe(false);
      expect(p.credit.days).toBe(7);
    });

    it('"exclude": nodata leaves numerator and denominator', () => {
      const p = withNodata('exclude');
      expect(p.nodataMinutes).toBe(1440);
      expect(p.downtimeMinutes).toBe(100);
      // (41 760 − 100) / 41 760 with 41 760 = 43 200 − 1440.
      expect(p.uptimePercent).toBe((100 * 41_660) / 41_760);
    });
  });
});

describe('rule 9: credits', () => {
  describe('Clarus bands 10 / 25 / 50 (June 2026 in Cairo, 43 200 minutes; fee 1000 EGP)', () => {
    const clarusJune = (down: number, policy: string | Policy = 'clarus-lis', asOf = '2026-07-15') =>
      onlyPeriod(
        run(policy, [statesFile(JUNE_CAIRO, down ? [['2026-06-10T00:00:00+03:00', down]] : [])], asOf, {
          feeAmount: 1000,
        }),
      );

    it.each([
      // [down minutes, uptime (hand-computed), met, credit %]
      [0, 100, true, 0],
      // 43 157 / 43 200 = 99.90046 % ≥ 99.9.
      [43, (100 * 43_157) / 43_200, true, 0],
      // 43 156 / 43 200 = 99.89815 % < 99.9.
      [44, (100 * 43_156) / 43_200, false, 10],
      // 42 768 / 43 200 = 99.0 exactly: not below 99.0 → 10 %.
      [432, 99, false, 10],
      // 42 767 / 43 200 = 98.99769 % < 99.0 → 25 %.
      [433, (100 * 42_767) / 43_200, false, 25],
      // 41 040 / 43 200 = 95.0 exactly → 25 %.
      [2160, 95, false, 25],
      // 41 039 / 43 200 = 94.99769 % < 95 → 50 %.
      [2161, (100 * 41_039) / 43_200, false, 50],
      // 23 200 / 43 200 = 53.7 % → 50 %.
      [20_000, (100 * 23_200) / 43_200, false, 50],
    ] as const)('%i down minutes → uptime %f, met %s, credit %i percent', (down, uptime, met, percent) => {
      const p = clarusJune(down);
      expect(p.downtimeMinutes).toBe(down);
      expect(p.uptimePercent).toBe(uptime);
      expect(p.met).toBe(met);
      expect(p.credit.percent).toBe(percent);
      // 1000 × percent / 100.
      expect(p.credit.amount).toBe(10 * percent);
      expect(p.credit.currency).toBe('EGP');
    });

    it('exactly 99.9 is not below 99.9 (nodata "exclude" to measure 43 000 minutes)', () => {
      // States from 1 June 03:20: 200 nodata minutes left out → 43 000 measured.
      // 43 down: 42 957 / 43 000 = 99.9 exactly → met, 0 %. 44 down: 99.89767 → 10 %.
      const policy = preset('clarus-lis');
      policy.nodata = 'exclude';
      const at = (down: number) =>
        onlyPeriod(
          run(policy, [statesFile('2026-06-01T03:20:00+03:00', [['2026-06-10T00:00:00+03:00', down]])]),
        );
      const exact = at(43);
      expect(exact.nodataMinutes).toBe(200);
      expect(exact.uptimePercent).toBe(99.9);
      expect(exact.met).toBe(true);
      expect(exact.credit.percent).toBe(0);
      const under = at(44);
      expect(under.uptimePercent).toBe((100 * 42_956) / 43_000);
      expect(under.met).toBe(false);
      expect(under.credit.percent).toBe(10);
    });

    it('an inclusive bound ("at or below 99.0") takes the higher band at exactly 99.0', () => {
      const policy = preset('clarus-lis');
      if (policy.credit.kind !== 'bands') throw new Error('bands expected');
      policy.credit.bands[1]!.inclusive = true;
      expect(clarusJune(432, policy).credit.percent).toBe(25);
    });
  });

  describe('ElevateFinance perStep: 5 % per 0.5 % below 99.5, ceil, cap 50 (fee 120 000 INR a year)', () => {
    const efJune = (down: number, policy: string | Policy = 'elevatefinance', contract: Contract = {}) =>
      onlyPeriod(
        run(
          policy,
          [
            statesFile(JUNE_IST, [['2026-06-10T00:00:00+05:30', down]], {
              header: 'time,http_code',
              up: '200',
              down: '500',
            }),
          ],
          '2026-07-15',
          { feeAmount: 120_000, ...contract },
        ),
      );

    it.each([
      // [down, rounded uptime, credit %]; uptime = (43 200 − d) / 432.
      // 42 941 / 432 = 99.40046 → 99.40; (99.5 − 99.40) / 0.5 = 0.2 → ceil 1 → 5 %.
      [259, 99.4, 5],
      // 42 768 / 432 = 99.00 exactly → 1 step → 5 %.
      [432, 99, 5],
      // 42 767 / 432 = 98.99769 → 99.00 (rounded uptime drives the steps) → 1 step → 5 %;
      // the unrounded value would give ceil(1.0046) = 2 steps.
      [433, 99, 5],
      // 42 764 / 432 = 98.99074 → 98.99 → 1.02 → 2 steps → 10 %.
      [436, 98.99, 10],
      // 38 880 / 432 = 90.00 → 19 steps → 95 % → cap 50.
      [4320, 90, 50],
    ] as const)('%i down minutes → uptime %f, credit %i percent', (down, uptime, percent) => {
      const p = efJune(down);
      expect(p.uptimePercent).toBe(uptime);
      expect(p.met).toBe(false);
      expect(p.credit.percent).toBe(percent);
      // Period fee = 120 000 / 12 = 10 000 INR → 100 INR per percent.
      expect(p.credit.amount).toBe(100 * percent);
      expect(p.credit.currency).toBe('INR');
    });

    it('pro-rates the annual fee exactly before rounding the money half away from zero', () => {
      // 10 001.40 / 12 = 833.45 INR exactly; 10 % of it is 83.345 → 83.35. Dividing in
      // binary first gives 833.4499999… and 83.34.
      const p = efJune(436, 'elevatefinance', { feeAmount: 10_001.4 });
      expect(p.credit.percent).toBe(10);
      expect(p.credit.amount).toBe(83.35);
      // 10 004.40 / 12 = 833.70; 5 % is 41.685 → 41.69.
      expect(efJune(259, 'elevatefinance', { feeAmount: 10_004.4 }).credit.amount).toBe(41.69);
    });

    it('the floor reading counts only whole steps', () => {
      const floor = chooseReading(preset('elevatefinance'), 'step-rounding', 'floor');
      // 99.40: floor(0.2) = 0 steps → 0 %; 98.99: floor(1.02) = 1 → 5 %.
      expect(efJune(259, floor).credit.percent).toBe(0);
      expect(efJune(436, floor).credit.percent).toBe(5);
    });

    it('the STARTER tier gets nothing; another tier gets the credit', () => {
      const starter = efJune(436, 'elevatefinance', { tier: 'STARTER' });
      expect(starter.met).toBe(false);
      expect(starter.credit.percent).toBe(0);
      expect(starter.credit.amount).toBe(0);
      expect(starter.claimBy).toBe(null);
      expect(starter.claimStatus).toBe(null);
      const growth = efJune(436, 'elevatefinance', { tier: 'GROWTH' });
      expect(growth.credit.percent).toBe(10);
      // The tier as a person types it: case and surrounding spaces aside, it is STARTER.
      expect(efJune(436, 'elevatefinance', { tier: ' Starter ' }).credit.percent).toBe(0);
    });
  });

  describe('MedOS extension days: 1 per 0.5 %, ceil, max 7 (June 2026 in Kolkata)', () => {
    const medosJune = (down: number) =>
      onlyPeriod(run('medos', [statesFile(JUNE_IST, [['2026-06-10T00:00:00+05:30', down]])]));

    it.each([
      // uptime = (43 200 − d) / 432 %.
      // 41 688 / 432 = 96.5 → 3.0 / 0.5 = 6 steps → 6 days.
      [1512, 6],
      // 41 687 / 432 = 96.4977 → 6.0046 → 7 days.
      [1513, 7],
      // 41 472 / 432 = 96.0 → 7 steps → 7 days.
      [1728, 7],
      // 41 471 / 432 = 95.9977 → 8 steps → capped at 7.
      [1729, 7],
      // 38 880 / 432 = 90.0 → 19 steps → 7.
      [4320, 7],
    ] as const)('%i down minutes → %i days', (down, days) => {
      const p = medosJune(down);
      expect(p.met).toBe(false);
      expect(p.credit.days).toBe(days);
      expect(p.claimStatus).toBe('automatic');
      expect(p.claimBy).toBe(null);
    });
  });
});

describe('rule 10: claim deadlines', () => {
  // Clarus, June 2026, 44 down minutes → 10 %. The month ends 1 July 00:00 (+03:00);
  // 30 days later is 31 July 00:00 (+03:00).
  const clarus = (asOf: string) =>
    onlyPeriod(run('clarus-lis', [statesFile(JUNE_CAIRO, [['2026-06-10T00:00:00+03:00', 44]])], asOf));

  it('is 30 days after the month end, open before it', () => {
    for (const asOf of ['2026-07-01', '2026-07-15', '2026-07-30']) {
      const p = clarus(asOf);
      expect(p.credit.percent).toBe(10);
      expect(p.claimBy).toBe('2026-07-31T00:00:00+03:00');
      expect(p.claimStatus).toBe('open');
    }
  });

  it('is expired from the deadline day on', () => {
    for (const asOf of ['2026-07-31', '2026-09-01']) {
      const p = clarus(asOf);
      expect(p.claimBy).toBe('2026-07-31T00:00:00+03:00');
      expect(p.claimStatus).toBe('expired');
    }
  });

  it('ElevateFinance uses the same 30 days in IST', () => {
    // June ends 1 July 00:00 IST → 31 July 00:00 IST.
    const p = onlyPeriod(
      run(
        'elevatefinance',
        [
          statesFile(JUNE_IST, [['2026-06-10T00:00:00+05:30', 436]], {
            header: 'time,http_code',
            up: '200',
            down: '500',
          }),
        ],
        '2026-07-20',
      ),
    );
    expect(p.claimBy).toBe('2026-07-31T00:00:00+05:30');
    expect(p.claimStatus).toBe('open');
  });
});

describe('rule 14: fine print', () => {
  it('a period is reported only when a row falls in it, not when carry-forward reaches it', () => {
    // One state row on 30 June 23:00 IST holds forever, into July: only June is reported.
    const r = run('medos', [statesFile('2026-06-30T23:00:00+05:30', [])]);
    expect(r.periods.map((p) => p.label)).toEqual(['2026-06']);
    // Everything before 30 June 23:00 is nodata: 43 200 − 60.
    expect(r.periods[0]!.nodataMinutes).toBe(43_140);
    expect(r.periods[0]!.partial).toBe(true);
  });

  it('a probe log carrying a down state over the month end reports only the month with rows', () => {
    // 5-minute probes (hold 10), the last one down at 30 June 23:55: carried 23:55–00:04,
    // i.e. 5 minutes in June and 5 minutes of July, which is not reported.
    const r = run('medos', [
      probes('api.csv', [
        '2026-06-30T23:45:00+05:30,up',
        '2026-06-30T23:50:00+05:30,up',
        '2026-06-30T23:55:00+05:30,down',
      ]),
    ]);
    expect(r.periods.map((p) => p.label)).toEqual(['2026-06']);
    expect(r.periods[0]!.downtimeMinutes).toBe(5);
  });

  it('several monitors report the periods any of them has a row in, and no month between', () => {
    // 5-minute probes (hold 10). "api" has rows in June only; "db" in April and August.
    // May and July fall inside the monitors' spans with no row of either: not reported.
    const r = run('medos', [
      probes(
        'both.csv',
        [
          '2026-04-15T12:00:00+05:30,db,up',
          '2026-06-10T12:00:00+05:30,api,up',
          '2026-06-10T12:05:00+05:30,api,up',
          '2026-08-20T12:00:00+05:30,db,up',
        ],
        'time,monitor,status',
      ),
    ]);
    expect(r.periods.map((p) => p.label)).toEqual(['2026-04', '2026-06', '2026-08']);
  });

  it('an outage carried into an unreported month still qualifies on its whole length', () => {
    // ElevateFinance (≥ 4 minutes). 5-minute probes (hold 10), the last one 5xx at
    // 30 June 23:58 IST: down 23:58 … 00:07 (m − p < 10) = 10 minutes, 2 of them in June.
    // The carried July minutes are data (rule 14) and the run is 10 ≥ 4, so June counts 2.
    const r = run('elevatefinance', [
      probes(
        'core.csv',
        ['2026-06-30T23:48:00+05:30,200', '2026-06-30T23:53:00+05:30,200', '2026-06-30T23:58:00+05:30,503'],
        'time,http_code',
      ),
    ]);
    expect(r.periods.map((p) => p.label)).toEqual(['2026-06']);
    expect(r.periods[0]!.downtimeMinutes).toBe(2);
  });

  it('minutes carried into a reported neighbouring period are data there', () => {
    // Same as above plus one up probe on 20 July: July is reported, its first 5 minutes
    // are the carried down state (not nodata), and they count as downtime there.
    const r = run('medos', [
      probes('api.csv', [
        '2026-06-30T23:45:00+05:30,up',
        '2026-06-30T23:50:00+05:30,up',
        '2026-06-30T23:55:00+05:30,down',
        '2026-07-20T12:00:00+05:30,up',
      ]),
    ]);
    // Gaps 300, 300, large → median 300 → hold 10.
    // July data minutes: 00:00–00:04 (carried down), 20 July 12:00–12:09 (up) → 15.
    expect(r.periods.map((p) => [p.label, p.downtimeMinutes, p.nodataMinutes])).toEqual([
      ['2026-06', 5, 43_200 - 15],
      ['2026-07', 5, 44_640 - 15],
    ]);
  });

  it('the same monitor name in several files is one monitor', () => {
    // Under combine "all", one monitor with a down and an up check in 10:00 is down ("any"
    // minute rule); two monitors (one down, one up) would be up.
    const policy = preset('medos');
    policy.combine = 'all';
    const r = run(policy, [
      probes('a.csv', ['2026-06-10T10:00:10+05:30,api,down'], 'time,monitor,status'),
      probes('b.csv', ['2026-06-10T10:00:40+05:30,api,up'], 'time,monitor,status'),
    ]);
    expect(r.inputs.map((i) => i.monitors)).toEqual([['api'], ['api']]);
    expect(onlyPeriod(r).downtimeMinutes).toBe(1);
  });

  it('a monitor without a column is named by the file name without extension', () => {
    const r = run('medos', [probes('logs/edge-probe.csv', ['2026-06-10T10:00:00+05:30,up'])]);
    expect(r.inputs[0]!.monitors).toEqual(['edge-probe']);
  });

  it('a met period has credit 0, not null, and no claim', () => {
    const clarus = onlyPeriod(run('clarus-lis', [statesFile(JUNE_CAIRO, [])], '2026-07-15'));
    expect(clarus.met).toBe(true);
    expect(clarus.credit.percent).toBe(0);
    expect(clarus.claimBy).toBe(null);
    expect(clarus.claimStatus).toBe(null);
    const medos = onlyPeriod(run('medos', [statesFile(JUNE_IST, [])]));
    expect(medos.met).toBe(true);
    expect(medos.credit.days).toBe(0);
    expect(medos.claimStatus).toBe(null);
  });

  it('partial is false exactly when there is no nodata minute', () => {
    expect(onlyPeriod(run('medos', [statesFile(JUNE_IST, [])])).partial).toBe(false);
    // One minute later: 00:00 has no data.
    expect(onlyPeriod(run('medos', [statesFile('2026-06-01T00:01:00+05:30', [])])).partial).toBe(true);
  });

  it('a wholly excluded period has uptime and met null (excludeFromTotal, PatientIQ)', () => {
    // An emergency record over all of June (Chicago, −05:00): 43 200 excluded minutes.
    const p = onlyPeriod(
      run('patientiq', [
        statesFile('2026-06-01T00:00:00-05:00', [['2026-06-10T12:00:00-05:00', 30]]),
        {
          name: 'x.csv',
          kind: 'exclusions',
          csv: 'start,end,kind\n2026-06-01T00:00:00-05:00,2026-07-01T00:00:00-05:00,emergency\n',
        },
      ]),
    );
    expect(p.excludedMinutes).toBe(43_200);
    expect(p.downtimeMinutes).toBe(0);
    expect(p.uptimePercent).toBe(null);
    expect(p.met).toBe(null);
  });

  it('a wholly excluded period has uptime and met null (total formula, Clarus)', () => {
    // An emergency record over all of June (Cairo, +03:00): all 43 200 minutes excluded.
    // SPEC rule 14 makes uptime and met null whatever the formula.
    const p = onlyPeriod(
      run('clarus-lis', [
        statesFile(JUNE_CAIRO, [['2026-06-10T12:00:00+03:00', 30]]),
        {
          name: 'x.csv',
          kind: 'exclusions',
          csv: 'start,end,kind\n2026-06-01T00:00:00+03:00,2026-07-01T00:00:00+03:00,emergency\n',
        },
      ]),
    );
    expect(p.excludedMinutes).toBe(43_200);
    expect(p.downtimeMinutes).toBe(0);
    expect(p.uptimePercent).toBe(null);
    expect(p.met).toBe(null);
  });

  it('excluded minutes are counted whatever the service state, including nodata', () => {
    // States from 2 June; a third-party record over 1 June 12:00–13:00 (nodata) and
    // 5 June 12:00–13:00 (up): 120 excluded minutes.
    const p = onlyPeriod(
      run('medos', [
        statesFile('2026-06-02T00:00:00+05:30', []),
        {
          name: 'x.csv',
          kind: 'exclusions',
          csv: [
            'start,end,kind',
            '2026-06-01T12:00:00+05:30,2026-06-01T13:00:00+05:30,third-party',
            '2026-06-05T12:00:00+05:30,2026-06-05T13:00:00+05:30,third-party',
            '',
          ].join('\n'),
        },
      ]),
    );
    expect(p.excludedMinutes).toBe(120);
    expect(p.nodataMinutes).toBe(1440);
  });

  it('instants are written to the second in the contract zone', () => {
    // A probe at 10:00:45 IST: the outage starts at the minute, 10:00:00.
    const r = run('medos', [probes('api.csv', ['2026-06-10T04:30:45Z,down'])]);
    expect(r.outages[0]!.start).toBe('2026-06-10T10:00:00+05:30');
    expect(r.periods[0]!.start).toBe('2026-06-01T00:00:00+05:30');
    expect(r.periods[0]!.end).toBe('2026-07-01T00:00:00+05:30');
  });
});
