// The visually hidden polite live region that `announce` writes to.
import { liveMessage } from './announce';

export function LiveRegion() {
  return (
    <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {liveMessage()}
    </div>
  );
}
