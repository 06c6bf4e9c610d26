// The page's side of a file's first look: the worker sniffs (src/ingest/sniff.ts); the page
// maps roles to columns as the importer will, to show and edit the plan.
import { type FileKind, mapColumns, ROLES_OF, type Role } from '../../ingest/columns';
import type { RecordKind } from '../../ingest/detect';
import { chosenColumns, namesOf, RECORD_COLUMNS, REQUIRED_COLUMNS } from '../../ingest/record-columns';

export type { RecordKind } from '../../ingest/detect';
export { HEAD_BYTES } from '../../ingest/head';
export type { Sniff } from '../../ingest/sniff';

export const isRecordKind = (kind: string): kind is RecordKind =>
  kind === 'tickets' || kind === 'obligations';

/** A tickets file's or an obligation log's columns, by their documented names. */
export function recordColumns(kind: RecordKind): {
  roles: string[];
  required: readonly string[];
  chosen: (header: readonly string[], overrides: Readonly<Record<string, string>>) => Record<string, string>;
} {
  const names = RECORD_COLUMNS[kind];
  return {
    roles: namesOf(names),
    required: REQUIRED_COLUMNS[kind],
    chosen: (header, overrides) => chosenColumns(header, names, overrides),
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
