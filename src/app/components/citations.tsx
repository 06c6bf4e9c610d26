// Clause citations for displayed numbers: a `title` for hover plus an accessible description,
// from policy.citations; a term the contract changed says so instead of quoting its old clause.
import { For, Show } from 'solid-js';
import { presetNote } from '../i18n';
import { type DashboardEnv, useEnv } from './context';

/** The policy fields whose clauses the dashboard cites. */
export const CITED_FIELDS = [
  'target',
  'formula',
  'minOutageMinutes',
  'exclusions.kinds',
  'nodata',
  'credit',
  'claim',
  'termination',
  'eligibility',
  'responseTargets',
  'obligations',
] as const;
export type CitedField = (typeof CITED_FIELDS)[number];

/**
 * What a figure's note says of its field: the clause quoted (in the contract's English,
 * a preset's own fixed notes in the reader's words), or that the term was changed.
 */
export interface ClauseNote {
  text: string;
  quoted: boolean;
  /** 'en' while the text is the contract's English as written. */
  lang: 'en' | undefined;
}

export function clauseNote(env: DashboardEnv, field: CitedField): ClauseNote | null {
  if (env.changed.has(field)) return { text: env.t('clauseChanged'), quoted: false, lang: undefined };
  const clause = env.citations[field];
  if (!clause) return null;
  const text = presetNote(env.locale, clause);
  return { text, quoted: true, lang: text === clause ? 'en' : undefined };
}

function citeId(env: DashboardEnv, field: CitedField): string {
  return `${env.uid}-cite-${field.replace(/\W/g, '-')}`;
}

/** Attributes that attach a field's clause to an element; none when the policy gives no citation. */
export function citeAttrs(env: DashboardEnv, field: CitedField) {
  const note = clauseNote(env, field);
  if (!note) return {};
  return { title: note.text, 'aria-describedby': citeId(env, field), 'data-cite': field };
}

/** The clause texts once per dashboard, hidden, for `aria-describedby` to point at. */
export function CitationNotes() {
  const env = useEnv();
  return (
    <div hidden>
      <For each={CITED_FIELDS.filter((f) => clauseNote(env, f))}>
        {(field) => (
          <span id={citeId(env, field)}>
            {env.t('clause')}:{' '}
            <span lang={clauseNote(env, field)!.lang} dir="auto">
              {clauseNote(env, field)!.text}
            </span>
          </span>
        )}
      </For>
    </div>
  );
}

/** A disclosure under a tile that shows the clause a figure comes from. */
export function CiteDetails(props: { field: CitedField }) {
  const env = useEnv();
  return (
    <Show when={clauseNote(env, props.field)}>
      {(note) => (
        <details class="cite-details" data-cite-for={props.field}>
          <summary>§ {env.t('clause')}</summary>
          <p lang={note().lang} dir="auto" data-cite-changed={note().quoted ? undefined : ''}>
            {note().text}
          </p>
        </details>
      )}
    </Show>
  );
}
