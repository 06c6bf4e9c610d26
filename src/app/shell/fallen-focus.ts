// A button pressed is often gone once it has done its work (a file's card moving on, an
// offer appearing over the page): the focus would fall to the page's body, and Tab start
// again from its top while a screen reader says nothing of what appeared.

/** Gives the focus to `el` once it is on the page, if the focus has fallen to the page's body. */
export function takeFallenFocus(el: HTMLElement): void {
  queueMicrotask(() => {
    const active = document.activeElement;
    if (el.isConnected && (!active || active === document.body)) el.focus();
  });
}

/**
 * A control an action rebuilds (a list row saved, a ticket resolved): the action promises
 * the focus to the control of `key` its rebuild will make, and the control claims it as it
 * appears. The promise holds while the focus moves among elements `keeps` accepts, and ends
 * when the user moves it anywhere else, so nothing is taken from a user who moved on.
 */
let promised: { key: string; keeps: (target: Element) => boolean } | null = null;

const release = (e: FocusEvent) => {
  const target = e.target as Element | null;
  if (promised && target && promised.keeps(target)) return;
  endFocusPromise();
};

export function promiseFocus(key: string, keeps: (target: Element) => boolean): void {
  promised = { key, keeps };
  document.addEventListener('focusin', release);
}

export function endFocusPromise(): void {
  promised = null;
  document.removeEventListener('focusin', release);
}

/** Takes the focus promised to `key`, once `el` is on the page, if it has fallen to the page's body. */
export function claimFocus(el: HTMLElement, key: string): void {
  queueMicrotask(() => {
    const active = document.activeElement;
    if (promised?.key !== key || !el.isConnected || (active && active !== document.body)) return;
    el.focus();
    endFocusPromise();
  });
}
