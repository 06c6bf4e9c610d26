// Clause citations for displayed numbers: a `title` for hover plus an accessible description, from policy.citations.
import { For, Show } from 'solid-js';
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

function citeId(env: DashboardEnv, field: CitedField): string {
  return `${env.uid}-cite-${field.replace(/\W/g, '-')}`;
}

/** Attributes that attach a field's clause to an element; none when the policy gives no citation. */
export function citeAttrs(env: DashboardEnv, field: CitedField) {
  const clause = env.citations[field];
  if (!clause) return {};
  return { title: clause, 'aria-describedby': citeId(env, field), 'data-cite': field };
}

/** The clause texts once per dashboard, hidden, for `aria-describedby` to point at. */
export function CitationNotes() {
  const env = useEnv();
  return (
    <div hidden>
      <For each={CITED_FIELDS.filter((f) => env.citations[f])}>
        {(field) => (
          <span id={citeId(env, field)}>
            {env.t('clause')}:{' '}
            <span lang="en" dir="auto">
              {env.citations[field]}
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
    <Show when={env.citations[props.field]}>
      {(clause) => (
        <details class="cite-details">
          <summary>§ {env.t('clause')}</summary>
          <p lang="en" dir="auto">
            {clause()}
          </p>
        </details>
      )}
    </Show>
  );
}
