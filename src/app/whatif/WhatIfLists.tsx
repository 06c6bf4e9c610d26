// The switches: each exclusion record (only records that were excluded can be switched
// off) and each outage (switched off, its minutes count as up).
import { For, Show } from 'solid-js';
import type { Evaluation } from '../../engine/model';
import { exclusionReasonText, kindText } from '../components/codes';
import { createPages } from '../components/pages';
import { sameItems } from '../components/same-items';
import { formatInstant, formatMinutes } from '../format';
import { locale, t } from '../state/locale';

const FIRST = 25;
/** Outages a "Show more" adds: a year of the benchmark's holds 43 000, too many to draw at once. */
const PAGE = 100;

export function ExclusionSwitches(props: {
  evaluation: Evaluation;
  off: ReadonlySet<number>;
  onToggle: (i: number) => void;
}) {
  const zone = () => props.evaluation.contract.timezone;
  const env = { t };
  // A new evaluation of the same records (a file's SHA-256 recorded) keeps the switches,
  // and the one a keyboard user is on keeps the focus.
  const exclusions = sameItems(() => props.evaluation.exclusions);
  return (
    <section class="panel" aria-labelledby="wi-excl-h">
      <h2 id="wi-excl-h">{t('wiExclusions')}</h2>
      <Show when={props.evaluation.exclusions.length > 0} fallback={<p class="muted">{t('noExclusions')}</p>}>
        <ul class="switches">
          <For each={exclusions()}>
            {(x, i) => (
              <li>
                <label class="switch-row">
                  <input
                    type="checkbox"
                    checked={x.excluded && !props.off.has(i())}
                    disabled={!x.excluded}
                    onChange={() => props.onToggle(i())}
                  />
                  <span>
                    <strong>{kindText(env, x.kind)}</strong> {formatInstant(x.startMs, zone(), locale())} –{' '}
                    {formatInstant(x.endMs, zone(), locale())}
                    <Show when={x.note}>
                      {' '}
                      · <span dir="auto">{x.note}</span>
                    </Show>
                    <br />
                    <span class="muted small">
                      {x.excluded ? t('wiExcludedAsRecorded') : exclusionReasonText(env, x)}
                    </span>
                  </span>
                </label>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

export function OutageSwitches(props: {
  evaluation: Evaluation;
  off: ReadonlySet<number>;
  onToggle: (m: number) => void;
}) {
  const zone = () => props.evaluation.contract.timezone;
  const pages = createPages(() => props.evaluation.outages, FIRST, PAGE);
  let list!: HTMLUListElement;
  return (
    <section class="panel" aria-labelledby="wi-out-h">
      <h2 id="wi-out-h">{t('wiOutages')}</h2>
      <Show when={props.evaluation.outages.length > 0} fallback={<p class="muted">{t('noOutages')}</p>}>
        <ul class="switches" ref={list}>
          <For each={pages.shown()}>
            {(o) => (
              <li>
                <label class="switch-row">
                  <input
                    type="checkbox"
                    checked={!props.off.has(o.id)}
                    onChange={() => props.onToggle(o.id)}
                  />
                  <span>
                    {formatInstant(o.startMs, zone(), locale())} · {formatMinutes(o.minutes, locale())}
                    <span class="muted small">
                      {' '}
                      ·{' '}
                      {o.qualifies
                        ? t('wiCounted', { n: formatMinutes(o.countedMinutes, locale()) })
                        : t('wiNotQualifying')}
                    </span>
                  </span>
                </label>
              </li>
            )}
          </For>
        </ul>
        <Show when={pages.next()}>
          <button type="button" onClick={() => pages.more(() => list.querySelectorAll('input'))}>
            {t('showMore', { n: pages.next() })}
          </button>
        </Show>
      </Show>
    </section>
  );
}
