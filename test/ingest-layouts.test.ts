// Known exporter layouts (SPEC §3): each fixture is recognised by its header, then loaded
// with the detected kind, mapping, zone and filters, and its rows and minutes checked by
// hand; files of no known layout fall back to column roles and row spacing.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { EventMinutes, ProbeMinutes } from '../src/engine/observations';
import { mapColumns } from '../src/ingest/columns';
import { detectKind, detectLayout, type Layout } from '../src/ingest/layouts';
import { loadCsv } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';
import { upDown } from './support/check-counts';

const DIR = 'test/fixtures/layouts';

/** Header and rows as an app would sample them (here: the whole small file). */
function sampleOf(text: string): { header: string[]; sample: string[][] } {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  return { header: rows[0]!, sample: rows.slice(1) };
}

const fixture = (name: string) => readFileSync(`${DIR}/${name}`, 'utf8');

function detect(text: string): Layout {
  const { header, sample } = sampleOf(text);
  const layout = detectLayout(header, sample);
  if (!layout) throw new Error('no layout detected');
  return layout;
}

/** Loads as the app and CLI will: the layout's kind, columns, filters and zone. */
function loadAs(name: string, text: string, layout: Layout, accountZone = 'UTC') {
  const reducer = new MinuteReducer();
  const result = loadCsv(
    name,
    new TextEncoder().encode(text),
    {
      kind: layout.kind,
      sourceZone: layout.sourceZone ?? accountZone,
      columns: layout.columns,
      ...(layout.where ? { where: layout.where } : {}),
      ...(layout.whereNot ? { whereNot: layout.whereNot } : {}),
    },
    reducer,
  );
  return { ...result, minutes: reducer.finish() };
}

const minuteIso = (minute: number) => new Date(minute * 60_000).toISOString().slice(0, 16);
const iso = (ms: number) => new Date(ms).toISOString();

/** Per probe/state monitor: the minutes (UTC, to the minute) of its up and down checks. */
function checksByMonitor(minutes: ReturnType<typeof loadAs>['minutes']) {
  const out: Record<string, { kind: string; up: string[]; down: string[] }> = {};
  for (const m of minutes.filter((x): x is ProbeMinutes => x.kind !== 'events')) {
    const entry = { kind: m.kind, up: [] as string[], down: [] as string[] };
    const { up, down } = upDown(m);
    for (let i = 0; i < up.length; i++) {
      for (let k = 0; k < up[i]!; k++) entry.up.push(minuteIso(m.firstMinute + i));
      for (let k = 0; k < down[i]!; k++) entry.down.push(minuteIso(m.firstMinute + i));
    }
    out[m.monitor] = entry;
  }
  return out;
}

/** Per event monitor: its outage intervals as [start, end) ISO pairs. */
function eventsByMonitor(minutes: ReturnType<typeof loadAs>['minutes']) {
  const out: Record<string, [string, string][]> = {};
  for (const m of minutes.filter((x): x is EventMinutes => x.kind === 'events')) {
    const pairs: [string, string][] = [];
    for (let i = 0; i < m.intervals.length; i += 2)
      pairs.push([iso(m.intervals[i]!), iso(m.intervals[i + 1]!)]);
    out[m.monitor] = pairs;
  }
  return out;
}

describe('Upptime history', () => {
  const text = fixture('upptime-history.csv');
  const layout = detect(text);

  it('is a state-change log of sites', () => {
    expect(layout).toMatchObject({ id: 'upptime', kind: 'states', sourceZone: null });
    expect(layout.columns).toEqual({
      monitor: 'site',
      time: 'timestamp',
      status: 'status',
      code: 'http_code',
      latency: 'response_time_ms',
    });
  });

  it('loads every row; code 0 and 503 are down, "degraded" is up', () => {
    const r = loadAs('upptime-history.csv', text, layout);
    expect(r.summary).toMatchObject({ rows: 12, skippedRows: 0, monitors: ['api', 'website'] });
    const c = checksByMonitor(r.minutes);
    expect(c.api!.kind).toBe('states');
    expect(c.api!.down).toEqual(['2026-03-01T18:40']);
    expect(c.api!.up).toEqual([
      '2026-03-01T00:04',
      '2026-03-01T18:52',
      '2026-03-02T00:04',
      '2026-03-02T09:00',
      '2026-03-02T09:30',
      '2026-03-03T00:05',
    ]);
    expect(c.website!.down).toEqual(['2026-03-02T13:17']);
    expect(c.website!.up).toHaveLength(4);
  });

  it('recognises the real Upptime exports too', () => {
    for (const site of ['FoodCoopX', 'honch-io', 'manticoresoftware']) {
      const { header, sample } = sampleOf(fixture(`../realdata/upptime/${site}-probes.csv`));
      expect(detectLayout(header, sample.slice(0, 200))?.id).toBe('upptime');
    }
  });
});

describe('Uptime Kuma heartbeats (the whole heartbeat table)', () => {
  const text = fixture('uptime-kuma-heartbeats.csv');
  const layout = detect(text);

  it('is a probe log in UTC, monitors by id', () => {
    expect(layout).toMatchObject({ id: 'uptime-kuma', kind: 'probes', sourceZone: 'UTC' });
    expect(layout.columns).toEqual({
      monitor: 'monitor_id',
      time: 'time',
      status: 'status',
      error: 'msg',
      latency: 'ping',
    });
  });

  it('reads zone-less times as UTC; 0 (down) and 2 (pending, a failed check being retried) are down', () => {
    const r = loadAs('uptime-kuma-heartbeats.csv', text, layout, 'Europe/Berlin');
    expect(r.summary).toMatchObject({ rows: 22, skippedRows: 0, monitors: ['1', '2'] });
    const c = checksByMonitor(r.minutes);
    // The timeout at 09:05 is retried (pending) before Kuma calls the monitor down at 09:06;
    // Kuma's own uptime counts it as down (server/uptime-calculator.js flatStatus).
    expect(c['1']!.down).toEqual([
      '2026-04-07T09:05',
      '2026-04-07T09:06',
      '2026-04-07T09:07',
      '2026-04-07T09:08',
    ]);
    expect(c['1']!.up).toHaveLength(8);
    expect(c['1']!.up).not.toContain('2026-04-07T09:05');
    expect(c['2']!.down).toEqual(['2026-04-07T09:03']);
    expect(c['2']!.up).toHaveLength(9);
  });
});

describe('Uptime Kuma important heartbeats', () => {
  const text = fixture('uptime-kuma-important.csv');
  const layout = detect(text);

  it('is a state-change log when every sampled beat is important', () => {
    expect(layout).toMatchObject({ id: 'uptime-kuma-important', kind: 'states', sourceZone: 'UTC' });
    expect(layout.columns).toMatchObject({ monitor: 'monitor_name', time: 'time', status: 'status' });
  });

  it('loads the state changes; maintenance (3) is not down', () => {
    const r = loadAs('uptime-kuma-important.csv', text, layout);
    expect(r.summary).toMatchObject({
      rows: 10,
      skippedRows: 0,
      monitors: ['Payments API', 'Shop frontend'],
    });
    const c = checksByMonitor(r.minutes);
    expect(c['Payments API']).toEqual({
      kind: 'states',
      up: ['2026-04-01T00:00', '2026-04-08T22:00', '2026-04-08T23:30', '2026-04-15T03:20'],
      down: ['2026-04-15T03:12'],
    });
    expect(c['Shop frontend']!.down).toEqual(['2026-04-03T14:22', '2026-04-21T19:05']);
    const payments = r.minutes.find((m) => m.monitor === 'Payments API') as ProbeMinutes;
    expect(payments.holdMinutesOverride).toBe(Number.POSITIVE_INFINITY);
  });

  it('without an important column, sparse rows make it a state-change log', () => {
    const { header, sample } = sampleOf(text);
    const drop = header.indexOf('important');
    const h = header.filter((_, i) => i !== drop);
    const s = sample.map((row) => row.filter((_, i) => i !== drop));
    expect(detectLayout(h, s)).toMatchObject({ id: 'uptime-kuma-important', kind: 'states' });
  });
});

describe('GitHub status downtime windows', () => {
  const text = fixture('github-status-windows.csv');
  const layout = detect(text);

  it('is an event log with titles as causes, maintenance left out', () => {
    expect(layout).toMatchObject({
      id: 'github-status',
      kind: 'events',
      whereNot: [{ column: 'impact', values: ['maintenance'] }],
    });
    expect(layout.columns).toEqual({ start: 'downtime_start', end: 'downtime_end', cause: 'title' });
  });

  it('keeps the 18 incidents that are not maintenance (2,701 minutes)', () => {
    const r = loadAs('github-status-windows.csv', text, layout);
    expect(r.summary).toMatchObject({ rows: 18, skippedRows: 0, monitors: ['github-status-windows'] });
    expect(r.filteredRows).toBe(5);
    const e = eventsByMonitor(r.minutes)['github-status-windows']!;
    expect(e.slice(0, 2)).toEqual([
      ['2022-03-26T01:43:00.000Z', '2022-03-26T03:35:00.000Z'],
      ['2022-03-28T16:02:00.000Z', '2022-03-28T20:09:00.000Z'],
    ]);
    expect(e.reduce((s, [a, b]) => s + Date.parse(b) - Date.parse(a), 0)).toBe(2701 * 60_000);
  });

  it('on the whole real file, gives the rows the command line reads', () => {
    const all = fixture('../realdata/github-status/downtime_windows.csv');
    const l = detect(all);
    expect(l.id).toBe('github-status');
    const r = loadAs('downtime_windows.csv', all, l);
    expect(r.summary.rows).toBe(801);
    expect(r.filteredRows).toBe(18);
  });
});

describe('Grafana values as the panel displays them', () => {
  const header =
    '"Time","probe_success{instance=""https://api.example.com"", job=""blackbox""}",' +
    '"probe_success{instance=""https://www.example.com"", job=""blackbox""}"';
  const api = 'probe_success{instance="https://api.example.com", job="blackbox"}';
  const www = 'probe_success{instance="https://www.example.com", job="blackbox"}';

  it('the fixtures of mapped, percent, On/Off and decimal values are Grafana’s wide and table layouts', () => {
    for (const file of [
      'grafana-wide-mapped.csv',
      'grafana-wide-percent.csv',
      'grafana-wide-onoff.csv',
      'grafana-wide-decimals.csv',
      'grafana-wide-kuma-mapped.csv',
    ])
      expect({ file, layout: detect(fixture(file)) }).toMatchObject({
        file,
        layout: { id: 'grafana-wide', reshape: 'wide', values: 'displayed' },
      });
    expect(detect(fixture('grafana-table-mapped.csv'))).toMatchObject({
      id: 'grafana-table',
      reshape: 'labelled',
      values: 'displayed',
    });
    // Several queries: the value column is `Value #<refId>`; two of them side by side are not this layout.
    const refid = fixture('grafana-table-refid.csv');
    expect(detect(refid)).toMatchObject({ id: 'grafana-table', reshape: 'labelled' });
    const { header, sample } = sampleOf(refid);
    expect(
      detectLayout(
        [...header, 'Value #B'],
        sample.map((row) => [...row, '1']),
      ),
    ).toBeNull();
    // promql-cli writes what Prometheus stores.
    expect(detect(fixture('promql-cli.csv')).values).toBeUndefined();
  });

  it('reads True/False and Yes/No; a value it cannot read back is a skipped check that does not echo it', () => {
    const csv = [
      header,
      '2026-06-01 00:00:00,True,Yes',
      '2026-06-01 00:01:00,False,No',
      '2026-06-01 00:02:00,50%,0.5',
      '2026-06-01 00:03:00,7,-1',
      '2026-06-01 00:04:00,400%,1.5',
    ].join('\r\n');
    const r = loadAs('panel.csv', csv, detect(csv));
    const reason =
      'a value that is neither up nor down (Grafana writes 1/0, 1.00/0.00, 100%/0%, On/Off or ' +
      "UP/DOWN; Uptime Kuma's 2/PENDING and 3/MAINTENANCE) nor an HTTP status";
    expect(r.summary).toMatchObject({
      rows: 4,
      skippedRows: 6,
      monitors: [api, www],
      skipped: [4, 4, 5, 5, 6, 6].map((line) => ({ line, reason })),
    });
    const c = checksByMonitor(r.minutes);
    expect(c[api]).toEqual({ kind: 'probes', up: ['2026-06-01T00:00'], down: ['2026-06-01T00:01'] });
    expect(c[www]).toEqual({ kind: 'probes', up: ['2026-06-01T00:00'], down: ['2026-06-01T00:01'] });
  });

  // Raw data ("Formatted data" off, or Explore): a series without a sample at a time of the
  // joined table is Grafana's `undefined`, written as that word (grafana-values.ts).
  it('a series with no sample, written "undefined" in raw data, has no check there', () => {
    const rows = [header];
    for (let m = 0; m < 30; m++)
      rows.push(`${Date.UTC(2026, 5, 1, 0, m)},${m >= 5 && m < 15 ? 0 : 1},${m < 20 ? 'undefined' : 1}`);
    const csv = rows.join('\r\n');
    expect(detect(csv)).toMatchObject({ id: 'grafana-wide' });
    const r = loadAs('panel.csv', csv, detect(csv));
    expect(r.summary).toMatchObject({ rows: 40, skippedRows: 0, monitors: [api, www] });
    const c = checksByMonitor(r.minutes);
    expect([c[api]!.up.length, c[api]!.down.length, c[www]!.up, c[www]!.down]).toEqual([
      20,
      10,
      Array.from({ length: 10 }, (_, i) => `2026-06-01T00:${20 + i}`),
      [],
    ]);
  });

  // csv.ts names a column by the series' display name: the panel's legend, which may be a
  // status word beside another series.
  it('a series whose legend is a status word is a series like the others', () => {
    const rows = ['"Time","Website","Success"'];
    for (let m = 0; m < 30; m++)
      rows.push(
        `2026-06-01 00:${String(m).padStart(2, '0')}:00,${m >= 20 && m < 25 ? 0 : 1},${m >= 5 && m < 15 ? 0 : 1}`,
      );
    const csv = rows.join('\r\n');
    expect(detect(csv)).toMatchObject({ id: 'grafana-wide' });
    const c = checksByMonitor(loadAs('panel.csv', csv, detect(csv)).minutes);
    expect([c.Website!.down.length, c.Success!.down.length]).toEqual([5, 10]);
    // A probe log's own status and code columns, or a request log's counts, stay what they are.
    for (const plain of [
      'time,status,code\n2026-06-01 00:00:00,1,200\n2026-06-01 00:01:00,0,500\n',
      'time,requests,errors\n2026-06-01 00:00:00,100,2\n2026-06-01 00:01:00,100,0\n',
    ]) {
      const { header: h, sample } = sampleOf(plain);
      expect(detectLayout(h, sample)?.id).not.toBe('grafana-wide');
    }
  });

  it('a NaN sample, which the panel displays as NaN, is skipped as a step without a number', () => {
    // packages/grafana-data/src/field/displayProcessor.ts: a value whose number is NaN is
    // not formatted, its text is lodash toString(NaN), "NaN".
    const csv = [
      header,
      '2026-06-01 00:00:00,1,1',
      '2026-06-01 00:01:00,NaN,0',
      '2026-06-01 00:02:00,0,NaN',
    ].join('\r\n');
    const r = loadAs('panel.csv', csv, detect(csv));
    const reason = 'a NaN sample: the query gave no number at this step (e.g. 0/0), so no check';
    expect(r.summary).toMatchObject({
      rows: 4,
      skippedRows: 2,
      monitors: [api, www],
      skipped: [3, 4].map((line) => ({ line, reason })),
    });
    const c = checksByMonitor(r.minutes);
    expect(c[api]).toEqual({ kind: 'probes', up: ['2026-06-01T00:00'], down: ['2026-06-01T00:02'] });
    expect(c[www]).toEqual({ kind: 'probes', up: ['2026-06-01T00:00'], down: ['2026-06-01T00:01'] });
  });

  it('an infinite sample, raw or formatted, is skipped as a step without a finite number', () => {
    // A raw infinity is written as JavaScript writes it, "Infinity"; a formatted one as
    // packages/grafana-data/src/valueFormats/valueFormats.ts toFixed writes it,
    // Number.POSITIVE_INFINITY.toLocaleString(): "∞", and "-∞" below zero.
    const csv = [
      header,
      '2026-06-01 00:00:00,1,1',
      '2026-06-01 00:01:00,Infinity,0',
      '2026-06-01 00:02:00,0,∞',
      '2026-06-01 00:03:00,-∞,1',
    ].join('\r\n');
    const r = loadAs('panel.csv', csv, detect(csv));
    const reason =
      'an infinite sample (+Inf or -Inf): the query gave no finite number at this step (e.g. 1/0), so no check';
    expect(r.summary).toMatchObject({
      rows: 5,
      skippedRows: 3,
      monitors: [api, www],
      skipped: [3, 4, 5].map((line) => ({ line, reason })),
    });
    const c = checksByMonitor(r.minutes);
    expect(c[api]).toEqual({ kind: 'probes', up: ['2026-06-01T00:00'], down: ['2026-06-01T00:02'] });
    expect(c[www]).toEqual({
      kind: 'probes',
      up: ['2026-06-01T00:00', '2026-06-01T00:03'],
      down: ['2026-06-01T00:01'],
    });
  });
});

describe('detection details', () => {
  it('matches header names case-insensitively, with spaces or dashes', () => {
    const { header, sample } = sampleOf(fixture('upptime-history.csv'));
    const upper = header.map((h) => h.toUpperCase().replace('_', ' '));
    const l = detectLayout(upper, sample);
    expect(l).toMatchObject({ id: 'upptime', columns: { monitor: 'SITE', code: 'HTTP CODE' } });
  });

  it('uses the sample to reject look-alikes', () => {
    // status/from/to of words Pingdom never writes: not Pingdom, just an event log.
    const header = ['from', 'to', 'status'];
    const sample = [['2026-01-01 10:00', '2026-01-01 10:30', 'investigating']];
    expect(detectLayout(header, sample)).toBeNull();
    expect(detectKind(header, sample)).toMatchObject({ kind: 'events', confidence: 'columns' });
    // time/status/msg with HTTP codes in status: not Uptime Kuma.
    expect(
      detectLayout(['monitor_id', 'time', 'status', 'msg'], [['7', '2026-01-01 10:00', '200', '']]),
    ).toBeNull();
  });

  it('detectKind reports a layout with its mapping', () => {
    const { header, sample } = sampleOf(fixture('uptime-kuma-heartbeats.csv'));
    const k = detectKind(header, sample);
    expect(k).toMatchObject({
      kind: 'probes',
      confidence: 'layout',
      reason: 'recognised as Uptime Kuma heartbeats',
    });
    expect(k.columns).toEqual(k.layout!.columns);
  });

  it('an empty column in the mapping keeps a synonym from matching', () => {
    const header = ['status', 'created_at', 'ended_at', 'duration'];
    expect(mapColumns(header, 'events', { start: 'created_at', end: 'ended_at' }).map.duration).toBe(3);
    expect(
      mapColumns(header, 'events', { start: 'created_at', end: 'ended_at', duration: '' }).map.duration,
    ).toBeUndefined();
    expect(mapColumns(header, 'events', { start: 'created_at', end: '', duration: '' }).problems).toEqual([
      'no end or duration column (columns: status, created_at, ended_at, duration); name one with --map end=COLUMN',
    ]);
  });
});

describe('files of no known layout: column roles and row spacing', () => {
  const guess = (csv: string) => {
    const { header, sample } = sampleOf(csv);
    return detectKind(header, sample);
  };
  const loadGuess = (csv: string) => {
    const k = guess(csv);
    const layout: Layout = {
      id: '',
      name: '',
      kind: k.kind,
      columns: k.columns,
      sourceZone: null,
      note: '',
      source: '',
    };
    return loadAs('unknown.csv', csv, layout);
  };

  it('regular rows a minute apart per monitor → probes', () => {
    const rows = ['timestamp,service,http_status'];
    for (let m = 0; m < 6; m++) {
      rows.push(`2026-07-01T10:0${m}:02Z,web,${m === 3 ? 502 : 200}`);
      rows.push(`2026-07-01T10:0${m}:04Z,api,200`);
    }
    const csv = rows.join('\n');
    const k = guess(csv);
    expect(k).toMatchObject({ kind: 'probes', confidence: 'columns', layout: null });
    expect(k.columns).toEqual({ time: 'timestamp', code: 'http_status', monitor: 'service' });
    expect(k.reason).toBe(
      'time and code columns; rows of a monitor 60 s apart (median of 10 gaps), regular → a probe log',
    );
    const r = loadGuess(csv);
    expect(r.summary).toMatchObject({ rows: 12, skippedRows: 0, monitors: ['api', 'web'] });
    expect(checksByMonitor(r.minutes).web!.down).toEqual(['2026-07-01T10:03']);
  });

  it('two monitors interleaved without a monitor column still read as probes', () => {
    // Gaps alternate 2 s / 58 s; a median of seconds is a prober's, never a state log's.
    const rows = ['time,result'];
    for (let m = 0; m < 5; m++) rows.push(`2026-07-01T10:0${m}:00Z,ok`, `2026-07-01T10:0${m}:02Z,ok`);
    expect(guess(rows.join('\n'))).toMatchObject({ kind: 'probes', confidence: 'columns' });
  });

  it('rows hours apart → states', () => {
    const csv = [
      'checked_at,monitor,state',
      '2026-07-01T00:00:00Z,web,up',
      '2026-07-01T06:12:40Z,web,down',
      '2026-07-01T06:31:02Z,web,up',
      '2026-07-02T00:00:00Z,web,up',
      '2026-07-02T17:45:10Z,web,down',
      '2026-07-02T19:02:00Z,web,up',
    ].join('\n');
    const k = guess(csv);
    expect(k).toMatchObject({ kind: 'states', confidence: 'columns' });
    expect(k.reason).toMatch(
      /rows of a monitor \d+ h apart \(median of 5 gaps\), irregular → a state-change log$/,
    );
    const r = loadGuess(csv);
    expect(r.summary).toMatchObject({ rows: 6, skippedRows: 0, monitors: ['web'] });
    expect(checksByMonitor(r.minutes).web).toMatchObject({
      kind: 'states',
      down: ['2026-07-01T06:12', '2026-07-02T17:45'],
    });
  });

  it('rows minutes apart but irregular → states', () => {
    // Gaps 6, 45, 7, 12, 90 min: median 12 min (> 5), only 1 of 5 within ±25 %.
    const csv = [
      'time,status',
      '2026-07-01T10:00:00Z,up',
      '2026-07-01T10:06:00Z,down',
      '2026-07-01T10:51:00Z,up',
      '2026-07-01T10:58:00Z,down',
      '2026-07-01T11:10:00Z,up',
      '2026-07-01T12:40:00Z,down',
    ].join('\n');
    expect(guess(csv)).toMatchObject({ kind: 'states', confidence: 'columns' });
  });

  it('too few rows to judge → probes, as a guess', () => {
    const k = guess('time,status\n2026-07-01T10:00:00Z,up\n2026-07-01T10:01:00Z,up\n');
    expect(k).toMatchObject({ kind: 'probes', confidence: 'guess' });
  });

  it('start and end → events', () => {
    const csv = [
      'service,start,end,reason',
      'web,2026-07-03T08:00:00Z,2026-07-03T08:25:00Z,DNS',
      'api,2026-07-04T22:10:00Z,2026-07-04T23:00:00Z,deploy',
    ].join('\n');
    const k = guess(csv);
    expect(k).toMatchObject({
      kind: 'events',
      confidence: 'columns',
      reason: 'start and end columns → an event log',
    });
    expect(k.columns).toEqual({ start: 'start', end: 'end', monitor: 'service', cause: 'reason' });
    const r = loadGuess(csv);
    expect(r.summary).toMatchObject({ rows: 2, skippedRows: 0, monitors: ['api', 'web'] });
    expect(eventsByMonitor(r.minutes).web).toEqual([
      ['2026-07-03T08:00:00.000Z', '2026-07-03T08:25:00.000Z'],
    ]);
  });

  it('start, end and a kind column of exclusion kinds → exclusions', () => {
    const csv = [
      'start,end,type,announced_at,note',
      '2026-07-05T01:00:00Z,2026-07-05T03:00:00Z,planned,2026-06-28T09:00:00Z,DB upgrade',
      '2026-07-09T14:00:00Z,2026-07-09T14:20:00Z,Emergency,,hotfix',
    ].join('\n');
    const k = guess(csv);
    expect(k).toMatchObject({ kind: 'exclusions', confidence: 'columns' });
    expect(k.columns).toEqual({
      start: 'start',
      end: 'end',
      kind: 'type',
      announcedAt: 'announced_at',
      note: 'note',
    });
    const r = loadGuess(csv);
    expect(r.summary.rows).toBe(2);
    expect(r.exclusions.map((x) => [x.kind, iso(x.startMs)])).toEqual([
      ['planned', '2026-07-05T01:00:00.000Z'],
      ['emergency', '2026-07-09T14:00:00.000Z'],
    ]);
  });

  it('a type column of other words stays an event log', () => {
    const csv = 'start,end,type\n2026-07-03T08:00:00Z,2026-07-03T08:25:00Z,outage\n';
    expect(guess(csv)).toMatchObject({ kind: 'events', confidence: 'columns' });
  });

  it('no usable columns → a guess that says what to map', () => {
    const k = guess('foo,bar\n1,2\n');
    expect(k).toMatchObject({ kind: 'probes', confidence: 'guess', layout: null });
    expect(k.reason).toMatch(/no known layout.*foo, bar/);
  });
});
