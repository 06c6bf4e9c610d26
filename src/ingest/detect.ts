// The one detection that the app's import and the command line share: from a file's
// first bytes, its encoding, whether it is JSON or CSV (and the delimiter), its kind and
// layout, the column mapping, the row filters the layout implies, and how its times are
// zoned. Nothing here reads past the head, and nothing of the content is ever echoed.
import Papa from 'papaparse';
import { MAX_COLUMNS, normaliseHeader, tooManyColumns } from './columns';
import { csvRecords, excelSepLine, guessDelimiter } from './csv';
import {
  type Container,
  containerOf,
  detectEncoding,
  endsMidCharacter,
  linesOf,
  looksBinary,
  looksLikeMarkup,
  MARKUP_PROBLEM,
  type TextEncoding,
} from './decode';
import { LONGEST_HEAD_BYTES, MAX_RECORD_BYTES } from './head';
import { headEnd } from './json-guard';
import { detectJsonLayout, JSON_LAYOUTS, type JsonLayout, jsonLayoutById } from './json-layouts';
import { JsonRecords, jsonDamage } from './json-records';
import { type JsonRefusal, refusalOf, refusalText } from './json-refusals';
import {
  DAMAGED_JSON_START,
  damagedJsonStart,
  describeShape,
  type JsonShape,
  jsonShape,
  NOT_A_JSON_VALUE,
  notJsonLine,
} from './json-shape';
import { KUMA_METRICS, looksLikeMetrics, MetricsRecords } from './kuma-metrics';
import { CSV_LAYOUTS, detectKind, type KindGuess, type Layout } from './layouts';
import { locateColumns, RECORD_TIME_COLUMNS } from './record-columns';
import { RESHAPED_HEADER, type Reshape, ReshapeSink, type ReshapeTarget, type ValueForm } from './reshape';
import { CUT_MID_CHARACTER, InputError, UNCLOSED_QUOTE } from './stream-input';
import { type RecordSink, type RowCells, StringCells } from './stream-rows';
import { carriesZone, parseTimestamp } from './timestamps';

export { HEAD_BYTES } from './head';

const SAMPLE_ROWS = 200;

/** Files of records rather than checks (SPEC §3 tickets, §4 obligation logs). */
export type RecordKind = 'tickets' | 'obligations';

/**
 * How times without a zone are to be read: `layout` — the exporter fixes the zone (Uptime
 * Kuma: UTC); `in-file` — every sampled time carries its offset or is an epoch, so no zone
 * is assumed; `local` — zone-less times whose zone the file does not say (the user's
 * choice, by default the contract's).
 */
export type ZoneConvention = 'layout' | 'in-file' | 'local';

export interface Detection {
  /** `text`: Prometheus text exposition (Uptime Kuma's /metrics). */
  format: 'csv' | 'json' | 'text';
  encoding: TextEncoding;
  /** The CSV delimiter (null for JSON). */
  delimiter: string | null;
  /** The CSV header, or the column names of the rows a JSON layout produces. */
  header: string[];
  /** The first rows (for JSON: the first rows the layout makes of the head). */
  rows: string[][];
  records: RecordKind | null;
  guess: KindGuess | null;
  zone: { convention: ZoneConvention; zone: string | null };
  /** Why the file cannot be read at all, as one line naming what was seen; null when it can. */
  problem: string | null;
  /** The line `problem` is on, where it is on one (JSON that is not valid by a line). */
  problemLine?: number;
  /** A known tool's JSON refused by what it is (`problem` words it): the app words it in the user's language. */
  refusal?: JsonRefusal;
  /**
   * The first look stops inside a JSON document whose export it could not tell: a longer
   * one may (see `longerHead`).
   */
  readOn?: true;
  /** A short code for `problem`: the app words it in the user's language. */
  problemKind:
    | 'empty'
    | 'binary'
    | 'cut-off'
    | 'html'
    | Container
    | 'json-unknown'
    | 'json-refused'
    | 'unclosed-quote'
    | 'wide'
    | null;
}

/** A known layout as a list of them shows it: what it is and the public source that defines it. */
export interface KnownLayout {
  id: string;
  name: string;
  format: Detection['format'];
  kind: string;
  source: string;
}

/** Every layout SLA Witness recognises, of every format, in one list. */
export const KNOWN_LAYOUTS: readonly KnownLayout[] = [
  ...CSV_LAYOUTS.map(({ id, name, kind, source }) => ({ id, name, format: 'csv' as const, kind, source })),
  {
    id: KUMA_METRICS.id,
    name: KUMA_METRICS.name,
    format: 'text',
    kind: KUMA_METRICS.kind,
    source: KUMA_METRICS.source,
  },
  ...JSON_LAYOUTS.map(({ id, name, kind, source }) => ({ id, name, format: 'json' as const, kind, source })),
];

const namesOf = (format: Detection['format']) =>
  KNOWN_LAYOUTS.filter((l) => l.format === format)
    .map((l) => l.name)
    .join('; ');

export const SUPPORTED_LAYOUTS =
  `CSV probe, state-change and event logs (any tool, mapped by column names); the CSV of ${namesOf('csv')}; ` +
  `${namesOf('text')}; and the JSON of ${namesOf('json')}`;

/** A whole JSON file cut off before any known export could be told from it. */
export const CUT_OFF_UNKNOWN_JSON =
  'the JSON ends before it is complete (a cut-off download?), too soon to tell which export it is; nothing was imported';

/**
 * Why JSON of no known layout, and of no known tool's unreadable document (json-refusals.ts),
 * is refused: what was recognised and what SLA Witness reads.
 */
function unknownJson(shape: JsonShape | null): string {
  if (shape && holdsNoRecords(shape))
    return shape.top === 'array'
      ? 'an empty JSON array: nothing to import'
      : `${describeShape(shape)}, whose lists are all empty: nothing to import`;
  const what = !shape
    ? 'text that starts like JSON but is not'
    : shape.followed
      ? `JSON documents one after another (JSON Lines, or answers saved into one file), the first ${describeShape(shape).replace(/^JSON /, '')}`
      : describeShape(shape);
  return `${what}: not a layout SLA Witness knows (it reads ${SUPPORTED_LAYOUTS})`;
}

/**
 * A whole document with no item in any list, and an empty list or object in it: a page of
 * an API with nothing in the range asked (Better Stack's `{"data": [], "pagination": …}`),
 * which no layout can be told from, is said to be empty rather than unknown.
 */
function holdsNoRecords(shape: JsonShape): boolean {
  // A list of plain values has its first item among the scalars, never among the paths.
  const items = (p: string) => p.includes('[]');
  if (shape.truncated || shape.paths.some(items) || [...shape.scalars.keys()].some(items)) return false;
  if (shape.top === 'array') return shape.itemKinds.length === 0;
  const parents = new Set(shape.paths.map((p) => p.slice(0, Math.max(0, p.lastIndexOf('.')))));
  return shape.paths.some((p) => !shape.scalars.has(p) && !parents.has(p));
}

/** `id, severity, opened_at` make a tickets file; `obligation, started_at` an obligation log. */
function recordKind(header: readonly string[]): RecordKind | null {
  const h = new Set(header.map(normaliseHeader));
  if (h.has('id') && h.has('severity') && (h.has('opened_at') || h.has('opened'))) return 'tickets';
  if (h.has('obligation') && h.has('started_at')) return 'obligations';
  return null;
}

/** A JSON layout as the column-mapping side sees it. */
function jsonAsLayout(l: JsonLayout): Layout {
  return {
    id: l.id,
    name: l.name,
    kind: l.kind,
    columns: { ...l.columns },
    sourceZone: null,
    ...(l.where ? { where: l.where } : {}),
    ...(l.whereNot ? { whereNot: l.whereNot } : {}),
    ...(l.vendorRecord ? { vendorRecord: true } : {}),
    note: l.note,
    source: l.source,
  };
}

const METRICS_LAYOUT: Layout = {
  id: KUMA_METRICS.id,
  name: KUMA_METRICS.name,
  kind: KUMA_METRICS.kind,
  columns: { ...KUMA_METRICS.columns },
  sourceZone: null,
  note: KUMA_METRICS.note,
  source: KUMA_METRICS.source,
};

/** Whether every sampled time of the mapped time (or start) column carries its zone. */
function zoneOf(guess: KindGuess, header: readonly string[], rows: readonly string[][]): Detection['zone'] {
  if (guess.layout?.sourceZone) return { convention: 'layout', zone: guess.layout.sourceZone };
  const names = header.map(normaliseHeader);
  // A reshaped layout's columns name its rows, not the file: its time column is Time or timestamp.
  const i = guess.layout?.reshape
    ? names.findIndex((n) => n === 'time' || n === 'timestamp')
    : names.indexOf(normaliseHeader(guess.columns.time ?? guess.columns.start ?? ''));
  return zoneOfColumns([i], rows);
}

/** A tickets file's or an obligation log's times: every one of its time columns. */
function recordZone(
  records: RecordKind,
  header: readonly string[],
  rows: readonly string[][],
): Detection['zone'] {
  const { at } = locateColumns(header, RECORD_TIME_COLUMNS[records]);
  return zoneOfColumns(Object.values(at), rows);
}

/** Whether every sampled time in the columns (-1: none) carries its zone; none sampled is no evidence. */
function zoneOfColumns(columns: readonly number[], rows: readonly string[][]): Detection['zone'] {
  // A cell that is no time at all (30 February, a word) is a skipped row with its own reason:
  // it says nothing of whether the file's times carry their zone.
  const times = columns
    .filter((i) => i >= 0)
    .flatMap((i) => rows.map((r) => (r[i] ?? '').trim()))
    .filter((t) => t !== '' && parseTimestamp(t, 'UTC').ok);
  if (times.length > 0 && times.every(carriesZone)) return { convention: 'in-file', zone: null };
  return { convention: 'local', zone: null };
}

class Collect implements RecordSink, ReshapeTarget {
  rows: string[][] = [];
  useHeader(header: string[]): void {
    this.rows.push(header);
  }
  skipRecord(): void {}
  record(cells: RowCells): void {
    if (this.rows.length > SAMPLE_ROWS) return;
    const row: string[] = [];
    for (let i = 0; i < cells.count; i++) row.push(cells.text(i));
    this.rows.push(row);
  }
}

function detectJson(
  name: string,
  text: string,
  encoding: TextEncoding,
  head: Uint8Array,
  bom: number,
  whole: boolean,
): Detection {
  const base = { format: 'json' as const, encoding, delimiter: null, records: null };
  const shape = jsonShape(text);
  const layout = shape ? detectJsonLayout(shape) : null;
  if (!shape || !layout) {
    // Text that is no JSON where the scan stopped hides what follows it: the layout cannot be
    // told, and the line is what is wrong.
    const line = notJsonLine(text);
    const refusal = line === null && shape ? refusalOf(shape) : null;
    const cut = whole && shape?.truncated === true;
    // Past the import's bounds (a string, a depth), that is what is wrong with the file;
    // where a longer file's first look ends inside a value (a long string, or a record's
    // long list: Instatus's incident keeps its `components` after its `updates`), the keys
    // after it may tell the export.
    const end = line !== null || refusal !== null ? 'closed' : headEnd(text, MAX_RECORD_BYTES);
    // Read whole, a file is held to JSON's grammar before it is called unknown or empty.
    const broken =
      line !== null
        ? { line, reason: NOT_A_JSON_VALUE }
        : typeof end === 'object'
          ? end
          : whole && !cut && refusal === null
            ? jsonDamage(text)
            : null;
    return {
      ...base,
      header: [],
      rows: [],
      guess: null,
      zone: { convention: 'local', zone: null },
      problem:
        refusal !== null
          ? refusalText(refusal)
          : broken !== null
            ? `${broken.reason}; nothing was imported`
            : // A whole file that stops inside its document is cut off: what it holds before the
              // cut may be too little to tell a known export by, so the cut is what is wrong with it.
              cut
              ? CUT_OFF_UNKNOWN_JSON
              : unknownJson(shape),
      ...(broken === null ? {} : { problemLine: broken.line }),
      ...(refusal === null ? {} : { refusal }),
      ...(end === 'open' && !whole ? { readOn: true as const } : {}),
      problemKind: 'json-unknown',
    };
  }
  const sink = new Collect();
  const l = jsonAsLayout(layout);
  try {
    const reader = new JsonRecords(name, encoding, layout, sink, head.length);
    reader.push(head.subarray(bom));
    if (whole) reader.finish();
  } catch (e) {
    // The head of a longer file may end anywhere, or hold an error the import will report
    // in full; a file read whole that fails is refused now, in the import's own words (a
    // cut-off download would otherwise look like a layout with no records).
    if (whole && e instanceof InputError)
      return {
        ...base,
        header: [],
        rows: [],
        guess: null,
        zone: { convention: 'in-file', zone: null },
        problem: e.reason,
        ...(e.line === null ? {} : { problemLine: e.line }),
        problemKind: 'json-refused',
      };
  }
  const [header = [...layout.header], ...rows] = sink.rows;
  return {
    ...base,
    header,
    rows: rows.slice(0, SAMPLE_ROWS),
    guess: {
      kind: l.kind,
      columns: l.columns,
      confidence: 'layout',
      layout: l,
      reason: `recognised as ${l.name}`,
    },
    zone: { convention: 'in-file', zone: null },
    problem: null,
    problemKind: null,
  };
}

/** Uptime Kuma's /metrics: its sample rows are read from the head as the import reads them. */
function detectMetrics(name: string, encoding: TextEncoding, head: Uint8Array, bom: number): Detection {
  const sink = new Collect();
  try {
    // The head is all it reads, so no line can be longer than the head.
    new MetricsRecords(name, encoding, sink, head.length).push(head.subarray(bom));
  } catch {
    // A sample with no time: the import reports it with its line.
  }
  const [header = [...KUMA_METRICS.header], ...rows] = sink.rows;
  return {
    format: 'text',
    encoding,
    delimiter: null,
    header,
    rows: rows.slice(0, SAMPLE_ROWS),
    records: null,
    guess: {
      kind: METRICS_LAYOUT.kind,
      columns: METRICS_LAYOUT.columns,
      confidence: 'layout',
      layout: METRICS_LAYOUT,
      reason: `recognised as ${METRICS_LAYOUT.name}`,
    },
    // Every time read is an epoch (a timestamp or an HTTP date in GMT).
    zone: { convention: 'in-file', zone: null },
    problem: null,
    problemKind: null,
  };
}

/**
 * How many bytes the next look at a file should read after `d` looked at `read` of them, or
 * null when `d` is final: a JSON export whose first record holds a long string (a response
 * body, a log) shows the keys that tell it only after that string.
 */
export function longerHead(d: Detection, read: number): number | null {
  return d.readOn && read < LONGEST_HEAD_BYTES ? Math.min(read * 16, LONGEST_HEAD_BYTES) : null;
}

/**
 * Detects what a file is from its first bytes (`head`, 64 KiB, or more as `longerHead`
 * says); `whole` says the head is the whole file (then its last row is complete).
 */
export function detectFile(name: string, head: Uint8Array, whole: boolean): Detection {
  const { encoding, bomBytes } = detectEncoding(head);
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(head.subarray(bomBytes), {
    stream: !whole,
  });
  const empty = {
    format: 'csv' as const,
    encoding,
    delimiter: null,
    header: [],
    rows: [],
    records: null,
    guess: null,
    zone: { convention: 'local' as const, zone: null },
  };
  const container = containerOf(head);
  if (container) return { ...empty, problem: container.problem, problemKind: container.container };
  if (text.trim() === '') return { ...empty, problem: 'the file is empty', problemKind: 'empty' };
  // A file read whole that stops inside a character was cut short, whatever its size: the
  // importer refuses a longer one the same way at its end. In a file of a few bytes the
  // one character its end cuts in two would weigh like binary data.
  const cut = whole && endsMidCharacter(head.subarray(bomBytes), encoding);
  if (looksBinary(cut ? text.slice(0, -1) : text))
    return { ...empty, problem: 'this is not a text file (binary data)', problemKind: 'binary' };
  if (cut)
    return { ...empty, problem: CUT_MID_CHARACTER, problemLine: linesOf(text), problemKind: 'cut-off' };
  if (looksLikeMarkup(text)) return { ...empty, problem: MARKUP_PROBLEM, problemKind: 'html' };
  const start = text.search(/\S/);
  const first = text[start];
  const jsonRefused = (problem: string): Detection => ({
    ...empty,
    format: 'json',
    problem,
    problemLine: linesOf(text.slice(0, start + 1)),
    problemKind: 'json-unknown',
  });
  const opens = first === '{' || first === '[';
  if (!opens && strayBeforeJson(text.slice(start + 1))) return jsonRefused(STRAY_BEFORE_JSON);
  if (damagedJsonStart(text, start)) return jsonRefused(DAMAGED_JSON_START);
  if (opens) return detectJson(name, text, encoding, head, bomBytes, whole);
  const single = whole && /\.json$/i.test(name) ? singleJsonValue(text) : null;
  if (single) return jsonRefused(`a JSON document of a single ${single} and no records: nothing to import`);
  if (looksLikeMetrics(text)) return detectMetrics(name, encoding, head, bomBytes);
  // Grafana's Excel header line names the delimiter; the header proper follows it.
  const sep = excelSepLine(text);
  const body = sep?.body ?? text;
  const delimiter = sep?.delimiter ?? guessDelimiter(body);
  const parsed = Papa.parse<string[]>(body, {
    delimiter,
    preview: SAMPLE_ROWS + 2,
    skipEmptyLines: 'greedy',
  });
  const unclosed = unclosedQuoteLine(name, body, delimiter, parsed, whole);
  if (unclosed !== null)
    return {
      ...empty,
      delimiter,
      problem: UNCLOSED_QUOTE,
      // The `sep=` line is one line before the body.
      problemLine: unclosed + (sep ? 1 : 0),
      problemKind: 'unclosed-quote',
    };
  const [header = [], ...rows] = parsed.data;
  if (header.length > MAX_COLUMNS) return { ...empty, problem: tooManyColumns(null), problemKind: 'wide' };
  // The cut at 64 KiB may fall inside the last row read.
  if (!whole && rows.length < SAMPLE_ROWS + 1) rows.pop();
  const sample = rows.slice(0, SAMPLE_ROWS);
  const records = recordKind(header);
  const guess = records ? null : detectKind(header, sample);
  const zone = guess
    ? zoneOf(guess, header, sample)
    : records
      ? recordZone(records, header, sample)
      : { convention: 'local' as const, zone: null };
  const reshape = guess?.layout?.reshape;
  // Columns are chosen among the reshaped records' (monitor, time, status), as they are read.
  const shown = reshape
    ? reshaped(reshape, guess?.layout?.values ?? 'stored', header, sample)
    : { header, rows: sample };
  return {
    format: 'csv',
    encoding,
    delimiter,
    header: shown.header,
    rows: shown.rows,
    records,
    guess,
    zone,
    problem: null,
    problemKind: null,
  };
}

const STRAY_BEFORE_JSON =
  'a character before the JSON document begins, as where a byte was damaged or added in copying; nothing was imported';

/**
 * What a `.json` file holds when it is one JSON value that is no object or array (an API
 * that answered `null`, or a count); null when it is not JSON at all. Read as a CSV, it was
 * "a CSV of 1 column" named by that value.
 */
function singleJsonValue(text: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (value === null) return 'null';
  if (typeof value === 'boolean') return 'true or false';
  if (typeof value === 'number') return 'number';
  return typeof value === 'string' ? 'string' : null;
}

/** JSON, with its keys, right after the text's first character: that character is the one thing wrong. */
function strayBeforeJson(rest: string): boolean {
  if (rest[0] !== '{' && rest[0] !== '[') return false;
  return (jsonShape(rest)?.paths.length ?? 0) > 0;
}

/**
 * The line a quote opens on that never closes, as the import would refuse it, where the
 * sample shows one: anywhere in a file read whole, in the header of a longer one (the cut
 * of a head may fall inside any later quoted cell). Read as cells, the rest of the file
 * would be one cell, and its first characters taken for column names.
 */
function unclosedQuoteLine(
  name: string,
  body: string,
  delimiter: string,
  parsed: Papa.ParseResult<string[]>,
  whole: boolean,
): number | null {
  if (!parsed.errors.some((e) => e.code === 'MissingQuotes' && (whole || parsed.data.length <= 1)))
    return null;
  try {
    csvRecords(name, body, delimiter);
  } catch (e) {
    if (e instanceof InputError && e.line !== null) return e.line;
  }
  return null;
}

function reshaped(
  reshape: Reshape,
  values: ValueForm,
  header: string[],
  sample: string[][],
): { header: string[]; rows: string[][] } {
  const collect = new Collect();
  const sink = new ReshapeSink(reshape, collect, values);
  sink.record(new StringCells(header), 1);
  sample.forEach((row, i) => {
    sink.record(new StringCells(row), i + 2);
  });
  const [, ...rows] = collect.rows;
  return { header: [...RESHAPED_HEADER], rows: rows.slice(0, SAMPLE_ROWS) };
}

/** The JSON layout an importer should read, given the detected id or, failing that, the head itself. */
export function jsonLayoutFor(id: string | undefined, text: string): JsonLayout | { problem: string } {
  const byId = id === undefined ? undefined : jsonLayoutById(id);
  if (byId) return byId;
  const shape = jsonShape(text);
  const layout = shape ? detectJsonLayout(shape) : null;
  if (layout) return layout;
  return { problem: unknownJson(shape) };
}
