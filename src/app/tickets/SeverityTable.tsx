// Compliance per severity as the report states it: tickets decided, met, missed, pending,
// compliance over decided tickets and the worst breach, beside the policy's target.
import { For, Show } from 'solid-js';
import type { ComplianceFigures } from '../../engine/model';
import type { Policy } from '../../engine/policy';
import { citeAttrs, clauseNote } from '../components/citations';
import { useEnv } from '../components/context';
import { ScrollTable } from '../components/ScrollTable';
import { targetText } from './targets';

/** Without `targets` (the dashboard has the report only) the target column is left out. */
export function SeverityTable(props: { rows: ComplianceFigures[]; targets?: Policy['responseTargets'] }) {
  const env = useEnv();
  const { t, fmt } = env;
  const target = (c: ComplianceFigures) =>
    targetText(props.targets?.find((x) => x.severity === c.severity)?.[c.kind], env);
  return (
    <ScrollTable label={t('tkCompliance')} citeNote={!!clauseNote(env, 'responseTargets')}>
      <thead>
        <tr>
          <th scope="col">{t('colSeverity')}</th>
          <th scope="col">{t('colKind')}</th>
          <Show when={props.targets}>
            <th scope="col">
              <span
                class={clauseNote(env, 'responseTargets') ? 'cited' : undefined}
                tabindex={clauseNote(env, 'responseTargets') ? 0 : undefined}
                {...citeAttrs(env, 'responseTargets')}
              >
                {t('colTargetRule')}
              </span>
            </th>
          </Show>
          <th scope="col" class="num">
            {t('colDecided')}
          </th>
          <th scope="col" class="num">
            {t('colMetCount')}
          </th>
          <th scope="col" class="num">
            {t('colMissed')}
          </th>
          <th scope="col" class="num">
            {t('colPending')}
          </th>
          <th scope="col" class="num">
            {t('colCompliance')}
          </th>
          <th scope="col" class="num">
            {t('colWorst')}
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {(c) => (
            <tr data-severity={c.severity}>
              <th scope="row">{c.severity}</th>
              <td>{c.kind === 'response' ? t('kindResponse') : t('kindResolution')}</td>
              <Show when={props.targets}>
                <td>{target(c)}</td>
              </Show>
              <td class="num">{fmt.num(c.decided)}</td>
              <td class="num">{fmt.num(c.met)}</td>
              <td class={c.missed ? 'num bad' : 'num'}>{fmt.num(c.missed)}</td>
              <td class="num">{fmt.num(c.pending)}</td>
              <td class={c.compliancePercent !== null && c.compliancePercent < 100 ? 'num bad' : 'num'}>
                {c.compliancePercent === null ? t('none') : fmt.pct(c.compliancePercent, 1)}
              </td>
              <td class="num">
                {c.worstBreachMinutes === null
                  ? t('none')
                  : fmt.clockMinutes(c.worstBreachMinutes, c.workingDayMinutes)}
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </ScrollTable>
  );
}
