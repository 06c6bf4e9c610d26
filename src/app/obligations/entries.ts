// Obligation events as the tab shows them: each policy rule in words, and which stored
// hand-entered event a judged report entry is (so it can be deleted).
import type { ObligationFinding } from '../../engine/obligations';
import type { Obligation } from '../../engine/policy';
import type { ObligationEntryRow } from '../../storage';
import { t } from '../state/locale';

export type { ObligationEntryRow };

export function ruleText(rule: Obligation['rule']): string {
  switch (rule.kind) {
    case 'withinHours':
      return t('ruleWithinHours', { n: rule.hours });
    case 'withinBusinessDays':
      return t('ruleWithinBusinessDays', { n: rule.days });
    case 'noticeAtLeastHours':
      return t('ruleNoticeAtLeastHours', { n: rule.hours });
    case 'dataLossAtMostHours':
      return t('ruleDataLossAtMostHours', { n: rule.hours });
  }
}

const keyOf = (o: string, startedAtMs: number, fulfilledAtMs: number | null, note: string, source: string) =>
  JSON.stringify([o, startedAtMs, fulfilledAtMs, note, source]);

/**
 * The stored id of each judged entry that was entered by hand (file events are removed
 * with their file), matched on everything the judgement repeats of it.
 */
export function handEntryIds(
  judged: readonly ObligationFinding[],
  stored: readonly ObligationEntryRow[],
): (number | null)[] {
  const free = new Map<string, number[]>();
  for (const e of stored) {
    if (e.datasetId !== null) continue;
    const key = keyOf(e.obligation, e.startedAtMs, e.fulfilledAtMs, e.note, `${e.source}:${e.line}`);
    free.set(key, [...(free.get(key) ?? []), e.id]);
  }
  return judged.map(
    (j) => free.get(keyOf(j.obligation, j.startedAtMs, j.fulfilledAtMs, j.note, j.source))?.shift() ?? null,
  );
}

/** A report entry's source for people: "obligations.csv:3", or "by hand". */
export function sourceText(source: string, handSource: string): string {
  return source.startsWith(`${handSource}:`) ? t('obByHand') : source;
}
