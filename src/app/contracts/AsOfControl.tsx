// The report date ("as of") on the contract page: claims, deadlines and pending tickets
// are judged against it, so a user can date a claim letter or reproduce a past report.
import { createSignal, Show } from 'solid-js';
import { formatDay } from '../format';
import { AS_OF_RANGE, chooseAsOf, chosenAsOf } from '../state/as-of';
import { locale, t } from '../state/locale';

export function AsOfControl(props: { asOf: string }) {
  // Typing a date by keyboard passes through dates such as year 0002 before the fourth
  // digit: those are not used, and the field is left alone so the typing can finish.
  const [refused, setRefused] = createSignal(false);
  const choose = (value: string | null) => setRefused(!chooseAsOf(value));
  return (
    <div class="as-of" data-testid="as-of">
      <label>
        <span>{t('asOfLabel')}</span>
        <input
          type="date"
          value={props.asOf}
          min={AS_OF_RANGE.first}
          max={AS_OF_RANGE.last}
          required
          data-testid="as-of-date"
          aria-describedby="as-of-help as-of-refused"
          aria-invalid={refused()}
          onChange={(e) => choose(e.currentTarget.value)}
        />
      </label>
      <Show when={chosenAsOf()}>
        <button type="button" class="small" onClick={() => choose(null)}>
          {t('asOfToday')}
        </button>
      </Show>
      <span id="as-of-help" class="small muted">
        {t('asOfHelp')}
      </span>
      <span id="as-of-refused" class="small as-of-refused" role="status" data-testid="as-of-refused">
        <Show when={refused()}>
          {t('asOfRefused', {
            asOf: formatDay(props.asOf, locale()),
            first: formatDay(AS_OF_RANGE.first, locale()),
            last: formatDay(AS_OF_RANGE.last, locale()),
          })}
        </Show>
      </span>
    </div>
  );
}
