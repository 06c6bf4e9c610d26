// Obligation log entries from CSV (`obligation, started_at, fulfilled_at, note`): every
// row must name one of the contract's obligations, and a deadline's event be fulfilled no
// earlier than its clock started, or the file is refused whole.
import { fulfilledBeforeStart, type ObligationEntry, type ObligationTerms } from '../engine/obligations';
import { columnList, HEADER_AGAIN, isHeaderAgain } from './columns';
import { InputError } from './load';
import { OBLIGATION_COLUMNS } from './record-columns';
import { smallFileText, smallTable } from './small-table';
import { parseTimestamp } from './timestamps';

const COLUMNS = OBLIGATION_COLUMNS;

/** `columns` names the file's column for a log column (`started_at` → `Requested`). */
export function loadObligations(
  name: string,
  bytes: Uint8Array,
  sourceZone: string,
  obligations: readonly ObligationTerms[],
  columns: Readonly<Record<string, string>> = {},
): ObligationEntry[] {
  const text = smallFileText(name, bytes, 'a CSV text file');
  const { header, at, rows } = smallTable(
    name,
    text,
    COLUMNS,
    ['obligation', 'startedAt'],
    (_, header) => `expected columns obligation, started_at (${columnList(header)})`,
    columns,
  );
  const known = new Map(obligations.map((o) => [o.id, o]));
  const out: ObligationEntry[] = [];
  const time = (raw: string, what: string, line: number) => {
    const t = parseTimestamp(raw, sourceZone);
    if (!t.ok) throw new InputError(name, line, `${what}: ${t.reason}`);
    return t.ms;
  };
  for (const { line, fields } of rows) {
    if (fields.length !== header.length)
      throw new InputError(name, line, `expected ${header.length} fields, found ${fields.length}`);
    if (isHeaderAgain(fields, header)) throw new InputError(name, line, `${HEADER_AGAIN}: remove it`);
    const id = fields[at.obligation]!.trim();
    const terms = known.get(id);
    if (terms === undefined)
      throw new InputError(
        name,
        line,
        `unknown obligation (this contract has: ${[...known.keys()].join(', ') || 'none'})`,
      );
    const fulfilled = at.fulfilledAt >= 0 ? fields[at.fulfilledAt]!.trim() : '';
    const startedAtMs = time(fields[at.startedAt]!, 'started_at', line);
    const fulfilledAtMs = fulfilled === '' ? null : time(fulfilled, 'fulfilled_at', line);
    if (fulfilledBeforeStart(terms, startedAtMs, fulfilledAtMs))
      throw new InputError(name, line, `fulfilled_at is before started_at, where the deadline of ${id} runs`);
    out.push({
      obligation: id,
      startedAtMs,
      fulfilledAtMs,
      note: at.note >= 0 ? fields[at.note]!.trim() : '',
      source: name.split(/[\\/]/).pop() ?? name,
      line,
    });
  }
  return out;
}
