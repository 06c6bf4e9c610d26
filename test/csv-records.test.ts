// Files read whole (tickets, obligation logs, holiday lists) are split into records by the
// record source's CSV reader, as a UTF-16 import is: quoting, line ends and line numbers alike.
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../src/ingest/csv';

describe('csvRecords', () => {
  it('gives each non-empty record with the line it starts on', () => {
    const text =
      'id,severity,note\r\n' +
      'T1,P1,"slow, then down"\r\n' +
      '   \r\n' +
      'T2,P2,"first line\nsecond ""quoted"" line"\r\n' +
      'T3,P3,plain\r' +
      'T4,P4,last';
    expect([...csvRecords('tickets.csv', text, ',')]).toEqual([
      { line: 1, fields: ['id', 'severity', 'note'] },
      { line: 2, fields: ['T1', 'P1', 'slow, then down'] },
      { line: 4, fields: ['T2', 'P2', 'first line\nsecond "quoted" line'] },
      { line: 6, fields: ['T3', 'P3', 'plain'] },
      { line: 7, fields: ['T4', 'P4', 'last'] },
    ]);
  });

  it('reads a semicolon file, and refuses one whose quote never closes, naming its line', () => {
    expect([...csvRecords('holidays.csv', 'date;name\n2026-01-07;Coptic Christmas\n', ';')]).toEqual([
      { line: 1, fields: ['date', 'name'] },
      { line: 2, fields: ['2026-01-07', 'Coptic Christmas'] },
    ]);
    // The dates after the quote would have been read as part of Coptic Christmas's name.
    expect(() => [
      ...csvRecords(
        'holidays.csv',
        'date;name\n2026-01-07;"Coptic Christmas\n2026-01-25;Revolution Day\n',
        ';',
      ),
    ]).toThrow(
      'holidays.csv:2: a quote opened on this line is never closed, so the rest of the file would be one cell',
    );
  });
});
