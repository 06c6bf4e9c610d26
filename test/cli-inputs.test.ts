// The command line's ticket, obligation and holiday inputs.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';
import { scratchFiles } from './support/scratch';
import { sla } from './support/sla-process';

const today = new Date('2026-11-21T12:00:00Z');
const run = async (argv: string[]) =>
  JSON.parse(await runSla(parseArgs([...argv, '--as-of', '2026-11-21']), today)) as SlaReport;
const { file } = scratchFiles('sla-cli-');

describe('tickets, obligations and holidays on the command line', () => {
  it('a tickets-only run measures response times (Clarus P2: Thu 17:30 → Sun 12:30 is 4 business hours)', async () => {
    const r = await run([
      '--policy',
      'clarus-lis',
      '--tickets',
      file('t.csv', 'id,severity,opened_at,first_response_at\nT1,P2,2026-11-05 17:30,2026-11-08 12:30\n'),
    ]);
    // A file given with its kind is still named as detected, as the app's import names it.
    expect(r.inputs).toEqual([
      {
        name: 't.csv',
        kind: 'tickets',
        // `printf … | sha256sum` and `wc -c` of the file's text.
        size: 80,
        sha256: 'e7219ce3a411eb66a98fe7bc70c9c4fa1770a70fad004e3a8d24e165b965f5ab',
        rows: 1,
        skippedRows: 0,
        monitors: [],
        skipped: [],
        layout: {
          id: null,
          name: 'tickets file',
          source: null,
          detected: 'columns',
          timeZone: { zone: 'Africa/Cairo', basis: 'contract', allTimesZoned: false },
        },
      },
    ]);
    expect(r.tickets).toEqual([
      {
        id: 'T1',
        severity: 'P2',
        clock: 'business',
        elapsedMinutes: 240,
        targetMinutes: 240,
        met: true,
        marginMinutes: 0,
        pending: false,
      },
    ]);
  });

  it('judges a ticket in two files once, from the file given last, and says so in the earlier file', async () => {
    // An export saved on 6 November, before the response, and one saved after it.
    const early = file(
      'tickets-nov-06.csv',
      'id,severity,opened_at,first_response_at\nT1,P2,2026-11-05 17:30,\nT2,P3,2026-11-05 09:00,2026-11-05 10:00\n',
    );
    const later = file(
      'tickets-nov-09.csv',
      'id,severity,opened_at,first_response_at\nT1,P2,2026-11-05 17:30,2026-11-08 12:30\n',
    );
    const r = await run(['--policy', 'clarus-lis', '--tickets', early, '--tickets', later]);
    expect(r.tickets.map((t) => [t.id, t.elapsedMinutes, t.met, t.pending])).toEqual([
      ['T2', 60, true, false],
      ['T1', 240, true, false],
    ]);
    expect(r.inputs.map((i) => [i.name, i.rows, i.skippedRows, i.skipped])).toEqual([
      [
        'tickets-nov-06.csv',
        1,
        1,
        [
          {
            line: 2,
            reason:
              'the id of the ticket on line 2 of tickets-nov-09.csv, a later file, whose row is judged (each ticket is judged once)',
          },
        ],
      ],
      ['tickets-nov-09.csv', 1, 0, []],
    ]);
    // Given the other way round, the earlier export's open ticket is the one judged.
    const reversed = await run(['--policy', 'clarus-lis', '--tickets', later, '--tickets', early]);
    expect(reversed.tickets.map((t) => [t.id, t.met])).toEqual([
      ['T2', true],
      ['T1', false],
    ]);
  });

  it('built-in Egyptian holidays apply unless a holiday file replaces them', async () => {
    // P3 (540 business minutes) opened Mon 5 Oct 17:00; 6 Oct is Armed Forces Day.
    const tickets = file(
      't3.csv',
      'id,severity,opened_at,first_response_at\nT3,P3,2026-10-05 17:00,2026-10-07 16:59\n',
    );
    const builtIn = await run(['--policy', 'clarus-lis', '--tickets', tickets]);
    expect(builtIn.tickets[0]).toMatchObject({ elapsedMinutes: 539, met: true });
    // A list without 6 October makes it a business day: 60 + 540 + 479 minutes.
    const own = await run([
      '--policy',
      'clarus-lis',
      '--tickets',
      tickets,
      '--holidays',
      file('h.csv', 'date,name\n2026-12-25,Office closed\n'),
    ]);
    expect(own.tickets[0]).toMatchObject({ elapsedMinutes: 1079, met: false });
  });

  it('holidays that leave no business day stop the run with one line naming the file', () => {
    const days: string[] = [];
    for (let t = Date.UTC(2020, 0, 1); t <= Date.UTC(2050, 11, 31); t += 86_400_000)
      days.push(`${new Date(t).toISOString().slice(0, 10)},closed`);
    const holidays = file('every-day.csv', `date,name\n${days.join('\n')}\n`);
    const r = sla(
      [
        '--policy',
        'medos',
        '--tickets',
        'public/samples/medos/tickets.csv',
        '--holidays',
        holidays,
        '--as-of',
        '2026-11-21',
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stderr).toBe(`sla: ${holidays}: the holidays leave no business day within ten years\n`);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('obligations are judged; an unknown one stops the run with file and line', async () => {
    const r = await run([
      '--policy',
      'clarus-lis',
      '--obligations',
      file(
        'o.csv',
        'obligation,started_at,fulfilled_at,note\nbreach-notification,2026-09-01 08:00,2026-09-04 09:00,late\n',
      ),
    ]);
    expect(r.obligations.map((o) => [o.obligation, o.status, o.marginHours])).toEqual([
      ['breach-notification', 'missed', -1],
    ]);
    await expect(
      run([
        '--policy',
        'clarus-lis',
        '--obligations',
        file('bad.csv', 'obligation,started_at\nuptime-bonus,2026-09-01 08:00\n'),
      ]),
    ).rejects.toThrow(/bad\.csv:2: unknown obligation \(this contract has: /);
  });
});

describe('what a refusal names', () => {
  const fail = (argv: string[]) =>
    run(['--policy', 'kipu', ...argv]).then(
      () => '',
      (e: Error) => e.message,
    );

  it('a plain FILE argument is named when its monitor spans too long or it holds too many monitors', async () => {
    const stray = file('stray.csv', 'time,status\n1970-01-01T00:00:00Z,up\n2199-12-31T00:00:00Z,up\n');
    expect(await fail([stray])).toBe(
      `${stray}: the checks of monitor "stray" run from 1970-01-01 to 2199-12-31, 84\u2009006 days; one monitor may span at most 20 years (7\u2009320 days): look for a row with a stray date`,
    );
    const name = 'm'.repeat(1000);
    const long = file(
      'long.csv',
      `monitor,time,status\n${name},1970-01-01T00:00:00Z,up\n${name},2199-12-31T00:00:00Z,up\n`,
    );
    expect(await fail([long])).toBe(
      `${long}: the checks of monitor "${'m'.repeat(40)}…" run from 1970-01-01 to 2199-12-31, 84\u2009006 days; one monitor may span at most 20 years (7\u2009320 days): look for a row with a stray date`,
    );
    const rows = Array.from({ length: 10_001 }, (_, i) => `m${i},2026-06-01T00:00:00Z,up`);
    const many = file('many.csv', `monitor,time,status\n${rows.join('\n')}\n`);
    expect(await fail([many])).toBe(
      `${many}: more than 10\u2009000 monitors; SLA Witness reads at most 10\u2009000 at once (is the monitor column right?)`,
    );
  });

  it('--map naming no column says so for a detected file too, not that its layout is unknown', async () => {
    const odd = file('odd.csv', 'when,result\n2026-06-01T00:00:00Z,up\n');
    expect(await fail(['--map', 'status=nosuch', odd])).toBe(
      `${odd}:1: --map status=nosuch: no column "nosuch" (columns: when, result)`,
    );
  });

  it('no cell of a refused or skipped row is echoed, in the report or in a message', async () => {
    const secret = /hunter2x/i;
    const probes = file(
      'echo.csv',
      'time,status\n2026-06-01T00:00:00Z,up\nHUNTER2X-pw,up\n2026-06-01T00:02:00Z,HUNTER2Xword\n2026-06-01T00:03:00Z,"up\u0000hunter2x"\n2026-06-01T00:04:00+99:00,up\n2026-06-01T00:05:00Z,503HUNTER2X\n',
    );
    const report = JSON.stringify(await run(['--policy', 'kipu', '--probes', probes]));
    expect(report).toContain('"skippedRows":5');
    expect(report).not.toMatch(secret);
    const ok = file('ok.csv', 'time,status\n2026-06-01T00:00:00Z,up\n');
    const refusals = [
      [
        file(
          'pm.json',
          '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"job":"a"},"values":[[1780260600,"HUNTER2X"],["HUNTER2Xt","1"]]}]}}',
        ),
      ],
      [
        '--probes',
        ok,
        '--tickets',
        file('tk.csv', 'id,severity,opened_at\nT1,HUNTER2Xsev,2026-06-01T00:00:00Z\nT2,P1,HUNTER2Xtime\n'),
      ],
      [
        '--probes',
        ok,
        '--exclusions',
        file('x.csv', 'start,end,kind\n2026-06-01T00:00:00Z,2026-06-01T01:00:00Z,HUNTER2X\n'),
      ],
      [
        '--probes',
        ok,
        '--exclusions',
        file('xd.csv', 'start,duration,kind\n2026-06-01T00:00:00Z,HUNTER2X,planned\n'),
      ],
    ];
    for (const argv of refusals) {
      const message = await fail(argv);
      expect(message).toMatch(/: no usable rows: all \d skipped \(first: (line|record) 2, /);
      expect(message).not.toMatch(secret);
    }
    for (const log of [
      'obligation,started_at\ndata-export,HUNTER2X\n',
      'obligation,started_at\nHUNTER2X-id,2026-06-01T00:00:00Z\n',
    ]) {
      const message = await run([
        '--policy',
        'medos',
        '--probes',
        ok,
        '--obligations',
        file('o.csv', log),
      ]).then(
        () => '',
        (e: Error) => e.message,
      );
      expect(message).toMatch(/o\.csv:2: /);
      expect(message).not.toMatch(secret);
    }
  });
});

describe('the zone a file’s times are read in', () => {
  it('a time that is no time at all does not make zoned times read as local ones', async () => {
    // Every time carries Z; 30 February is skipped with its reason, and the rest are still
    // the file's own instants, with no zone to choose.
    const r = await run([
      '--policy',
      'clarus-lis',
      '--states',
      file(
        'zoned.csv',
        'time,monitor,status\n2026-11-01T00:00:00Z,api,up\n2026-02-30T10:00:00Z,api,down\n2026-11-02T10:00:00Z,api,down\n2026-11-02T10:50:00Z,api,up\n',
      ),
    ]);
    expect(r.inputs[0]!.skipped).toEqual([
      { line: 3, reason: 'time: impossible time (no such date or time of day)' },
    ]);
    expect(r.inputs[0]!.layout!.timeZone).toEqual({
      zone: 'Africa/Cairo',
      basis: 'contract',
      allTimesZoned: true,
    });
    expect(r.periods.map((p) => [p.label, p.downtimeMinutes])).toEqual([['2026-11', 50]]);
  });
});
