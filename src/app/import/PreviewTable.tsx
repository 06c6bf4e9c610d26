// The first rows of a file as read, each column headed by the role it is mapped to.
import { For, Show } from 'solid-js';
import { t } from '../state/locale';

const PREVIEW_ROWS = 8;

export function PreviewTable(props: {
  header: string[];
  rows: string[][];
  mapped: Record<string, string>;
  /** Every column is read (a tickets file or an obligation log maps its own): none shown as unused. */
  allUsed?: boolean;
  caption: string;
}) {
  const roleOf = (column: string) =>
    Object.entries(props.mapped).find(([, c]) => c !== '' && c === column.trim())?.[0] ?? null;
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
                <For each={props.header}>{(_, i) => <td dir="auto">{row[i()] ?? ''}</td>}</For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
