// CSV records with the line each starts on, so every skipped row can be reported by
// line number. PapaParse guesses the delimiter; the tokenizer follows RFC 4180 quoting.
import Papa from 'papaparse';

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
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

/** Every non-empty record of the text (lines holding nothing but white space are skipped). */
export function* csvRecords(text: string, delimiter: string): Generator<CsvRecord> {
  let i = 0;
  let line = 1;
  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let atFieldStart = true;
    for (;;) {
      if (i >= n) {
        fields.push(field);
        break;
      }
      const c = text.charCodeAt(i);
      if (quoted) {
        if (c === 34) {
          if (text.charCodeAt(i + 1) === 34) {
            field += '"';
            i += 2;
          } else {
            quoted = false;
            i++;
          }
        } else {
          if (c === 10) line++;
          field += text[i];
          i++;
        }
        continue;
      }
      if (c === 34 && atFieldStart) {
        quoted = true;
        atFieldStart = false;
        i++;
      } else if (c === delim) {
        fields.push(field);
        field = '';
        atFieldStart = true;
        i++;
      } else if (c === 10 || c === 13) {
        fields.push(field);
        i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
        line++;
        break;
      } else {
        field += text[i];
        atFieldStart = false;
        i++;
      }
    }
    if (fields.length === 1 && fields[0]!.trim() === '') continue;
    yield { line: startLine, fields };
  }
}
