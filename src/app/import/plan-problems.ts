// What keeps a reviewed file from being imported, said in the app's words (the column
// mapper's own messages speak the command line's `--map`): a file with a header and no
// rows, a zone that is no time zone, a column chosen that the file does not have, a
// required role (or a tickets file's required column) with no column.
import { isValidZone } from '../../engine/time';
import { mapColumns, normaliseHeader, ROLES_OF } from '../../ingest/columns';
import { t } from '../state/locale';
import type { ImportJob } from './queue';
import { HEAD_BYTES, isRecordKind, recordColumns } from './sniff';

export function planProblemsOf(j: ImportJob): string[] {
  const sniff = j.sniff;
  if (!sniff || sniff.problem) return [];
  // Refused here rather than at import, where it would fail after the user chose to go on.
  // Only a file read whole is known to be empty: a longer one's first row may pass 64 KB.
  if (sniff.rows.length === 0 && j.file.size <= HEAD_BYTES) return [t('impNoRows', { file: j.file.name })];
  // Every kind reads its zone-less times in it, and the import would fail on it in the browser's words.
  if (!isValidZone(j.sourceZone)) return [t('impZoneUnknown', { zone: j.sourceZone, file: j.file.name })];
  const problems: string[] = [];
  const columns = new Set(sniff.header.map(normaliseHeader));
  for (const [role, column] of Object.entries(j.overrides))
    if (column.trim() !== '' && !columns.has(normaliseHeader(column)))
      problems.push(t('impNoSuchColumn', { role: t(`role_${role}` as 'role_time'), column }));
  // A tickets file's or an obligation log's required columns, each on its own.
  if (isRecordKind(j.kind)) {
    const record = recordColumns(j.kind);
    const chosen = record.chosen(sniff.header, j.overrides);
    for (const role of record.required)
      if (chosen[role] === '')
        problems.push(
          t('impNeedColumn', { file: j.file.name, roles: `“${t(`role_${role}` as 'role_time')}”` }),
        );
    return problems;
  }
  const { map } = mapColumns(sniff.header, j.kind, j.overrides);
  for (const group of ROLES_OF[j.kind].required)
    if (!group.some((role) => map[role] !== undefined))
      problems.push(
        t('impNeedColumn', {
          file: j.file.name,
          roles: group.map((role) => `“${t(`role_${role}`)}”`).join(t('impNeedColumnOr')),
        }),
      );
  // A request log needs its failed requests beside the requests (the mapper says so in `--map` terms).
  if (map.requests !== undefined && map.failures === undefined)
    problems.push(t('impNeedFailures', { file: j.file.name, role: t('role_failures') }));
  return problems;
}
