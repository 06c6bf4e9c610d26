// A first look at a dropped file, before anything is stored: its first 64 KB (more for JSON
// whose first record holds a long string) through the detection the command line uses too
// (detect.ts): kind, layout, columns, delimiter, encoding and how its times are zoned. The
// app runs it in the import worker, so neither the reading nor the detection code weighs
// on the page.
import {
  type Detection,
  detectFile,
  HEAD_BYTES,
  longerHead,
  type RecordKind,
  type ZoneConvention,
} from './detect';
import type { JsonRefusal } from './json-refusals';
import type { KindGuess } from './layouts';

export interface Sniff {
  format: 'csv' | 'json' | 'text';
  header: string[];
  /** The first rows (never a row the 64 KB cut may have truncated). */
  rows: string[][];
  guess: KindGuess | null;
  /** A tickets file or an obligation log, recognised by its header; null for other files. */
  records: RecordKind | null;
  /** Why the file cannot be read at all (binary or an archive, PDF, database or workbook; empty; cut off mid-character; a quote never closed; JSON of no known layout or refused by its reader; too wide). */
  problem: Detection['problemKind'];
  /** That reason as one line naming what was recognised, and its line where it has one (never the content). */
  problemText: string | null;
  /** A known tool's JSON refused by what it is, for the page to word. */
  refusal: JsonRefusal | null;
  /** The line the problem is on, where it is on one. */
  problemLine: number | null;
  /** Whether zone-less times need a zone from the user (`local`). */
  zone: ZoneConvention;
}

export async function sniffFile(file: Blob & { name: string }): Promise<Sniff> {
  let read = HEAD_BYTES;
  let d: Detection;
  for (;;) {
    const bytes = new Uint8Array(await file.slice(0, read).arrayBuffer());
    d = detectFile(file.name, bytes, file.size <= read);
    const next = file.size > read ? longerHead(d, read) : null;
    if (next === null) break;
    read = next;
  }
  return {
    format: d.format,
    header: d.header,
    rows: d.rows,
    guess: d.guess,
    records: d.records,
    problem: d.problemKind,
    problemText:
      d.problem !== null && d.problemLine !== undefined ? `line ${d.problemLine}: ${d.problem}` : d.problem,
    refusal: d.refusal ?? null,
    problemLine: d.problemLine ?? null,
    zone: d.zone.convention,
  };
}
