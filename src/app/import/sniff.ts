// A first look at a dropped file, before anything is stored: its first 64 KB through the
// detection the command line uses too (src/ingest/detect.ts): kind, layout, columns,
// delimiter, encoding and how its times are zoned.
import { type FileKind, mapColumns, ROLES_OF, type Role } from '../../ingest/columns';
import { detectFile, HEAD_BYTES, type RecordKind, type ZoneConvention } from '../../ingest/detect';
import type { KindGuess } from '../../ingest/layouts';

export { HEAD_BYTES, type RecordKind, recordKind } from '../../ingest/detect';

export interface Sniff {
  format: 'csv' | 'json';
  header: string[];
  /** The first rows (never a row the 64 KB cut may have truncated). */
  rows: string[][];
  guess: KindGuess | null;
  /** A tickets file or an obligation log, recognised by its header; null for other files. */
  records: RecordKind | null;
  /** Why the file cannot be read at all (binary, empty, JSON of no known layout). */
  problem: 'empty' | 'binary' | 'json-unknown' | 'wide' | null;
  /** That reason as one line naming what was recognised (never the content). */
  problemText: string | null;
  /** Whether zone-less times need a zone from the user (`local`). */
  zone: ZoneConvention;
}

export const isRecordKind = (kind: string): kind is RecordKind =>
  kind === 'tickets' || kind === 'obligations';

export async function sniffFile(file: File): Promise<Sniff> {
  const bytes = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const d = detectFile(file.name, bytes, file.size <= HEAD_BYTES);
  return {
    format: d.format,
    header: d.header,
    rows: d.rows,
    guess: d.guess,
    records: d.records,
    problem: d.problemKind,
    problemText: d.problem,
    zone: d.zone.convention,
  };
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
