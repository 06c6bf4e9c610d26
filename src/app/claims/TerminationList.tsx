// Each termination right of the report: triggered or not, the periods that triggered it,
// and the date by which notice must be given.
import { For, Show } from 'solid-js';
import type { Evaluation } from '../../engine/model';
import { CiteDetails } from '../components/citations';
import { terminationRuleText } from '../components/codes';
import { useEnv } from '../components/context';
import { lazyPart } from '../components/lazy-part';
import { deadlineDay } from '../format';

const AverageRuleText = lazyPart(() => import('../terms').then((m) => m.AverageRuleText));
const AverageWasText = lazyPart(() => import('../terms').then((m) => m.AverageWasText));

export function TerminationList(props: { evaluation: Evaluation }) {
  const env = useEnv();
  const { t, fmt, locale } = env;
  const list = (periods: string[]) =>
    new Intl.ListFormat(locale, { type: 'conjunction' }).format(periods.map((p) => fmt.period(p)));
  return (
    <Show when={props.evaluation.termination.length} fallback={<p>{t('clmTerminationNone')}</p>}>
      <ul class="termination-list">
        <For each={props.evaluation.termination}>
          {(r) => (
            <li
              classList={{ triggered: r.triggered, lapsed: r.triggered && r.noticeStatus === 'expired' }}
              data-triggered={r.triggered}
            >
              <p>
                {/* A right whose notice window has closed can no longer be used: its flag says
                    so, where "triggered" (in Arabic "standing") read as a right still to act on. */}
                <strong class={r.triggered ? (r.noticeStatus === 'expired' ? 'flag' : 'flag bad') : 'good'}>
                  {r.triggered
                    ? t(r.noticeStatus === 'expired' ? 'clmLapsedFlag' : 'triggered')
                    : t('notTriggered')}
                </strong>
                {': '}
                <span data-rule={r.rule.code}>
                  {r.rule.code === 'averageBelow' ? (
                    <AverageRuleText rule={r.rule} />
                  ) : (
                    terminationRuleText(env, r.rule)
                  )}
                </span>
              </p>
              <Show when={r.triggered}>
                <p>
                  <Show when={r.periods.length}>{t('clmTriggeredBy', { periods: list(r.periods) })} </Show>
                  <Show when={r.rule.code === 'averageBelow' && r.averagePercent !== undefined && r.rule}>
                    {(rule) => (
                      <>
                        <AverageWasText rule={rule()} averagePercent={r.averagePercent!} />{' '}
                      </>
                    )}
                  </Show>
                  <Show when={r.noticeStatus !== 'expired'}>{t('clmMayTerminate')}</Show>
                </p>
              </Show>
              <Show when={r.noticeByMs}>
                {(d) => (
                  <Show
                    when={r.noticeStatus !== 'expired'}
                    fallback={
                      <p class="notice-by lapsed" data-notice="expired">
                        {t('clmNoticeLapsed', { date: fmt.deadline(d()) })}
                      </p>
                    }
                  >
                    <p class="notice-by" data-notice={r.noticeStatus ?? ''}>
                      {/* Arabic gives a day to its end: "before" a bare day would be the day before. */}
                      {t(deadlineDay(d(), env.zone) === null ? 'noticeBy' : 'noticeByDay', {
                        date: fmt.deadline(d()),
                      })}
                      <Show when={r.noticeStatus === 'open' && r.noticeDaysLeft !== null}>
                        {' '}
                        {t('clmNoticeOpen', { n: r.noticeDaysLeft! })}
                      </Show>
                    </p>
                  </Show>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
      <CiteDetails field="termination" />
    </Show>
  );
}
