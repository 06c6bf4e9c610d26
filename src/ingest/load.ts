// One CSV file → rows → the reducer (or exclusion records), with every unusable line
// reported by number and reason.
import type { ExclusionRecord, InputSummary, SkippedRow } from '../engine/observations';
import { EXCLUSION_KINDS } from '../engine/policy';
import { type ColumnMap, type FileKind, mapColumns } from './columns';
import { csvRecords, guessDelimiter } from './csv';
import { decodeText, looksBinary } from './decode';
import type { MinuteReducer } from './reduce';
import { classifyCheck, type ProbeRules } from './status';
import { clip, parseTimestamp } from './timestamps';

export interface LoadOptions {
  kind: FileKind;
  /** Zone for timestamps written without one. */
  sourceZone: string;
  rules: ProbeRules;
  /** role → column name overrides. */
  columns?: Record<string, string>;
  /** Keep only rows whose column holds one of the values / leave those out. */
  where?: { column: string; values: string[] }[];
  whereNot?: { column: string; values: string[] }[];
}

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    reason: string,
  ) {
    super(line === null ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = 'InputError';
  }
}

const SKIPPED_EXAMPLES = 50;

/** The file name without directory or extension: a monitor's default name (rule 14). */
export function baseName(file: string): string {
  const leaf = file.split(/[\\/]/).pop() ?? file;
  const dot = leaf.lastIndexOf('.');
  return dot > 0 ? leaf.slice(0, dot) : leaf;
}

const KIND_WORDS: Record<string, ExclusionRecord['kind']> = {
  planned: 'planned',
  scheduled: 'planned',
  maintenance: 'planned',
  scheduled_maintenance: 'planned',
  planned_maintenance: 'planned',
  emergency: 'emergency',
  emergency_maintenance: 'emergency',
  third_party: 'third-party',
  thirdparty: 'third-party',
  upstream: 'third-party',
  force_majeure: 'force-majeure',
  forcemajeure: 'force-majeure',
  customer: 'customer',
  customer_caused: 'customer',
  other: 'other',
};

function exclusionKind(raw: string): string | null {
  const k = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const kind = KIND_WORDS[k];
  return kind && (EXCLUSION_KINDS as readonly string[]).includes(kind) ? kind : null;
}

/** Seconds, or HH:MM:SS / MM:SS; minutes where the column says so. */
function durationMs(raw: string, header: string): number | null {
  const t = raw.trim();
  if (/^\d+(\.\d+)?$/.test(t))
    return Number(t) * (/min/i.test(header) ? 60_000 : /(^|_)ms$/i.test(header) ? 1 : 1000);
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(t);
  if (!m) return null;
  return ((Number(m[1] ?? 0) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000;
}

export interface LoadResult {
  summary: InputSummary;
  exclusions: ExclusionRecord[];
  /** Rows the --where / --where-not filters left out (not skipped: chosen). */
  filteredRows: number;
}

export function loadCsv(
  name: string,
  bytes: Uint8Array,
  options: LoadOptions,
  reducer: MinuteReducer,
): LoadResult {
  const text = decodeText(bytes);
  if (text.trim() === '') throw new InputError(name, null, 'the file is empty');
  if (looksBinary(text)) throw new InputError(name, null, 'this is not a CSV text file (binary data)');
  const records = csvRecords(text, guessDelimiter(text));
  const first = records.next();
  if (first.done) throw new InputError(name, null, 'the file is empty');
  const header = first.value.fields;
  const { map, problems } = mapColumns(header, options.kind, options.columns);
  if (problems.length) throw new InputError(name, first.value.line, problems.join('; '));
  const filters = [
    ...(options.where ?? []).map((f) => ({ ...f, keep: true })),
    ...(options.whereNot ?? []).map((f) => ({ ...f, keep: false })),
  ].map((f) => {
    const idx = header.findIndex((h) => h.trim().toLowerCase() === f.column.trim().toLowerCase());
    if (idx < 0)
      throw new InputError(
        name,
        first.value.line,
        `--where: no column "${f.column}" (columns: ${header.join(', ')})`,
      );
    return { idx, values: new Set(f.values.map((v) => v.trim().toLowerCase())), keep: f.keep };
  });

  const monitorDefault = baseName(name);
  const monitors = new Set<string>();
  const skipped: SkippedRow[] = [];
  const exclusions: ExclusionRecord[] = [];
  let rows = 0;
  let skippedRows = 0;
  let filteredRows = 0;
  const skip = (line: number, reason: string) => {
    skippedRows++;
    if (skipped.length < SKIPPED_EXAMPLES) skipped.push({ line, reason });
  };
  const cell = (fields: string[], m: ColumnMap, role: keyof ColumnMap) => {
    const i = m[role];
    return i === undefined ? undefined : fields[i];
  };
  const time = (raw: string | undefined, what: string) => {
    if (raw === undefined || raw.trim() === '') return { ok: false as const, reason: `empty ${what}` };
    const r = parseTimestamp(raw, options.sourceZone);
    return r.ok ? r : { ok: false as const, reason: `${what}: ${r.reason}` };
  };

  for (const { line, fields } of records) {
    if (fields.length !== header.length) {
      skip(line, `expected ${header.length} fields, found ${fields.length}`);
      continue;
    }
    if (
      filters.length &&
      !filters.every((f) => f.values.has(fields[f.idx]!.trim().toLowerCase()) === f.keep)
    ) {
      filteredRows++;
      continue;
    }
    const monitor = cell(fields, map, 'monitor')?.trim() || monitorDefault;
    if (options.kind === 'probes' || options.kind === 'states') {
      const t = time(cell(fields, map, 'time'), 'time');
      if (!t.ok) {
        skip(line, t.reason);
        continue;
      }
      const check = classifyCheck(
        cell(fields, map, 'code'),
        cell(fields, map, 'status'),
        cell(fields, map, 'error'),
        options.rules,
      );
      if (!check.ok) {
        skip(line, check.reason);
        continue;
      }
      reducer.addCheck(options.kind, monitor, t.ms, check.down);
    } else {
      const s = time(cell(fields, map, 'start'), 'start');
      if (!s.ok) {
        skip(line, s.reason);
        continue;
      }
      let endMs: number;
      const endRaw = cell(fields, map, 'end');
      if (endRaw !== undefined && endRaw.trim() !== '') {
        const e = time(endRaw, 'end');
        if (!e.ok) {
          skip(line, e.reason);
          continue;
        }
        endMs = e.ms;
      } else {
        const durRaw = cell(fields, map, 'duration');
        const d = durRaw === undefined ? null : durationMs(durRaw, header[map.duration!] ?? '');
        if (d === null) {
          skip(line, durRaw?.trim() ? `unreadable duration "${clip(durRaw.trim())}"` : 'no end or duration');
          continue;
        }
        endMs = s.ms + d;
      }
      if (endMs < s.ms) {
        skip(line, 'end before start');
        continue;
      }
      if (options.kind === 'events') reducer.addEvent(name, monitor, s.ms, endMs);
      else {
        const kindRaw = cell(fields, map, 'kind') ?? '';
        const kind = exclusionKind(kindRaw);
        if (!kind) {
          skip(
            line,
            `unknown exclusion kind "${clip(kindRaw.trim())}" (expected ${EXCLUSION_KINDS.join(', ')})`,
          );
          continue;
        }
        const announcedRaw = cell(fields, map, 'announcedAt');
        let announcedAtMs: number | null = null;
        if (announcedRaw !== undefined && announcedRaw.trim() !== '') {
          const a = time(announcedRaw, 'announced_at');
          if (!a.ok) {
            skip(line, a.reason);
            continue;
          }
          announcedAtMs = a.ms;
        }
        exclusions.push({
          startMs: s.ms,
          endMs,
          kind,
          announcedAtMs,
          note: cell(fields, map, 'note')?.trim() ?? '',
          source: name,
          line,
        });
      }
    }
    rows++;
    if (options.kind !== 'exclusions') monitors.add(monitor);
  }
  if (rows === 0)
    throw new InputError(
      name,
      null,
      skippedRows
        ? `no usable rows: all ${skippedRows} skipped (first: line ${skipped[0]!.line}, ${skipped[0]!.reason})`
        : 'no usable rows (header only)',
    );
  return {
    summary: {
      name: baseNameWithExt(name),
      kind: options.kind,
      rows,
      skippedRows,
      monitors: [...monitors].sort(),
      skipped,
    },
    exclusions,
    filteredRows,
  };
}

function baseNameWithExt(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
