// What an import gave: rows stored and the skipped-rows report (count, first line
// numbers and reasons); a duplicate's replace-or-skip question; a failure's message.
import { For, Match, Show, Switch } from 'solid-js';
import { formatNumber } from '../format';
import { errorText } from '../shell/errors';
import { takeFallenFocus } from '../shell/fallen-focus';
import { ownList, readerReason } from '../shell/own';
import { locale, t } from '../state/locale';
import { jobFailureText } from './failure';
import type { ImportJob } from './queue';

export function JobResult(props: {
  job: ImportJob;
  onReplace: () => void;
  /** Drops the file from the queue; the Skip button pressed is given to place the focus. */
  onSkip: (button: HTMLElement) => void;
}) {
  const o = () => props.job.outcome;
  const n = (x: number) => formatNumber(x, locale());
  return (
    <Switch>
      <Match when={o()?.status === 'imported' && o()} keyed>
        {(r) =>
          r.status === 'imported' && (
            <div
              class="job-result"
              tabindex="-1"
              data-testid="job-result"
              // The Import button pressed is gone once the import ends: the focus would
              // fall to the page, where Tab then Enter reached the new file's Remove.
              ref={takeFallenFocus}
            >
              <p class="good">
                {r.summary.monitors.length > 0
                  ? t('impImported', {
                      rows: n(r.summary.rows),
                      n: r.summary.rows,
                      monitors: ownList(r.summary.monitors),
                    })
                  : t('impImportedRows', { rows: n(r.summary.rows), n: r.summary.rows })}
              </p>
              <Show when={r.filteredRows > 0}>
                <p class="muted small">{t('impFiltered', { n: r.filteredRows })}</p>
              </Show>
              <Show
                when={r.summary.skippedRows > 0}
                fallback={<p class="muted small">{t('impNoSkipped')}</p>}
              >
                <details class="skipped" open>
                  <summary class="warn">{t('impSkipped', { n: r.summary.skippedRows })}</summary>
                  <ul>
                    <For each={r.summary.skipped}>
                      {(row) => (
                        <li>
                          {t(r.summary.numbering === 'record' ? 'impSkippedRecord' : 'impSkippedRow', {
                            line: row.line,
                            reason: readerReason(row.reason),
                          })}
                        </li>
                      )}
                    </For>
                  </ul>
                  <Show when={r.summary.skipped.length < r.summary.skippedRows}>
                    <p class="muted small">
                      {t('impSkippedMore', { n: r.summary.skippedRows - r.summary.skipped.length })}
                    </p>
                  </Show>
                </details>
              </Show>
            </div>
          )
        }
      </Match>
      <Match when={o()?.status === 'duplicate'}>
        <div class="job-result" tabindex="-1" data-testid="job-result" ref={takeFallenFocus}>
          <p class="warn">{t('impDuplicate')}</p>
          <div class="button-row">
            <button type="button" class="primary" onClick={() => props.onReplace()}>
              {t('impReplace')}
            </button>
            <button type="button" onClick={(e) => props.onSkip(e.currentTarget)}>
              {t('impSkip')}
            </button>
          </div>
        </div>
      </Match>
      <Match when={props.job.status === 'failed'}>
        <p class="error" role="alert">
          {(() => {
            const x = o();
            return x?.status === 'failed' ? jobFailureText(x.error) : errorText(props.job.error);
          })()}
        </p>
      </Match>
    </Switch>
  );
}
