// A first look at a dropped file, before anything is stored: its first 64 KB decoded,
// the first rows parsed by PapaParse, and the kind and column mapping detection guesses.
import Papa from 'papaparse';
import { type FileKind, mapColumns, normaliseHeader, ROLES_OF, type Role } from '../../ingest/columns';
import { decodeText, looksBinary } from '../../ingest/decode';
import { detectKind, type KindGuess } from '../../ingest/layouts';

export const HEAD_BYTES = 64 * 1024;
const SAMPLE_ROWS = 200;

/** Files of records rather than checks (SPEC §3 tickets, §4 obligation logs): read whole, no column mapping. */
export type RecordKind = 'tickets' | 'obligations';

export interface Sniff {
  header: string[];
  /** The first rows (never a row the 64 KB cut may have truncated). */
  rows: string[][];
  guess: KindGuess | null;
  /** A tickets file or an obligation log, recognised by its header; null for other files. */
  records: RecordKind | null;
  /** Why the file cannot be read at all (binary, empty). */
  problem: string | null;
}

export const isRecordKind = (kind: string): kind is RecordKind =>
  kind === 'tickets' || kind === 'obligations';

/** `id, severity, opened_at` make a tickets file; `obligation, started_at` an obligation log. */
export function recordKind(header: readonly string[]): RecordKind | null {
  const h = new Set(header.map(normaliseHeader));
  if (h.has('id') && h.has('severity') && (h.has('opened_at') || h.has('opened'))) return 'tickets';
  if (h.has('obligation') && h.has('started_at')) return 'obligations';
  return null;
}

export async function sniffFile(file: File): Promise<Sniff> {
  const bytes = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const text = decodeText(bytes);
  const empty: Sniff = { header: [], rows: [], guess: null, records: null, problem: null };
  if (text.trim() === '') return { ...empty, problem: 'empty' };
  if (looksBinary(text)) return { ...empty, problem: 'binary' };
  const parsed = Papa.parse<string[]>(text, { preview: SAMPLE_ROWS + 2, skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = parsed.data;
  // The cut at 64 KB may fall inside the last row read.
  if (file.size > HEAD_BYTES && rows.length < SAMPLE_ROWS + 1) rows.pop();
  const sample = rows.slice(0, SAMPLE_ROWS);
  const records = recordKind(header);
  const guess = records ? null : detectKind(header, sample);
  return { header, rows: sample, guess, records, problem: null };
}

/** Every role a kind of file can use, required ones first. */
export function rolesOf(kind: FileKind): Role[] {
  const r = ROLES_OF[kind];
  return [...r.required.flat(), ...r.optional];
}

/** role → column name as the importer would map it, with the user's overrides applied. */
export function effectiveColumns(
  header: readonly string[],
  kind: FileKind,
  overrides: Readonly<Record<string, string>>,
): { columns: Record<string, string>; problems: string[] } {
  const { map, problems } = mapColumns(header, kind, overrides);
  const columns: Record<string, string> = {};
  for (const role of rolesOf(kind)) {
    const i = map[role];
    columns[role] = i === undefined ? '' : header[i]!.trim().replace(/^\uFEFF/, '');
  }
  return { columns, problems };
}
