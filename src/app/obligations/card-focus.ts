// Where the focus goes when a hand-entered event is deleted: its row and Delete button go,
// and a new report rebuilds the promises' cards, so the promise's card (the new one, once
// rebuilt) keeps the focus until the user moves it elsewhere.

let kept: string | null = null;

const release = (e: FocusEvent) => {
  if ((e.target as Element | null)?.matches?.('article[data-obligation]')) return;
  kept = null;
  document.removeEventListener('focusin', release);
};

/** Moves the focus from a Delete button to its promise's card, and keeps it there while the card is rebuilt. */
export function focusCardOf(button: Element | null): void {
  const card = button?.closest<HTMLElement>('article[data-obligation]');
  if (!card) return;
  kept = card.dataset.obligation ?? null;
  document.addEventListener('focusin', release);
  card.focus();
}

/** Gives a rebuilt card the focus it had, when the focus fell to the page with the old one. */
export function refocusCard(card: HTMLElement, obligation: string): void {
  queueMicrotask(() => {
    const active = document.activeElement;
    if (kept === obligation && card.isConnected && (!active || active === document.body)) card.focus();
  });
}
