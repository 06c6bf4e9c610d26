// The PapaParse path, decoded text chunks through PapaParse's own chunk parser: the
// reader of UTF-16 files, and the reference the fast path is tested against.
import Papa from 'papaparse';
import type { TextEncoding } from './decode';
import { type RecordSink, StringCells } from './stream-rows';

/**
 * Line breaks are made LF first, so a file may mix CRLF, CR and LF as the fast path
 * allows, and a record's line is counted from the LFs before it (inside quotes too).
 * Where PapaParse reads malformed quoting differently (text after a closing quote, a
 * quote never closed) the two paths may differ; well-formed files read the same.
 */
export class PapaRecords {
  line = 1;
  private readonly decoder: TextDecoder;
  private readonly parser: Papa.Parser;
  private readonly row = new StringCells();
  /** Text of the record cut by the last chunk's end. */
  private partial = '';
  private pendingCR = false;

  constructor(
    encoding: TextEncoding,
    delimiter: string,
    private readonly sink: RecordSink,
    private readonly maxRecordChars: number,
    private readonly overlong: (line: number) => Error,
    private readonly unclosed: (line: number) => Error,
    private readonly cut: (line: number) => Error,
  ) {
    // The BOM is already gone; a U+FEFF after it is content.
    this.decoder = new TextDecoder(encoding, { ignoreBOM: true });
    this.parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"', escapeChar: '"' });
  }

  push(chunk: Uint8Array): void {
    this.feed(this.decoder.decode(chunk, { stream: true }), false);
  }

  finish(): void {
    // The decoder gives up bytes it held back for a character only when the text ends there.
    if (this.decoder.decode() !== '') throw this.cut(this.line + (this.partial.match(/\n/g)?.length ?? 0));
    this.feed('', true);
  }

  private feed(decoded: string, final: boolean): void {
    let text = decoded;
    if (this.pendingCR && text.charCodeAt(0) === 10) text = text.slice(1);
    // A chunk that decodes to no characters leaves a pending CR pending; any other settles it.
    if (decoded.length > 0) this.pendingCR = text.charCodeAt(text.length - 1) === 13;
    text = text.replace(/\r\n?/g, '\n');
    const input = this.partial + text;
    if (input === '') return;
    const result = this.parser.parse(input, 0, !final) as Papa.ParseResult<string[]>;
    this.partial = final ? '' : input.substring(result.meta.cursor);
    // PapaParse takes the rest of the text into a quote it never sees closed.
    const open = final ? result.errors.find((e) => e.code === 'MissingQuotes') : undefined;
    for (const [index, fields] of result.data.entries()) {
      const line = this.line;
      if (index === open?.row) throw this.unclosed(line);
      let breaks = 1;
      for (const f of fields) for (let at = f.indexOf('\n'); at >= 0; at = f.indexOf('\n', at + 1)) breaks++;
      this.line = line + breaks;
      this.row.fields = fields;
      this.sink.record(this.row, line);
    }
    if (this.partial.length > this.maxRecordChars) throw this.overlong(this.line);
  }
}
