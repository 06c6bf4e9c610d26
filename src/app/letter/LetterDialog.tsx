// Shows the claim letter over the page (a modal portal on <body>) with Print and Close; print rules then print only the letter.
import { createUniqueId, onCleanup, onMount } from 'solid-js';
import { Portal } from 'solid-js/web';
import { ClaimLetter, type ClaimLetterProps } from './ClaimLetter';
import './letter.css';

export function LetterDialog(
  props: Omit<ClaimLetterProps, 'headingId'> & { onClose: () => void; closeText: string; printText: string },
) {
  const headingId = createUniqueId();
  let box!: HTMLDivElement;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') props.onClose();
  };
  onMount(() => {
    document.addEventListener('keydown', onKey);
    box.focus();
  });
  onCleanup(() => document.removeEventListener('keydown', onKey));
  return (
    <Portal>
      <div
        ref={box}
        class="letter-overlay"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${headingId}-h`}
        tabindex="-1"
      >
        <div class="letter-toolbar">
          <button type="button" class="primary" onClick={() => window.print()}>
            {props.printText}
          </button>
          <button type="button" onClick={() => props.onClose()}>
            {props.closeText}
          </button>
        </div>
        <ClaimLetter
          evaluation={props.evaluation}
          report={props.report}
          period={props.period}
          locale={props.locale}
          citations={props.citations}
          headingId={`${headingId}-h`}
        />
      </div>
    </Portal>
  );
}
