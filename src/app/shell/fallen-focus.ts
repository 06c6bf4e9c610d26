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
