// The policy form's words for one field in the interface language: its plain label (its
// name in words when the table has none), explanation and example, and the answers of
// its choices.
import type { MessageKey, Params } from '../i18n';
import { t as appText, locale } from '../state/locale';
import { choiceWords } from './choice-text';
import { fieldWords } from './field-text';
import type { FormCtx } from './form';
import { getAt, labelOf, type Path, shapeOf } from './paths';
import { isPolicyTextKey, type PolicyTextKey, policyText } from './text';

/** The interface's words and the policy form's own, in the current language (reactive). */
export function t(key: MessageKey | PolicyTextKey, params?: Params): string {
  return isPolicyTextKey(key) ? policyText(locale(), key, params) : appText(key, params);
}

/** The kind of the group a field sits in ("claim.days" means business days per kind). */
export function parentKind(ctx: FormCtx, path: Path): string | undefined {
  const parent = getAt(ctx.draft(), path.slice(0, -1)) as { kind?: unknown } | undefined;
  return typeof parent?.kind === 'string' ? parent.kind : undefined;
}

/** What a list item is called by: its name where the contract gives it one. */
function itemName(item: unknown): string {
  const name = (item as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name.trim() : '';
}

export function wordsOf(ctx: FormCtx, path: Path) {
  const words = fieldWords(shapeOf(path), locale(), parentKind(ctx, path));
  const last = path[path.length - 1];
  // A list item: "Plan 2: Enterprise", where the list names its items.
  if (typeof last === 'number' && words?.label) {
    const label = words.label.replace('{n}', String(last + 1));
    const name = itemName(getAt(ctx.draft(), path));
    return { label: name ? `${label}: ${name}` : label, help: undefined, example: undefined };
  }
  return {
    label: words?.label ?? labelOf(path[path.length - 1] ?? ''),
    help: words?.help,
    example: words?.example,
  };
}

/** A choice's answer, or a group kind's, in plain words. */
export function answerOf(path: Path, value: string, ofKind = false, kind?: string): string {
  return choiceWords(ofKind ? `${shapeOf(path)}.kind` : shapeOf(path), value, locale(), kind);
}
