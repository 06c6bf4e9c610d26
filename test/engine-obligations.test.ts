// Other measurable promises: obligations judged met, missed or pending (hand-computed).
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine/evaluate';
import {
  fulfilledBeforeStart,
  type ObligationEntry,
  type ObligationTerms,
  obligationTerms,
} from '../src/engine/obligations';
import { effectivePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { toReport } from '../src/engine/to-report';
import { InputError } from '../src/ingest/load';
import { loadObligations } from '../src/ingest/obligations';

let line = 1;
const entry = (obligation: string, started: string, fulfilled: string | null): ObligationEntry => ({
  obligation,
  startedAtMs: Date.parse(started),
  fulfilledAtMs: fulfilled === null ? null : Date.parse(fulfilled),
  note: '',
  source: 'log.csv',
  line: ++line,
});

const judge = (id: string, entries: ObligationEntry[], asOf = '2026-11-21', holidays: string[] = []) =>
  toReport(
    evaluate({
      policy: PRESETS[id]!,
      monitors: [],
      exclusions: [],
      inputs: [],
      obligations: entries,
      holidays,
      asOf,
    }),
  ).obligations;

describe('Clarus LIS', () => {
  it('a breach notice 71 h after awareness is met, 73 h is missed', () => {
    const r = judge('clarus-lis', [
      entry('breach-notification', '2026-09-01T08:00:00+03:00', '2026-09-04T07:00:00+03:00'),
      entry('breach-notification', '2026-10-01T08:00:00+03:00', '2026-10-04T09:00:00+03:00'),
    ]);
    expect(r.map((o) => [o.status, o.marginHours, o.deadline])).toEqual([
      ['met', 1, '2026-09-04T08:00:00+03:00'],
      ['missed', -1, '2026-10-04T08:00:00+03:00'],
    ]);
  });

  it('an RTO of 7 h 59 min is met, 8 h 01 min missed', () => {
    const r = judge('clarus-lis', [
      entry('rto', '2026-05-10T00:00:00Z', '2026-05-10T07:59:00Z'),
      entry('rto', '2026-06-10T00:00:00Z', '2026-06-10T08:01:00Z'),
    ]);
    expect(r.map((o) => o.status)).toEqual(['met', 'missed']);
  });

  it('RPO: the data-loss window is the incident start minus the last good backup', () => {
    const r = judge('clarus-lis', [
      entry('rpo', '2026-05-10T12:00:00Z', '2026-05-09T13:00:00Z'),
      entry('rpo', '2026-06-10T12:00:00Z', '2026-06-09T11:00:00Z'),
    ]);
    expect(r.map((o) => [o.status, o.dataLossHours, o.marginHours])).toEqual([
      ['met', 23, 1],
      ['missed', 25, -1],
    ]);
  });
});

describe('figures a second past their line', () => {
  // Clarus's RPO is 24 h and its breach notice 72 h: a second over is missed, and the
  // rounded figures say so instead of 24 h lost with no margin, or a margin of 0.
  it('a backup 24 h 0 min 14 s before the incident misses the RPO, reading 24.01 h lost, 0.01 h over', () => {
    const r = judge('clarus-lis', [
      entry('rpo', '2026-05-10T12:00:14Z', '2026-05-09T12:00:00Z'),
      entry('rpo', '2026-06-10T12:00:00Z', '2026-06-09T12:00:00Z'),
    ]);
    expect(r.map((o) => [o.status, o.dataLossHours, o.marginHours])).toEqual([
      ['missed', 24.01, -0.01],
      ['met', 24, 0],
    ]);
  });

  it('a breach notice one second late has a margin of −0.01 h, not 0', () => {
    const r = judge('clarus-lis', [
      entry('breach-notification', '2026-10-01T08:00:00+03:00', '2026-10-04T08:00:01+03:00'),
    ]);
    expect(r.map((o) => [o.status, o.marginHours])).toEqual([['missed', -0.01]]);
  });
});

describe('MedOS', () => {
  it('an export on day 30 is met, on day 31 missed', () => {
    // Request verified 1 March 10:00 IST; 30 days = 720 h → 31 March 10:00.
    const r = judge('medos', [
      entry('data-export', '2026-03-01T10:00:00+05:30', '2026-03-31T09:00:00+05:30'),
      entry('data-export', '2026-03-01T10:00:00+05:30', '2026-04-01T09:00:00+05:30'),
    ]);
    expect(r.map((o) => [o.status, o.deadline])).toEqual([
      ['met', '2026-03-31T10:00:00+05:30'],
      ['missed', '2026-03-31T10:00:00+05:30'],
    ]);
  });

  it('an export not yet delivered is pending until its deadline passes', () => {
    const open = [entry('data-export', '2026-11-10T10:00:00+05:30', null)];
    expect(judge('medos', open, '2026-11-21')[0]).toMatchObject({ status: 'pending', fulfilledAt: null });
    expect(judge('medos', open, '2026-12-10')[0]!.status).toBe('missed');
  });

  it('SLA changes need 30 days of notice: exactly 720 h is met, 696 h missed', () => {
    const r = judge('medos', [
      entry('sla-change-notice', '2026-03-01T00:00:00+05:30', '2026-03-31T00:00:00+05:30'),
      entry('sla-change-notice', '2026-04-01T00:00:00+05:30', '2026-04-30T00:00:00+05:30'),
    ]);
    expect(r.map((o) => [o.status, o.marginHours])).toEqual([
      ['met', 0],
      ['missed', -24],
    ]);
  });
});

describe('ElevateFinance post-incident report within 5 Working Days', () => {
  it('published on the fifth Working Day is met; on the sixth, missed (weekend and Republic Day between)', () => {
    // Resolved Thu 22 Jan: Fri 23 (1), Mon 26 holiday, Tue 27 (2), Wed 28 (3), Thu 29 (4),
    // Fri 30 (5) → by the end of 30 January; Mon 2 February is the sixth.
    const r = judge(
      'elevatefinance',
      [
        entry('post-incident-report', '2026-01-22T15:00:00+05:30', '2026-01-30T17:00:00+05:30'),
        entry('post-incident-report', '2026-01-22T15:00:00+05:30', '2026-02-02T10:00:00+05:30'),
      ],
      '2026-11-21',
      ['2026-01-26'],
    );
    expect(r.map((o) => [o.status, o.deadline])).toEqual([
      ['met', '2026-01-31T00:00:00+05:30'],
      ['missed', '2026-01-31T00:00:00+05:30'],
    ]);
  });
});

describe('obligation log files', () => {
  const ids = obligationTerms(effectivePolicy(PRESETS['clarus-lis']!).obligations);
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('reads entries, with zone-less times in the contract zone and an empty fulfilled_at', () => {
    const entries = loadObligations(
      'log.csv',
      bytes(
        'obligation,started_at,fulfilled_at,note\nrto,2026-05-10 00:00,2026-05-10 07:59,"failover, region B"\nbreach-notification,2026-05-11T00:00:00Z,,\n',
      ),
      'Africa/Cairo',
      ids,
    );
    expect(entries.map((e) => [e.obligation, e.startedAtMs, e.fulfilledAtMs, e.note, e.line])).toEqual([
      [
        'rto',
        Date.parse('2026-05-10T00:00:00+03:00'),
        Date.parse('2026-05-10T07:59:00+03:00'),
        'failover, region B',
        2,
      ],
      ['breach-notification', Date.parse('2026-05-11T00:00:00Z'), null, '', 3],
    ]);
  });

  it('refuses a header naming a column twice, naming the column and the header line', () => {
    const csv =
      'obligation,started_at,fulfilled_at,started_at\nrto,2026-05-10T00:00:00Z,,2026-05-11T00:00:00Z\n';
    expect(() => loadObligations('log.csv', bytes(csv), 'UTC', ids)).toThrow(
      new InputError(
        'log.csv',
        1,
        'the started_at column "started_at" is named twice in the header: rename one, so that the right one is read',
      ),
    );
  });

  it('refuses the whole file when an entry names an unknown obligation', () => {
    const csv =
      'obligation,started_at,fulfilled_at\nrto,2026-05-10T00:00:00Z,\nuptime-bonus,2026-05-10T00:00:00Z,\n';
    expect(() => loadObligations('log.csv', bytes(csv), 'UTC', ids)).toThrow(InputError);
    expect(() => loadObligations('log.csv', bytes(csv), 'UTC', ids)).toThrow(
      'log.csv:3: unknown obligation (this contract has: breach-notification, rto, rpo)',
    );
  });

  it('refuses a deadline’s event fulfilled before its clock started, and reads a backup taken after the incident', () => {
    const csv = [
      'obligation,started_at,fulfilled_at',
      'rpo,2026-05-10T00:00:00Z,2026-05-10T02:00:00Z',
      'rto,2026-05-10T00:00:00Z,2026-05-10T00:00:00Z',
      'rto,2026-05-10T00:00:00Z,2026-05-09T23:59:00Z',
    ].join('\n');
    expect(() => loadObligations('log.csv', bytes(csv), 'UTC', ids)).toThrow(
      new InputError('log.csv', 4, 'fulfilled_at is before started_at, where the deadline of rto runs'),
    );
    const read = loadObligations('log.csv', bytes(csv.split('\n').slice(0, 3).join('\n')), 'UTC', ids);
    expect(read.map((e) => [e.obligation, e.line])).toEqual([
      ['rpo', 2],
      ['rto', 3],
    ]);
  });

  it('holds only deadlines to their start: a notice or a backup is judged in either order', () => {
    const terms = (kind: ObligationTerms['rule']['kind']) => ({ id: 'x', rule: { kind } });
    const [start, before] = [Date.parse('2026-05-10T00:00:00Z'), Date.parse('2026-05-09T00:00:00Z')];
    expect(fulfilledBeforeStart(terms('withinHours'), start, before)).toBe(true);
    expect(fulfilledBeforeStart(terms('withinBusinessDays'), start, before)).toBe(true);
    expect(fulfilledBeforeStart(terms('withinHours'), start, start)).toBe(false);
    expect(fulfilledBeforeStart(terms('withinHours'), start, null)).toBe(false);
    expect(fulfilledBeforeStart(terms('noticeAtLeastHours'), start, before)).toBe(false);
    expect(fulfilledBeforeStart(terms('dataLossAtMostHours'), start, before)).toBe(false);
  });
});

describe('obligation log files that are no log', () => {
  const ids = obligationTerms(effectivePolicy(PRESETS['clarus-lis']!).obligations);
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('refuses a compressed or binary file without naming its bytes as columns', () => {
    // A gzip header and deflated bytes, as a compressed log saved under .csv would be.
    const gz = new Uint8Array([
      0x1f,
      0x8b,
      8,
      0,
      0,
      0,
      0,
      0,
      0,
      3,
      ...Array.from({ length: 200 }, (_, i) => i % 32),
    ]);
    expect(() => loadObligations('log.csv', gz, 'UTC', ids)).toThrow(
      new InputError('log.csv', null, 'this is gzip-compressed: decompress it first (gunzip)'),
    );
    // Bytes of no known container are binary data.
    expect(() => loadObligations('log.csv', gz.subarray(2), 'UTC', ids)).toThrow(
      new InputError('log.csv', null, 'this is not a CSV text file (binary data)'),
    );
  });

  it('refuses a header of more than 2 000 columns, as check files are', () => {
    const wide = `${Array.from({ length: 2001 }, (_, i) => `c${i}`).join(',')}\n`;
    expect(() => loadObligations('log.csv', bytes(wide), 'UTC', ids)).toThrow(
      'log.csv:1: the header has 2001 columns; SLA Witness reads files of at most 2000 columns',
    );
  });

  it('names a few columns of a header that lacks its own, each clipped', () => {
    const header = ['when', 'x'.repeat(5000), ...Array.from({ length: 20 }, (_, i) => `c${i}`)];
    expect(() => loadObligations('log.csv', bytes(`${header.join(',')}\n`), 'UTC', ids)).toThrow(
      `log.csv:1: expected columns obligation, started_at (columns: when, ${'x'.repeat(40)}…, c0, c1, c2, c3, c4, c5 and 14 more)`,
    );
  });
});

describe('obligations that tickets start', () => {
  it('ElevateFinance: each resolved P1/P2 ticket needs its report within 5 Working Days', () => {
    // Resolved Thu 22 Jan 15:00; 26 Jan is Republic Day: due by the end of Fri 30 Jan.
    const ticket = (id: string, severity: string, published: string | null) => ({
      id,
      severity,
      openedAtMs: Date.parse('2026-01-22T09:00:00+05:30'),
      firstResponseAtMs: Date.parse('2026-01-22T09:30:00+05:30'),
      resolvedAtMs: Date.parse('2026-01-22T15:00:00+05:30'),
      reportPublishedAtMs: published === null ? null : Date.parse(published),
      source: 'tickets.csv',
      line: 2,
    });
    const r = toReport(
      evaluate({
        policy: PRESETS.elevatefinance!,
        monitors: [],
        exclusions: [],
        inputs: [],
        tickets: [
          ticket('EF-1', 'P1', '2026-01-30T17:00:00+05:30'),
          ticket('EF-2', 'P2', '2026-02-02T10:00:00+05:30'),
          ticket('EF-3', 'P3', null),
          ticket('EF-4', 'P2', null),
        ],
        holidays: ['2026-01-26'],
        asOf: '2026-01-29',
      }),
    );
    expect(r.obligations.map((o) => [o.note, o.status, o.deadline])).toEqual([
      ['ticket EF-1', 'met', '2026-01-31T00:00:00+05:30'],
      ['ticket EF-2', 'missed', '2026-01-31T00:00:00+05:30'],
      ['ticket EF-4', 'pending', '2026-01-31T00:00:00+05:30'],
    ]);
  });
});

it('an entry logged by hand for the same resolution is not counted twice', () => {
  const resolved = '2026-01-22T15:00:00+05:30';
  const r = toReport(
    evaluate({
      policy: PRESETS.elevatefinance!,
      monitors: [],
      exclusions: [],
      inputs: [],
      tickets: [
        {
          id: 'EF-1',
          severity: 'P1',
          openedAtMs: Date.parse('2026-01-22T09:00:00+05:30'),
          firstResponseAtMs: null,
          resolvedAtMs: Date.parse(resolved),
          reportPublishedAtMs: null,
          source: 'tickets.csv',
          line: 2,
        },
      ],
      obligations: [entry('post-incident-report', resolved, '2026-01-27T12:00:00+05:30')],
      asOf: '2026-03-01',
    }),
  );
  expect(r.obligations.map((o) => [o.status, o.source])).toEqual([['met', `log.csv:${line}`]]);
});
