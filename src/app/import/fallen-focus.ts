// A card's button pressed is gone once its file moves on (imported, cancelled, asked
// about): the focus would fall to the page and Tab start again from its top.

/** Gives the focus to `el` once it is on the page, if the focus has fallen to the page's body. */
export function takeFallenFocus(el: HTMLElement): void {
  queueMicrotask(() => {
    const active = document.activeElement;
    if (el.isConnected && (!active || active === document.body)) el.focus();
  });
}
