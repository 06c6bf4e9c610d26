// Every CSV record, whichever parser produced it, is judged here: the header maps the
// columns, and each later record becomes a check, an event, an exclusion record, a
// filtered row or a skipped row with its line and reason.

import { OUTCOME_DOWN, OUTCOME_UP } from '../engine/check-outcomes';
import {
  type ExclusionRecord,
  MAX_EXCLUSIONS,
  SKIPPED_EXAMPLES,
  type SkippedRow,
} from '../engine/observations';
import { EXCLUSION_KINDS } from '../engine/policy';
import { FIRST_YEAR, isReadableInstant, LAST_YEAR } from '../engine/time';
import {
  type ColumnMap,
  columnList,
  HEADER_AGAIN,
  isHeaderAgain,
  MAX_COLUMNS,
  MAX_MONITOR_CHARS,
  mapColumns,
  type Role,
  tooManyColumns,
  twiceNamed,
} from './columns';
import type { IntervalStates } from './json-layouts';
import { type CheckSeries, countOverflow, type MinuteReducer } from './reduce';
import type { CheckPlan } from './scan-lane';
import { classifyCheck } from './status';
import { baseName, baseNameWithExt, InputError, type LoadOptions, type LoadResult } from './stream-input';
import { durationMs, exclusionKind, isGroupedNumber } from './stream-intervals';
import { parseTimestamp, type TimeResult } from './timestamps';

/**
 * The current record's cells, as a parser presents them. A parser that can read a time
 * or a check without making strings says so through the quick* methods; the reference
 * readers (parseTimestamp, classifyCheck) decide everything else, so results and reasons
 * are the same whichever parser read the file.
 */
export interface RowCells {
  readonly count: number;
  /** The cell as the CSV means it: quotes removed, doubled quotes undone, line breaks as LF. */
  text(i: number): string;
  /** A record of one cell holding only white space: an empty line, which is ignored. */
  isBlank(): boolean;
  /** text(i).trim(), for a column whose values repeat from row to row (monitor names, filters). */
  recurring(i: number): string;
  /** Epoch ms when the parser is sure of the time cell, else NaN. */
  quickTime(i: number): number;
  /** The check's outcome class when the parser is sure of it, else -1. Indexes are -1 for absent columns. */
  quickCheck(code: number, status: number, error: number): number;
}

/** A record already split into strings (PapaParse's rows, JSON records, reshaped and sampled rows). */
export class StringCells implements RowCells {
  constructor(public fields: readonly string[] = []) {}

  get count(): number {
    return this.fields.length;
  }

  text(i: number): string {
    return this.fields[i] ?? '';
  }

  isBlank(): boolean {
    return this.fields.length === 1 && this.fields[0]!.trim() === '';
  }

  recurring(i: number): string {
    return this.text(i).trim();
  }

  quickTime(): number {
    return Number.NaN;
  }

  quickCheck(): number {
    return -1;
  }
}

/** A handler's counts and skipped-row examples, as another handler of the same file takes them in. */
export interface HandledPart {
  rows: number;
  skippedRows: number;
  filteredRows: number;
  skipped: SkippedRow[];
}

export interface RecordSink {
  record(cells: RowCells, line: number): void;
}

interface RowFilter {
  idx: number;
  values: Set<string>;
  keep: boolean;
}

export class RowHandler implements RecordSink {
  rows = 0;
  skippedRows = 0;
  filteredRows = 0;
  private header: string[] | null = null;
  private map: ColumnMap = {};
  private filters: RowFilter[] = [];
  private readonly skipped: SkippedRow[] = [];
  private readonly exclusions: ExclusionRecord[] = [];
  private readonly eventMonitors = new Set<string>();
  private readonly series = new Map<string, CheckSeries>();
  private readonly monitorDefault: string;
  // Column indexes of the check roles, -1 when absent, read once per file rather than per row.
  private timeIdx = -1;
  private monitorIdx = -1;
  private numbering: 'record' | undefined;
  /** A layout whose intervals name their state (Pingdom's up, down, unknown); null for plain event logs. */
  private intervalStates: IntervalStates | null = null;
  /** The column naming each interval's state, found once the header is read. */
  private stateIdx = -1;
  private codeIdx = -1;
  private statusIdx = -1;
  private errorIdx = -1;
  /** A request log's columns: requests a row stands for, and how many of them failed. */
  private requestsIdx = -1;
  private failuresIdx = -1;

  constructor(
    private readonly name: string,
    private readonly options: LoadOptions,
    private readonly reducer: MinuteReducer,
  ) {
    this.monitorDefault = baseName(name);
  }

  /** True once the header has been read. */
  get hasHeader(): boolean {
    return this.header !== null;
  }

  record(cells: RowCells, line: number): void {
    if (cells.count === 1 && cells.isBlank()) return;
    this.row = cells;
    const header = this.header;
    if (header === null) {
      this.readHeader(cells, line);
      return;
    }
    if (cells.count !== header.length) {
      this.skip(line, `expected ${header.length} fields, found ${cells.count}`);
      return;
    }
    if (this.filters.length > 0 && !this.passesFilters(cells)) {
      this.filteredRows++;
      return;
    }
    const monitor =
      this.monitorIdx < 0 ? this.monitorDefault : cells.recurring(this.monitorIdx) || this.monitorDefault;
    if (monitor.length > MAX_MONITOR_CHARS) {
      this.skip(line, `monitor name longer than ${MAX_MONITOR_CHARS} characters`);
      return;
    }
    const kind = this.options.kind;
    if (kind === 'probes' || kind === 'states') this.check(cells, line, monitor, kind);
    else this.interval(cells, line, monitor);
  }

  /** Rows are a JSON document's records, numbered from its header record 1, not lines. */
  numberByRecord(): void {
    this.numbering = 'record';
  }

  /** Event rows are intervals of a known state: the down ones outages, the up ones coverage. */
  readIntervalStates(states: IntervalStates): void {
    this.intervalStates = states;
  }

  result(): LoadResult {
    if (this.header === null) throw new InputError(this.name, null, 'the file is empty');
    if (this.rows === 0)
      throw new InputError(
        this.name,
        null,
        this.skippedRows
          ? `no usable rows: all ${this.skippedRows} skipped (first: ${this.numbering ?? 'line'} ${this.skipped[0]!.line}, ${this.skipped[0]!.reason})`
          : this.filteredRows
            ? `${this.filteredRows === 1 ? 'its 1' : `all ${this.filteredRows}`} ${this.numbering === 'record' ? 'record' : 'row'}${this.filteredRows === 1 ? ' was' : 's were'} left out by the filters (${this.filterText()}); nothing to import`
            : this.numbering === 'record'
              ? 'no records to import (its lists are empty)'
              : 'no usable rows (header only)',
      );
    const monitors = this.options.kind === 'exclusions' ? [] : [...this.series.keys(), ...this.eventMonitors];
    return {
      summary: {
        name: baseNameWithExt(this.name),
        kind: this.options.kind,
        rows: this.rows,
        skippedRows: this.skippedRows,
        monitors: monitors.sort(),
        skipped: this.skipped,
        ...(this.numbering ? { numbering: this.numbering } : {}),
      },
      exclusions: this.exclusions,
      filteredRows: this.filteredRows,
    };
  }

  /** The filters as given (the user's and the layout's own): column=value,value and column≠value. */
  private filterText(): string {
    const text = (f: { column: string; values: readonly string[] }, sign: string) =>
      `${f.column}${sign}${f.values.join(',')}`;
    return [
      ...(this.options.where ?? []).map((f) => text(f, '=')),
      ...(this.options.whereNot ?? []).map((f) => text(f, '≠')),
    ].join(', ');
  }

  private readHeader(cells: RowCells, line: number): void {
    if (cells.count > MAX_COLUMNS) throw new InputError(this.name, line, tooManyColumns(cells.count));
    const header: string[] = [];
    for (let i = 0; i < cells.count; i++) header.push(cells.text(i));
    this.useHeader(header, line);
  }

  /** The header's cells, once read (a second reader of the same file's later part takes them). */
  get headerCells(): readonly string[] | null {
    return this.header;
  }

  /** Maps the columns by a header read elsewhere (or here, from its first record). */
  useHeader(header: string[], line: number): void {
    const { map, problems } = mapColumns(header, this.options.kind, this.options.columns);
    problems.push(...twiceNamed(header, map));
    if (problems.length) throw new InputError(this.name, line, problems.join('; '));
    this.filters = [
      ...(this.options.where ?? []).map((f) => ({ ...f, keep: true })),
      ...(this.options.whereNot ?? []).map((f) => ({ ...f, keep: false })),
    ].map((f) => {
      const idx = header.findIndex((h) => h.trim().toLowerCase() === f.column.trim().toLowerCase());
      if (idx < 0)
        throw new InputError(this.name, line, `--where: no column "${f.column}" (${columnList(header)})`);
      return { idx, values: new Set(f.values.map((v) => v.trim().toLowerCase())), keep: f.keep };
    });
    this.map = map;
    this.timeIdx = map.time ?? -1;
    this.monitorIdx = map.monitor ?? -1;
    this.codeIdx = map.code ?? -1;
    this.statusIdx = map.status ?? -1;
    this.errorIdx = map.error ?? -1;
    this.requestsIdx = map.requests ?? -1;
    this.failuresIdx = map.failures ?? -1;
    this.stateIdx = this.intervalStates ? header.indexOf(this.intervalStates.column) : -1;
    this.header = header;
  }

  /**
   * How a parser may count plain check rows itself: undefined until the header is read,
   * null when every row must come through `record` (intervals, filters).
   */
  checkPlan(): CheckPlan | null | undefined {
    const header = this.header;
    if (header === null) return undefined;
    const kind = this.options.kind;
    if (
      (kind !== 'probes' && kind !== 'states') ||
      this.filters.length > 0 ||
      this.timeIdx < 0 ||
      this.requestsIdx >= 0
    )
      return null;
    if (header.length < 2) return null;
    return {
      fields: header.length,
      time: this.timeIdx,
      monitor: this.monitorIdx,
      code: this.codeIdx,
      status: this.statusIdx,
      error: this.errorIdx,
      seriesOf: (cell) => this.seriesOf(cell || this.monitorDefault, kind),
      accepted: (rows) => {
        this.rows += rows;
      },
    };
  }

  private seriesOf(monitor: string, kind: 'probes' | 'states'): CheckSeries {
    let series = this.series.get(monitor);
    if (series === undefined) {
      series = this.reducer.checkSeries(kind, monitor);
      this.series.set(monitor, series);
    }
    return series;
  }

  /** What this handler read, for another handler of the same file to take in (see `absorb`). */
  part(): HandledPart {
    return {
      rows: this.rows,
      skippedRows: this.skippedRows,
      filteredRows: this.filteredRows,
      skipped: this.skipped.map((r) => ({ ...r })),
    };
  }

  /**
   * Takes in the counts of a handler that read the records after this one's last, its
   * line numbers moved by `lineShift`; the checks themselves arrive through the reducer.
   * Intervals are not split this way (their records stay in the handler).
   */
  absorb(part: HandledPart, monitors: readonly string[], lineShift: number): void {
    if (this.options.kind !== 'probes' && this.options.kind !== 'states')
      throw new Error('RowHandler.absorb: only check files are read in parts');
    for (const r of part.skipped)
      if (this.skipped.length < SKIPPED_EXAMPLES)
        this.skipped.push({ line: r.line + lineShift, reason: r.reason });
    this.rows += part.rows;
    this.skippedRows += part.skippedRows;
    this.filteredRows += part.filteredRows;
    for (const monitor of monitors) this.seriesOf(monitor, this.options.kind);
  }

  /** The monitors with checks so far. */
  get checkMonitors(): string[] {
    return [...this.series.keys()];
  }

  private passesFilters(cells: RowCells): boolean {
    for (const f of this.filters)
      if (f.values.has(cells.recurring(f.idx).toLowerCase()) !== f.keep) return false;
    return true;
  }

  /** A record a reshaping reader refuses before it becomes a row (counted like any skipped row). */
  skipRecord(line: number, reason: string): void {
    this.row = null;
    this.skip(line, reason);
  }

  /** The row being read, for a skipped row's reason: the header again is said to be that. */
  private row: RowCells | null = null;

  private skip(line: number, reason: string): void {
    this.skippedRows++;
    if (this.skipped.length < SKIPPED_EXAMPLES)
      this.skipped.push({ line, reason: this.isHeaderAgain() ? HEADER_AGAIN : reason });
  }

  private isHeaderAgain(): boolean {
    const row = this.row;
    if (row === null || this.header === null || row.count !== this.header.length) return false;
    const cells: string[] = [];
    for (let i = 0; i < row.count; i++) cells.push(row.text(i));
    return isHeaderAgain(cells, this.header);
  }

  /**
   * An interval of a known state: a down one is an outage and, like an up one, time the
   * file covers; an unknown one is read but is no evidence either way (no data).
   */
  private stateInterval(
    states: IntervalStates,
    cells: RowCells,
    line: number,
    monitor: string,
    startMs: number,
    endMs: number,
  ): void {
    const at = this.stateIdx;
    const state = at < 0 ? '' : cells.text(at).trim().toLowerCase();
    const down = states.down.includes(state);
    if (!down && !states.up.includes(state)) {
      if (!states.unknown.includes(state))
        this.skip(
          line,
          `unknown state (expected ${[...states.down, ...states.up, ...states.unknown].join(', ')})`,
        );
      else this.rows++;
      return;
    }
    if (down) this.reducer.addEvent(this.name, monitor, startMs, endMs);
    this.reducer.addKnown(this.name, monitor, startMs, endMs);
    this.eventMonitors.add(monitor);
    this.rows++;
  }

  private cell(cells: RowCells, role: Role): string | undefined {
    const i = this.map[role];
    return i === undefined ? undefined : cells.text(i);
  }

  private time(raw: string | undefined, what: string): TimeResult {
    if (raw === undefined || raw.trim() === '') return { ok: false, reason: `empty ${what}` };
    const r = parseTimestamp(raw, this.options.sourceZone);
    return r.ok ? r : { ok: false, reason: `${what}: ${r.reason}` };
  }

  private check(cells: RowCells, line: number, monitor: string, kind: 'probes' | 'states'): void {
    let ms = this.timeIdx < 0 ? Number.NaN : cells.quickTime(this.timeIdx);
    if (Number.isNaN(ms)) {
      const t = this.time(this.cell(cells, 'time'), 'time');
      if (!t.ok) {
        this.skip(line, t.reason);
        return;
      }
      ms = t.ms;
    }
    if (this.requestsIdx >= 0) {
      this.requests(cells, line, monitor, kind, ms);
      return;
    }
    let outcome = cells.quickCheck(this.codeIdx, this.statusIdx, this.errorIdx);
    if (outcome < 0) {
      const check = classifyCheck(
        this.cell(cells, 'code'),
        this.cell(cells, 'status'),
        this.cell(cells, 'error'),
      );
      if (!check.ok) {
        this.skip(line, check.reason);
        return;
      }
      outcome = check.outcome;
    }
    this.seriesOf(monitor, kind).add(ms, outcome);
    this.rows++;
  }

  /**
   * A row standing for many requests (an API client's own log: `requests`, `errors`): each
   * request a check at the row's time, up or down whatever the policy's down codes say, so
   * an error-rate rule reads the share that failed.
   */
  private requests(
    cells: RowCells,
    line: number,
    monitor: string,
    kind: 'probes' | 'states',
    ms: number,
  ): void {
    const count = (i: number, what: string): number | string => {
      const raw = cells.text(i).trim();
      if (!/^\d{1,9}$/.test(raw)) return `${what}: expected a whole number (up to 9 digits)`;
      return Number(raw);
    };
    const total = count(this.requestsIdx, 'requests');
    const failed = typeof total === 'string' ? 0 : count(this.failuresIdx, 'failed requests');
    const problem =
      typeof total === 'string'
        ? total
        : typeof failed === 'string'
          ? failed
          : failed > total
            ? `${failed} failed requests of ${total}: more failed than were made`
            : null;
    if (problem !== null || typeof total === 'string' || typeof failed === 'string') {
      this.skip(line, problem ?? '');
      return;
    }
    const series = this.seriesOf(monitor, kind);
    const overflowBefore = series.overflowMinute;
    // Past a count's limit the row is refused at once: it would only be clipped, and a
    // 9-digit count must not be added one by one.
    for (let i = failed; i < total && series.overflowMinute === overflowBefore; i++)
      series.add(ms, OUTCOME_UP);
    for (let i = 0; i < failed && series.overflowMinute === overflowBefore; i++) series.add(ms, OUTCOME_DOWN);
    if (series.overflowMinute !== overflowBefore)
      throw new InputError(this.name, line, countOverflow(monitor, series.overflowMinute!));
    this.rows++;
  }

  private interval(cells: RowCells, line: number, monitor: string): void {
    const s = this.time(this.cell(cells, 'start'), 'start');
    if (!s.ok) {
      this.skip(line, s.reason);
      return;
    }
    let endMs: number;
    const endRaw = this.cell(cells, 'end');
    if (endRaw !== undefined && endRaw.trim() !== '') {
      const e = this.time(endRaw, 'end');
      if (!e.ok) {
        this.skip(line, e.reason);
        return;
      }
      endMs = e.ms;
    } else {
      const durRaw = this.cell(cells, 'duration');
      const d = durRaw === undefined ? null : durationMs(durRaw, this.header![this.map.duration!] ?? '');
      if (d === null) {
        // An empty end where the file has no duration is an incident still open when it was saved.
        this.skip(
          line,
          durRaw !== undefined && isGroupedNumber(durRaw)
            ? 'a duration such as 1.800, which is 1.8 or 1 800 as the spreadsheet that wrote it reads it: write it without a thousands separator'
            : durRaw?.trim()
              ? 'unreadable duration (expected a number, or hours:minutes:seconds with minutes and seconds below 60)'
              : endRaw !== undefined && durRaw === undefined
                ? 'no end yet (still open when the file was saved; save it again once it has ended)'
                : 'no end or duration',
        );
        return;
      }
      endMs = s.ms + d;
      // A duration that ends past the readable years would stretch the file over millennia.
      if (!isReadableInstant(endMs)) {
        this.skip(line, `duration ends outside the years ${FIRST_YEAR}–${LAST_YEAR}`);
        return;
      }
    }
    if (endMs < s.ms) {
      this.skip(line, 'end before start');
      return;
    }
    if (this.options.kind === 'events') {
      if (this.intervalStates !== null) {
        this.stateInterval(this.intervalStates, cells, line, monitor, s.ms, endMs);
        return;
      }
      this.reducer.addEvent(this.name, monitor, s.ms, endMs);
      this.eventMonitors.add(monitor);
      this.rows++;
      return;
    }
    const kindRaw = this.cell(cells, 'kind') ?? '';
    const kind = exclusionKind(kindRaw);
    if (!kind) {
      this.skip(line, `unknown exclusion kind (expected ${EXCLUSION_KINDS.join(', ')})`);
      return;
    }
    const announcedRaw = this.cell(cells, 'announcedAt');
    let announcedAtMs: number | null = null;
    if (announcedRaw !== undefined && announcedRaw.trim() !== '') {
      const a = this.time(announcedRaw, 'announced_at');
      if (!a.ok) {
        this.skip(line, a.reason);
        return;
      }
      announcedAtMs = a.ms;
    }
    // Refused at the first record past the cap, before the rest of the file is read.
    if (this.exclusions.length === MAX_EXCLUSIONS)
      throw new InputError(
        this.name,
        line,
        `more than ${MAX_EXCLUSIONS} exclusions; SLA Witness reads at most ${MAX_EXCLUSIONS}`,
      );
    this.exclusions.push({
      startMs: s.ms,
      endMs,
      kind,
      announcedAtMs,
      note: this.cell(cells, 'note')?.trim() ?? '',
      source: this.name,
      line,
    });
    this.rows++;
  }
}
