// CSV records with the line each starts on, so every skipped row can be reported by
// line number, for files read whole; PapaParse guesses the delimiter.
import Papa from 'papaparse';
import { InputError, UNCLOSED_QUOTE } from './stream-input';
import { PapaRecords } from './stream-papa';

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
}

/**
 * Grafana's "Download for Excel" first line, `sep=<delimiter>` (with LF, CRLF or CR alone):
 * the delimiter it names and the text after it, or null when the text has none.
 */
export function excelSepLine(text: string): { delimiter: string; body: string } | null {
  const sep = /^sep=(.)(?:\r\n?|\n)/i.exec(text);
  return sep ? { delimiter: sep[1]!, body: text.slice(sep[0].length) } : null;
}

export function guessDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  const result = Papa.parse<string[]>(sample, {
    preview: 20,
    skipEmptyLines: true,
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  return result.meta.delimiter || ',';
}

/**
 * Every non-empty record of a whole text (a tickets file, an obligation log, a holiday list),
 * read by the record source's CSV reader (PapaParse) as a UTF-16 import is: RFC 4180
 * quoting, LF, CRLF or CR line ends, and each record's first line (lines of nothing but
 * white space are skipped).
 */
export function csvRecords(name: string, text: string, delimiter: string): IterableIterator<CsvRecord> {
  const records: CsvRecord[] = [];
  const source = new PapaRecords(
    'utf-8',
    delimiter,
    {
      record(cells, line) {
        if (cells.count === 1 && cells.isBlank()) return;
        const fields: string[] = [];
        for (let i = 0; i < cells.count; i++) fields.push(cells.text(i));
        records.push({ line, fields });
      },
    },
    Number.POSITIVE_INFINITY,
    () => new Error('unreachable: the text is held whole'),
    (line) => new InputError(name, line, UNCLOSED_QUOTE),
    () => new Error('unreachable: text encoded from a string ends at a character'),
  );
  source.push(new TextEncoder().encode(text));
  source.finish();
  return records[Symbol.iterator]();
}
