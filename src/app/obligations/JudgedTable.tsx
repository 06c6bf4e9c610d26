// One obligation's recorded events as the report judged them: when the clock started, the
// deadline, when the promise was kept, met / missed / pending, the margin, and for
// recovery-point rules the window of data lost; hand-entered events can be deleted.
import { For, Show } from 'solid-js';
import type { ObligationFinding } from '../../engine/obligations';
import type { Obligation } from '../../engine/policy';
import { HAND_ENTERED_SOURCE } from '../../storage';
import { useEnv } from '../components/context';
import { ScrollTable } from '../components/ScrollTable';
import { sourceText } from './entries';

const STATUS = { met: 'statusMet', missed: 'statusMissed', pending: 'statusPending' } as const;

export function JudgedTable(props: {
  label: string;
  rows: { entry: ObligationFinding; id: number | null }[];
  rule: Obligation['rule']['kind'];
  onDelete: (id: number) => void;
}) {
  const { t, fmt } = useEnv();
  // Deadlines exist for "within" rules; a recovery-point rule records the last good backup.
  const hasDeadline = () => props.rule === 'withinHours' || props.rule === 'withinBusinessDays';
  const dataLoss = () => props.rule === 'dataLossAtMostHours';
  const deletable = () => props.rows.some((r) => r.id !== null);
  const when = (ms: number | null) => (ms === null ? t('none') : fmt.instant(ms));
  const hours = (h: number | null) => (h === null ? t('none') : fmt.minutes(h * 60));
  return (
    <ScrollTable label={props.label} class="data stack">
      <thead>
        <tr>
          <th scope="col">{t('colStarted')}</th>
          <Show when={hasDeadline()}>
            <th scope="col">{t('colDeadline')}</th>
          </Show>
          <th scope="col">{dataLoss() ? t('colBackup') : t('colFulfilled')}</th>
          <th scope="col">{t('colOutcome')}</th>
          <th scope="col" class="num">
            {t('colMargin')}
          </th>
          <Show when={dataLoss()}>
            <th scope="col" class="num">
              {t('colDataLoss')}
            </th>
          </Show>
          <th scope="col">{t('colNote')}</th>
          <th scope="col">{t('colSource')}</th>
          <Show when={deletable()}>
            <th scope="col">{t('colActions')}</th>
          </Show>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {({ entry: e, id }) => (
            <tr data-status={e.status}>
              <th scope="row" class="when">
                {fmt.instant(e.startedAtMs)}
              </th>
              <Show when={hasDeadline()}>
                <td class="when" data-label={t('colDeadline')}>
                  {when(e.deadlineMs)}
                </td>
              </Show>
              <td class="when" data-label={dataLoss() ? t('colBackup') : t('colFulfilled')}>
                {when(e.fulfilledAtMs)}
              </td>
              <td
                class={e.status === 'missed' ? 'bad' : e.status === 'met' ? 'good' : 'warn'}
                data-label={t('colOutcome')}
              >
                {t(STATUS[e.status])}
              </td>
              <td class={(e.marginHours ?? 0) < 0 ? 'num bad' : 'num'} data-label={t('colMargin')}>
                {hours(e.marginHours)}
              </td>
              <Show when={dataLoss()}>
                <td class="num" data-label={t('colDataLoss')}>
                  {hours(e.dataLossHours)}
                </td>
              </Show>
              <td dir="auto" data-label={t('colNote')}>
                {e.note || t('none')}
              </td>
              <td class={id === null ? 'source' : ''} data-label={t('colSource')}>
                {sourceText(e.source, HAND_ENTERED_SOURCE)}
              </td>
              <Show when={deletable()}>
                <td data-label={t('colActions')}>
                  <Show when={id !== null}>
                    <button
                      type="button"
                      class="small"
                      aria-label={t('obDeleteLabel', { date: fmt.instant(e.startedAtMs) })}
                      onClick={() => props.onDelete(id!)}
                    >
                      {t('obDelete')}
                    </button>
                  </Show>
                </td>
              </Show>
            </tr>
          )}
        </For>
      </tbody>
    </ScrollTable>
  );
}
