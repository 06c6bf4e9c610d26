// The dashboard of one contract: tiles, period table, claims and termination, charts, evidence and exports, all read from one SlaReport.
import { createEffect, createMemo, createSignal, For, Show } from 'solid-js';
import type { SlaReport } from '../../engine/report';
import { ClaimsPanel } from '../claims/ClaimsPanel';
import '../styles.css';
import { BudgetBurnChart } from './charts/BudgetBurnChart';
import { DailyDowntimeChart } from './charts/DailyDowntimeChart';
import { UptimeChart } from './charts/UptimeChart';
import { CitationNotes } from './citations';
import { EnvProvider, makeEnv, PERIOD_WORD } from './context';
import { ExclusionList } from './ExclusionList';
import { Exports } from './Exports';
import { HeadlineTiles } from './HeadlineTiles';
import { IncidentCredits } from './IncidentCredits';
import { ObligationList } from './ObligationList';
import { OutageList } from './OutageList';
import { PeriodTable } from './PeriodTable';
import { TicketCompliance } from './TicketCompliance';
import type { MinuteArrays } from './types';

export interface DashboardProps {
  report: SlaReport;
  /** The evaluation's per-minute arrays, for day charts and outage drill-down. */
  minutes?: MinuteArrays;
  /** BCP 47 locale, e.g. "en" or "ar-EG"; sets the language, digits and direction. */
  locale?: string;
  /** The policy's clause citations (policy.citations). */
  citations?: Readonly<Record<string, string>>;
}

export function Dashboard(props: DashboardProps) {
  const [chosen, setChosen] = createSignal<string | null>(null);
  // The chosen period, or the latest one; a report without it falls back to the latest.
  const period = createMemo(() => {
    const ps = props.report.periods;
    return ps.find((p) => p.label === chosen()) ?? ps[ps.length - 1] ?? null;
  });
  createEffect(() => {
    if (chosen() !== null && !props.report.periods.some((p) => p.label === chosen())) setChosen(null);
  });
  // Rebuilt only when what it is made of changes, so a new report keeps the open parts of the page.
  const envKey = createMemo(() =>
    JSON.stringify([props.locale ?? 'en', props.report.contract, props.citations ?? {}]),
  );
  const env = createMemo(() => {
    envKey();
    return makeEnv(props.report, props.locale ?? 'en', props.citations ?? {});
  });

  return (
    <Show when={env()} keyed>
      {(e) => (
        <EnvProvider env={e}>
          <div class="sla-dashboard" lang={e.locale} dir={e.dir}>
            <header class="dash-head">
              <h2>{props.report.contract.name}</h2>
              <p class="muted">
                {e.t('contractLine', {
                  target: e.fmt.target(),
                  period: e.t(PERIOD_WORD[props.report.contract.period]),
                  zone: e.zone,
                  asOf: e.fmt.day(props.report.asOf),
                })}
              </p>
            </header>
            <CitationNotes />
            <Show when={period()} fallback={<p>{e.t('noPeriods')}</p>}>
              {(p) => (
                <>
                  <div class="toolbar">
                    <label>
                      {e.t('choosePeriod')}{' '}
                      <select value={p().label} onChange={(ev) => setChosen(ev.currentTarget.value)}>
                        <For each={props.report.periods}>
                          {(x) => <option value={x.label}>{e.fmt.period(x.label)}</option>}
                        </For>
                      </select>
                    </label>
                  </div>
                  <HeadlineTiles report={props.report} period={p()} />
                  <PeriodTable report={props.report} selected={p().label} onSelect={setChosen} />
                  <ClaimsPanel report={props.report} />
                  <section class="card charts" aria-labelledby={`${e.uid}-charts`}>
                    <h3 id={`${e.uid}-charts`}>{e.t('chartsTitle')}</h3>
                    <UptimeChart report={props.report} />
                    <DailyDowntimeChart report={props.report} period={p()} minutes={props.minutes} />
                    <BudgetBurnChart report={props.report} period={p()} minutes={props.minutes} />
                  </section>
                  <OutageList report={props.report} minutes={props.minutes} />
                  <ExclusionList report={props.report} />
                  <IncidentCredits report={props.report} />
                  <TicketCompliance report={props.report} />
                  <ObligationList report={props.report} />
                  <Exports report={props.report} period={p().label} />
                </>
              )}
            </Show>
          </div>
        </EnvProvider>
      )}
    </Show>
  );
}
