// The contract's tabs. On a narrow screen the strip scrolls sideways; a fade and an arrow
// at the side that has more tabs say so, since a scroll bar alone is easy to miss.
import { createEffect, createSignal, For, onCleanup, onMount } from 'solid-js';
import { dir, locale, t } from '../state/locale';
import { hrefOf, TABS, type Tab } from '../state/route';

const TAB_KEY = {
  dashboard: 'tabDashboard',
  data: 'tabData',
  tickets: 'tabTickets',
  obligations: 'tabObligations',
  policy: 'tabPolicy',
  whatif: 'tabWhatIf',
  settings: 'tabSettings',
} as const;

export function TabStrip(props: { id: number; tab: Tab }) {
  const [more, setMore] = createSignal({ start: false, end: false });
  let strip: HTMLElement | undefined;
  const measure = () => {
    if (!strip) return;
    const hidden = strip.scrollWidth - strip.clientWidth;
    // Right to left, Chromium counts scrollLeft down from 0 into negative numbers.
    const scrolled = Math.abs(strip.scrollLeft);
    setMore({ start: scrolled > 1, end: scrolled < hidden - 1 });
  };
  onMount(() => {
    measure();
    const observer = new ResizeObserver(measure);
    if (strip) observer.observe(strip);
    onCleanup(() => observer.disconnect());
  });
  // Tab names change width with the language and direction.
  createEffect(() => {
    locale();
    dir();
    queueMicrotask(measure);
  });
  return (
    <div
      class="tabs-frame"
      data-more-start={more().start ? '' : undefined}
      data-more-end={more().end ? '' : undefined}
      data-testid="tabs-frame"
    >
      <nav class="tabs" aria-label={t('appSections')} ref={strip} onScroll={measure}>
        <For each={TABS}>
          {(name) => (
            <a
              href={hrefOf({ page: 'contract', id: props.id, tab: name })}
              aria-current={props.tab === name ? 'page' : undefined}
              // Reached by Tab, a tab scrolls wholly into view, not left behind the arrow.
              onFocus={(ev) => ev.currentTarget.scrollIntoView({ block: 'nearest', inline: 'nearest' })}
              ref={(el) => {
                // On a phone the tab row scrolls sideways: keep the open tab in view.
                createEffect(() => {
                  if (props.tab === name) el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
                });
              }}
            >
              {t(TAB_KEY[name])}
            </a>
          )}
        </For>
      </nav>
    </div>
  );
}
