// A data table inside its own horizontally scrolling, keyboard-focusable region, with an optional clause note under it.
import { createSignal, type JSX, Show } from 'solid-js';
import { type CitedField, clauseNote } from './citations';
import { useEnv } from './context';

export function ScrollTable(props: {
  /** Names the region and the table for assistive technology. */
  label: string;
  /** Show the clause of the focused or hovered cited cell under the table. */
  citeNote?: boolean;
  class?: string;
  children: JSX.Element;
}) {
  const env = useEnv();
  const [field, setField] = createSignal<string | null>(null);
  const pick = (e: Event) => {
    if (!props.citeNote) return;
    const el = (e.target as Element | null)?.closest?.('[data-cite]');
    const f = el?.getAttribute('data-cite') ?? null;
    if (f) setField(f);
  };
  return (
    <>
      {/* A scrolling region is reachable by keyboard and named; a figure, not a landmark, as
          the card around it is already the landmark its heading names. */}
      <figure
        class="table-scroll"
        aria-label={props.label}
        tabindex="0"
        onFocus={pick}
        onFocusIn={pick}
        onMouseOver={pick}
      >
        <table class={props.class ?? 'data'} aria-label={props.label}>
          {props.children}
        </table>
      </figure>
      <Show when={props.citeNote}>
        <p class="cite-note" aria-live="polite">
          <Show when={field()} fallback={env.t('citeHint')}>
            {(f) => {
              const note = () => clauseNote(env, f() as CitedField);
              return (
                <>
                  <strong>{env.t('clause')}:</strong>{' '}
                  <span lang={note()?.lang} dir="auto">
                    {note()?.text}
                  </span>
                </>
              );
            }}
          </Show>
        </p>
      </Show>
    </>
  );
}
