// The files stored for a contract (live from storage): kind, rows, skipped rows with
// their first reasons, monitors and source zone, its SHA-256 once taken, and for a file an earlier version read,
// the down codes and timeout rule its checks were judged with; each can be removed.
import { createSignal, For, Show } from 'solid-js';
import type { CheckRules } from '../../storage';
import { formatLocalDay, formatNumber } from '../format';
import { errorText } from '../shell/errors';
import { ownList, readerReason } from '../shell/own';
import { showToast } from '../shell/toasts';
import { deleteDataset } from '../state/db';
import { locale, t } from '../state/locale';
import type { ContractSession } from '../state/session';

/** A file's import-time rules in the page's language: "500–599, 404" (status codes as written) and the timeout reading. */
function classifiedWithText(rules: CheckRules): string {
  const codes = rules.downCodes.map((r) => (r.from === r.to ? String(r.from) : `${r.from}–${r.to}`));
  return t('impClassifiedWith', {
    codes: codes.length ? codes.join(', ') : t('none'),
    timeouts: t(rules.timeoutIsDown ? 'impTimeoutsDown' : 'impTimeoutsUp'),
  });
}

export function DatasetList(props: { session: ContractSession }) {
  const n = (x: number) => formatNumber(x, locale());
  // Removing a file deletes its records at once and storage keeps no copy to restore, so
  // the removal is asked for twice rather than offered with an Undo.
  const [asking, setAsking] = createSignal<number | null>(null);
  let heading!: HTMLHeadingElement;
  const remove = async (id: number, name: string) => {
    setAsking(null);
    try {
      await deleteDataset(id);
      showToast({ text: t('impRemoved', { file: name }) });
      // The row and its buttons are gone: the list's heading keeps the focus on the page.
      heading.focus();
    } catch (e) {
      showToast({ text: errorText(e) }, 15_000);
    }
  };
  return (
    <section class="panel" aria-labelledby="datasets-h">
      <h2 id="datasets-h" ref={heading} tabindex="-1">
        {t('impStoredTitle')}
      </h2>
      <Show when={props.session.datasets().length > 0} fallback={<p class="muted">{t('impStoredNone')}</p>}>
        <ul class="datasets">
          <For each={props.session.datasets()}>
            {(d) => (
              <li data-testid="dataset">
                <div class="dataset-head">
                  <strong dir="auto">{d.name}</strong>
                  <span class="chip">{t(`impKind_${d.kind}`)}</span>
                  <Show when={asking() !== d.id}>
                    <button type="button" class="small" data-remove={d.id} onClick={() => setAsking(d.id)}>
                      {t('impRemove')}
                      <span class="visually-hidden"> {d.name}</span>
                    </button>
                  </Show>
                </div>
                <Show when={asking() === d.id}>
                  <div class="remove-ask">
                    <p id={`remove-ask-${d.id}`} dir="auto">
                      {t('impRemoveAsk', { file: d.name })}
                    </p>
                    <div class="button-row">
                      <button
                        type="button"
                        class="small"
                        aria-describedby={`remove-ask-${d.id}`}
                        ref={(el) => queueMicrotask(() => el.focus())}
                        onClick={() => {
                          setAsking(null);
                          queueMicrotask(() =>
                            heading.parentElement
                              ?.querySelector<HTMLButtonElement>(`[data-remove="${d.id}"]`)
                              ?.focus(),
                          );
                        }}
                      >
                        {t('impRemoveKeep')}
                      </button>
                      <button
                        type="button"
                        class="small"
                        aria-describedby={`remove-ask-${d.id}`}
                        onClick={() => remove(d.id, d.name)}
                      >
                        {t('impRemoveYes')}
                        <span class="visually-hidden"> {d.name}</span>
                      </button>
                    </div>
                  </div>
                </Show>
                <p class="small muted">
                  {t('impStoredLine', {
                    rows: n(d.rows),
                    n: d.rows,
                    skipped: n(d.skippedRows),
                    // An exporter that writes every time with its zone (an epoch, an offset) needs
                    // none, so the contract's zone now in force is the one any other would be read in.
                    zone: d.layout?.timeZone.allTimesZoned
                      ? t('impZoneCarried', {
                          zone: d.layout.timeZone.basis === 'contract' ? props.session.zone() : d.sourceZone,
                        })
                      : t('impZoneRead', { zone: d.sourceZone }),
                    date: formatLocalDay(d.importedAt, props.session.zone(), locale()),
                  })}
                  <Show when={d.monitors.length > 0}>
                    {' '}
                    · {t('impMonitors', { list: ownList(d.monitors) })}
                  </Show>
                </p>
                <p class="small muted fingerprint" data-testid="dataset-sha256">
                  {t('impSha256')}{' '}
                  <Show when={d.sha256} fallback={t('impSha256Pending')}>
                    {(sha) => <code dir="ltr">{sha()}</code>}
                  </Show>
                </p>
                <Show when={d.classifiedWith}>
                  {(rules) => (
                    <p class="small warn" data-testid="classified-with">
                      {classifiedWithText(rules())}
                    </p>
                  )}
                </Show>
                <Show when={d.skipped.length > 0}>
                  <details class="skipped">
                    <summary>{t('impSkipped', { n: d.skippedRows })}</summary>
                    <ul>
                      <For each={d.skipped}>
                        {(row) => (
                          <li>
                            {t(d.numbering === 'record' ? 'impSkippedRecord' : 'impSkippedRow', {
                              line: row.line,
                              reason: readerReason(row.reason),
                            })}
                          </li>
                        )}
                      </For>
                    </ul>
                  </details>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
