// Weekdays by name, never by number: ticks for the days a maintenance window starts on
// (none ticked reads "every day", as the engine takes it) and a choice of one day.

import { For } from 'solid-js';
import { weekdayName } from '../format';
import { locale } from '../state/locale';
import { Beside } from './Cite';
import { type FormCtx, fieldId } from './form';
import { Help } from './Help';
import { NamedNumberField } from './MonthField';
import { getAt, type Path } from './paths';
import { t, wordsOf } from './words';

const ISO_WEEK = [1, 2, 3, 4, 5, 6, 7] as const;

/** The days in words: "every day" for none, else their names in week order. */
function weekdaysText(days: readonly number[], loc: string): string {
  if (days.length === 0 || ISO_WEEK.every((d) => days.includes(d))) return t('polEveryDay');
  return [...days]
    .sort((a, b) => a - b)
    .map((d) => weekdayName(d, loc))
    .join(loc.startsWith('ar') ? '، ' : ', ');
}

/** Seven ticks; what they mean is said in words below them. */
export function WeekdayBoxes(props: {
  name: string;
  days: readonly number[];
  onChange: (days: number[]) => void;
}) {
  return (
    <>
      <div class="weekday-boxes">
        <For each={ISO_WEEK}>
          {(d) => (
            <label class="weekday-box">
              <input
                type="checkbox"
                name={props.name}
                checked={props.days.includes(d)}
                onChange={(e) =>
                  props.onChange(
                    e.currentTarget.checked
                      ? [...props.days.filter((x) => x !== d), d].sort((a, b) => a - b)
                      : props.days.filter((x) => x !== d),
                  )
                }
              />
              {weekdayName(d, locale())}
            </label>
          )}
        </For>
      </div>
      <p class="muted small" aria-live="polite">
        {t('polDaysMeaning', { days: weekdaysText(props.days, locale()) })}
      </p>
    </>
  );
}

/** A policy list of weekdays as ticks. */
export function WeekdaysField(props: { ctx: FormCtx; path: Path }) {
  const days = () => (getAt(props.ctx.draft(), props.path) as number[]) ?? [];
  const words = () => wordsOf(props.ctx, props.path);
  const id = () => fieldId(props.path);
  return (
    <fieldset class="field weekday-field" id={id()} aria-describedby={`${id()}-help`}>
      <legend>{words().label}</legend>
      <Help id={id()} help={words().help} example={words().example} />
      <WeekdayBoxes name={id()} days={days()} onChange={(next) => props.ctx.change(props.path, next)} />
      <Beside ctx={props.ctx} path={props.path} id={id()} />
    </fieldset>
  );
}

/** One weekday chosen by name. */
export function WeekdayField(props: { ctx: FormCtx; path: Path }) {
  return <NamedNumberField ctx={props.ctx} path={props.path} values={ISO_WEEK} name={weekdayName} />;
}
