// The switches: each exclusion record (only records that were excluded can be switched
// off) and each outage (switched off, its minutes count as up).
import { createSignal, For, Show } from 'solid-js';
import type { SlaReport } from '../../engine/report';
import { formatInstant, formatMinutes } from '../format';
import { locale, t } from '../state/locale';
import { outageMinute } from './run';

const FIRST = 25;

export function ExclusionSwitches(props: {
  report: SlaReport;
  off: ReadonlySet<number>;
  onToggle: (i: number) => void;
}) {
  const zone = () => props.report.contract.timezone;
  return (
    <section class="panel" aria-labelledby="wi-excl-h">
      <h2 id="wi-excl-h">{t('wiExclusions')}</h2>
      <Show when={props.report.exclusions.length > 0} fallback={<p class="muted">{t('noExclusions')}</p>}>
        <ul class="switches">
          <For each={props.report.exclusions}>
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
                    <strong>{x.kind}</strong> {formatInstant(x.start, zone(), locale())} –{' '}
                    {formatInstant(x.end, zone(), locale())}
                    <Show when={x.note}>
                      {' '}
                      · <span dir="auto">{x.note}</span>
                    </Show>
                    <br />
                    <span class="muted small">{x.excluded ? t('wiExcludedAsRecorded') : x.reason}</span>
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
  report: SlaReport;
  off: ReadonlySet<number>;
  onToggle: (m: number) => void;
}) {
  const [all, setAll] = createSignal(false);
  const zone = () => props.report.contract.timezone;
  const shown = () => (all() ? props.report.outages : props.report.outages.slice(0, FIRST));
  return (
    <section class="panel" aria-labelledby="wi-out-h">
      <h2 id="wi-out-h">{t('wiOutages')}</h2>
      <Show when={props.report.outages.length > 0} fallback={<p class="muted">{t('noOutages')}</p>}>
        <ul class="switches">
          <For each={shown()}>
            {(o) => (
              <li>
                <label class="switch-row">
                  <input
                    type="checkbox"
                    checked={!props.off.has(outageMinute(o.start))}
                    onChange={() => props.onToggle(outageMinute(o.start))}
                  />
                  <span>
                    {formatInstant(o.start, zone(), locale())} · {formatMinutes(o.minutes, locale())}
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
        <Show when={!all() && props.report.outages.length > FIRST}>
          <button type="button" onClick={() => setAll(true)}>
            {t('showMore', { n: props.report.outages.length - FIRST })}
          </button>
        </Show>
      </Show>
    </section>
  );
}
