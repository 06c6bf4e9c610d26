// Adding one holiday by hand, importing a CSV or ICS list (which replaces the list), and
// going back to the built-in list.
import { createSignal, Show } from 'solid-js';
import { t } from '../state/locale';
import type { Holiday } from './holidays';

export function HolidayAdd(props: {
  /** Resolves to an error text, or null when saved. */
  onAdd: (holiday: Holiday) => Promise<string | null>;
  onFile: (file: File) => void;
  /** Shown when the contract has its own list. */
  onReset?: () => void;
  fileError: string;
}) {
  const [error, setError] = createSignal('');
  let date!: HTMLInputElement;
  let name!: HTMLInputElement;
  const add = async (e: Event) => {
    e.preventDefault();
    if (!date.value) return setError(t('calDateMissing'));
    const added = { date: date.value, name: name.value };
    const problem = await props.onAdd(added);
    if (problem) return setError(problem);
    setError('');
    // The list shows the holiday before it is stored: the next one may be typed already.
    if (date.value !== added.date || name.value !== added.name) return;
    date.value = '';
    name.value = '';
  };
  return (
    <>
      <form class="holiday-add" onSubmit={add} aria-labelledby="hol-add-h">
        <h4 id="hol-add-h">{t('calAddTitle')}</h4>
        <div class="holiday-add-fields">
          <label>
            <span>{t('colDate')}</span>
            <input
              ref={date}
              type="date"
              data-testid="holiday-date"
              aria-invalid={error() !== ''}
              aria-describedby="hol-add-err"
            />
          </label>
          <label>
            <span>{t('colName')}</span>
            <input ref={name} type="text" dir="auto" data-testid="holiday-name" />
          </label>
          <button type="submit" class="primary">
            {t('calAdd')}
          </button>
        </div>
        <small id="hol-add-err" class="error" role="alert">
          {error()}
        </small>
      </form>
      <div class="button-row">
        <label class="button file-button">
          {t('calImport')}
          <input
            type="file"
            accept=".csv,.ics,.txt,text/csv,text/calendar"
            class="visually-hidden"
            data-testid="holiday-file"
            aria-describedby="hol-file-help"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) props.onFile(file);
            }}
          />
        </label>
        <Show when={props.onReset}>
          {(reset) => (
            <button type="button" onClick={() => reset()()}>
              {t('calReset')}
            </button>
          )}
        </Show>
      </div>
      <p id="hol-file-help" class="muted small">
        {t('calImportHelp')}
      </p>
      <Show when={props.fileError}>
        <p class="error" role="alert" data-testid="holiday-file-error">
          {props.fileError}
        </p>
      </Show>
    </>
  );
}
