// CSV ingest (SPEC §3): skipped-row reporting with line numbers, encodings, delimiters,
// quoting, timestamp forms, status words and codes, column overrides and row filters.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { EventMinutes, ProbeMinutes } from '../src/engine/observations';
import { InputError, type LoadOptions, loadCsv } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';
import { DEFAULT_RULES, upDown } from './support/check-counts';

function load(name: string, content: string | Uint8Array, options: Partial<LoadOptions> = {}) {
  const reducer = new MinuteReducer();
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const result = loadCsv(name, bytes, { kind: 'probes', sourceZone: 'UTC', ...options }, reducer);
  return { ...result, monitors: reducer.finish() };
}

/** Every minute with checks of a probe monitor as [minute index, up, down] under the rules. */
function checks(m: ProbeMinutes, rules = DEFAULT_RULES): [number, number, number][] {
  const { up, down } = upDown(m, rules);
  const out: [number, number, number][] = [];
  for (let i = 0; i < up.length; i++)
    if (up[i]! + down[i]! > 0) out.push([m.firstMinute + i, up[i]!, down[i]!]);
  return out;
}

const probeMonitors = (ms: ReturnType<typeof load>['monitors']) =>
  ms.filter((m): m is ProbeMinutes => m.kind !== 'events');

/** Totals of up and down checks over all probe monitors. */
function tally(ms: ReturnType<typeof load>['monitors']) {
  let up = 0;
  let down = 0;
  for (const m of probeMonitors(ms))
    for (const [, u, d] of checks(m)) {
      up += u;
      down += d;
    }
  return { up, down };
}

const minuteOf = (ms: number) => Math.floor(ms / 60_000);

function thrown(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('skipped rows are counted and reported by line', () => {
  const csv = [
    'time,status', // 1
    '2026-06-10T10:00:00Z,up', // 2 ok
    '2026-06-10T10:01:00Z,up,extra', // 3 wrong field count
    ',up', // 4 empty time
    '', // 5 blank: ignored
    'yesterday,up', // 6 unreadable time
    '2026-06-10T10:02:00Z,maybe', // 7 unknown status
    '2026-03-08 02:30,up', // 8 DST gap in America/Chicago
    '2026-02-30 10:00,up', // 9 impossible date
    '2026-06-10T10:04:00Z,', // 10 empty status
    '', // 11 blank
    '', // 12 blank
    '2026-06-10T10:03:00Z,down', // 13 ok
    '',
  ].join('\n');

  it('counts only usable rows and non-blank unusable lines', () => {
    const r = load('probe.csv', csv, { sourceZone: 'America/Chicago' });
    expect(r.summary.rows).toBe(2);
    // Lines 3, 4, 6, 7, 8, 9, 10; blank lines are not counted.
    expect(r.summary.skippedRows).toBe(7);
    expect(r.summary.skipped.map((s) => s.line)).toEqual([3, 4, 6, 7, 8, 9, 10]);
  });

  it('gives a reason for each', () => {
    const r = load('probe.csv', csv, { sourceZone: 'America/Chicago' });
    const reasons = r.summary.skipped.map((s) => s.reason);
    expect(reasons[0]).toMatch(/expected 2 fields, found 3/);
    expect(reasons[1]).toMatch(/empty time/);
    // A reason says what the cell should hold, never what it held.
    expect(reasons[2]).toBe(
      'time: unreadable time (expected a date and time, or epoch seconds or milliseconds)',
    );
    expect(reasons[3]).toBe(
      'unknown status (expected up or down, a word such as ok or failed, 0–3, or an HTTP code)',
    );
    expect(reasons[4]).toBe('time: local time does not exist in America/Chicago (DST gap)');
    expect(reasons[5]).toMatch(/impossible/);
    expect(reasons[6]).toMatch(/empty status/);
  });

  it('reduces the usable rows only', () => {
    const r = load('probe.csv', csv, { sourceZone: 'America/Chicago' });
    expect(r.summary.monitors).toEqual(['probe']);
    expect(tally(r.monitors)).toEqual({ up: 1, down: 1 });
  });

  it('keeps a capped sample of reasons but counts every skipped row', () => {
    const rows = ['time,status', '2026-06-10T10:00:00Z,up'];
    for (let i = 0; i < 60; i++) rows.push('nonsense,up');
    const r = load('many.csv', rows.join('\n'));
    expect(r.summary.skippedRows).toBe(60);
    expect(r.summary.skipped.length).toBeLessThanOrEqual(60);
    // The sample starts at the first bad line (3).
    expect(r.summary.skipped[0]!.line).toBe(3);
  });

  it('a line with only a wrong field count in a 3-column file', () => {
    const r = load('x.csv', 'time,monitor,status\n2026-06-10T10:00:00Z,a,up\ngarbage\n');
    expect(r.summary.skipped).toEqual([
      { line: 3, reason: expect.stringMatching(/expected 3 fields, found 1/) },
    ]);
  });
});

describe('files that yield nothing', () => {
  it('an empty file throws an InputError naming the file', () => {
    const e = thrown(() => load('empty.csv', ''));
    expect(e.file).toBe('empty.csv');
    expect(e.message).toContain('empty.csv');
  });

  it('a file of blank lines is empty too', () => {
    const e = thrown(() => load('blank.csv', '\n\n  \n'));
    expect(e.message).toContain('blank.csv');
  });

  it('a header-only file throws an InputError naming the file', () => {
    const e = thrown(() => load('header.csv', 'time,status\n'));
    expect(e.file).toBe('header.csv');
    expect(e.message).toContain('header.csv');
  });

  it('a file whose every row is skipped throws, citing the first bad line', () => {
    const e = thrown(() => load('bad.csv', 'time,status\nnope,up\nnope,up\n'));
    expect(e.message).toContain('bad.csv');
    expect(e.message).toMatch(/line 2/);
  });

  it('a file without a time column throws', () => {
    const e = thrown(() => load('cols.csv', 'when,status\n2026-06-10T10:00:00Z,up\n'));
    expect(e.message).toContain('cols.csv');
    expect(e.message).toMatch(/time/);
  });
});

describe('encodings, line endings, delimiters and quoting', () => {
  const body = 'time,status\n2026-06-10T10:00:00Z,up\n2026-06-10T10:01:00Z,down\n';

  it('UTF-8 with a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]);
    const r = load('bom.csv', bytes);
    expect(r.summary.rows).toBe(2);
    expect(r.summary.skippedRows).toBe(0);
    expect(tally(r.monitors)).toEqual({ up: 1, down: 1 });
  });

  it('UTF-16LE with a BOM', () => {
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      bytes[2 + 2 * i] = c & 0xff;
      bytes[3 + 2 * i] = c >> 8;
    }
    const r = load('utf16.csv', bytes);
    expect(r.summary.rows).toBe(2);
    expect(r.summary.skippedRows).toBe(0);
    expect(tally(r.monitors)).toEqual({ up: 1, down: 1 });
  });

  it('UTF-16BE with a BOM', () => {
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes[0] = 0xfe;
    bytes[1] = 0xff;
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      bytes[2 + 2 * i] = c >> 8;
      bytes[3 + 2 * i] = c & 0xff;
    }
    expect(load('utf16be.csv', bytes).summary.rows).toBe(2);
  });

  it('CRLF line endings keep the line numbers', () => {
    const r = load(
      'crlf.csv',
      'time,status\r\n2026-06-10T10:00:00Z,up\r\n\r\nbad,up\r\n2026-06-10T10:01:00Z,down\r\n',
    );
    expect(r.summary.rows).toBe(2);
    // Line 3 is blank; the bad row is line 4.
    expect(r.summary.skipped.map((s) => s.line)).toEqual([4]);
    expect(tally(r.monitors)).toEqual({ up: 1, down: 1 });
  });

  it('a semicolon delimiter', () => {
    const r = load(
      'semi.csv',
      'time;monitor;status\n2026-06-10T10:00:00Z;a,b;up\n2026-06-10T10:01:00Z;a,b;down\n',
    );
    expect(r.summary.rows).toBe(2);
    expect(r.summary.monitors).toEqual(['a,b']);
  });

  it('a tab delimiter', () => {
    const r = load(
      'tab.csv',
      'time\tmonitor\tstatus\n2026-06-10T10:00:00Z\tx\tup\n2026-06-10T10:01:00Z\tx\tdown\n',
    );
    expect(r.summary.rows).toBe(2);
  });

  it('a two-column file with a semicolon or tab delimiter and a final newline', () => {
    // The most common probe export shape (time;status) ending with a newline, as every
    // exporter writes. PapaParse detects these delimiters when blank lines are skipped.
    for (const d of [';', '\t']) {
      const r = load('two.csv', `time${d}status\n2026-06-10T10:00:00Z${d}up\n2026-06-10T10:01:00Z${d}down\n`);
      expect(r.summary.rows).toBe(2);
      expect(tally(r.monitors)).toEqual({ up: 1, down: 1 });
    }
  });

  it('quoted fields with commas, quotes and newlines; line numbers after them stay right', () => {
    const csv = [
      'time,monitor,status,message', // 1
      '2026-06-10T10:00:00Z,"api, eu",down,"first line', // 2
      'second line"', // 3 (inside the quoted field)
      '2026-06-10T10:01:00Z,"api, eu",up,"said ""ok"""', // 4
      'bad,"api, eu",up,""', // 5
      '2026-06-10T10:02:00Z,"api, eu",up,"a', // 6
      '', // 7 (blank, inside quotes)
      'b"', // 8
      'worse,"api, eu",up,x', // 9
      '',
    ].join('\n');
    const r = load('quoted.csv', csv);
    expect(r.summary.rows).toBe(3);
    expect(r.summary.monitors).toEqual(['api, eu']);
    expect(r.summary.skipped.map((s) => s.line)).toEqual([5, 9]);
    expect(tally(r.monitors)).toEqual({ up: 2, down: 1 });
  });

  it('unknown extra columns are ignored', () => {
    const r = load('extra.csv', 'time,colour,status,shape\n2026-06-10T10:00:00Z,red,down,round\n');
    expect(r.summary.rows).toBe(1);
    expect(tally(r.monitors)).toEqual({ up: 0, down: 1 });
  });
});

describe('timestamps in one file', () => {
  it('epoch seconds, epoch milliseconds, +05:30 offsets, Z and zone-less local times', () => {
    const t0 = Date.UTC(2026, 5, 10, 10, 0); // 10:00Z
    const csv = [
      'time,status',
      `${t0 / 1000},down`, // epoch seconds → 10:00Z
      '2026-06-10T15:31:00+05:30,up', // 15:31 − 5:30 = 10:01Z
      '2026-06-10 05:02:00,up', // zone-less, Chicago CDT (−5) → 10:02Z
      `${t0 + 3 * 60_000},down`, // epoch milliseconds → 10:03Z
      '2026-06-10T10:04:30Z,up', // 10:04Z
    ].join('\n');
    const r = load('mixed.csv', csv, { sourceZone: 'America/Chicago' });
    expect(r.summary.skippedRows).toBe(0);
    const [m] = probeMonitors(r.monitors);
    const base = minuteOf(t0);
    expect(checks(m!)).toEqual([
      [base, 0, 1],
      [base + 1, 1, 0],
      [base + 2, 1, 0],
      [base + 3, 0, 1],
      [base + 4, 1, 0],
    ]);
  });

  it('the source zone applies only to zone-less times', () => {
    const a = load('a.csv', 'time,status\n2026-06-10 10:00,up\n', { sourceZone: 'Asia/Kolkata' });
    const b = load('b.csv', 'time,status\n2026-06-10T10:00:00Z,up\n', { sourceZone: 'Asia/Kolkata' });
    // 10:00 IST = 04:30Z; 10:00Z stays 10:00Z.
    expect(checks(probeMonitors(a.monitors)[0]!)[0]![0]).toBe(minuteOf(Date.UTC(2026, 5, 10, 4, 30)));
    expect(checks(probeMonitors(b.monitors)[0]!)[0]![0]).toBe(minuteOf(Date.UTC(2026, 5, 10, 10)));
  });

  it('a repeated fall-back time is read as its first occurrence', () => {
    const r = load('fb.csv', 'time,status\n2026-11-01 01:30,up\n', { sourceZone: 'America/Chicago' });
    // First 01:30 is CDT: 06:30Z.
    expect(checks(probeMonitors(r.monitors)[0]!)[0]![0]).toBe(minuteOf(Date.UTC(2026, 10, 1, 6, 30)));
  });
});

describe('status words and codes', () => {
  it('Uptime Kuma status 0 / 1 / 2 / 3', () => {
    // 0 down, 1 up, 2 pending, 3 maintenance: 0 and 2 are down, as Kuma's own uptime counts them.
    const r = load(
      'kuma.csv',
      [
        'time,status',
        '2026-06-10T10:00:00Z,0',
        '2026-06-10T10:01:00Z,1',
        '2026-06-10T10:02:00Z,2',
        '2026-06-10T10:03:00Z,3',
        '2026-06-10T10:04:00Z,7',
      ].join('\n'),
    );
    expect(r.summary.rows).toBe(4);
    expect(r.summary.skipped.map((s) => s.line)).toEqual([6]);
    expect(r.summary.skipped[0]!.reason).toMatch(/unknown status/);
    const [m] = probeMonitors(r.monitors);
    const base = minuteOf(Date.UTC(2026, 5, 10, 10));
    expect(checks(m!)).toEqual([
      [base, 0, 1],
      [base + 1, 1, 0],
      [base + 2, 0, 1],
      [base + 3, 1, 0],
    ]);
  });

  it('status words: up/down, ok/fail, true/false, success/failure (any case)', () => {
    const words = ['up', 'DOWN', 'ok', 'fail', 'True', 'false', 'success', 'failure'];
    const rows = words.map((w, i) => `2026-06-10T10:0${i}:00Z,${w}`);
    const r = load('words.csv', ['time,status', ...rows].join('\n'));
    expect(r.summary.skippedRows).toBe(0);
    const [m] = probeMonitors(r.monitors);
    expect(checks(m!).map(([, , d]) => d)).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
  });

  describe('HTTP codes, timeouts and connection errors', () => {
    const csv = [
      'time,http_code,error', // 1
      '2026-06-10T10:00:00Z,0,', // 2 code 0: timeout
      '2026-06-10T10:01:00Z,,connection refused', // 3 empty code + error text
      '2026-06-10T10:02:00Z,,', // 4 nothing at all
      '2026-06-10T10:03:00Z,200,', // 5 up
      '2026-06-10T10:04:00Z,503,', // 6 down
      '2026-06-10T10:05:00Z,404,', // 7 not a down code
      '2026-06-10T10:06:00Z,abc,', // 8 unknown code
      '2026-06-10T10:07:00Z,600,', // 9 unknown code
    ].join('\n');
    const base = minuteOf(Date.UTC(2026, 5, 10, 10));

    it('code 0 and an empty code with an error text are down by default', () => {
      const r = load('codes.csv', csv);
      expect(r.summary.rows).toBe(5);
      expect(r.summary.skipped.map((s) => s.line)).toEqual([4, 8, 9]);
      expect(r.summary.skipped[0]!.reason).toMatch(/empty/);
      expect(r.summary.skipped[1]!.reason).toBe(
        'unknown status code (expected an HTTP code 100–599, or 0 for a timeout)',
      );
      expect(checks(probeMonitors(r.monitors)[0]!)).toEqual([
        [base, 0, 1],
        [base + 1, 0, 1],
        [base + 3, 1, 0],
        [base + 4, 0, 1],
        [base + 5, 1, 0],
      ]);
    });

    it('and not down when the policy says timeouts are not down', () => {
      const r = load('codes.csv', csv);
      expect(r.summary.rows).toBe(5);
      expect(
        checks(probeMonitors(r.monitors)[0]!, { downCodes: [{ from: 500, to: 599 }], timeoutIsDown: false }),
      ).toEqual([
        [base, 1, 0],
        [base + 1, 1, 0],
        [base + 3, 1, 0],
        [base + 4, 0, 1],
        [base + 5, 1, 0],
      ]);
    });

    it('the down codes come from the policy', () => {
      const r = load('codes.csv', csv);
      const rules = {
        downCodes: [
          { from: 400, to: 404 },
          { from: 500, to: 599 },
        ],
        timeoutIsDown: true,
      };
      // 404 is now down.
      expect(checks(probeMonitors(r.monitors)[0]!, rules)[4]).toEqual([base + 5, 0, 1]);
    });
  });
});

describe('column overrides (--map) and row filters (--where / --where-not)', () => {
  const csv = [
    'when,svc,result_code',
    '2026-06-10T10:00:00Z,web,503',
    '2026-06-10T10:01:00Z,db,200',
    '',
  ].join('\n');

  it('columns detection cannot guess are named by role', () => {
    expect(() => load('m.csv', csv)).toThrow(InputError);
    const r = load('m.csv', csv, { columns: { time: 'when', monitor: 'svc', code: 'result_code' } });
    expect(r.summary.rows).toBe(2);
    expect(r.summary.monitors).toEqual(['db', 'web']);
    const byName = Object.fromEntries(probeMonitors(r.monitors).map((m) => [m.monitor, checks(m)]));
    expect(byName.web).toEqual([[minuteOf(Date.UTC(2026, 5, 10, 10)), 0, 1]]);
    expect(byName.db).toEqual([[minuteOf(Date.UTC(2026, 5, 10, 10, 1)), 1, 0]]);
  });

  it('a mapping to a missing column or an unknown role is an InputError', () => {
    expect(() => load('m.csv', csv, { columns: { time: 'nope', code: 'result_code' } })).toThrow(/nope/);
    expect(() =>
      load('m.csv', csv, { columns: { time: 'when', colour: 'svc', code: 'result_code' } }),
    ).toThrow(/colour/);
  });

  it('a mapping problem names a few columns of a wide header, each clipped, not the whole header', () => {
    // 1 500 columns of 7 000 characters: naming them all made a message of 21 MB.
    const wide = `${Array.from({ length: 1500 }, (_, i) => `${i}${'h'.repeat(7000)}`).join(',')}\n`;
    const h = (i: number) => `${i}${'h'.repeat(40 - String(i).length)}…`;
    expect(() => load('w.csv', wide, { columns: { status: 'nosuch' } })).toThrow(
      `w.csv:1: --map status=nosuch: no column "nosuch" (columns: ${[0, 1, 2, 3, 4, 5, 6, 7].map(h).join(', ')} and 1\u2009492 more); ` +
        `no time column (columns: ${[0, 1, 2, 3, 4, 5, 6, 7].map(h).join(', ')} and 1\u2009492 more); name one with --map time=COLUMN`,
    );
  });

  it('an override wins over a synonym', () => {
    // "time" is a synonym, but the map points the role at "logged".
    const r = load('o.csv', 'time,logged,status\n2026-01-01T00:00:00Z,2026-06-10T10:00:00Z,up\n', {
      columns: { time: 'logged' },
    });
    expect(checks(probeMonitors(r.monitors)[0]!)[0]![0]).toBe(minuteOf(Date.UTC(2026, 5, 10, 10)));
  });

  it('event logs with start/end under other names', () => {
    const r = load('ev.csv', 'began,stopped\n2026-06-10T10:00:00Z,2026-06-10T10:30:00Z\n', {
      kind: 'events',
      columns: { start: 'began', end: 'stopped' },
    });
    const [e] = r.monitors as EventMinutes[];
    expect(e!.kind).toBe('events');
    expect(Array.from(e!.intervals)).toEqual([Date.UTC(2026, 5, 10, 10), Date.UTC(2026, 5, 10, 10, 30)]);
  });

  const regions = [
    'time,status,region',
    '2026-06-10T10:00:00Z,down,eu',
    '2026-06-10T10:01:00Z,down,us',
    '2026-06-10T10:02:00Z,down,AP',
    '',
  ].join('\n');

  it('--where keeps rows whose column holds one of the values (case-insensitive)', () => {
    const r = load('r.csv', regions, { where: [{ column: 'Region', values: ['EU', 'us'] }] });
    expect(r.summary.rows).toBe(2);
    expect(r.filteredRows).toBe(1);
    // Filtered rows are chosen, not skipped.
    expect(r.summary.skippedRows).toBe(0);
    expect(tally(r.monitors)).toEqual({ up: 0, down: 2 });
  });

  it('--where-not leaves rows out', () => {
    const r = load('r.csv', regions, { whereNot: [{ column: 'region', values: ['ap'] }] });
    expect(r.summary.rows).toBe(2);
    expect(r.filteredRows).toBe(1);
    const [m] = probeMonitors(r.monitors);
    const base = minuteOf(Date.UTC(2026, 5, 10, 10));
    expect(checks(m!).map(([minute]) => minute)).toEqual([base, base + 1]);
  });

  it('both together', () => {
    const r = load('r.csv', regions, {
      where: [{ column: 'region', values: ['eu', 'us', 'ap'] }],
      whereNot: [{ column: 'region', values: ['us'] }],
    });
    expect(r.summary.rows).toBe(2);
    expect(r.filteredRows).toBe(1);
  });

  it('a filter on a missing column is an InputError', () => {
    expect(() => load('r.csv', regions, { where: [{ column: 'zone', values: ['x'] }] })).toThrow(/zone/);
  });
});

describe('event and exclusion files', () => {
  it('durations in seconds or HH:MM:SS', () => {
    const r = load(
      'ev.csv',
      'start,duration\n2026-06-10T10:00:00Z,900\n2026-06-10T11:00:00Z,00:15:00\n2026-06-10T12:00:00Z,soon\n',
      { kind: 'events' },
    );
    expect(r.summary.rows).toBe(2);
    expect(r.summary.skipped.map((s) => s.line)).toEqual([4]);
    const [e] = r.monitors as EventMinutes[];
    const h = (n: number, m = 0) => Date.UTC(2026, 5, 10, n, m);
    expect(Array.from(e!.intervals)).toEqual([h(10), h(10, 15), h(11), h(11, 15)]);
  });

  // SPEC §3: "Its coverage … defaults to the whole calendar months … that the events span":
  // the log's events, so az-a, down only in March, is known up in April too.
  it('every monitor of an event log spans the whole log, in that log alone', () => {
    const reducer = new MinuteReducer();
    const read = (name: string, csv: string) =>
      loadCsv(name, new TextEncoder().encode(csv), { kind: 'events', sourceZone: 'UTC' }, reducer);
    read(
      'azs.csv',
      [
        'start,end,monitor',
        '2026-03-05T10:00:00Z,2026-03-05T10:30:00Z,az-a',
        '2026-03-05T10:10:00Z,2026-03-05T10:20:00Z,az-b',
        '2026-04-05T10:00:00Z,2026-04-05T10:30:00Z,az-c',
      ].join('\n'),
    );
    read('later.csv', 'start,end,monitor\n2026-06-01T00:00:00Z,2026-06-01T00:05:00Z,az-a\n');
    const spans = (reducer.finish() as EventMinutes[]).map((e) => [e.monitor, e.spans]);
    const log = {
      firstMs: Date.UTC(2026, 2, 5, 10),
      lastMs: Date.UTC(2026, 3, 5, 10, 30) - 1,
      coverage: null,
    };
    const later = { firstMs: Date.UTC(2026, 5, 1), lastMs: Date.UTC(2026, 5, 1, 0, 5) - 1, coverage: null };
    expect(spans).toEqual([
      ['az-a', [log, later]],
      ['az-b', [log]],
      ['az-c', [log]],
    ]);
  });

  it('a duration column’s unit by the words of its name; HH:MM:SS only with minutes and seconds below 60', () => {
    // Minutes the row's event lasts, or why its only row was skipped.
    const minutesOf = (header: string, value: string) => {
      try {
        const r = load('ev.csv', `start,${header}\n2026-06-10T10:00:00Z,${value}\n`, {
          kind: 'events',
          columns: { duration: header },
        });
        const e = (r.monitors as EventMinutes[])[0]!;
        return (e.intervals[1]! - e.intervals[0]!) / 60_000;
      } catch (e) {
        return /\(first: line 2, (.*)\)$/.exec((e as Error).message)?.[1];
      }
    };
    expect(minutesOf('duration', '900')).toBe(15);
    expect(minutesOf('duration_min', '15')).toBe(15);
    expect(minutesOf('Duration (ms)', '900000')).toBe(15);
    expect(minutesOf('durationMs', '900000')).toBe(15);
    expect(minutesOf('duration_millis', '900000')).toBe(15);
    expect(minutesOf('downtime_hours', '0.25')).toBe(15);
    // "terminated" holds "min" but says nothing of minutes: seconds.
    expect(minutesOf('terminated_after_s', '900')).toBe(15);
    expect(minutesOf('duration', '1:00:00')).toBe(60);
    expect(minutesOf('duration', '00:99:99')).toBe(
      'unreadable duration (expected a number, or hours:minutes:seconds with minutes and seconds below 60)',
    );
    // A minute or an hour? Not guessed.
    expect(minutesOf('duration', '1:00')).toMatch(/^unreadable duration/);
  });

  it('exclusion kinds, announcements and bad rows', () => {
    const r = load(
      'x.csv',
      [
        'start,end,kind,announced_at,note',
        '2026-06-10T10:00:00Z,2026-06-10T11:00:00Z,Scheduled Maintenance,2026-06-01T10:00:00Z,db upgrade', // 2
        '2026-06-11T10:00:00Z,2026-06-11T11:00:00Z,third party,,cdn', // 3
        '2026-06-12T10:00:00Z,2026-06-12T11:00:00Z,alien invasion,,?', // 4 unknown kind
        '2026-06-13T11:00:00Z,2026-06-13T10:00:00Z,planned,,backwards', // 5 end before start
        '2026-06-14T10:00:00Z,2026-06-14T11:00:00Z,planned,whenever,bad notice', // 6 bad announced_at
      ].join('\n'),
      { kind: 'exclusions' },
    );
    expect(r.summary.rows).toBe(2);
    expect(r.summary.skipped.map((s) => s.line)).toEqual([4, 5, 6]);
    expect(r.summary.skipped[0]!.reason).toBe(
      'unknown exclusion kind (expected planned, emergency, third-party, force-majeure, customer, other)',
    );
    expect(r.summary.skipped[1]!.reason).toMatch(/end before start/);
    expect(r.summary.skipped[2]!.reason).toMatch(/announced_at/);
    expect(r.exclusions.map((x) => [x.kind, x.announcedAtMs, x.note, x.line])).toEqual([
      ['planned', Date.UTC(2026, 5, 1, 10), 'db upgrade', 2],
      ['third-party', null, 'cdn', 3],
    ]);
    expect(r.exclusions[0]!.startMs).toBe(Date.UTC(2026, 5, 10, 10));
    expect(r.exclusions[0]!.endMs).toBe(Date.UTC(2026, 5, 10, 11));
  });
});

describe('the command line passes --map, --where-not and files through to the same engine', () => {
  const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/rules/${name}`, import.meta.url));
  const cli = async (argv: string[]) =>
    JSON.parse(await runSla(parseArgs(argv), new Date('2026-07-10T12:00:00Z')));

  it('--map names the monitor and code columns; --where-not drops the maintenance rows', async () => {
    // ElevateFinance, June 2026 IST, a semicolon file. Kept rows: 6 June 10:00–10:04 5xx
    // (4 minutes, qualifies); the 7 June 02:00 5xx row is filtered out, so 02:00–03:00 stays up.
    // (43 200 − 4) / 43 200 = 99.9907 % → 99.99.
    const base = [
      '--policy',
      'elevatefinance',
      '--states',
      fixture('ef-states.csv'),
      '--as-of',
      '2026-07-10',
    ];
    const maps = ['--map', 'monitor=endpoint', '--map', 'code=result_code'];
    const filtered = await cli([...base, ...maps, '--where-not', 'impact=maintenance']);
    expect(filtered.inputs[0].monitors).toEqual(['core']);
    expect(filtered.inputs[0].rows).toBe(4);
    expect(filtered.periods.map((p: { label: string }) => p.label)).toEqual(['2026-06']);
    expect(filtered.periods[0].downtimeMinutes).toBe(4);
    expect(filtered.periods[0].uptimePercent).toBe(99.99);
    // Without the filter: 4 + 60 = 64 → 43 136 / 43 200 = 99.85185 → 99.85.
    const all = await cli([...base, ...maps]);
    expect(all.periods[0].downtimeMinutes).toBe(64);
    expect(all.periods[0].uptimePercent).toBe(99.85);
  });

  it('exclusion records with synonym headers are judged on the 168 h notice', async () => {
    // 7 June 02:00–03:00 announced 30 May 02:00 (192 h) → excluded (60 minutes);
    // 20 June 02:00–02:30 announced 15 June (120 h) → not excluded: 30 counted minutes.
    // (43 200 − 30) / 43 200 = 99.93056 → 99.93.
    const r = await cli([
      '--policy',
      'elevatefinance',
      '--states',
      fixture('ef-plain.csv'),
      '--exclusions',
      fixture('ef-maintenance.csv'),
      '--as-of',
      '2026-07-10',
    ]);
    expect(r.exclusions.map((x: { excluded: boolean }) => x.excluded)).toEqual([true, false]);
    expect(r.periods[0].excludedMinutes).toBe(60);
    expect(r.periods[0].downtimeMinutes).toBe(30);
    expect(r.periods[0].uptimePercent).toBe(99.93);
  });
});
