// A number chosen by its name (a month "April", a weekday "Monday"), never by itself.
import { For } from 'solid-js';
import { locale } from '../state/locale';
import { type FormCtx, fieldId } from './form';
import { Row } from './leaves';
import { getAt, type Path } from './paths';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

const monthName = (m: number, loc: string) =>
  new Intl.DateTimeFormat(loc, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, m - 1, 1));

/** One of `values`, each shown by its name in the reader's language. */
export function NamedNumberField(props: {
  ctx: FormCtx;
  path: Path;
  values: readonly number[];
  name: (value: number, locale: string) => string;
}) {
  const value = () => getAt(props.ctx.draft(), props.path) as number;
  return (
    <Row
      ctx={props.ctx}
      path={props.path}
      control={
        <select
          id={fieldId(props.path)}
          onChange={(e) => props.ctx.change(props.path, Number(e.currentTarget.value))}
        >
          <For each={props.values}>
            {(v) => (
              <option value={v} selected={v === value()}>
                {props.name(v, locale())}
              </option>
            )}
          </For>
        </select>
      }
    />
  );
}

/** A month by its name (a fiscal year "from April"). */
export function MonthField(props: { ctx: FormCtx; path: Path }) {
  return <NamedNumberField ctx={props.ctx} path={props.path} values={MONTHS} name={monthName} />;
}
