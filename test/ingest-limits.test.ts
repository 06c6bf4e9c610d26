// What one reading holds at most: monitors, the days one monitor spans, and minutes in all,
// each refused before the minutes are allocated, with one line naming the file and reason.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import { MAX_EXCLUSIONS } from '../src/engine/observations';
import type { SlaReport } from '../src/engine/report';
import { InputError, type LoadOptions, loadCsv } from '../src/ingest/load';
import { LIMITS, MinuteReducer } from '../src/ingest/reduce';

const OPTIONS: LoadOptions = {
  kind: 'probes',
  sourceZone: 'UTC',
};
const bytes = (text: string) => new TextEncoder().encode(text);

function read(name: string, text: string, minutesLimit: number = LIMITS.minutes) {
  const reducer = new MinuteReducer(name, minutesLimit);
  loadCsv(name, bytes(text), OPTIONS, reducer);
  return reducer.finish();
}

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error('not refused');
};

describe('limits of one reading', () => {
  it('one row in 1970 and one in 2199: refused by the span of one monitor', () => {
    expect(
      refusal(() => read('far.csv', 'time,status\n1970-01-01T00:00:00Z,up\n2199-12-31T23:59:00Z,up\n')),
    ).toBe(
      'far.csv: the checks of monitor "far" run from 1970-01-01 to 2199-12-31, 84\u2009006 days; one monitor may span at most 20 years (7\u2009320 days): look for a row with a stray date',
    );
  });

  it('names a monitor in a refusal clipped, its control characters (a terminal escape) as spaces', () => {
    const name = `\u001b]0;retitled\u0007\u001b[2J${'x'.repeat(100)}`;
    const text = `time,monitor,status\n1970-01-01T00:00:00Z,${name},up\n2199-12-31T23:59:00Z,${name},up\n`;
    expect(refusal(() => read('far.csv', text))).toBe(
      `far.csv: the checks of monitor " ]0;retitled [2J${'x'.repeat(24)}…" run from 1970-01-01 to 2199-12-31, 84\u2009006 days; one monitor may span at most 20 years (7\u2009320 days): look for a row with a stray date`,
    );
  });

  it('a monitor name of 1 001 characters is a skipped row; 1 000, or 600 two-byte ones, are read', () => {
    const names = ['m'.repeat(1000), 'n'.repeat(1001), '\u00e9'.repeat(600), 'ok'];
    const text = `time,monitor,code\n${names.map((n, i) => `2026-03-01T00:0${i}:00Z,${n},200`).join('\n')}\n`;
    const reducer = new MinuteReducer('names.csv', LIMITS.minutes);
    const { summary } = loadCsv('names.csv', bytes(text), OPTIONS, reducer);
    expect(summary.skipped).toEqual([{ line: 3, reason: 'monitor name longer than 1000 characters' }]);
    expect(summary.monitors).toEqual(['m'.repeat(1000), 'ok', '\u00e9'.repeat(600)]);
  });

  it('a monitor spanning exactly the limit is read', () => {
    const last = new Date(Date.UTC(2026, 0, 1) + (LIMITS.spanDays - 1) * 86_400_000).toISOString();
    const [m] = read('long.csv', `time,status\n2026-01-01T00:00:00Z,up\n${last},up\n`);
    expect(m!.kind === 'probes' && m!.spanMinutes).toBe(LIMITS.spanDays * 1440);
  });

  it('10 000 monitors are read; one more is refused', () => {
    const rows = (n: number) =>
      `time,monitor,status\n${Array.from({ length: n }, (_, i) => `2026-03-01T00:00:00Z,m${i},up`).join('\n')}\n`;
    expect(read('wide.csv', rows(LIMITS.monitors))).toHaveLength(LIMITS.monitors);
    expect(refusal(() => read('wider.csv', rows(LIMITS.monitors + 1)))).toBe(
      'wider.csv: more than 10\u2009000 monitors; SLA Witness reads at most 10\u2009000 at once (is the monitor column right?)',
    );
  });

  it('in JSON too, one monitor more than 10 000 is refused by that limit, not as invalid JSON', () => {
    const series = (n: number) =>
      Array.from({ length: n }, (_, i) => `{"metric":{"instance":"m${i}"},"values":[[1772323200,"1"]]}`);
    const doc = (n: number) =>
      `{"status":"success","data":{"resultType":"matrix","result":[${series(n).join(',')}]}}`;
    const json = { ...OPTIONS, layout: 'prometheus-matrix' };
    const load = (name: string, n: number) =>
      loadCsv(name, bytes(doc(n)), json, new MinuteReducer(name, LIMITS.minutes)).summary.monitors.length;
    expect(load('prom.json', LIMITS.monitors)).toBe(LIMITS.monitors);
    expect(refusal(() => load('prom-wider.json', LIMITS.monitors + 1))).toBe(
      'prom-wider.json: more than 10\u2009000 monitors; SLA Witness reads at most 10\u2009000 at once (is the monitor column right?)',
    );
  });

  it('2 000 monitors checked twice over 24 months hold their checks, not their 24 months', () => {
    const lines = ['time,monitor,status'];
    for (let i = 0; i < 2000; i++)
      lines.push(`2024-01-01T00:00:00Z,m${i},up`, `2025-12-31T00:00:00Z,m${i},up`);
    const monitors = read('spread.csv', `${lines.join('\n')}\n`);
    expect(monitors).toHaveLength(2000);
    // Each keeps its two minutes with a check, not 730 days of minutes.
    expect(
      monitors.every(
        (m) => m.kind === 'probes' && m.classes.length === 1 && m.classes[0]!.counts.length === 2,
      ),
    ).toBe(true);
  });

  it('checks dense enough to hold every minute: refused by the minutes in all, before they are allocated', () => {
    // Three monitors checked every minute of a day hold 3 × 1 440 minutes; a reading that
    // may hold 4 000 refuses them (the real limit, 300 million, is tested the same way).
    const lines = ['time,monitor,status'];
    for (let i = 0; i < 3; i++)
      for (let m = 0; m < 1440; m++)
        lines.push(`${new Date(Date.UTC(2026, 2, 1) + m * 60_000).toISOString()},m${i},up`);
    const text = `${lines.join('\n')}\n`;
    expect(read('dense.csv', text, 4320)).toHaveLength(3);
    expect(refusal(() => read('dense.csv', text, 4000))).toBe(
      'dense.csv: the checks of 3 monitors make 4\u2009320 minutes to hold, more than the 4\u2009000 SLA Witness holds at once (100 monitors checked every minute for 5 years): split the file by monitor or by year',
    );
  });

  it('an event log spanning 1970 to 2199 is refused the same way; a duration ending past 2199 is a skipped row', () => {
    const reducer = new MinuteReducer('events.csv');
    const events: LoadOptions = { ...OPTIONS, kind: 'events' };
    const result = loadCsv(
      'events.csv',
      bytes(
        'start,end,duration\n1970-01-02T00:00:00Z,1970-01-02T01:00:00Z,\n2199-01-01T00:00:00Z,,60\n2026-03-01T10:00:00Z,,99999999999999\n',
      ),
      events,
      reducer,
    );
    expect(result.summary.skipped).toEqual([
      { line: 4, reason: 'duration ends outside the years 1970–2199' },
    ]);
    expect(refusal(() => reducer.finish())).toBe(
      'events.csv: the events of monitor "events" run from 1970-01-02 to 2199-01-01, 83\u2009641 days; one monitor may span at most 20 years (7\u2009320 days): look for a row with a stray date',
    );
  });
});

describe('long record files', () => {
  // 130 000 rows: more than a spread into one call takes (about 125 000 arguments), and
  // enough that grouping tickets by copying a list per ticket took minutes.
  const ROWS = 130_000;

  it('130 000 tickets and 100 000 exclusions, as many as a file may hold, give a report, in JSON and text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-long-'));
    const tickets = ['id,severity,opened_at,first_response_at'];
    const exclusions = ['start,end,kind'];
    for (let i = 0; i < ROWS; i++) {
      const at = new Date(Date.UTC(2026, 5, 1) + i * 10_000).toISOString();
      const next = new Date(Date.UTC(2026, 5, 1) + i * 10_000 + 5_000).toISOString();
      tickets.push(`T${i},P1,${at},${next}`);
      if (i < MAX_EXCLUSIONS) exclusions.push(`${at},${next},planned`);
    }
    writeFileSync(join(dir, 'tickets.csv'), `${tickets.join('\n')}\n`);
    writeFileSync(join(dir, 'exclusions.csv'), `${exclusions.join('\n')}\n`);
    writeFileSync(join(dir, 'checks.csv'), 'time,status\n2026-06-01T00:00:00Z,up\n2026-06-01T00:01:00Z,up\n');
    const run = async (format: string) =>
      runSla(
        parseArgs([
          '--policy',
          'kipu',
          '--as-of',
          '2026-07-15',
          '--tickets',
          join(dir, 'tickets.csv'),
          '--exclusions',
          join(dir, 'exclusions.csv'),
          join(dir, 'checks.csv'),
          '--format',
          format,
        ]),
        new Date('2026-07-15T12:00:00Z'),
      );
    const report = JSON.parse(await run('json')) as SlaReport;
    expect(report.inputs.map((i) => i.rows)).toEqual([ROWS, MAX_EXCLUSIONS, 2]);
    expect(report.ticketCompliance.find((r) => r.severity === 'P1' && r.kind === 'response')).toMatchObject({
      tickets: ROWS,
      met: ROWS,
    });
    expect((await run('text')).split('\n').length).toBeGreaterThan(ROWS);
  }, 300_000);

  it('an exclusion file of one record more than 100 000 is refused at that record', () => {
    const rows = ['start,end,kind'];
    for (let i = 0; i <= MAX_EXCLUSIONS; i++) {
      const at = new Date(Date.UTC(2026, 5, 1) + i * 10_000).toISOString();
      rows.push(`${at},${at},planned`);
    }
    const reducer = new MinuteReducer('exclusions.csv');
    expect(
      refusal(() =>
        loadCsv('exclusions.csv', bytes(rows.join('\n')), { kind: 'exclusions', sourceZone: 'UTC' }, reducer),
      ),
    ).toBe('exclusions.csv:100002: more than 100000 exclusions; SLA Witness reads at most 100000');
  });
});
