// The policy's weekly working hours in the contract's zone, read-only, with the clause
// they come from: every day of the week from the first working day the policy lists.
import { For, Show } from 'solid-js';
import type { Policy } from '../../engine/policy';
import { locale, t } from '../state/locale';
import { clockText, weekdayName } from './holidays';

export function WeeklyHours(props: { zone: string; weekly: Policy['calendar']['weekly']; clause?: string }) {
  const days = () => {
    const first = props.weekly[0]?.weekday ?? 1;
    return [0, 1, 2, 3, 4, 5, 6].map((i) => {
      const weekday = ((first - 1 + i) % 7) + 1;
      const hours = props.weekly
        .filter((w) => w.weekday === weekday)
        .sort((a, b) => a.from.localeCompare(b.from))
        .map((w) => `${clockText(w.from, locale())}–${clockText(w.to, locale())}`);
      return { weekday, hours };
    });
  };
  return (
    <div class="weekly">
      <h3>{t('calHours', { zone: props.zone })}</h3>
      <Show when={props.weekly.length} fallback={<p class="bad">{t('calNoHours')}</p>}>
        <dl class="weekly-hours" data-testid="weekly-hours">
          <For each={days()}>
            {(d) => (
              <div classList={{ closed: d.hours.length === 0 }}>
                <dt>{weekdayName(d.weekday, locale())}</dt>
                <dd dir="ltr">{d.hours.length ? d.hours.join(', ') : t('none')}</dd>
              </div>
            )}
          </For>
        </dl>
      </Show>
      <p class="muted small">{t('calFromPolicy')}</p>
      <Show when={props.clause}>
        {(clause) => (
          <details class="cite-details">
            <summary>§ {t('clause')}</summary>
            <p lang="en" dir="auto">
              {clause()}
            </p>
          </details>
        )}
      </Show>
    </div>
  );
}
