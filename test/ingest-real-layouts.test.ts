// The exports of real tools (test/fixtures/layouts/README.md cites the source of each):
// recognised from the file alone by the app's import and by the command line, read to the
// figures an independent minute count gives (in Cairo, where 21:00 UTC on 31 May is
// already June), and read the same wherever a chunk boundary falls.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';
import { CUT_OFF_UNKNOWN_JSON, detectFile, HEAD_BYTES } from '../src/ingest/detect';
import { CsvImporter } from '../src/ingest/importer';
import { MinuteReducer } from '../src/ingest/reduce';
import { sniffFile } from '../src/ingest/sniff';
import { LAYOUTS } from './support/layout-fixtures';
import { sla } from './support/sla-process';

const DIR = 'test/fixtures/layouts';
const MIN = 60_000;

const bytesOf = (name: string) => new Uint8Array(readFileSync(`${DIR}/${name}`));
const textOf = (name: string) => readFileSync(`${DIR}/${name}`, 'utf8');
const json = (name: string) => JSON.parse(textOf(name));

// ---- The independent count: minutes by hand, then Cairo months by a fixed offset ----
// Cairo keeps UTC+3 from 24 April to 29 October 2026, so every instant here is +3 h;
// this does not use the engine's zone code.
const cairoMonth = (minute: number) => new Date(minute * MIN + 3 * 3_600_000).toISOString().slice(0, 7);

function byMonth(minutes: Iterable<number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of new Set(minutes)) out[cairoMonth(m)] = (out[cairoMonth(m)] ?? 0) + 1;
  return out;
}

/** The minutes an interval [start, end) overlaps for a positive length. */
function* spanMinutes(startMs: number, endMs: number): Generator<number> {
  for (let m = Math.floor(startMs / MIN); m * MIN < endMs; m++) yield m;
}

/** A state-change log: each down row holds until the next row of its monitor. */
function* heldDown(changes: { monitor: string; ms: number; down: boolean }[]): Generator<number> {
  const sorted = [...changes].sort((a, b) => a.monitor.localeCompare(b.monitor) || a.ms - b.ms);
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i]!;
    const next = sorted[i + 1];
    if (c.down && next && next.monitor === c.monitor) yield* spanMinutes(c.ms, next.ms);
  }
}

const utcMs = (text: string) => Date.parse(text.includes('T') ? text : `${text.replace(' ', 'T')}Z`);
/** Grafana's formatted times are in the dashboard's zone, here Cairo (+3 h). */
const cairoLocalMs = (text: string) => Date.parse(`${text.replace(' ', 'T')}+03:00`);

function csvLines(text: string, delimiter = ','): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(delimiter));
}

/**
 * Grafana's wide file: the minutes (Cairo-local times) where some series' cell is down as
 * `isDown` reads the panel's display; an Excel `sep=` line and the header are not samples.
 */
function grafanaWideDown(name: string, isDown: (cell: string) => boolean): Record<string, number> {
  const [, ...rows] = csvLines(textOf(name)).filter((r) => !r[0]!.startsWith('sep='));
  return byMonth(
    rows.filter((r) => r.slice(1).some(isDown)).map((r) => Math.floor(cairoLocalMs(r[0]!) / MIN)),
  );
}

const independent: Record<string, () => Record<string, number>> = {
  'uptime-kuma-2-heartbeats.csv': () => {
    const [head, ...rows] = csvLines(textOf('uptime-kuma-2-heartbeats.csv'));
    const time = head!.indexOf('time');
    const status = head!.indexOf('status');
    // Kuma's own uptime counts 0 (down) and 2 (pending) as down (server/uptime-calculator.js flatStatus).
    return byMonth(
      rows
        .filter((r) => r[status] === '0' || r[status] === '2')
        .map((r) => Math.floor(utcMs(r[time]!) / MIN)),
    );
  },
  'uptime-kuma-status-page.json': () => {
    const down: number[] = [];
    for (const beats of Object.values(json('uptime-kuma-status-page.json').heartbeatList) as {
      status: number;
      time: string;
    }[][])
      for (const b of beats) if (b.status === 0 || b.status === 2) down.push(Math.floor(utcMs(b.time) / MIN));
    return byMonth(down);
  },
  'prometheus-query-range.json': () => {
    const down: number[] = [];
    for (const s of json('prometheus-query-range.json').data.result)
      for (const [t, v] of s.values) if (v === '0') down.push(Math.floor(t / 60));
    return byMonth(down);
  },
  'prometheus-monitor-status.json': () => {
    const down: number[] = [];
    for (const s of json('prometheus-monitor-status.json').data.result)
      for (const [t, v] of s.values) if (v === '0' || v === '2') down.push(Math.floor(t / 60));
    return byMonth(down);
  },
  'grafana-wide.csv': () => {
    const [, ...rows] = csvLines(textOf('grafana-wide.csv'));
    return byMonth(
      rows.filter((r) => r.slice(1).includes('0')).map((r) => Math.floor(cairoLocalMs(r[0]!) / MIN)),
    );
  },
  'grafana-wide-excel.csv': () => {
    const text = new TextDecoder('utf-16le').decode(bytesOf('grafana-wide-excel.csv'));
    const [, ...rows] = csvLines(text, '\t');
    return byMonth(
      rows.filter((r) => r.slice(1).includes('0')).map((r) => Math.floor(cairoLocalMs(r[0]!) / MIN)),
    );
  },
  'grafana-wide-sepline.csv': () => grafanaWideDown('grafana-wide-sepline.csv', (v) => v === '0'),
  'grafana-wide-sepline-bom.csv': () => grafanaWideDown('grafana-wide-sepline-bom.csv', (v) => v === '0'),
  // Values as the panel displays them: a value mapping, percentunit, bool_on_off, decimals.
  'grafana-wide-mapped.csv': () => grafanaWideDown('grafana-wide-mapped.csv', (v) => v === 'DOWN'),
  'grafana-wide-percent.csv': () => grafanaWideDown('grafana-wide-percent.csv', (v) => v === '0%'),
  'grafana-wide-onoff.csv': () => grafanaWideDown('grafana-wide-onoff.csv', (v) => v === 'Off'),
  'grafana-wide-decimals.csv': () => grafanaWideDown('grafana-wide-decimals.csv', (v) => v === '0.00'),
  'grafana-wide-kuma-mapped.csv': () =>
    grafanaWideDown('grafana-wide-kuma-mapped.csv', (v) => v === 'DOWN' || v === 'PENDING'),
  'grafana-table.csv': () => {
    const [, ...rows] = csvLines(textOf('grafana-table.csv'));
    return byMonth(rows.filter((r) => r[4] === '0').map((r) => Math.floor(cairoLocalMs(r[0]!) / MIN)));
  },
  'grafana-table-refid.csv': () => {
    const [, ...rows] = csvLines(textOf('grafana-table-refid.csv'));
    return byMonth(rows.filter((r) => r[4] === '0').map((r) => Math.floor(cairoLocalMs(r[0]!) / MIN)));
  },
  'grafana-table-mapped.csv': () => {
    const [, ...rows] = csvLines(textOf('grafana-table-mapped.csv'));
    return byMonth(rows.filter((r) => r[4] === 'DOWN').map((r) => Math.floor(cairoLocalMs(r[0]!) / MIN)));
  },
  'promql-cli.csv': () => {
    const [, ...rows] = csvLines(textOf('promql-cli.csv'));
    return byMonth(rows.filter((r) => r[3] === '0').map((r) => Math.floor(utcMs(r[4]!) / MIN)));
  },
  'promql-nolabels.csv': () => {
    const [, ...rows] = csvLines(textOf('promql-nolabels.csv'));
    return byMonth(rows.filter((r) => r[0] === '0').map((r) => Math.floor(utcMs(r[1]!) / MIN)));
  },
  'statuspage-incidents.json': () => statuspageMinutes(),
  'statuspage-maintenance.json': () => {
    const down: number[] = [];
    for (const i of json('statuspage-maintenance.json').incidents)
      if (i.impact !== 'maintenance' && i.resolved_at)
        down.push(...spanMinutes(Date.parse(i.started_at), Date.parse(i.resolved_at)));
    return byMonth(down);
  },
  'statuspage-maintenance-impact.json': () => {
    // A scheduled maintenance has a schedule and its own statuses, whatever its impact.
    const maintenance = new Set(['scheduled', 'in_progress', 'verifying', 'completed']);
    const down: number[] = [];
    for (const i of json('statuspage-maintenance-impact.json').incidents)
      if (!i.scheduled_for && !maintenance.has(i.status) && i.resolved_at)
        down.push(...spanMinutes(Date.parse(i.started_at), Date.parse(i.resolved_at)));
    return byMonth(down);
  },
  'instatus-incidents.json': () => instatusMinutes(),
  'uptime-kuma-metrics.txt': () => {
    // Each scrape is dated by its HTTP Date header; a monitor_status of 0 (down) or 2 (pending) is down.
    const down: number[] = [];
    let scrapeMs = Number.NaN;
    for (const line of textOf('uptime-kuma-metrics.txt').split(/\r?\n/)) {
      if (line.startsWith('Date: ')) scrapeMs = Date.parse(line.slice(6));
      if (line.startsWith('monitor_status{') && (line.endsWith('} 0') || line.endsWith('} 2')))
        down.push(Math.floor(scrapeMs / MIN));
    }
    return byMonth(down);
  },
  'uptimerobot-getmonitors.json': () => {
    // Each log is a state lasting its duration; the down ones are the outages.
    const down: number[] = [];
    for (const m of json('uptimerobot-getmonitors.json').monitors)
      for (const l of m.logs as { type: number; datetime: number; duration: number }[])
        if (l.type === 1) down.push(...spanMinutes(l.datetime * 1000, (l.datetime + l.duration) * 1000));
    return byMonth(down);
  },
  'betterstack-incidents.json': () => {
    const down: number[] = [];
    for (const i of json('betterstack-incidents.json').data)
      if (i.attributes.resolved_at)
        down.push(...spanMinutes(Date.parse(i.attributes.started_at), Date.parse(i.attributes.resolved_at)));
    return byMonth(down);
  },
  'pingdom-summary-outage.json': () => {
    const down: number[] = [];
    for (const s of json('pingdom-summary-outage.json').summary.states)
      if (s.status === 'down') down.push(...spanMinutes(s.timefrom * 1000, s.timeto * 1000));
    return byMonth(down);
  },
  'pingdom-results.json': () => {
    const down: number[] = [];
    for (const r of json('pingdom-results.json').results)
      if (r.status === 'down') down.push(Math.floor((r.time * 1000) / MIN));
    return byMonth(down);
  },
  'statuscake-periods.json': () => {
    const down: number[] = [];
    for (const p of json('statuscake-periods.json').data)
      if (p.status === 'down') {
        const start = Date.parse(p.created_at);
        down.push(...spanMinutes(start, p.ended_at ? Date.parse(p.ended_at) : start + p.duration));
      }
    return byMonth(down);
  },
  // Clarus's down codes are 500–599, and a timeout (no answer, code 0) is down.
  'statuscake-history.json': () => {
    const down: number[] = [];
    for (const r of json('statuscake-history.json').data)
      if (r.status_code === 0 || r.status_code >= 500) down.push(Math.floor(Date.parse(r.created_at) / MIN));
    return byMonth(down);
  },
  'datadog-synthetics-results.json': () => {
    const down: number[] = [];
    for (const r of json('datadog-synthetics-results.json').results)
      if (r.result?.passed === false) down.push(Math.floor(r.check_time / MIN));
    return byMonth(down);
  },
  'datadog-synthetics-browser-results.json': () => {
    const down: number[] = [];
    for (const r of json('datadog-synthetics-browser-results.json').results)
      if (r.result.stepCountCompleted < r.result.stepCountTotal) down.push(Math.floor(r.check_time / MIN));
    return byMonth(down);
  },
  'checkly-check-results.json': () => {
    const down: number[] = [];
    // hasErrors alone is an internal error of Checkly's backend: no result of the check.
    for (const r of json('checkly-check-results.json'))
      if (r.hasFailures) down.push(Math.floor(Date.parse(r.startedAt) / MIN));
    return byMonth(down);
  },
  'checkly-check-results-v2.json': () => {
    const down: number[] = [];
    const entries = json('checkly-check-results-v2.json').entries;
    for (const r of entries) if (r.hasFailures) down.push(Math.floor(Date.parse(r.startedAt) / MIN));
    // A run skipped for an internal error leaves its minute without a check: a minute after a
    // failed one carries it (rule 2, a hold of 2 minutes for runs a minute apart).
    for (const r of entries) {
      const m = Math.floor(Date.parse(r.startedAt) / MIN);
      if (!r.hasFailures && r.hasErrors && down.includes(m - 1)) down.push(m);
    }
    return byMonth(down);
  },
  'checkly-check-results-attempts.json': () => {
    const down: number[] = [];
    for (const r of json('checkly-check-results-attempts.json'))
      if (r.resultType !== 'ATTEMPT' && r.hasFailures) down.push(Math.floor(Date.parse(r.startedAt) / MIN));
    return byMonth(down);
  },
  'gatus-statuses.json': () => {
    const down: number[] = [];
    for (const e of json('gatus-statuses.json'))
      for (const r of e.results) if (!r.success) down.push(Math.floor(Date.parse(r.timestamp) / MIN));
    return byMonth(down);
  },
  'upptime-issues.json': () => {
    const down: number[] = [];
    for (const i of json('upptime-issues.json'))
      if (i.title.endsWith(' is down') && i.closedAt)
        down.push(...spanMinutes(Date.parse(i.createdAt), Date.parse(i.closedAt)));
    return byMonth(down);
  },
  'healthchecks-flips.json': () =>
    byMonth(
      heldDown(
        json('healthchecks-flips.json').flips.map((f: { timestamp: string; up: number }) => ({
          monitor: '',
          ms: Date.parse(f.timestamp),
          down: f.up === 0,
        })),
      ),
    ),
};

function statuspageMinutes(component?: string): Record<string, number> {
  const down: number[] = [];
  for (const i of json('statuspage-incidents.json').incidents) {
    if (!i.resolved_at) continue;
    if (component && !i.components.some((c: { name: string }) => c.name === component)) continue;
    down.push(...spanMinutes(Date.parse(i.started_at ?? i.created_at), Date.parse(i.resolved_at)));
  }
  return byMonth(down);
}

function instatusMinutes(component?: string): Record<string, number> {
  const down: number[] = [];
  for (const i of json('instatus-incidents.json')) {
    if (!i.resolved) continue;
    if (component && !i.components.some((c: { name: string }) => c.name === component)) continue;
    down.push(...spanMinutes(Date.parse(i.started), Date.parse(i.resolved)));
  }
  return byMonth(down);
}

const today = new Date('2026-07-15T12:00:00Z');
async function cli(argv: string[]): Promise<SlaReport> {
  return JSON.parse(await runSla(parseArgs([...argv, '--as-of', '2026-07-15']), today)) as SlaReport;
}
const downtimeByPeriod = (r: SlaReport) =>
  Object.fromEntries(r.periods.filter((p) => p.downtimeMinutes > 0).map((p) => [p.label, p.downtimeMinutes]));

describe('each real layout, from the file alone', () => {
  it.each(LAYOUTS)('%s is recognised by the app’s import as %s (%s)', async (file, layout, kind) => {
    const sniff = await sniffFile(new File([bytesOf(file)], file));
    expect(sniff.problem).toBeNull();
    expect(sniff.guess).toMatchObject({ confidence: 'layout', kind, layout: { id: layout } });
    expect(sniff.guess!.layout!.source).not.toBe('');
    expect(sniff.rows.length).toBeGreaterThan(0);
  });

  it.each(LAYOUTS.filter(([, , kind]) => kind !== 'exclusions'))(
    '%s: the command line gives the independent count, month by month in Cairo',
    async (file, layout) => {
      const r = await cli(['--policy', 'clarus-lis', `${DIR}/${file}`]);
      expect(r.inputs[0]!.layout).toMatchObject({ id: layout, detected: 'layout' });
      const expected = independent[file]!();
      expect(Object.keys(expected).length).toBeGreaterThan(0);
      expect(downtimeByPeriod(r)).toEqual(expected);
    },
  );

  it('Uptime Kuma’s zone-less times are UTC: an outage at 21:30 UTC on 31 May is June in Cairo', async () => {
    const r = await cli(['--policy', 'clarus-lis', `${DIR}/uptime-kuma-2-heartbeats.csv`]);
    expect(r.periods.map((p) => p.label)).toEqual(['2026-06']);
    // Down 21:30–21:49 UTC, then pending at 21:50: 21 minutes.
    expect(r.periods[0]!.downtimeMinutes).toBe(21);
    expect(r.inputs[0]!.layout!.timeZone).toEqual({ zone: 'UTC', basis: 'layout', allTimesZoned: false });
    // Read in the contract's zone, as before, the same beats would be May's.
    const wrong = await cli([
      '--policy',
      'clarus-lis',
      `${DIR}/uptime-kuma-2-heartbeats.csv`,
      '--source-tz',
      'Africa/Cairo',
    ]);
    expect(wrong.periods.map((p) => p.label)).toEqual(['2026-05']);
  });

  it('an Uptime Kuma status page’s zone-less beat times are UTC, whatever zone the user gives', async () => {
    const file = `${DIR}/uptime-kuma-status-page.json`;
    for (const zone of [[], ['--source-tz', 'Africa/Cairo']]) {
      const r = await cli(['--policy', 'clarus-lis', file, ...zone]);
      expect(downtimeByPeriod(r)).toEqual({ '2026-06': 21 });
      expect(r.inputs[0]!.monitors).toEqual(['1', '2']);
      expect(r.inputs[0]!.rows).toBe(200);
      expect(r.inputs[0]!.layout!.timeZone.allTimesZoned).toBe(true);
    }
  });

  it('Grafana’s zone-less times are read in the contract’s zone unless --source-tz says otherwise, and the report says so', async () => {
    const r = await cli(['--policy', 'clarus-lis', `${DIR}/grafana-wide.csv`]);
    expect(r.inputs[0]!.layout!.timeZone).toEqual({
      zone: 'Africa/Cairo',
      basis: 'contract',
      allTimesZoned: false,
    });
    const utc = await cli(['--policy', 'clarus-lis', `${DIR}/grafana-wide.csv`, '--source-tz', 'UTC']);
    expect(utc.inputs[0]!.layout!.timeZone.basis).toBe('source-tz');
    expect(downtimeByPeriod(utc)).toEqual({ '2026-06': 6 });
    const text = await runSla(
      parseArgs([
        '--policy',
        'clarus-lis',
        `${DIR}/grafana-wide.csv`,
        '--format',
        'text',
        '--as-of',
        '2026-07-15',
      ]),
      today,
    );
    expect(text).toContain('recognised as Grafana panel data, series joined by time');
    expect(text).toContain("read in Africa/Cairo, the contract's zone");
  });

  it('Grafana’s wide file is one monitor per series', async () => {
    for (const file of ['grafana-wide.csv', 'grafana-wide-excel.csv']) {
      const r = await cli(['--policy', 'clarus-lis', `${DIR}/${file}`]);
      expect(r.inputs[0]!.monitors).toEqual([
        'probe_success{instance="https://api.example.com", job="blackbox"}',
        'probe_success{instance="https://www.example.com", job="blackbox"}',
      ]);
      // 21 times × 2 series, less the one empty cell (no sample).
      expect(r.inputs[0]).toMatchObject({ rows: 41, skippedRows: 0 });
    }
  });

  it('Grafana’s “Download for Excel” (8–10): the sep= line before the header, with or without a BOM, is not the header', async () => {
    for (const file of ['grafana-wide-sepline.csv', 'grafana-wide-sepline-bom.csv']) {
      const r = await cli(['--policy', 'clarus-lis', `${DIR}/${file}`]);
      expect(r.inputs[0]).toMatchObject({
        rows: 122,
        skippedRows: 0,
        monitors: [
          'probe_success{instance="https://api.example.com", job="blackbox"}',
          'probe_success{instance="https://www.example.com", job="blackbox"}',
        ],
      });
      // 00:30–00:49 in the dashboard's zone (Cairo) on 1 June.
      expect(r.outages.map((o) => [o.start, o.end, o.minutes])).toEqual([
        ['2026-06-01T00:30:00+03:00', '2026-06-01T00:50:00+03:00', 20],
      ]);
    }
  });

  it('Grafana values as the panel displays them (“Formatted data”) read as the numbers they show, whatever the value column’s name', async () => {
    const api = 'probe_success{instance="https://api.example.com", job="blackbox"}';
    const www = 'probe_success{instance="https://www.example.com", job="blackbox"}';
    for (const file of [
      'grafana-wide-mapped.csv',
      'grafana-wide-percent.csv',
      'grafana-wide-onoff.csv',
      'grafana-wide-decimals.csv',
      'grafana-table-mapped.csv',
      // A panel of several queries names the value column `Value #A`.
      'grafana-table-refid.csv',
    ]) {
      const r = await cli(['--policy', 'clarus-lis', `${DIR}/${file}`]);
      expect({ file, input: r.inputs[0] }).toMatchObject({
        file,
        input: { rows: 122, skippedRows: 0, monitors: [api, www] },
      });
      expect({ file, outages: r.outages.map((o) => [o.start, o.end, o.minutes]) }).toEqual({
        file,
        outages: [['2026-06-01T00:30:00+03:00', '2026-06-01T00:50:00+03:00', 20]],
      });
    }
  });

  it('Uptime Kuma’s monitor_status mapped to DOWN/UP/PENDING/MAINTENANCE in Grafana reads as the same series from Prometheus', async () => {
    const grafana = await cli(['--policy', 'clarus-lis', `${DIR}/grafana-wide-kuma-mapped.csv`]);
    const prometheus = await cli(['--policy', 'clarus-lis', `${DIR}/prometheus-monitor-status.json`]);
    expect(grafana.inputs[0]).toMatchObject({ rows: 21, skippedRows: 0 });
    expect(grafana.inputs[0]!.monitors).toEqual(prometheus.inputs[0]!.monitors);
    // PENDING (2) at 00:04 is down, as Kuma's own uptime counts it; MAINTENANCE (3) at 00:08 is up.
    expect(grafana.outages.map((o) => [o.start, o.end, o.minutes])).toEqual([
      ['2026-05-31T23:58:00+03:00', '2026-06-01T00:05:00+03:00', 7],
    ]);
    expect(downtimeByPeriod(grafana)).toEqual(downtimeByPeriod(prometheus));
  });

  it('promql-cli’s CSV of a query without labels (value, timestamp) is one monitor, named by the file', async () => {
    const r = await cli(['--policy', 'clarus-lis', `${DIR}/promql-nolabels.csv`]);
    expect(r.inputs[0]).toMatchObject({ rows: 61, skippedRows: 0, monitors: ['promql-nolabels'] });
    // 21:30–21:49 UTC on 31 May is 00:30–00:49 on 1 June in Cairo.
    expect(r.outages.map((o) => [o.start, o.end, o.minutes])).toEqual([
      ['2026-06-01T00:30:00+03:00', '2026-06-01T00:50:00+03:00', 20],
    ]);
  });

  it('Statuspage incidents filtered by component and impact', async () => {
    const all = await cli(['--policy', 'clarus-lis', `${DIR}/statuspage-incidents.json`]);
    expect(downtimeByPeriod(all)).toEqual({ '2026-06': 87 });
    expect(all.inputs[0]).toMatchObject({ skippedRows: 1, monitors: ['API Requests', 'Dashboard'] });
    const api = await cli([
      '--policy',
      'clarus-lis',
      `${DIR}/statuspage-incidents.json`,
      '--where',
      'component=API Requests',
    ]);
    expect(downtimeByPeriod(api)).toEqual(statuspageMinutes('API Requests'));
    expect(downtimeByPeriod(api)).toEqual({ '2026-06': 42 });
    const major = await cli([
      '--policy',
      'clarus-lis',
      `${DIR}/statuspage-incidents.json`,
      '--where',
      'impact=major,critical',
    ]);
    expect(downtimeByPeriod(major)).toEqual({ '2026-06': 42 });
  });

  it('Statuspage scheduled maintenance is left out whatever its impact: a schedule and a maintenance status mark it', async () => {
    const r = await cli(['--policy', 'clarus-lis', `${DIR}/statuspage-maintenance-impact.json`]);
    // The completed failover (impact "minor", 00:00–01:30 at -07:00 on 12 June) and the network
    // maintenance still in progress (impact "none") are maintenance; the two incidents count,
    // the Dashboard's inside the maintenance window too.
    expect(r.outages.map((o) => [o.start, o.end, o.minutes])).toEqual([
      ['2026-05-31T23:58:00+03:00', '2026-06-01T00:10:00+03:00', 12],
      ['2026-06-20T12:10:00+03:00', '2026-06-20T12:25:00+03:00', 15],
    ]);
    expect(downtimeByPeriod(r)).toEqual({ '2026-05': 2, '2026-06': 25 });
    expect(r.inputs[0]).toMatchObject({ rows: 2, skippedRows: 0 });
  });

  it('Statuspage scheduled maintenance (impact "maintenance") is left out by default, as GitHub’s is', async () => {
    const r = await cli(['--policy', 'clarus-lis', `${DIR}/statuspage-maintenance.json`]);
    // Only the major incident, 08:05–08:55 at -07:00 on 5 June; not the 4-hour upgrade on 12 June.
    expect(r.outages.map((o) => [o.start, o.end, o.minutes])).toEqual([
      ['2026-06-05T18:05:00+03:00', '2026-06-05T18:55:00+03:00', 50],
    ]);
    const bytes = bytesOf('statuspage-maintenance.json');
    const g = detectFile('statuspage-maintenance.json', bytes, true).guess!;
    expect(g.layout!.whereNot).toEqual([{ column: 'type', values: ['maintenance'] }]);
    const importer = new CsvImporter(
      'statuspage-maintenance.json',
      {
        kind: g.kind,
        sourceZone: 'UTC',
        columns: g.columns,
        whereNot: g.layout!.whereNot!,
        layout: g.layout!.id,
      },
      new MinuteReducer(),
    );
    importer.push(bytes);
    const result = importer.finish();
    expect(result.summary).toMatchObject({ rows: 1, skippedRows: 0 });
    expect(result.filteredRows).toBe(1);
  });

  it('Statuspage scheduled maintenances are planned exclusions, one per maintenance and component, announced when posted', () => {
    const bytes = bytesOf('statuspage-scheduled-maintenances.json');
    const g = detectFile('statuspage-scheduled-maintenances.json', bytes, true).guess!;
    expect(g).toMatchObject({ kind: 'exclusions', layout: { id: 'statuspage-maintenances' } });
    const importer = new CsvImporter(
      'maintenances.json',
      { kind: 'exclusions', sourceZone: 'UTC', columns: g.columns, layout: g.layout!.id },
      new MinuteReducer(),
    );
    importer.push(bytes);
    const result = importer.finish();
    expect(result.summary).toMatchObject({ rows: 6, skippedRows: 0 });
    const ms = (t: string) => Date.parse(t);
    expect(
      result.exclusions.map((x) => [x.startMs, x.endMs, x.kind, x.announcedAtMs, x.note, x.line]),
    ).toEqual([
      // Upcoming: the API's storage migration on 21 July.
      [
        ms('2026-07-21T08:00Z'),
        ms('2026-07-21T10:00Z'),
        'planned',
        ms('2026-07-10T16:00Z'),
        'Storage migration (API)',
        2,
      ],
      // In progress when the page was saved, on no component.
      [
        ms('2026-07-15T07:00Z'),
        ms('2026-07-15T11:00Z'),
        'planned',
        ms('2026-07-06T19:00Z'),
        'Dashboard release',
        3,
      ],
      // Completed, on two components: one exclusion each.
      [
        ms('2026-06-28T06:00Z'),
        ms('2026-06-28T08:00Z'),
        'planned',
        ms('2026-06-18T17:00Z'),
        'Database failover test (API)',
        4,
      ],
      [
        ms('2026-06-28T06:00Z'),
        ms('2026-06-28T08:00Z'),
        'planned',
        ms('2026-06-18T17:00Z'),
        'Database failover test (Dashboard)',
        5,
      ],
      // Posted 62 h before it began.
      [
        ms('2026-06-12T07:00Z'),
        ms('2026-06-12T11:00Z'),
        'planned',
        ms('2026-06-09T17:00Z'),
        'Network maintenance (API)',
        6,
      ],
      // Posted 8 days before; resolved 30 minutes past its announced end, which is not extended.
      [
        ms('2026-06-09T16:00Z'),
        ms('2026-06-09T18:00Z'),
        'planned',
        ms('2026-06-01T16:00Z'),
        'Database upgrade (API)',
        7,
      ],
    ]);
  });

  it('a maintenance without its announced window is skipped with its reason on its line', () => {
    const doc = {
      page: { id: 'y2j98763l56x', name: 'Example' },
      scheduled_maintenances: [
        { name: 'No start', created_at: '2026-06-01T00:00:00Z', scheduled_until: '2026-06-09T02:00:00Z' },
        { name: 'No end', created_at: '2026-06-01T00:00:00Z', scheduled_for: '2026-06-09T00:00:00Z' },
        {
          name: 'Whole',
          created_at: '2026-06-01T00:00:00Z',
          scheduled_for: '2026-06-09T00:00:00Z',
          scheduled_until: '2026-06-09T02:00:00Z',
        },
      ],
    };
    const importer = new CsvImporter(
      'maintenances.json',
      { kind: 'exclusions', sourceZone: 'UTC', layout: 'statuspage-maintenances' },
      new MinuteReducer(),
    );
    importer.push(new TextEncoder().encode(JSON.stringify(doc)));
    const result = importer.finish();
    expect(result.summary.skipped).toEqual([
      { line: 2, reason: 'empty start' },
      { line: 3, reason: 'empty end' },
    ]);
    expect(result.exclusions.map((x) => [x.note, x.line])).toEqual([['Whole', 4]]);
  });

  it('Statuspage scheduled maintenances excuse downtime only where announced 7 days ahead (ElevateFinance §4(a))', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-maint-'));
    const checks = join(dir, 'other-checks.csv');
    // Checks of the API each minute around two maintenance windows (UTC): down 30 minutes in the
    // 16:00–18:00 upgrade of 9 June, 10 minutes past its end, and 30 minutes in the 07:00–11:00
    // network maintenance of 12 June, announced 62 h ahead.
    const lines = ['time,monitor,status'];
    const minutes = (from: string, count: number, down: (i: number) => boolean) => {
      for (let i = 0; i < count; i++)
        lines.push(`${new Date(Date.parse(from) + i * MIN).toISOString()},API,${down(i) ? 'down' : 'up'}`);
    };
    minutes('2026-06-09T15:50:00Z', 150, (i) => (i >= 10 && i < 40) || (i >= 130 && i < 140));
    minutes('2026-06-12T06:50:00Z', 50, (i) => i >= 10 && i < 40);
    writeFileSync(checks, `${lines.join('\n')}\n`);
    const maintenances = `${DIR}/statuspage-scheduled-maintenances.json`;
    const without = await cli(['--policy', 'elevatefinance', checks]);
    expect(downtimeByPeriod(without)).toEqual({ '2026-06': 70 });
    for (const argv of [
      [maintenances, checks],
      ['--exclusions', maintenances, checks],
    ]) {
      const r = await cli(['--policy', 'elevatefinance', ...argv]);
      expect(downtimeByPeriod(r)).toEqual({ '2026-06': 40 });
      expect(r.exclusions.map((x) => [x.note, x.start, x.excluded, x.reason])).toEqual([
        ['Storage migration (API)', '2026-07-21T13:30:00+05:30', true, 'notice 256 h ≥ required 168 h'],
        ['Dashboard release', '2026-07-15T12:30:00+05:30', true, 'notice 204 h ≥ required 168 h'],
        ['Database failover test (API)', '2026-06-28T11:30:00+05:30', true, 'notice 229 h ≥ required 168 h'],
        [
          'Database failover test (Dashboard)',
          '2026-06-28T11:30:00+05:30',
          true,
          'notice 229 h ≥ required 168 h',
        ],
        ['Network maintenance (API)', '2026-06-12T12:30:00+05:30', false, 'notice 62 h < required 168 h'],
        ['Database upgrade (API)', '2026-06-09T21:30:00+05:30', true, 'notice 192 h ≥ required 168 h'],
      ]);
    }
    const dashboard = await cli([
      '--policy',
      'elevatefinance',
      maintenances,
      '--where',
      'component=Dashboard',
    ]);
    expect(dashboard.exclusions.map((x) => x.note)).toEqual(['Database failover test (Dashboard)']);
  });

  it('Instatus incidents: one event per affected component, filtered by component; the open one skipped', async () => {
    const all = await cli(['--policy', 'clarus-lis', `${DIR}/instatus-incidents.json`]);
    expect(downtimeByPeriod(all)).toEqual({ '2026-05': 20, '2026-06': 58 });
    expect(all.inputs[0]).toMatchObject({
      rows: 4,
      skippedRows: 1,
      monitors: ['API', 'Dashboard'],
      skipped: [
        {
          line: 2,
          reason: 'no end yet (still open when the file was saved; save it again once it has ended)',
        },
      ],
    });
    const api = await cli([
      '--policy',
      'clarus-lis',
      `${DIR}/instatus-incidents.json`,
      '--where',
      'component=API',
    ]);
    expect(downtimeByPeriod(api)).toEqual(instatusMinutes('API'));
    // 21:10–21:22:30 UTC on 31 May is June in Cairo: 13 minutes, then 45 on 10 June.
    expect(downtimeByPeriod(api)).toEqual({ '2026-06': 58 });
  });

  it('Uptime Kuma /metrics: monitor_status by monitor_name, each scrape dated by its Date header', async () => {
    const r = await cli(['--policy', 'clarus-lis', `${DIR}/uptime-kuma-metrics.txt`]);
    // 11 scrapes × 2 monitors; monitor_response_time is not read.
    expect(r.inputs[0]).toMatchObject({ rows: 22, skippedRows: 0, monitors: ['API', 'Dashboard'] });
    // Down at 21:03–21:06 UTC on 31 May and pending at 21:07 (00:03–00:07 on 1 June in Cairo);
    // maintenance is up.
    expect(r.outages.map((o) => [o.start, o.end, o.minutes])).toEqual([
      ['2026-06-01T00:03:00+03:00', '2026-06-01T00:08:00+03:00', 5],
    ]);
    expect(r.inputs[0]!.layout!.timeZone.allTimesZoned).toBe(true);
  });

  it('Datadog browser test runs are down when they stopped before their last step, whatever the monitor’s status', async () => {
    const r = await cli(['--policy', 'clarus-lis', `${DIR}/datadog-synthetics-browser-results.json`]);
    expect(r.inputs[0]).toMatchObject({ rows: 8, skippedRows: 0 });
    // Runs at 21:01 and 21:02 UTC stopped at step 2 of 5 (00:01–00:03 on 1 June in Cairo); the
    // monitor's alert (status 1) at 21:02 and 21:03 is not a run's outcome, and the run at 21:04
    // finished every step with two browser errors collected.
    expect(r.outages.map((o) => [o.start, o.end, o.minutes])).toEqual([
      ['2026-06-01T00:01:00+03:00', '2026-06-01T00:03:00+03:00', 2],
    ]);
  });

  it('Datadog API test runs are still read by result.passed, and by status when a run has no result', async () => {
    const r = await cli(['--policy', 'clarus-lis', `${DIR}/datadog-synthetics-results.json`]);
    expect(downtimeByPeriod(r)).toEqual(independent['datadog-synthetics-results.json']!());
    expect(r.inputs[0]).toMatchObject({ skippedRows: 1 });
  });

  it('Checkly API v2: the results under `entries` are read as v1’s list', async () => {
    const r = await cli(['--policy', 'clarus-lis', `${DIR}/checkly-check-results-v2.json`]);
    // The run at 21:03 UTC had an internal error of Checkly's backend and no failure: it is no
    // result of the check, and its minute carries the failure before it (rule 2).
    expect(r.inputs[0]).toMatchObject({
      rows: 7,
      skippedRows: 1,
      monitors: ['API health'],
      skipped: [
        {
          line: 4,
          reason: "an internal error in Checkly's backend (hasErrors, no failures): no result of the check",
        },
      ],
    });
    // Failures at 21:01 and 21:02 UTC, carried over 21:03: 00:01–00:04 on 1 June in Cairo.
    expect(r.outages.map((o) => [o.start, o.end, o.minutes])).toEqual([
      ['2026-06-01T00:01:00+03:00', '2026-06-01T00:04:00+03:00', 3],
    ]);
  });

  it('Checkly retry attempts are skipped: a failed ATTEMPT then a passing FINAL is no outage', async () => {
    const r = await cli(['--policy', 'clarus-lis', `${DIR}/checkly-check-results-attempts.json`]);
    const reason = 'a retry attempt (resultType ATTEMPT): its run counts by its FINAL result';
    expect(r.inputs[0]).toMatchObject({
      rows: 6,
      skippedRows: 2,
      monitors: ['API health'],
      skipped: [
        { line: 5, reason },
        { line: 8, reason },
      ],
    });
    // Only the run at 21:03 UTC failed to the end (its FINAL failed too): 00:03 on 1 June in Cairo.
    expect(r.outages.map((o) => [o.start, o.end, o.minutes])).toEqual([
      ['2026-06-01T00:03:00+03:00', '2026-06-01T00:04:00+03:00', 1],
    ]);
  });

  // Checkly's API reference, CheckResult: startedAt "nullable", created_at not.
  it('Checkly: a failed run whose start is null is read at its creation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-checkly-'));
    const run = (at: string, failed: boolean, started: string | null = at) => ({
      resultType: 'FINAL',
      name: 'TCP db',
      checkId: 'c1',
      hasFailures: failed,
      hasErrors: false,
      runLocation: 'eu-central-1',
      startedAt: started,
      stoppedAt: started,
      created_at: at,
    });
    const path = join(dir, 'checkly-v2.json');
    writeFileSync(
      path,
      JSON.stringify({
        length: 3,
        entries: [
          run('2026-06-01T10:17:00.000Z', false),
          run('2026-06-01T10:16:02.000Z', true, null),
          run('2026-06-01T10:15:00.000Z', false),
        ],
        nextId: null,
      }),
    );
    const r = await cli(['--policy', 'clarus-lis', path]);
    expect(r.inputs[0]).toMatchObject({ rows: 3, skippedRows: 0 });
    expect(r.outages.map((o) => [o.start, o.minutes])).toEqual([['2026-06-01T13:16:00+03:00', 1]]);
  });

  it('Datadog: a run with no data (status 2) is skipped with that reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-datadog-'));
    const path = join(dir, 'datadog.json');
    const run = (ms: number, status: number, result?: { passed: boolean }) => ({
      check_time: ms,
      probe_dc: 'aws:us-east-2',
      result_id: String(ms),
      status,
      ...(result ? { result } : {}),
    });
    const t0 = Date.parse('2026-06-01T10:00:00Z');
    writeFileSync(
      path,
      JSON.stringify({
        last_timestamp_fetched: t0 + 120_000,
        results: [run(t0, 0, { passed: true }), run(t0 + 60_000, 2), run(t0 + 120_000, 0, { passed: true })],
      }),
    );
    const r = await cli(['--policy', 'clarus-lis', path]);
    expect(r.inputs[0]).toMatchObject({
      rows: 2,
      skippedRows: 1,
      skipped: [{ line: 3, reason: 'no data (status 2): Datadog had no result of this run' }],
    });
  });

  it('Pingdom results: an unconfirmed down is up, an unknown result is skipped', async () => {
    const r = await cli(['--policy', 'clarus-lis', `${DIR}/pingdom-results.json`]);
    expect(r.inputs[0]).toMatchObject({
      rows: 119,
      skippedRows: 1,
      monitors: ['pingdom-results'],
      // Newest first: the unknown result of 21:40 UTC is the 20th, record 21 after the column names.
      skipped: [{ line: 21, reason: "Pingdom's result is unknown: no check was made or could be judged" }],
    });
    // Down from 20:57 to 21:05 UTC (23:57 to 00:05 in Cairo); the unconfirmed down at 21:30 is not.
    expect(r.outages.map((o) => [o.start, o.end, o.minutes])).toEqual([
      ['2026-05-31T23:57:00+03:00', '2026-06-01T00:05:00+03:00', 8],
    ]);
  });

  it('a forced kind still reads the layout: --events on UptimeRobot, --probes on Grafana', async () => {
    const r = await cli(['--policy', 'clarus-lis', '--events', `${DIR}/uptimerobot-getmonitors.json`]);
    expect(downtimeByPeriod(r)).toEqual(independent['uptimerobot-getmonitors.json']!());
    const g = await cli(['--policy', 'clarus-lis', '--probes', `${DIR}/grafana-wide.csv`]);
    expect(downtimeByPeriod(g)).toEqual(independent['grafana-wide.csv']!());
  });
});

describe('JSON that is not a layout SLA Witness knows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sla-json-'));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const clarus = (args: string[]) => sla(['--policy', 'clarus-lis', ...args]);
  const SECRET = 'tok_9f8e7d6c5b4a';
  const truncated = textOf('prometheus-query-range.json').slice(0, 600);

  it.each([
    [
      'unknown.json',
      `{"data":[{"value":"${SECRET}"}],"meta":{"next":"${SECRET}"}}`,
      /unknown\.json: JSON with top-level keys `data`, `meta`: not a layout SLA Witness knows \(it reads .*Prometheus range query/,
    ],
    [
      'prom-error.json',
      `{"status":"error","errorType":"bad_data","error":"invalid parameter \\"query\\": ${SECRET}"}`,
      /^sla: .*prom-error\.json: Prometheus returned an error \(errorType bad_data\), not query results \(its message is in the file\): correct the query and save \/api\/v1\/query_range's answer again$/,
    ],
    [
      'prom-error-other.json',
      `{"status":"error","errorType":"${SECRET}","error":"${SECRET}"}`,
      /^sla: .*prom-error-other\.json: Prometheus returned an error, not query results/,
    ],
    [
      'prom-instant.json',
      `{"status":"success","data":{"resultType":"vector","result":[{"metric":{"instance":"${SECRET}"},"value":[1780261200,"1"]}]}}`,
      /^sla: .*prom-instant\.json: a Prometheus instant query \(resultType vector\): one value at one time, no history to count; SLA Witness needs a range query \(\/api\/v1\/query_range with start, end and step\), whose result is a matrix$/,
    ],
    [
      // Prometheus's GET /api/v1/series (docs/querying/api.md "Finding series by label matchers").
      'series.json',
      `{"status":"success","data":[{"__name__":"probe_success","instance":"${SECRET}","job":"blackbox"},{"__name__":"probe_success","instance":"https://www.example.com","job":"blackbox"}]}`,
      /^sla: .*series\.json: a Prometheus series list \(\/api\/v1\/series\): label sets, no samples to count; SLA Witness needs a range query \(\/api\/v1\/query_range with start, end and step\), whose result is a matrix$/,
    ],
    [
      // GET /api/v1/label/instance/values ("Querying label values"): a list of strings, not an empty list.
      'values.json',
      `{"status":"success","data":["${SECRET}","https://www.example.com"]}`,
      /^sla: .*values\.json: a Prometheus list of label names or values \(\/api\/v1\/labels, \/api\/v1\/label\/NAME\/values\), no samples to count; SLA Witness needs a range query/,
    ],
    [
      // GET /api/v1/targets ("Targets"): each scrape target's health as of its last scrape.
      'targets.json',
      `{"status":"success","data":{"activeTargets":[{"discoveredLabels":{"__address__":"${SECRET}"},"labels":{"instance":"api","job":"blackbox"},"scrapePool":"blackbox","scrapeUrl":"http://blackbox:9115/probe","globalUrl":"http://blackbox:9115/probe","lastError":"","lastScrape":"2026-06-30T08:00:00.123Z","lastScrapeDuration":0.05,"health":"up","scrapeInterval":"1m","scrapeTimeout":"10s"}],"droppedTargets":[]}}`,
      /^sla: .*targets\.json: Prometheus's scrape targets \(\/api\/v1\/targets\): each target's health now, no samples to count; SLA Witness needs a range query/,
    ],
    [
      // Any list of plain values is a list with items, not an empty one.
      'strings.json',
      `{"items":["${SECRET}","b"]}`,
      /^sla: .*strings\.json: JSON with top-level keys `items`: not a layout SLA Witness knows/,
    ],
    [
      'uptimerobot-v3-monitors.json',
      `{"data":[{"id":800000001,"friendlyName":"${SECRET}","url":"https://api.example.com","type":"HTTP","status":"DOWN","interval":300}],"nextLink":null}`,
      /^sla: .*uptimerobot-v3-monitors\.json: UptimeRobot API v3 monitors \(`data` with `friendlyName`\): SLA Witness reads UptimeRobot's state-change logs from API v2, POST \/v2\/getMonitors with logs=1$/,
    ],
    [
      'uptimerobot-v3-incidents.json',
      `{"data":[{"id":"1234567890","status":"Resolved","type":"Downtime","cause":333333,"reason":"${SECRET}","monitor":{"id":800000001,"friendlyName":"API"},"startedAt":"2026-05-31T20:57:00.000Z","resolvedAt":"2026-05-31T21:05:00.000Z","duration":480}],"nextLink":null}`,
      /^sla: .*uptimerobot-v3-incidents\.json: UptimeRobot API v3 incidents \(`data` with `startedAt`\): SLA Witness reads UptimeRobot's state-change logs from API v2, POST \/v2\/getMonitors with logs=1$/,
    ],
    [
      'summary.json',
      `{"page":{"id":"y2j98763l56x","name":"${SECRET}","url":"https://status.example.com"},"components":[{"id":"b13yz5g2cw10","name":"API","status":"major_outage"}],"incidents":[{"id":"cp306tmzcl0y","name":"${SECRET}","status":"identified","created_at":"2026-06-30T08:00:00.123Z","resolved_at":null,"impact":"critical","started_at":"2026-06-30T08:00:00.000Z","components":[]}],"scheduled_maintenances":[],"status":{"indicator":"critical","description":"Major System Outage"}}`,
      /^sla: .*summary\.json: an Atlassian Statuspage summary \(summary\.json\): it lists only the incidents open now, not the resolved ones an SLA is counted from; fetch \/api\/v2\/incidents\.json$/,
    ],
    [
      // A status page's /api/v2/components.json, as Statuspage serves it (compact; a component per entry).
      'components.json',
      `{"page":{"id":"kctbh9vrtdwd","name":"${SECRET}","url":"https://status.example.com","time_zone":"Etc/UTC","updated_at":"2026-06-30T08:00:00.123Z"},"components":[{"id":"8l4ygp009s5s","name":"API","status":"major_outage","created_at":"2017-01-31T20:05:05.370Z","updated_at":"2026-06-30T07:58:00.000Z","position":1,"description":null,"showcase":false,"start_date":null,"group_id":null,"page_id":"kctbh9vrtdwd","group":false,"only_show_if_degraded":false}]}`,
      /^sla: .*components\.json: an Atlassian Statuspage components list \(components\.json\): each component's status now, no incidents; fetch \/api\/v2\/incidents\.json$/,
    ],
    [
      // The same page's /api/v2/status.json.
      'status.json',
      `{"page":{"id":"kctbh9vrtdwd","name":"${SECRET}","url":"https://status.example.com","time_zone":"Etc/UTC","updated_at":"2026-06-30T08:00:00.123Z"},"status":{"indicator":"major","description":"Partial System Outage"}}`,
      /^sla: .*status\.json: an Atlassian Statuspage status \(status\.json\): the page's status now, no incidents; fetch \/api\/v2\/incidents\.json$/,
    ],
    [
      // UptimeRobot's POST /v2/getMonitors asked without logs=1, as its API reference shows the answer.
      'uptimerobot-nologs.json',
      `{"stat":"ok","pagination":{"offset":0,"limit":50,"total":2},"monitors":[{"id":777749809,"friendly_name":"${SECRET}","url":"https://api.example.com","type":1,"sub_type":"","keyword_type":null,"keyword_case_type":null,"keyword_value":"","http_username":"","http_password":"","port":"","interval":300,"timeout":30,"status":9,"create_datetime":1462565497},{"id":777712827,"friendly_name":"Web","url":"https://www.example.com","type":1,"sub_type":"","keyword_type":null,"keyword_case_type":null,"keyword_value":"","http_username":"","http_password":"","port":"","interval":300,"timeout":30,"status":2,"create_datetime":1462465496}]}`,
      /^sla: .*uptimerobot-nologs\.json: UptimeRobot getMonitors without its logs \(`monitors` with no `logs`\): each monitor's settings and status now; ask again with logs=1$/,
    ],
    [
      // Better Stack Uptime's GET /api/v2/monitors (list-all-existing-monitors; JSON:API, compact).
      'monitors.json',
      `{"data":[{"id":"238","type":"monitor","attributes":{"url":"https://api.example.com","pronounceable_name":"${SECRET}","monitor_type":"status","monitor_group_id":null,"last_checked_at":"2026-06-30T07:59:46.000Z","status":"down","required_keyword":null,"verify_ssl":true,"check_frequency":30,"call":false,"sms":false,"email":true,"push":true,"team_wait":null,"http_method":"get","request_timeout":15,"recovery_period":0,"paused_at":null,"created_at":"2026-01-05T10:30:00.000Z","updated_at":"2026-06-30T07:59:46.000Z"}}],"pagination":{"first":"https://uptime.betterstack.com/api/v2/monitors?page=1","last":"https://uptime.betterstack.com/api/v2/monitors?page=1","prev":null,"next":null}}`,
      /^sla: .*monitors\.json: a Better Stack Uptime monitor list \(\/api\/v2\/monitors\): each monitor's settings and status now, not its history; fetch \/api\/v2\/incidents for the incidents$/,
    ],
    [
      // Better Stack's GET /api/v2/monitors/{monitor_id}/sla, as its API reference shows the answer.
      'sla.json',
      `{"data":{"id":"258338","type":"monitor_sla","attributes":{"availability":99.98,"total_downtime":600,"number_of_incidents":3,"longest_incident":300,"average_incident":200}}}`,
      /^sla: .*sla\.json: Better Stack's availability summary \(\/api\/v2\/monitors\/ID\/sla\): a percentage and totals, not when the monitor was down; fetch \/api\/v2\/incidents for the incidents$/,
    ],
    [
      // Pingdom API 3.1's GET /checks ("Checks": a list overview of all checks, with its counts).
      'checks.json',
      `{"checks":[{"id":85975,"created":1767225600,"name":"${SECRET}","hostname":"api.example.com","resolution":1,"type":"http","ipv6":false,"verify_certificate":true,"lasterrortime":1782806340,"lasttesttime":1782806400,"lastresponsetime":355,"lastdownstart":1782806100,"lastdownend":1782806340,"status":"up","tags":[]}],"counts":{"total":1,"limited":1,"filtered":1}}`,
      /^sla: .*checks\.json: a Pingdom check list \(\/api\/3\.1\/checks\): each monitor's settings and status now, not its history; fetch \/api\/3\.1\/summary\.outage\/CHECK_ID for its outages$/,
    ],
    [
      // StatusCake API v1's GET /v1/uptime (statuscake-go UptimeTests of UptimeTestOverview, marshalled
      // from maps, so Go writes their keys sorted).
      'uptime.json',
      `{"data":[{"check_rate":300,"contact_groups":[],"id":"6800000","name":"${SECRET}","paused":false,"status":"down","tags":["prod"],"test_type":"HTTP","uptime":99.87,"website_url":"https://api.example.com"}],"metadata":{"page":1,"page_count":1,"per_page":25,"total_count":1}}`,
      /^sla: .*uptime\.json: a StatusCake uptime check list \(\/v1\/uptime\): each monitor's settings and status now, not its history; fetch \/v1\/uptime\/TEST_ID\/periods for its down periods$/,
    ],
    [
      // Datadog's GET /api/v1/synthetics/tests (SyntheticsListTestsResponse: tests[] of SyntheticsTestDetails).
      'tests.json',
      `{"tests":[{"config":{"assertions":[{"operator":"is","type":"statusCode","target":200}],"request":{"method":"GET","url":"https://api.example.com/health"}},"creator":{"email":"ops@example.com","handle":"ops@example.com","name":"Ops"},"locations":["aws:eu-central-1","aws:us-east-2"],"message":"${SECRET}","monitor_id":12345678,"name":"API health","options":{"tick_every":60},"public_id":"abc-def-ghi","status":"live","subtype":"http","tags":["env:prod"],"type":"api"}]}`,
      /^sla: .*tests\.json: a Datadog Synthetics test list \(\/api\/v1\/synthetics\/tests\): each monitor's settings and status now, not its history; fetch \/api\/v1\/synthetics\/tests\/PUBLIC_ID\/results for its runs$/,
    ],
    [
      // Healthchecks.io's GET /api/v3/checks/ ("List existing checks", Django's json.dumps separators).
      'hc-checks.json',
      `{"checks": [{"name": "${SECRET}", "slug": "backups", "tags": "prod www", "desc": "", "grace": 900, "n_pings": 1, "status": "down", "started": false, "last_ping": "2026-06-29T14:02:03+00:00", "next_ping": "2026-06-29T15:02:03+00:00", "manual_resume": false, "methods": "", "subject": "", "subject_fail": "", "start_kw": "", "success_kw": "", "failure_kw": "", "filter_subject": false, "filter_body": false, "badge_url": "https://healthchecks.io/b/2/4e7a2a3d-9e6b-4b8e-8a4e-2a9c2f6f6a51.svg", "uuid": "31365bce-8da9-4729-8ff3-aaa71d56b712", "ping_url": "https://hc-ping.com/31365bce-8da9-4729-8ff3-aaa71d56b712", "update_url": "https://healthchecks.io/api/v3/checks/31365bce-8da9-4729-8ff3-aaa71d56b712", "pause_url": "https://healthchecks.io/api/v3/checks/31365bce-8da9-4729-8ff3-aaa71d56b712/pause", "resume_url": "https://healthchecks.io/api/v3/checks/31365bce-8da9-4729-8ff3-aaa71d56b712/resume", "channels": "", "timeout": 3600}]}`,
      /^sla: .*hc-checks\.json: a Healthchecks\.io check list \(\/api\/v3\/checks\/\): each monitor's settings and status now, not its history; fetch \/api\/v3\/checks\/UUID\/flips\/ for its status changes$/,
    ],
    [
      // GET /v1/:page_id/maintenances of Instatus, as its connector's MaintenancesGet defines the answer.
      'maintenances.json',
      `[{"id":"cm3mnt0001","name":"${SECRET}","status":"COMPLETED","start":"2026-06-12T07:00:00.000Z","duration":120,"notifyStart":true,"notifyEnd":true,"notifyEarly":true,"notifyMinutes":60,"autoStart":true,"autoEnd":true,"updates":[],"components":[{"id":"cm3cmp0001","name":"API","status":"OPERATIONAL","showUptime":true}]}]`,
      /^sla: .*maintenances\.json: Instatus maintenances \(`start`, `duration`, `autoStart`\): the vendor's planned windows, not its incidents; fetch \/v1\/PAGE_ID\/incidents for the incidents, and give a maintenance the contract excludes as an exclusions file with the notice it was announced with$/,
    ],
    [
      // GET /api/v3/checks/<uuid>/pings/ of Healthchecks.io, as templates/docs/api.md shows the answer
      // (Django's JsonResponse: json.dumps' ", " and ": " separators), newest first.
      'pings.json',
      `{"pings": [{"type": "success", "date": "2026-06-09T14:51:06.113073+00:00", "n": 4, "scheme": "http", "remote_addr": "192.0.2.0", "method": "POST", "ua": "${SECRET}", "rid": null, "body_url": null, "duration": 2.9}, {"type": "fail", "date": "2026-06-09T13:51:03.216337+00:00", "n": 3, "scheme": "https", "remote_addr": "192.0.2.0", "method": "GET", "ua": "curl/8.5.0", "rid": null, "body_url": null}]}`,
      /^sla: .*pings\.json: Healthchecks\.io pings \(`pings` with `type`, `date`\): the signals the job sent, not when the check was down \(a ping that never came is not in it\); fetch \/api\/v3\/checks\/UUID\/flips\/ for its status changes$/,
    ],
    [
      // Upptime's history/summary.json, as src/summary.ts writes it (JSON.stringify(pageStatuses, null, 2)).
      'summary-upptime.json',
      JSON.stringify(
        [
          {
            name: SECRET,
            url: 'https://api.example.com',
            icon: 'https://icons.duckduckgo.com/ip3/api.example.com.ico',
            slug: 'api',
            status: 'up',
            uptime: '99.87%',
            uptimeDay: '100.00%',
            uptimeWeek: '99.90%',
            uptimeMonth: '99.95%',
            uptimeYear: '99.87%',
            time: 231,
            timeDay: 198,
            timeWeek: 210,
            timeMonth: 220,
            timeYear: 231,
            dailyMinutesDown: { '2026-06-09': 12 },
          },
        ],
        null,
        2,
      ),
      /^sla: .*summary-upptime\.json: Upptime's summary \(history\/summary\.json\): uptime percentages and minutes down a day, not when a site was down; give its incident issues \(gh issue list … --label status\) or its history\/\*\.yml versions flattened$/,
    ],
    [
      // Upptime's incident issues with only a degraded-performance issue (upptime/uptime-monitor
      // src/update.ts titles), as `gh issue list --json number,title,createdAt,closedAt,labels` writes them:
      // the layout keeps the "is down" issues, so nothing is left, and the refusal says why.
      'degraded-issues.json',
      `[{"closedAt":"2026-05-15T11:40:12Z","createdAt":"2026-05-15T10:05:31Z","labels":[{"id":"LA_1","name":"status","description":"","color":"ededed"}],"number":42,"title":"⚠️ ${SECRET} has degraded performance"}]`,
      /^sla: .*degraded-issues\.json: its 1 record was left out by the filters \(status=down\); nothing to import$/,
    ],
    [
      // Uptime Kuma 1.x's Settings → Backup → Export, as src/components/settings/Backup.vue writes it (4-space JSON).
      'Uptime_Kuma_Backup_2026_06_01-09_00_00.json',
      JSON.stringify(
        {
          version: '1.23.16',
          notificationList: [
            { id: 1, name: SECRET, active: true, userId: 1, isDefault: false, config: '{}' },
          ],
          monitorList: [
            { id: 1, name: SECRET, url: 'https://api.example.com', type: 'http', interval: 60, active: true },
          ],
        },
        null,
        4,
      ),
      /^sla: .*Uptime_Kuma_Backup_2026_06_01-09_00_00\.json: an Uptime Kuma backup \(Settings → Backup → Export\): its monitors and notifications, no heartbeats; dump Kuma's heartbeat table with sqlite3 -header -csv, or save a status page's \/api\/status-page\/heartbeat\/SLUG$/,
    ],
    [
      // An Uptime Kuma status page's own data (server/model/status_page.js getStatusPageData), compact as Express writes it.
      'kuma-page.json',
      JSON.stringify({
        config: {
          slug: 'acme',
          title: SECRET,
          description: null,
          icon: '/icon.svg',
          published: true,
          showTags: false,
        },
        incidents: [],
        publicGroupList: [
          {
            id: 1,
            name: 'Services',
            weight: 1,
            monitorList: [{ id: 1, name: SECRET, sendUrl: 0, type: 'http' }],
          },
        ],
        maintenanceList: [],
      }),
      /^sla: .*kuma-page\.json: an Uptime Kuma status page's settings and monitor list \(\/api\/status-page\/SLUG\), no heartbeats: save \/api\/status-page\/heartbeat\/SLUG$/,
    ],
    [
      // Grafana's Inspect → JSON, "DataFrame JSON (from query)": getPanelDataFrames, each frame dataFrameToJSON's {schema, data}.
      'grafana-dataframes.json',
      JSON.stringify(
        [
          {
            schema: {
              refId: 'A',
              meta: { type: 'timeseries-multi', typeVersion: [0, 1] },
              fields: [
                { name: 'Time', type: 'time', typeInfo: { frame: 'time.Time' }, config: { interval: 60000 } },
                {
                  name: 'Value',
                  type: 'number',
                  typeInfo: { frame: 'float64' },
                  labels: { __name__: 'probe_success', instance: SECRET, job: 'blackbox' },
                  config: {},
                },
              ],
            },
            data: {
              values: [
                [1780261200000, 1780261260000],
                [1, 0],
              ],
            },
          },
        ],
        null,
        2,
      ),
      /^sla: .*grafana-dataframes\.json: Grafana's DataFrame JSON \(Inspect → JSON\): SLA Witness reads a panel's data as Inspect → Data → Download CSV writes it$/,
    ],
    [
      // POST /api/ds/query: the frames under each query's refId (grafana-plugin-sdk-go backend/json.go).
      'ds-query.json',
      JSON.stringify({
        results: {
          A: {
            status: 200,
            frames: [
              {
                schema: {
                  refId: 'A',
                  fields: [
                    { name: 'Time', type: 'time', typeInfo: { frame: 'time.Time' } },
                    {
                      name: 'Value',
                      type: 'number',
                      labels: { instance: SECRET },
                      typeInfo: { frame: 'float64' },
                    },
                  ],
                },
                data: {
                  values: [
                    [1780261200000, 1780261260000],
                    [1, 0],
                  ],
                },
              },
            ],
          },
        },
      }),
      /^sla: .*ds-query\.json: Grafana's data source query answer \(\/api\/ds\/query\): SLA Witness reads a panel's data as Inspect → Data → Download CSV writes it$/,
    ],
    [
      // The same tab's "Panel data": the PanelData as the panel received it.
      'grafana-panel-data.json',
      JSON.stringify(
        {
          state: 'Done',
          series: [
            {
              refId: 'A',
              fields: [{ name: 'Time', type: 'time', config: {}, values: [1780261200000] }],
              length: 1,
            },
          ],
          annotations: [],
          timeRange: {
            from: '2026-05-31T21:00:00.000Z',
            to: '2026-05-31T22:00:00.000Z',
            raw: { from: SECRET, to: 'now' },
          },
        },
        null,
        2,
      ),
      /^sla: .*grafana-panel-data\.json: Grafana's panel data JSON \(Inspect → JSON\): SLA Witness reads a panel's data as Inspect → Data → Download CSV writes it$/,
    ],
    [
      // A Better Stack page of incidents with none in the range asked.
      'betterstack-empty.json',
      `{"data":[],"pagination":{"first":"https://uptime.betterstack.com/api/v2/incidents?page=1&token=${SECRET}","last":null,"prev":null,"next":null}}`,
      /^sla: .*betterstack-empty\.json: JSON with top-level keys `data`, `pagination`, whose lists are all empty: nothing to import$/,
    ],
    ['empty.json', ' [ ] ', /^sla: .*empty\.json: an empty JSON array: nothing to import$/],
    [
      // Healthchecks.io's flips of a check that never changed state in the range asked.
      'flips-empty.json',
      '{"flips":[]}',
      /^sla: .*flips-empty\.json: JSON with top-level keys `flips`, whose lists are all empty: nothing to import$/,
    ],
    [
      // A known layout with no records: Prometheus's answer for a query that matched no series.
      'prom-empty.json',
      '{"status":"success","data":{"resultType":"matrix","result":[]}}',
      /^sla: .*prom-empty\.json: no records to import \(its lists are empty\)$/,
    ],
    [
      // Gatus's statuses past the last page with its SQL storage: getEndpointResultsByEndpointID
      // returns a nil slice, which Go writes as null; events are omitted when empty.
      'gatus-sql-page.json',
      `[{"name":"${SECRET}","group":"core","key":"core_api","results":null},{"name":"web","key":"_web","results":null}]`,
      /^sla: .*gatus-sql-page\.json: no records to import \(its lists are empty\)$/,
    ],
    [
      // The same with its memory storage, whose ShallowCopyEndpointStatus gives an empty list.
      'gatus-memory-page.json',
      `[{"name":"${SECRET}","group":"core","key":"core_api","results":[],"events":[]}]`,
      /^sla: .*gatus-memory-page\.json: no records to import \(its lists are empty\)$/,
    ],
    [
      // One endpoint's statuses, GET /api/v1/endpoints/{key}/statuses, past its last page of results.
      'gatus-endpoint-page.json',
      `{"name":"${SECRET}","group":"core","key":"core_api","results":null,"events":[{"type":"START","timestamp":"2026-05-31T20:56:00.123456789+02:00"}]}`,
      /^sla: .*gatus-endpoint-page\.json: no records to import \(its lists are empty\)$/,
    ],
    [
      // Instatus's incidents cut before the first one's components, by which the layout is told.
      'cut-instatus.json',
      `[{"id":"ckf01","name":"${SECRET}","started":"2026-05-31T21:03:00.000Z","status":"RESOLVED","resolved":"2026-05-31T21:06:00.000Z","updates":[{"id":"u1","message":"`,
      /^sla: .*cut-instatus\.json: the JSON ends before it is complete \(a cut-off download\?\), too soon to tell which export it is; nothing was imported$/,
    ],
    [
      // Pingdom's outage summary with the line that opens its list of states lost: an object
      // stands where a key belongs. Read leniently it looked like an export with empty lists.
      'line-lost.json',
      `{\n  "summary": {\n      {\n        "status": "${SECRET}",\n        "timefrom": 1777593600,\n        "timeto": 1780261080\n      }\n    ]\n  }\n}\n`,
      /^sla: .*line-lost\.json:3: not valid JSON by this line; nothing was imported$/,
    ],
    [
      'no-comma.json',
      `{"items": [\n  {"name": "${SECRET}"}\n  {"name": "web"}\n]}`,
      /^sla: .*no-comma\.json:3: not valid JSON by this line; nothing was imported$/,
    ],
    [
      'trailing-comma.json',
      `{"items": [\n  {"name": "${SECRET}"},\n]}`,
      /^sla: .*trailing-comma\.json:3: not valid JSON by this line: a closing bracket where a value was expected \(a trailing comma\?\); nothing was imported$/,
    ],
    [
      'cut-early.json',
      `{"data":[{"${SECRET}`,
      /^sla: .*cut-early\.json: the JSON ends before it is complete \(a cut-off download\?\), too soon to tell which export it is; nothing was imported$/,
    ],
    [
      'null-keys.json',
      '{"data":null,"meta":null}',
      /null-keys\.json: JSON with top-level keys `data`, `meta`: not a layout SLA Witness knows/,
    ],
    [
      'garbage.json',
      `[1, "${SECRET}", null, true]`,
      /garbage\.json: a JSON array of numbers and strings and nulls and booleans: not a layout SLA Witness knows/,
    ],
    [
      'cut.json',
      truncated,
      /cut\.json: the Prometheus range query \(matrix\) JSON ends before it is complete \(a cut-off download\?\); nothing was imported/,
    ],
    [
      'broken.json',
      `{"flips":[{"timestamp":"2026-05-01T00:00:00Z","up":1}}${SECRET}`,
      /broken\.json:1: not valid JSON by this line \(read as Healthchecks\.io flips\); nothing was imported$/,
    ],
    [
      'scrape.prom',
      `# HELP monitor_status Monitor Status (1 = UP, 0= DOWN, 2= PENDING, 3= MAINTENANCE)\n# TYPE monitor_status gauge\nmonitor_status{monitor_id="1",monitor_name="${SECRET}"} 1\n`,
      /scrape\.prom:3: a monitor_status sample with no time: neither its own timestamp nor a readable HTTP Date header before it \(save each scrape with curl -si\)/,
    ],
    [
      'names.csv',
      `host,region,owner\nweb-1,eu,${SECRET}\n`,
      /names\.csv: a CSV of 3 columns \(columns: host, region, owner\) without a time and a status or code/,
    ],
    [
      'secrets.env',
      `OPENAI_API_KEY=sk-proj-${SECRET}\n`,
      /secrets\.env: .*\(its first line is not a header of column names\)/,
    ],
    [
      'token.csv',
      `sk_live_51Hx9aZ2eQ8yT4uV7wB3cD6fG\n`,
      /token\.csv: .*\(its first line is not a header of column names\)/,
    ],
    [
      'notes.txt',
      `Minutes of the review meeting with the vendor, where ${SECRET} was shared\nNext steps\n`,
      /notes\.txt: a CSV of 2 columns \(its first line is not a header of column names\) without a time and a status or code, nor a start and an end or duration: not a layout SLA Witness knows/,
    ],
  ])('%s gives one clear line, echoes nothing and prints no report', (name, text, message) => {
    const r = clarus([write(name, text), '--format', 'json']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toContain(SECRET);
  });

  it('a Statuspage scheduled-maintenances.json is read as the vendor’s maintenance notices, not refused', () => {
    // GET /api/v2/scheduled-maintenances.json of a status page, compact as the page serves it.
    const text = `{"page":{"id":"y2j98763l56x","name":"Example","url":"https://status.example.com","time_zone":"America/Los_Angeles","updated_at":"2026-06-12T01:30:00.000-07:00"},"scheduled_maintenances":[{"id":"w1zdr745wmfy","name":"Database upgrade","status":"completed","created_at":"2026-06-05T10:00:00.000-07:00","updated_at":"2026-06-12T01:30:00.000-07:00","monitoring_at":null,"resolved_at":"2026-06-12T01:30:00.000-07:00","impact":"minor","shortlink":"http://stspg.io/b","started_at":"2026-06-12T00:00:00.000-07:00","page_id":"y2j98763l56x","incident_updates":[],"components":[{"id":"b13yz5g2cw10","name":"API","status":"operational"}],"scheduled_for":"2026-06-12T00:00:00.000-07:00","scheduled_until":"2026-06-12T02:00:00.000-07:00"}]}`;
    const r = clarus([
      write('scheduled-maintenances.json', text),
      '--format',
      'json',
      '--as-of',
      '2026-07-15',
    ]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const report = JSON.parse(r.stdout) as SlaReport;
    expect(report.inputs[0]).toMatchObject({
      kind: 'exclusions',
      rows: 1,
      skippedRows: 0,
      layout: { id: 'statuspage-maintenances', detected: 'layout' },
    });
    // The window is 07:00–09:00 UTC, 10:00–12:00 in Cairo, announced 158 h before; Clarus asks 72 h.
    // Records are numbered as a CSV's data lines are, from 2.
    expect(report.exclusions).toEqual([
      {
        start: '2026-06-12T10:00:00+03:00',
        end: '2026-06-12T12:00:00+03:00',
        kind: 'planned',
        excluded: true,
        reason: 'notice 158 h ≥ required 72 h',
        announcedAt: '2026-06-05T20:00:00+03:00',
        noticeHours: 158,
        noticeRequired: '72 h',
        note: 'Database upgrade (API)',
        source: `${join(dir, 'scheduled-maintenances.json')}:2`,
      },
    ]);
  });

  it('the app’s import names no cell of a text file’s first line of prose', async () => {
    const sniff = await sniffFile(new File([`hello this is my diary\npassword=${SECRET}\n`], 'notes.csv'));
    expect(sniff.guess?.reason).toBe(
      'no known layout and no time/status or start/end columns (its first line is not a header of column names): map them by hand',
    );
  });

  it('the app’s import refuses unknown JSON before anything is stored, with the same line', async () => {
    const sniff = await sniffFile(new File([`{"data":[{"v":1}],"meta":{"k":"${SECRET}"}}`], 'x.json'));
    expect(sniff.problem).toBe('json-unknown');
    expect(sniff.problemText).toMatch(/^JSON with top-level keys `data`, `meta`: not a layout/);
    expect(sniff.problemText).not.toContain(SECRET);
    // An API's page with nothing in it is said to be empty, not unknown.
    const empty = await sniffFile(new File([`{"data":[],"meta":{"k":"${SECRET}"}}`], 'x.json'));
    expect(empty.problem).toBe('json-unknown');
    expect(empty.problemText).toBe(
      'JSON with top-level keys `data`, `meta`, whose lists are all empty: nothing to import',
    );
  });

  it('the app’s import names the line where a small JSON of no known layout breaks JSON’s grammar', async () => {
    const text = `{\n  "summary": {\n      {\n        "status": "${SECRET}"\n      }\n    ]\n  }\n}\n`;
    const sniff = await sniffFile(new File([text], 'damaged.json'));
    expect([sniff.problem, sniff.problemLine, sniff.problemText]).toEqual([
      'json-unknown',
      3,
      'line 3: not valid JSON by this line; nothing was imported',
    ]);
    // Valid JSON of no known layout is still called unknown, and an empty one empty.
    const unknown = await sniffFile(new File([`{"items": [{"name": "${SECRET}"}]}`], 'unknown.json'));
    expect([unknown.problemLine, unknown.problemText]).toEqual([
      null,
      expect.stringMatching(/^JSON with top-level keys `items`: not a layout SLA Witness knows/),
    ]);
    const empty = await sniffFile(new File(['{"summary": {"states": []}}'], 'empty.json'));
    expect([empty.problemLine, empty.problemText]).toEqual([
      null,
      'JSON with top-level keys `summary`, whose lists are all empty: nothing to import',
    ]);
  });

  it('the app’s import says a small JSON cut off before its export can be told is cut off, not unknown', async () => {
    const cut = `[{"id":"ckf01","name":"${SECRET}","started":"2026-05-31T21:03:00.000Z","resolved":null,"updates":[`;
    const sniff = await sniffFile(new File([cut], 'cut.json'));
    expect([sniff.problem, sniff.problemText]).toEqual(['json-unknown', CUT_OFF_UNKNOWN_JSON]);
    // The first bytes of a larger file end anywhere: inside its first record, it is read on
    // to the record's end, and what it shows of an unknown export is said instead; a file
    // that ends there is cut off.
    const updates = Array(Math.ceil(HEAD_BYTES / 8))
      .fill('{"x":1}')
      .join(',');
    const large = await sniffFile(new File([cut, updates, ']}]'], 'large.json'));
    expect(large.problemText).toMatch(
      /^a JSON array of objects with keys `id`, `name`, `started`, `resolved`, `updates`: not a layout SLA Witness knows/,
    );
    const largeCut = await sniffFile(new File([cut, updates], 'large-cut.json'));
    expect(largeCut.problemText).toBe(CUT_OFF_UNKNOWN_JSON);
  });

  it('the app’s import refuses a small known JSON cut off before its end, as the command line does', async () => {
    const cut = `{"monitors":[{"id":1,"friendly_name":"${SECRET}","logs":[{"type":1,"datetime":17`;
    const sniff = await sniffFile(new File([cut], 'cut.json'));
    expect([sniff.problem, sniff.problemText]).toEqual([
      'json-refused',
      'the UptimeRobot getMonitors logs JSON ends before it is complete (a cut-off download?); nothing was imported',
    ]);
    const r = clarus([write('cut.json', cut), '--format', 'json']);
    expect([r.status, r.stderr.trim()]).toEqual([1, `sla: ${join(dir, 'cut.json')}: ${sniff.problemText}`]);
    // The same document whole is read.
    const whole = await sniffFile(new File([`${cut}00000}]}]}`], 'whole.json'));
    expect([whole.problem, whole.rows.length]).toEqual([null, 1]);
  });

  it('names at most eight top-level keys of unknown JSON, each clipped', async () => {
    const keys = [`k${'x'.repeat(100)}`, ...Array.from({ length: 11 }, (_, i) => `key${i}`)];
    const doc = `{${keys.map((k) => `"${k}":1`).join(',')}}`;
    const sniff = await sniffFile(new File([doc], 'x.json'));
    expect(sniff.problemText).toMatch(
      new RegExp(
        `^JSON with top-level keys \`k${'x'.repeat(39)}…\`, \`key0\`, \`key1\`, \`key2\`, \`key3\`, \`key4\`, \`key5\`, \`key6\` and 4 more: not a layout`,
      ),
    );
  });

  it('does not repeat a key of unknown JSON that looks like a key or token', async () => {
    const token = 'sk_live_51Hx9aZ2eQ8yT4uV7wB3cD6fG';
    const sniff = await sniffFile(new File([`{"${token}":1,"status":"ok"}`], 'keys.json'));
    expect(sniff.problemText).toMatch(/^JSON with top-level keys `••••`, `status`: not a layout/);
    expect(sniff.problemText).not.toContain('51Hx9aZ2');
  });

  // Of a file read in part (its first look, and any reading on), the keys seen are not all.
  it('counts no keys past what it read of a JSON object too large to look at whole', async () => {
    const doc = `{${Array.from({ length: 200_000 }, (_, i) => `"k${i}":1`).join(',')}}`;
    const sniff = await sniffFile(new File([doc], 'keys.json'));
    expect(sniff.problemText).toMatch(
      /^JSON with top-level keys `k0`, `k1`, `k2`, `k3`, `k4`, `k5`, `k6`, `k7` and more: not a layout/,
    );
  });

  it('the app’s import refuses a known tool’s unreadable JSON with the same line, naming no value of it', async () => {
    const error = `{"status":"error","errorType":"execution","error":"query processing would load too many samples: ${SECRET}"}`;
    const sniff = await sniffFile(new File([error], 'prom.json'));
    expect(sniff.problem).toBe('json-unknown');
    expect(sniff.problemText).toBe(
      "Prometheus returned an error (errorType execution), not query results (its message is in the file): correct the query and save /api/v1/query_range's answer again",
    );
  });

  // A Statuspage export with a stray character deep inside, at every chunk size: the line
  // it is on is named, the character never quoted.
  it('JSON broken deep inside is refused naming its line, at every chunk size', () => {
    const lines = JSON.stringify(json('statuspage-incidents.json'), null, 2).split('\n');
    const broken = [...lines.slice(0, 40), `${lines[40]}\u00a7`, ...lines.slice(41)].join('\n');
    const bytes = new TextEncoder().encode(broken);
    for (const chunk of [1, 7, 64, 4096, bytes.length]) {
      const importer = new CsvImporter(
        'incidents.json',
        { kind: 'events', sourceZone: 'UTC', layout: 'statuspage-incidents' },
        new MinuteReducer(),
      );
      const run = () => {
        for (let at = 0; at < bytes.length; at += chunk) importer.push(bytes.subarray(at, at + chunk));
        importer.finish();
      };
      expect(run).toThrow(
        'incidents.json:41: not valid JSON: text that is no JSON value (neither in quotes nor a number, true, false or null), as where a line was pasted in or the file damaged (read as Atlassian Statuspage incidents); nothing was imported',
      );
    }
  });

  it('a truncated file fails the import as a whole (the worker then stores nothing)', () => {
    const bytes = new TextEncoder().encode(truncated);
    const importer = new CsvImporter(
      'cut.json',
      { kind: 'probes', sourceZone: 'UTC', layout: 'prometheus-matrix' },
      new MinuteReducer(),
    );
    importer.push(bytes);
    expect(() => importer.finish()).toThrow(/ends before it is complete/);
  });
});
