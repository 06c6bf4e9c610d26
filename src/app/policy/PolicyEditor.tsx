// The policy tab: where the policy comes from, its interpretation switches, every field
// with its clause beside it and parsePolicy's problems next to the fields, and JSON.
import { createMemo, For, Show } from 'solid-js';
import { changedClauses } from '../../engine/changed-clauses';
import { fieldsSetByReadings, type Policy } from '../../engine/policy';
import { createBasePolicy } from '../state/base-policy';
import type { ContractSession } from '../state/session';
import { createPolicyDraft } from './draft';
import { FieldNode } from './FieldNode';
import type { FormCtx } from './form';
import { Interpretations } from './Interpretations';
import { JsonEditor } from './JsonEditor';
import { LiveVerdict } from './LiveVerdict';
import { FIELD_NOTES, NOT_IN_FORM, OPTIONAL, SECTIONS } from './meta';
import { PolicyFiles } from './PolicyFiles';
import { PolicySummary } from './PolicySummary';
import { ProblemList } from './ProblemList';
import type { Path } from './paths';
import { t } from './words';

export function PolicyEditor(props: { session: ContractSession }) {
  const d = createPolicyDraft(props.session);
  const base = createBasePolicy(d.valid);
  const changed = createMemo(() => {
    const p = d.valid();
    return new Set(p ? changedClauses(p, base()) : []);
  });
  // A reading chosen under the interpretations wins over what is typed in the fields it sets.
  const setByReading = createMemo(() => {
    const p = d.valid();
    return p ? fieldsSetByReadings(p) : new Set<string>();
  });
  const ctx: FormCtx = {
    draft: d.draft,
    change: d.change,
    byPath: d.byPath,
    citations: () => (d.draft() as { citations?: Record<string, string> } | null)?.citations ?? {},
    isClauseChanged: (key) => changed().has(key),
    noteOf: (path: Path) => {
      if (path.length !== 1) return null;
      const set = setByReading().has(String(path[0])) ? t('polSetByReading') : null;
      const key = FIELD_NOTES[path[0] as keyof typeof FIELD_NOTES];
      if (!key) return set;
      const zone = props.session.contract()?.timezone;
      const note = path[0] === 'timezone' ? (zone ? t(key, { zone }) : null) : t(key);
      return [set, note].filter((n) => n !== null).join(' ') || null;
    },
  };
  const draftKeys = createMemo(() => {
    const doc = d.draft();
    const keys = doc && typeof doc === 'object' ? Object.keys(doc).filter((k) => !NOT_IN_FORM.has(k)) : [];
    return keys.join('\u0000');
  });
  const placed = new Set<string>(SECTIONS.flatMap((s) => s.keys));
  // The interpretation notes stay while another field is being fixed: read from the draft
  // when no problem touches them, a reading chosen there is kept with the draft.
  const notes = createMemo((): Policy | null => {
    const valid = d.valid();
    if (valid) return valid;
    const doc = d.draft() as { interpretations?: unknown } | null;
    const touched = [...d.byPath().keys()].some((k) => k === '(policy)' || k.startsWith('interpretations'));
    return doc && Array.isArray(doc.interpretations) && !touched ? (doc as Policy) : null;
  });
  // A section's fields that the draft has, and the optional ones it may add (the plan
  // picker once there are plans); fields no section names go to the last. Plain strings,
  // so a change of value re-renders no field.
  const shown = (k: string, keys: readonly string[]) =>
    keys.includes(k) || k in (OPTIONAL[''] ?? {}) || (k === 'plan' && keys.includes('plans'));
  const keysOf = (i: number) => {
    const keys = draftKeys() ? draftKeys().split('\u0000') : [];
    const own = SECTIONS[i]!.keys as readonly string[];
    return [
      ...own.filter((k) => shown(k, keys)),
      ...(i === SECTIONS.length - 1 ? keys.filter((k) => !placed.has(k)) : []),
    ];
  };
  return (
    <div class="policy-page">
      <PolicyFiles session={props.session} draft={d} />
      <PolicySummary policy={d.valid()} />
      <LiveVerdict session={props.session} />
      <Show when={d.problems().length > 0}>
        <section class="panel error-panel" role="alert" aria-labelledby="problems-h">
          <h2 id="problems-h">{t('polProblems', { n: d.problems().length })}</h2>
          <ProblemList ctx={ctx} />
        </section>
      </Show>
      <Interpretations policy={notes()} onChoose={(next) => d.replace(next)} />
      <form class="policy-form" aria-labelledby="fields-h" onSubmit={(e) => e.preventDefault()}>
        <h2 id="fields-h" class="visually-hidden">
          {t('polFieldsTitle')}
        </h2>
        <p class="muted">{t('polFieldsText')}</p>
        <For each={SECTIONS}>
          {(section, i) => (
            <section class="panel" aria-labelledby={`sec-${section.id}`} data-section={section.id}>
              <h2 id={`sec-${section.id}`}>{t(section.title)}</h2>
              <For each={keysOf(i())}>{(key) => <FieldNode ctx={ctx} path={[key]} />}</For>
            </section>
          )}
        </For>
      </form>
      <JsonEditor draft={d.draft()} onApply={(doc) => d.replace(doc)} />
    </div>
  );
}
