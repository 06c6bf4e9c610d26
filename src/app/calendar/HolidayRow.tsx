// One holiday of the list: its date (with weekday) and name, edited in place or removed.
import { createSignal, Show } from 'solid-js';
import { claimFocus, endFocusPromise, promiseFocus, takeFallenFocus } from '../shell/fallen-focus';
import { locale, t } from '../state/locale';
import { type Holiday, holidayDay, holidayNameLang } from './holidays';

// The edit form goes on Save or Cancel, and a saved edit rebuilds the list's rows: the row
// of the holiday's date (the new one, once rebuilt) gives its Edit button the focus until
// the user moves it out of that row.
const keepFocusOn = (date: string) =>
  promiseFocus(`holiday:${date}`, (target) => !!target.closest?.(`tr[data-date="${date}"]`));

export function HolidayRow(props: {
  holiday: Holiday;
  /** Resolves to an error text, or null when saved. */
  onSave: (next: Holiday) => Promise<string | null>;
  onRemove: () => void;
}) {
  const [editing, setEditing] = createSignal(false);
  const [error, setError] = createSignal('');
  let date!: HTMLInputElement;
  let name!: HTMLInputElement;
  const label = () => holidayDay(props.holiday.date, locale());
  const cancel = () => {
    setError('');
    keepFocusOn(props.holiday.date);
    setEditing(false);
  };
  const save = async () => {
    if (!date.value) return setError(t('calDateMissing'));
    const next = date.value;
    keepFocusOn(next);
    const problem = await props.onSave({ date: next, name: name.value });
    if (problem) {
      endFocusPromise();
      return setError(problem);
    }
    setError('');
    setEditing(false);
  };
  return (
    <tr data-date={props.holiday.date}>
      <Show
        when={editing()}
        fallback={
          <>
            <th scope="row">{label()}</th>
            <td lang={holidayNameLang(props.holiday.name)} dir="auto">
              {props.holiday.name}
            </td>
            <td class="actions">
              <div class="row-actions">
                <button
                  ref={(el) => claimFocus(el, `holiday:${props.holiday.date}`)}
                  type="button"
                  class="small"
                  aria-label={t('calEditLabel', { date: label() })}
                  onClick={() => setEditing(true)}
                >
                  {t('calEdit')}
                </button>
                <button
                  type="button"
                  class="small"
                  aria-label={t('calRemoveLabel', { date: label() })}
                  onClick={props.onRemove}
                >
                  {t('calRemove')}
                </button>
              </div>
            </td>
          </>
        }
      >
        {/* One cell for the whole form, so it wraps on a phone instead of scrolling. */}
        <td colspan="3">
          <div class="holiday-edit">
            <input
              ref={(el) => {
                date = el;
                // Edit, pressed, is gone with the row's text: the form's first field takes the focus.
                takeFallenFocus(el);
              }}
              type="date"
              value={props.holiday.date}
              aria-label={t('colDate')}
              aria-invalid={error() !== ''}
              aria-describedby={`hol-err-${props.holiday.date}`}
            />
            <input ref={name} type="text" value={props.holiday.name} aria-label={t('colName')} dir="auto" />
            <button type="button" class="small primary" onClick={save}>
              {t('calSave')}
            </button>
            <button type="button" class="small" onClick={cancel}>
              {t('calCancel')}
            </button>
          </div>
          <small id={`hol-err-${props.holiday.date}`} class="error" role="alert">
            {error()}
          </small>
        </td>
      </Show>
    </tr>
  );
}
