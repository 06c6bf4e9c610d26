// The first rows of a file as read, each column headed by the role it is mapped to. Time
// cells show the instant the reader takes them for, in the zone they are read in, so a
// wrong zone or an epoch's unit shows before the import and not in the figures.
import { createEffect, createSignal, For, Show } from 'solid-js';
import type { parseTimestamp } from '../../ingest/timestamps';
import { formatInstant } from '../format';
import { locale, t } from '../state/locale';

const PREVIEW_ROWS = 8;
const TIME_ROLES = new Set(['time', 'start', 'end', 'announcedAt']);

export function PreviewTable(props: {
  header: string[];
  rows: string[][];
  mapped: Record<string, string>;
  /** Every column is read (a tickets file or an obligation log maps its own): none shown as unused. */
  allUsed?: boolean;
  caption: string;
  /** The zone the file's zone-less times are read in. */
  zone: string;
}) {
  const roleOf = (column: string) =>
    Object.entries(props.mapped).find(([, c]) => c !== '' && c === column.trim())?.[0] ?? null;
  // The reader loads with the first preview that has a time column, not with the page. It
  // is a signal set when the module arrives, not a resource: a resource read here would
  // suspend the whole tab, swapping it for its loading line and dropping the focus.
  const [reader, setReader] = createSignal<typeof parseTimestamp>();
  createEffect(() => {
    if (reader() || !props.header.some((h) => TIME_ROLES.has(roleOf(h) ?? ''))) return;
    void import('../../ingest/timestamps').then((m) => setReader(() => m.parseTimestamp));
  });
  /** A time cell as the reader takes it; any other cell, or a time it cannot read, as the file has it. */
  const cell = (column: string, raw: string) => {
    const read = TIME_ROLES.has(roleOf(column) ?? '') ? reader()?.(raw, props.zone) : undefined;
    return read?.ok ? formatInstant(read.ms, props.zone, locale(), true) : raw;
  };
  return (
    <section class="table-scroll preview" tabindex="0" aria-label={props.caption}>
      <table class="data">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <For each={props.header}>
              {(h) => (
                <th scope="col" classList={{ unused: !props.allUsed && roleOf(h) === null }}>
                  <span dir="auto">{h}</span>
                  <Show when={roleOf(h)}>
                    {(r) => <span class="role-tag">{t(`role_${r()}` as 'role_time')}</span>}
                  </Show>
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows.slice(0, PREVIEW_ROWS)}>
            {(row) => (
              <tr>
                <For each={props.header}>{(h, i) => <td dir="auto">{cell(h, row[i()] ?? '')}</td>}</For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
