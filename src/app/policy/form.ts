// What every field of the generic policy form shares: the draft, how to change it, its
// problems by path, the clause citations (and which no longer match) and the notes on particular fields.
import type { Accessor } from 'solid-js';
import { type Path, pathText } from './paths';

export interface FormCtx {
  draft: Accessor<unknown>;
  change: (path: Path, value: unknown) => void;
  byPath: Accessor<Map<string, string[]>>;
  citations: Accessor<Record<string, string>>;
  /** Whether the field's value is no longer the one its clause, quoted from a preset or example policy, was written for. */
  isClauseChanged: (key: string) => boolean;
  noteOf: (path: Path) => string | null;
}

/** A DOM id for a field path. */
export function fieldId(path: Path): string {
  return `pf-${pathText(path).replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/**
 * aria-describedby for a field: its explanation when it has one, its problems when it has
 * any, and the warning that its value no longer matches its quoted clause.
 */
export function describedBy(ctx: FormCtx, path: Path, hasHelp = false): string | undefined {
  const key = pathText(path);
  const ids = [
    ...(hasHelp ? [`${fieldId(path)}-help`] : []),
    ...(ctx.byPath().has(key) ? [`${fieldId(path)}-err`] : []),
    ...(ctx.citations()[key] && ctx.isClauseChanged(key) ? [`${fieldId(path)}-changed`] : []),
  ];
  return ids.length ? ids.join(' ') : undefined;
}
