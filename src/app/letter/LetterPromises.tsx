// The claim letter's other grounds: promises missed (with the data lost where the promise
// is a recovery point) and termination rights that are triggered.

import { For, Show } from 'solid-js';
import type { Evaluation } from '../../engine/model';
import type { ObligationFinding } from '../../engine/obligations';
import { obligationTitle, terminationRuleText } from '../components/codes';
import { useEnv } from '../components/context';
import { averageRuleText, averageWasText } from '../terms/AverageRule';
import { letterDeadline } from './deadline';
import { letterTranslator } from './text';

function MissedPromise(props: { o: ObligationFinding; preset: string }) {
  const env = useEnv();
  const { fmt } = env;
  const t = letterTranslator(env.locale);
  const o = () => props.o;
  const hours = (n: number) => t('marginHours', { n: fmt.num(n, 2) });
  return (
    <li>
      <span dir="auto">{obligationTitle(env, props.preset, o())}</span>
      {' — '}
      <Show
        when={o().dataLossHours !== null && o().marginHours !== null}
        fallback={
          // A notice promise has no deadline of its own: what fell short is the notice.
          o().deadlineMs === null && o().fulfilledAtMs !== null && o().marginHours !== null ? (
            t('letterNoticeShort', {
              given: fmt.instantOffset(o().startedAtMs),
              effective: fmt.instantOffset(o().fulfilledAtMs!),
              short: hours(-o().marginHours!),
            })
          ) : (
            <>
              {t('colDeadline')}: {o().deadlineMs === null ? t('none') : fmt.instantOffset(o().deadlineMs!)}
              {env.dir === 'rtl' ? '؛ ' : '; '}
              {t('colFulfilled')}:{' '}
              {o().fulfilledAtMs === null ? t('none') : fmt.instantOffset(o().fulfilledAtMs!)}
              <Show when={o().marginHours !== null && o().marginHours! < 0}>
                {' '}
                ({t('letterShortBy', { hours: hours(-o().marginHours!) })})
              </Show>
            </>
          )
        }
      >
        {t('letterDataLoss', {
          lost: hours(o().dataLossHours!),
          allowed: hours(o().dataLossHours! + o().marginHours!),
          incident: fmt.instantOffset(o().startedAtMs),
        })}
      </Show>
      <br />
      <small lang="en" dir="auto">
        {o().clause}
      </small>
    </li>
  );
}

export function LetterPromises(props: { evaluation: Evaluation }) {
  const env = useEnv();
  const { fmt } = env;
  const t = letterTranslator(env.locale);
  const list = (periods: string[]) =>
    new Intl.ListFormat(env.locale, { type: 'conjunction' }).format(periods.map((p) => fmt.period(p)));
  const missed = () => props.evaluation.obligations.filter((o) => o.status === 'missed');
  const open = () => props.evaluation.termination.filter((r) => r.triggered && r.noticeStatus !== 'expired');
  return (
    <>
      <Show when={missed().length}>
        <h3>{t('letterObligations')}</h3>
        <ul>
          <For each={missed()}>
            {(o) => <MissedPromise o={o} preset={props.evaluation.contract.preset} />}
          </For>
        </ul>
      </Show>
      <Show when={open().length}>
        <h3>{t('letterTermination')}</h3>
        <ul>
          <For each={open()}>
            {(r) => (
              <li>
                <span>
                  {r.rule.code === 'averageBelow'
                    ? averageRuleText(env, r.rule)
                    : terminationRuleText(env, r.rule)}
                  .
                </span>
                <Show when={r.periods.length}> {t('letterTriggeredBy', { periods: list(r.periods) })}</Show>
                <Show when={r.rule.code === 'averageBelow' && r.averagePercent !== undefined && r.rule}>
                  {(rule) => <> {averageWasText(env, rule(), r.averagePercent!)}</>}
                </Show>
                <Show when={r.noticeByMs}>
                  {' '}
                  {t('noticeBy', { date: letterDeadline(env, r.noticeByMs!) })}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </>
  );
}
