// The report date ("as of") on the contract page: claims, deadlines and pending tickets
// are judged against it, so a user can date a claim letter or reproduce a past report.
import { Show } from 'solid-js';
import { chooseAsOf, chosenAsOf } from '../state/as-of';
import { t } from '../state/locale';

export function AsOfControl(props: { asOf: string }) {
  return (
    <div class="as-of" data-testid="as-of">
      <label>
        <span>{t('asOfLabel')}</span>
        <input
          type="date"
          value={props.asOf}
          required
          data-testid="as-of-date"
          aria-describedby="as-of-help"
          onChange={(e) => {
            // An emptied or half-typed field keeps the last full date.
            if (e.currentTarget.value) chooseAsOf(e.currentTarget.value);
            else e.currentTarget.value = props.asOf;
          }}
        />
      </label>
      <Show when={chosenAsOf()}>
        <button type="button" class="small" onClick={() => chooseAsOf(null)}>
          {t('asOfToday')}
        </button>
      </Show>
      <span id="as-of-help" class="small muted">
        {t('asOfHelp')}
      </span>
    </div>
  );
}
