// Exports that put several monitors' checks in one record are reshaped here into one
// check per record before the RowHandler sees them: Grafana's "Series joined by time"
// (a Time column, then one column per series) and the long form of Prometheus results
// (label columns, a value and a time: Grafana's table view, promql-cli's CSV).
import { HEADER_AGAIN, isHeaderAgain, normaliseHeader } from './columns';
import { grafanaStatus, UNREADABLE_GRAFANA_VALUE } from './grafana-values';
import { notANumberSample, seriesName } from './json-layouts';
import { type RecordSink, type RowCells, StringCells } from './stream-rows';

/** What the reshaped records go to: the RowHandler, or a sample collector. */
export interface ReshapeTarget extends RecordSink {
  useHeader(header: string[], line: number): void;
  skipRecord(line: number, reason: string): void;
}

export type Reshape = 'wide' | 'labelled';

/**
 * How the value cells are written: `stored`, as Prometheus returns them (promql-cli), or
 * `displayed`, as a Grafana panel shows them (grafana-values.ts).
 */
export type ValueForm = 'stored' | 'displayed';

/** The header the reshaped records carry, in canonical names. */
export const RESHAPED_HEADER = ['monitor', 'time', 'status', 'error'];
export const RESHAPED_COLUMNS = { monitor: 'monitor', time: 'time', status: 'status', error: 'error' };

/**
 * Grafana 8–10's "Download for Excel" writes `sep=<delimiter>` first, then the header
 * (grafana/grafana packages/grafana-data/src/utils/csv.ts: `toCSV` starts with
 * `sep=${config.delimiter}${config.newline}` when `useExcelHeader`; the BOM before it is
 * public/app/features/inspector/utils/download.ts's). The file is read with that
 * delimiter, so the line splits into `sep=` and an empty cell; a delimiter that did not
 * split it leaves the one cell `sep=;`.
 */
const isSepLine = (cells: RowCells) =>
  (cells.count === 1 && /^sep=.$/i.test(cells.text(0).trim())) ||
  (cells.count === 2 && /^sep=$/i.test(cells.text(0).trim()) && cells.text(1) === '');

const TIME_NAMES = ['time', 'timestamp'];
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const VALUE_NAMES = ['value', 'values'];

/**
 * Whether a normalised header names the value column: `value` (promql-cli; Grafana's table
 * view of one query) or, when the panel has several queries, `Value #<refId>`
 * (grafana/grafana packages/grafana-prometheus/src/result_transformer.ts `getValueText`:
 * `Value #${refId}` when the response holds more than one query's frames, else `Value`).
 */
export const isValueName = (name: string) => VALUE_NAMES.includes(name) || /^value_#./.test(name);

export class ReshapeSink implements RecordSink {
  private header: string[] | null = null;
  private timeIdx = 0;
  private valueIdx = -1;
  private labels: { idx: number; name: string }[] = [];
  private readonly out = new StringCells(['', '', '', '']);

  constructor(
    private readonly shape: Reshape,
    private readonly inner: ReshapeTarget,
    private readonly values: ValueForm = 'stored',
  ) {}

  /** The status cell of a value, or null (the check skipped, with its line) when it is NaN or a displayed value cannot be read back. */
  private status(value: string, line: number): string | null {
    // A NaN sample is written "NaN" by promql-cli (nalbury/promql-cli pkg/writer/writer.go:
    // model.SampleValue.String, Go's strconv.FormatFloat(v, 'f', -1, 64)), as Prometheus's JSON
    // quotes it, and by Grafana (packages/grafana-data/src/field/displayProcessor.ts: a NaN
    // number is not formatted, its text is toString(value)); the infinities likewise.
    const notNumber = notANumberSample(value);
    if (notNumber) {
      this.inner.skipRecord(line, notNumber);
      return null;
    }
    if (this.values === 'stored') return value;
    const status = grafanaStatus(value);
    if (status === null) this.inner.skipRecord(line, UNREADABLE_GRAFANA_VALUE);
    return status;
  }

  record(cells: RowCells, line: number): void {
    if (cells.count === 1 && cells.isBlank()) return;
    if (this.header === null) {
      if (isSepLine(cells)) return;
      this.readHeader(cells, line);
      return;
    }
    const header = this.header;
    if (cells.count !== header.length) {
      this.inner.skipRecord(line, `expected ${header.length} fields, found ${cells.count}`);
      return;
    }
    const time = cells.text(this.timeIdx);
    // A time that does not start with a digit may be the time column's name: files joined.
    if (!isDigit(time.charCodeAt(0)) && this.isHeaderAgain(cells)) {
      this.inner.skipRecord(line, HEADER_AGAIN);
      return;
    }
    const out = this.out;
    if (this.shape === 'wide') {
      // A series with no sample at this time is an empty cell (or Grafana's `undefined`,
      // grafana-values.ts): no check, not a bad row.
      for (let i = 0; i < header.length; i++) {
        if (i === this.timeIdx) continue;
        const value = cells.text(i);
        if (value.trim() === '') continue;
        const status = this.status(value, line);
        if (status === null || status === '') continue;
        out.fields = [header[i]!, time, status, ''];
        this.inner.record(out, line);
      }
      return;
    }
    // Label names are the file's ("__proto__" among them): kept as own keys, never a prototype.
    const labels: Record<string, string> = Object.create(null);
    for (const l of this.labels) {
      const v = cells.recurring(l.idx);
      if (v !== '') labels[l.name] = v;
    }
    const status = this.status(cells.text(this.valueIdx), line);
    if (status === null) return;
    // A series without labels (an aggregate such as min(probe_success)) has no name of its
    // own: left empty, it takes the file's, as any check without a monitor does.
    const monitor = Object.keys(labels).length === 0 ? '' : seriesName(labels);
    out.fields = [monitor, time, status, ''];
    this.inner.record(out, line);
  }

  private isHeaderAgain(cells: RowCells): boolean {
    const row: string[] = [];
    for (let i = 0; i < cells.count; i++) row.push(cells.text(i));
    return isHeaderAgain(row, this.header ?? []);
  }

  private readHeader(cells: RowCells, line: number): void {
    const header: string[] = [];
    for (let i = 0; i < cells.count; i++)
      header.push(
        cells
          .text(i)
          .trim()
          .replace(/^\uFEFF/, ''),
      );
    const names = header.map(normaliseHeader);
    const time = names.findIndex((n) => TIME_NAMES.includes(n));
    this.timeIdx = Math.max(time, 0);
    if (this.shape === 'labelled') {
      this.valueIdx = names.findIndex(isValueName);
      this.labels = header
        .map((name, idx) => ({ idx, name }))
        .filter((l) => l.idx !== this.timeIdx && l.idx !== this.valueIdx);
    }
    this.header = header;
    this.inner.useHeader([...RESHAPED_HEADER], line);
  }
}
