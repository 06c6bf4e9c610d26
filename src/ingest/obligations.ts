// Obligation log entries from CSV (`obligation, started_at, fulfilled_at, note`): every
// row must name one of the contract's obligations, and a deadline's event be fulfilled no
// earlier than its clock started, or the file is refused whole.
import { fulfilledBeforeStart, type ObligationEntry, type ObligationTerms } from '../engine/obligations';
import {
  columnList,
  HEADER_AGAIN,
  isHeaderAgain,
  MAX_COLUMNS,
  normaliseHeader,
  tooManyColumns,
  twiceNamed,
} from './columns';
import { csvRecords, guessDelimiter } from './csv';
import { decodeText, notTextProblem } from './decode';
import { InputError } from './load';
import { parseTimestamp } from './timestamps';

const COLUMNS = {
  obligation: ['obligation', 'obligation_id', 'promise', 'id'],
  startedAt: ['started_at', 'start', 'started', 'clock_started_at', 'from'],
  fulfilledAt: ['fulfilled_at', 'fulfilled', 'done_at', 'completed_at', 'to'],
  note: ['note', 'notes', 'comment'],
};

export function loadObligations(
  name: string,
  bytes: Uint8Array,
  sourceZone: string,
  obligations: readonly ObligationTerms[],
): ObligationEntry[] {
  const text = decodeText(bytes);
  if (text.trim() === '') throw new InputError(name, null, 'the file is empty');
  // As for tickets: a zip or a binary file read as CSV would otherwise name its bytes as columns.
  const notText = notTextProblem(bytes, text, 'a CSV text file');
  if (notText) throw new InputError(name, null, notText);
  const records = csvRecords(name, text, guessDelimiter(text));
  const head = records.next();
  if (head.done) throw new InputError(name, null, 'the file is empty');
  if (head.value.fields.length > MAX_COLUMNS)
    throw new InputError(name, head.value.line, tooManyColumns(head.value.fields.length));
  const cols = head.value.fields.map(normaliseHeader);
  const idx = (role: keyof typeof COLUMNS) => cols.findIndex((c) => COLUMNS[role].includes(c));
  const [o, s, f, n] = [idx('obligation'), idx('startedAt'), idx('fulfilledAt'), idx('note')];
  if (o < 0 || s < 0)
    throw new InputError(
      name,
      head.value.line,
      `expected columns obligation, started_at (${columnList(head.value.fields)})`,
    );
  const twice = twiceNamed(head.value.fields, { obligation: o, started_at: s, fulfilled_at: f, note: n });
  if (twice.length) throw new InputError(name, head.value.line, twice.join('; '));
  const known = new Map(obligations.map((o) => [o.id, o]));
  const out: ObligationEntry[] = [];
  const time = (raw: string, what: string, line: number) => {
    const t = parseTimestamp(raw, sourceZone);
    if (!t.ok) throw new InputError(name, line, `${what}: ${t.reason}`);
    return t.ms;
  };
  for (const { line, fields } of records) {
    if (fields.length !== head.value.fields.length)
      throw new InputError(name, line, `expected ${head.value.fields.length} fields, found ${fields.length}`);
    if (isHeaderAgain(fields, head.value.fields))
      throw new InputError(name, line, `${HEADER_AGAIN}: remove it`);
    const id = fields[o]!.trim();
    const terms = known.get(id);
    if (terms === undefined)
      throw new InputError(
        name,
        line,
        `unknown obligation (this contract has: ${[...known.keys()].join(', ') || 'none'})`,
      );
    const fulfilled = f >= 0 ? fields[f]!.trim() : '';
    const startedAtMs = time(fields[s]!, 'started_at', line);
    const fulfilledAtMs = fulfilled === '' ? null : time(fulfilled, 'fulfilled_at', line);
    if (fulfilledBeforeStart(terms, startedAtMs, fulfilledAtMs))
      throw new InputError(name, line, `fulfilled_at is before started_at, where the deadline of ${id} runs`);
    out.push({
      obligation: id,
      startedAtMs,
      fulfilledAtMs,
      note: n >= 0 ? fields[n]!.trim() : '',
      source: name.split(/[\\/]/).pop() ?? name,
      line,
    });
  }
  return out;
}
