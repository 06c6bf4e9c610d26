// Formatted figures (amounts, percentages) as units that neither wrap nor mix with the
// sentence's direction: the app lets long words break anywhere, which on a phone in
// Arabic split "US$" from its amount and reordered it.
import { For, type JSX } from 'solid-js';

export function Fig(props: { children: string }): JSX.Element {
  return <span class="fig">{props.children}</span>;
}

/** Figures joined by " · " (a credit's share, then its amount), each kept whole. */
export function Figs(props: { parts: readonly string[] }): JSX.Element {
  return (
    <For each={props.parts}>
      {(part, i) => (
        <>
          {i() > 0 ? ' · ' : ''}
          <Fig>{part}</Fig>
        </>
      )}
    </For>
  );
}
