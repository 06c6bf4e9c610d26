// Ticket files: columns by name, severities normalised, bad rows reported by line.
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/ingest/load';
import { loadTickets } from '../src/ingest/tickets';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('ticket files', () => {
  const csv = [
    'Ticket ID,Priority,Created At,First Response At,Resolved At',
    'A-1,P1,2026-11-05 17:30,2026-11-05 18:10,2026-11-06 09:00',
    'A-2,Sev 2,2026-11-05T17:30:00+02:00,,',
    'A-3,whenever,2026-11-05 17:30,,',
    'A-4,3,not a time,,',
    'A-5,critical,2026-11-05 17:30,2026-11-05 17:00,',
    '',
    'A-6,4',
  ].join('\n');

  it('reads tickets with zone-less times in the contract zone', () => {
    const { tickets, summary } = loadTickets('tickets.csv', bytes(csv), 'Africa/Cairo');
    expect(
      tickets.map((t) => [t.id, t.severity, t.openedAtMs, t.firstResponseAtMs, t.resolvedAtMs, t.line]),
    ).toEqual([
      [
        'A-1',
        'P1',
        Date.parse('2026-11-05T17:30:00+02:00'),
        Date.parse('2026-11-05T18:10:00+02:00'),
        Date.parse('2026-11-06T09:00:00+02:00'),
        2,
      ],
      ['A-2', 'P2', Date.parse('2026-11-05T17:30:00+02:00'), null, null, 3],
    ]);
    expect(summary).toMatchObject({ kind: 'tickets', rows: 2, skippedRows: 4 });
    expect(summary.skipped).toEqual([
      {
        line: 4,
        reason: 'unknown severity (expected P0–P4, or a word such as critical, high, medium or low)',
      },
      {
        line: 5,
        reason: 'Created At: unreadable time (expected a date and time, or epoch seconds or milliseconds)',
      },
      { line: 6, reason: 'first response before opened' },
      { line: 8, reason: 'expected 5 fields, found 2' },
    ]);
  });

  it('skips a ticket resolved before it was opened', () => {
    const { tickets, summary } = loadTickets(
      't.csv',
      bytes(
        'id,severity,opened_at,resolved_at\n1,P1,2026-06-01T10:00:00Z,2026-06-01T09:59:00Z\n2,P1,2026-06-01T10:00:00Z,2026-06-01T10:00:00Z\n',
      ),
      'UTC',
    );
    expect(tickets.map((t) => t.id)).toEqual(['2']);
    expect(summary.skipped).toEqual([{ line: 2, reason: 'resolved before opened' }]);
  });

  it('applies a file-specific severity mapping first', () => {
    const { tickets } = loadTickets(
      't.csv',
      bytes('id,severity,opened_at\n1,Blocker,2026-01-01T00:00:00Z\n2,Low,2026-01-01T00:00:00Z\n'),
      'UTC',
      {
        blocker: 'P0',
      },
    );
    expect(tickets.map((t) => t.severity)).toEqual(['P0', 'P4']);
  });

  it('names the file when nothing is usable', () => {
    expect(() => loadTickets('t.csv', bytes('id,severity,opened_at\n'), 'UTC')).toThrow(
      't.csv: no usable rows (header only)',
    );
    expect(() => loadTickets('t.csv', bytes('id,when\n1,2\n'), 'UTC')).toThrow(
      't.csv:1: no severity, opened_at column',
    );
  });
});

describe('a ticket file with columns of its own names', () => {
  // A help desk's export whose id and first reply match no spelling SLA Witness knows.
  const csv = [
    'Ticket #,Priority,Created,First reply,Solved,Closed at',
    'ZD-1,P1,2026-09-07T10:20:00+03:00,2026-09-07T10:50:00+03:00,2026-09-07T12:00:00+03:00,2026-09-09T08:00:00+03:00',
  ].join('\n');

  it('is read with the columns chosen for it, the rest by their names', () => {
    expect(() => loadTickets('zd.csv', bytes(csv), 'UTC')).toThrow(
      'zd.csv:1: no id column (columns: Ticket #, Priority, Created, First reply, Solved, Closed at)',
    );
    const { tickets } = loadTickets(
      'zd.csv',
      bytes(csv),
      'UTC',
      {},
      {
        id: 'Ticket #',
        first_response_at: 'first reply',
        resolved_at: 'Solved',
      },
    );
    expect(tickets.map((t) => [t.id, t.severity, t.openedAtMs, t.firstResponseAtMs, t.resolvedAtMs])).toEqual(
      [
        [
          'ZD-1',
          'P1',
          Date.parse('2026-09-07T10:20:00+03:00'),
          Date.parse('2026-09-07T10:50:00+03:00'),
          // Solved, as chosen, not "Closed at", which its name alone would have given.
          Date.parse('2026-09-07T12:00:00+03:00'),
        ],
      ],
    );
  });

  it('leaves a column chosen as none unread, and names a chosen column the file lacks', () => {
    const { tickets } = loadTickets('zd.csv', bytes(csv), 'UTC', {}, { id: 'Ticket #', resolved_at: '' });
    expect(tickets[0]!.resolvedAtMs).toBeNull();
    expect(() => loadTickets('zd.csv', bytes(csv), 'UTC', {}, { id: 'Ticket', resolved_at: 'Done' })).toThrow(
      'zd.csv:1: --map id=Ticket: no column "Ticket" (columns: Ticket #, Priority, Created, First reply, Solved, Closed at); --map resolved_at=Done: no column "Done" (columns: Ticket #, Priority, Created, First reply, Solved, Closed at)',
    );
  });
});

describe('ticket files that are no ticket list', () => {
  it('refuses a header of more than 2 000 columns before reading a row', () => {
    const wide = `id,severity,opened_at,${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\n`;
    expect(() => loadTickets('t.csv', bytes(wide), 'UTC')).toThrow(
      't.csv:1: the header has 100003 columns; SLA Witness reads files of at most 2000 columns',
    );
  });

  it('refuses a header naming a column twice, naming the column and the header line', () => {
    const twice =
      'id,severity,opened_at,first_response_at,first_response_at\nA-1,P1,2026-11-05 17:30,2026-11-05 18:10,2026-11-05 17:40\n';
    expect(() => loadTickets('tickets.csv', bytes(twice), 'UTC')).toThrow(
      new InputError(
        'tickets.csv',
        1,
        'the first_response_at column "first_response_at" is named twice in the header: rename one, so that the right one is read',
      ),
    );
  });

  it('names at most eight columns, each clipped, when the needed ones are missing', () => {
    const header = [
      'Name',
      `Summary ${'s'.repeat(100)}`,
      ...Array.from({ length: 1500 }, (_, i) => `Field ${i}`),
    ];
    expect(() => loadTickets('t.csv', bytes(`${header.join(',')}\n`), 'UTC')).toThrow(
      `t.csv:1: no id, severity, opened_at column (columns: Name, Summary ${'s'.repeat(32)}…, Field 0, Field 1, Field 2, Field 3, Field 4, Field 5 and 1\u2009494 more)`,
    );
  });

  it('skips a second row of one ticket id, naming the line of the first, so that it is judged once', () => {
    const csv = [
      'id,severity,opened_at,first_response_at',
      'T1,P1,2026-09-07T10:00:00Z,2026-09-07T10:30:00Z',
      'T2,P2,2026-09-07T11:00:00Z,',
      'T1,P1,2026-09-08T10:00:00Z,2026-09-08T18:00:00Z',
    ].join('\n');
    const { tickets, summary } = loadTickets('t.csv', bytes(csv), 'UTC');
    expect(tickets.map((t) => [t.id, t.line])).toEqual([
      ['T1', 2],
      ['T2', 3],
    ]);
    expect(summary.skipped).toEqual([
      { line: 4, reason: 'the id of the ticket on line 2 again (each ticket is judged once)' },
    ]);
  });

  it('names no cell of a file without a header: its first line holds values', () => {
    const rows = 'T1,P1,2026-09-07T10:20:00+03:00,2026-09-07T10:50:00+03:00,secret-customer-note\n';
    expect(() => loadTickets('t.csv', bytes(rows), 'UTC')).toThrow(
      't.csv:1: no id, severity, opened_at column (its first line holds values, not column names)',
    );
    for (const value of ['1780261200', '12.5', '07/09/2026 10:20', '2026-09-07'])
      expect(() => loadTickets('t.csv', bytes(`ref,${value},what\n`), 'UTC')).toThrow(
        't.csv:1: no id, severity, opened_at column (its first line holds values, not column names)',
      );
  });
});
