// The record source: every file the fast byte source does not take (UTF-16 text, JSON,
// Prometheus metrics, and PapaParse as the reference the byte source is tested against)
// is decoded to text here and handed to the sink record by record, as cells of strings.
// Which reading a file gets is decided once, from its first bytes, in `textReading`.

import { excelSepLine, guessDelimiter } from './csv';
import type { TextEncoding } from './decode';
import { jsonLayoutFor } from './detect';
import type { JsonLayout } from './json-layouts';
import { JsonRecords } from './json-records';
import { looksLikeMetrics, MetricsRecords } from './kuma-metrics';
import { InputError } from './stream-input';
import { PapaRecords } from './stream-papa';
import type { RecordSink } from './stream-rows';

/** What reads a file's bytes into records for a sink. */
export interface RecordSource {
  push(chunk: Uint8Array): void;
  finish(): void;
}

/** How a file's text is to be read, as its first bytes tell. */
export type TextReading =
  | { format: 'json'; layout: JsonLayout }
  | { format: 'metrics' }
  | { format: 'csv'; delimiter: string };

/**
 * The reading of a file whose first characters are `text`: a JSON document of a known
 * layout (`layoutId` when the caller detected it), Uptime Kuma's metrics, or CSV with its
 * delimiter (Grafana's Excel header line names it). A JSON document of no known layout is
 * refused here, naming what was recognised and never what it holds.
 */
export function textReading(name: string, text: string, layoutId: string | undefined): TextReading {
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') {
    const layout = jsonLayoutFor(layoutId, text);
    if ('problem' in layout) throw new InputError(name, null, layout.problem);
    return { format: 'json', layout };
  }
  if (looksLikeMetrics(text)) return { format: 'metrics' };
  return { format: 'csv', delimiter: excelSepLine(text)?.delimiter ?? guessDelimiter(text) };
}

export interface TextLimits {
  /** A CSV record, a /metrics line or a JSON string longer than this many characters is an error. */
  maxRecordChars: number;
  overlong(line: number): Error;
  unclosed(line: number): Error;
  /** The text ends inside a character, on `line`: the file was cut short. */
  cut(line: number): Error;
}

/** The record source for a reading, decoding `encoding`. */
export function recordSource(
  name: string,
  encoding: TextEncoding,
  reading: TextReading,
  sink: RecordSink,
  limits: TextLimits,
): RecordSource {
  if (reading.format === 'json')
    return new JsonRecords(name, encoding, reading.layout, sink, limits.maxRecordChars);
  if (reading.format === 'metrics') return new MetricsRecords(name, encoding, sink, limits.maxRecordChars);
  return new PapaRecords(
    encoding,
    reading.delimiter,
    sink,
    limits.maxRecordChars,
    limits.overlong,
    limits.unclosed,
    limits.cut,
  );
}
