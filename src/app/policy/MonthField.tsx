// A month by its name (a fiscal year "from April"), never by its number.
import { For } from 'solid-js';
import { locale } from '../state/locale';
import { type FormCtx, fieldId } from './form';
import { Row } from './leaves';
import { getAt, type Path } from './paths';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

const monthName = (m: number, loc: string) =>
  new Intl.DateTimeFormat(loc, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, m - 1, 1));

export function MonthField(props: { ctx: FormCtx; path: Path }) {
  const month = () => getAt(props.ctx.draft(), props.path) as number;
  return (
    <Row
      ctx={props.ctx}
      path={props.path}
      control={
        <select
          id={fieldId(props.path)}
          onChange={(e) => props.ctx.change(props.path, Number(e.currentTarget.value))}
        >
          <For each={MONTHS}>
            {(m) => (
              <option value={m} selected={m === month()}>
                {monthName(m, locale())}
              </option>
            )}
          </For>
        </select>
      }
    />
  );
}
