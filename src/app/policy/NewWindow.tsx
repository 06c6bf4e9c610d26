// A new maintenance window is asked for before it exists: its times and days first, so
// pressing "Add" never takes minutes out of the uptime the user did not choose.
import { createSignal } from 'solid-js';
import type { RecurringWindow } from '../../engine/policy-schema';
import { WeekdayBoxes } from './Weekdays';
import { t } from './words';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export function NewWindow(props: { onAdd: (window: RecurringWindow) => void; onCancel: () => void }) {
  const [start, setStart] = createSignal('');
  const [end, setEnd] = createSignal('');
  const [days, setDays] = createSignal<number[]>([]);
  const [note, setNote] = createSignal('');
  const ready = () => CLOCK.test(start()) && CLOCK.test(end()) && start() !== end();
  return (
    <fieldset class="new-item" data-testid="new-window">
      <legend>{t('polNewWindow')}</legend>
      <p class="muted small">{t('polNewWindowText')}</p>
      <div class="form-grid">
        <label>
          <span>{t('polWindowStart')}</span>
          <input type="time" required value={start()} onInput={(e) => setStart(e.currentTarget.value)} />
        </label>
        <label>
          <span>{t('polWindowEnd')}</span>
          <input type="time" required value={end()} onInput={(e) => setEnd(e.currentTarget.value)} />
        </label>
      </div>
      <fieldset class="weekday-field">
        <legend>{t('polWindowDays')}</legend>
        <WeekdayBoxes name="new-window-days" days={days()} onChange={setDays} />
      </fieldset>
      <label class="stack">
        <span>{t('polWindowNote')}</span>
        <input type="text" dir="auto" value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <p class="muted small" aria-live="polite">
        {ready() ? t('polWindowReady') : t('polWindowNeedsTimes')}
      </p>
      <div class="button-row">
        <button
          type="button"
          class="primary"
          disabled={!ready()}
          onClick={() => props.onAdd({ start: start(), end: end(), weekdays: days(), note: note().trim() })}
        >
          {t('polWindowAdd')}
        </button>
        <button type="button" onClick={() => props.onCancel()}>
          {t('polCancel')}
        </button>
      </div>
    </fieldset>
  );
}
