// The business calendar of a contract: the policy's working hours (read-only) and the
// holidays in effect, the built-in country list or the contract's own, which can be edited.
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import type { Policy } from '../../engine/policy';
import { announce } from '../shell/announce';
import { showError } from '../shell/errors';
import { locale, t } from '../state/locale';
import { HolidayAdd } from './HolidayAdd';
import { HolidayRow } from './HolidayRow';
import { fileErrorText, type Holiday, loadBuiltIn, readHolidayFile, tidy } from './holidays';
import { WeeklyHours } from './WeeklyHours';
import './calendar.css';

export interface CalendarEditorProps {
  zone: string;
  calendar: Policy['calendar'];
  clause?: string;
  /** The contract's own list; null: the built-in list of the policy's country. */
  own: Holiday[] | null;
  /** The years of the built-in list to show (the data's years, one either side). */
  years: { from: number; to: number };
  save: (holidays: Holiday[] | null) => Promise<unknown>;
}

/** "EG" → "Egypt" (or "مصر"), falling back to the code. */
function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(locale(), { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function CalendarEditor(props: CalendarEditorProps) {
  let holidays: HTMLElement | undefined;
  let heading: HTMLHeadingElement | undefined;
  // The latest year of the data first (the years shown are the data's, one either side).
  const [year, setYear] = createSignal(String(props.years.to - 1));
  const [fileError, setFileError] = createSignal('');
  // Keyed by text, so an equal range from a newer report does not load the list again.
  const [builtIn] = createResource(
    () => {
      const country = props.calendar.holidayCountry;
      return props.own === null && country ? `${country}|${props.years.from}|${props.years.to}` : null;
    },
    (key) => {
      const [country, from, to] = key.split('|') as [string, string, string];
      return loadBuiltIn(country, Number(from), Number(to));
    },
  );
  // Read without suspending: the section shows its own loading line instead.
  const loaded = () =>
    builtIn.state === 'ready' || builtIn.state === 'refreshing' ? builtIn.latest : undefined;
  const list = createMemo(() => props.own ?? loaded() ?? []);
  const years = createMemo(() => [...new Set(list().map((h) => h.date.slice(0, 4)))]);
  const shown = () =>
    year() && years().includes(year()) ? list().filter((h) => h.date.startsWith(year())) : list();

  const store = async (next: Holiday[] | null, said = t('calSaved')) => {
    try {
      await props.save(next === null ? null : tidy(next));
      announce(said);
    } catch (e) {
      showError(e);
    }
  };
  /** Replaces the holiday on `was` (or adds one); an error text when the date is taken. */
  const put = async (h: Holiday, was: string | null): Promise<string | null> => {
    // An edit starts from the list shown, so not before the built-in one is there.
    if (props.own === null && props.calendar.holidayCountry && !loaded()) return t('calLoading');
    if (h.date !== was && list().some((x) => x.date === h.date)) return t('calDuplicate');
    await store([...list().filter((x) => x.date !== was), h]);
    return null;
  };
  const importFile = async (file: File) => {
    try {
      const holidays = await readHolidayFile(file);
      setFileError('');
      await store(holidays, t('calImported', { n: holidays.length, file: file.name }));
    } catch (e) {
      setFileError(fileErrorText(e));
    }
  };

  return (
    <section class="panel calendar" aria-labelledby="calendar-h" data-testid="calendar-editor">
      <h2 id="calendar-h">{t('calTitle')}</h2>
      <p class="muted">{t('calText')}</p>
      <WeeklyHours zone={props.zone} weekly={props.calendar.weekly} clause={props.clause} />
      <h3 tabindex="-1" ref={heading}>
        {t('calHolidays')}
      </h3>
      <p data-testid="holiday-source">
        <Show
          when={props.own}
          fallback={
            props.calendar.holidayCountry
              ? t('calBuiltIn', {
                  country: countryName(props.calendar.holidayCountry),
                  from: String(props.years.from),
                  to: String(props.years.to),
                })
              : t('calNoCountry')
          }
        >
          {/* Read in the JSX, not in Show's callback: that runs once, and the count went stale. */}
          {t('calOwn', { n: props.own?.length ?? 0 })}
        </Show>
      </p>
      <Show when={props.calendar.holidays.length}>
        <p class="muted small">{t('calPolicyOwn', { n: props.calendar.holidays.length })}</p>
      </Show>
      <Show when={props.own === null && list().length}>
        <p class="muted small">{t('calEditNote')}</p>
      </Show>
      <Show when={builtIn.error}>
        <p class="error">{t('calLoadFailed')}</p>
      </Show>
      <Show when={props.own !== null || !builtIn.loading} fallback={<p class="muted">{t('calLoading')}</p>}>
        <Show when={years().length > 1}>
          <label class="year-filter">
            {t('calYear')}{' '}
            <select
              value={years().includes(year()) ? year() : ''}
              onChange={(e) => setYear(e.currentTarget.value)}
            >
              <option value="">{t('calAllYears')}</option>
              <For each={years()}>{(y) => <option value={y}>{y}</option>}</For>
            </select>
          </label>
        </Show>
        <Show when={shown().length} fallback={<p>{t('calEmpty')}</p>}>
          <section class="table-scroll" aria-label={t('calHolidays')} tabindex="0" ref={holidays}>
            <table class="data holidays" aria-label={t('calHolidays')}>
              <thead>
                <tr>
                  <th scope="col">{t('colDate')}</th>
                  <th scope="col">{t('colName')}</th>
                  <th scope="col">{t('colActions')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={shown()}>
                  {(h) => (
                    <HolidayRow
                      holiday={h}
                      onSave={(next) => put(next, h.date)}
                      onRemove={() => {
                        // The row and its Remove button go: the focus stays on the list, or,
                        // when the last one shown goes and the list with it, on its heading.
                        (shown().length > 1 ? holidays : heading)?.focus();
                        store(list().filter((x) => x.date !== h.date));
                      }}
                    />
                  )}
                </For>
              </tbody>
            </table>
          </section>
        </Show>
      </Show>
      <HolidayAdd
        onAdd={(h) => put(h, null)}
        onFile={importFile}
        onReset={
          props.own === null
            ? undefined
            : () => {
                // The Reset button goes with the contract's own list: the focus stays on its heading.
                heading?.focus();
                store(null);
              }
        }
        fileError={fileError()}
      />
    </section>
  );
}
