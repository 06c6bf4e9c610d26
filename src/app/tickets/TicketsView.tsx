// The tickets tab's content for one report: a severity filter, compliance per severity, a
// chart of measured times against targets, and every ticket's response and resolution.
import { createMemo, createSignal, For, Show } from 'solid-js';
import type { Evaluation, TicketOutcome } from '../../engine/model';
import type { Policy } from '../../engine/policy';
import { useEnv } from '../components/context';
import { SeverityTable } from './SeverityTable';
import { TicketChart } from './TicketChart';
import { TicketTable } from './TicketTable';
import { bySeverity } from './targets';
import './tickets.css';

const ALL = '';

export function TicketsView(props: { evaluation: Evaluation; targets: Policy['responseTargets'] }) {
  const env = useEnv();
  const { t, fmt } = env;
  const [chosen, setSeverity] = createSignal(ALL);
  const severities = createMemo(() =>
    [...new Set([...props.evaluation.tickets, ...props.evaluation.resolutions].map((x) => x.severity))].sort(
      bySeverity,
    ),
  );
  // A severity no longer among the tickets of a new evaluation shows them all again.
  const severity = () => (severities().includes(chosen()) ? chosen() : ALL);
  const keep = <T extends { severity: string }>(list: T[]) =>
    severity() === ALL ? list : list.filter((x) => x.severity === severity());
  // On the chart, tickets of one severity sit together so their targets line up.
  const grouped = (list: TicketOutcome[]) =>
    [...keep(list)].sort((a, b) => bySeverity(a.severity, b.severity));
  const kinds = () =>
    [
      { kind: 'response' as const, list: props.evaluation.tickets, count: 'tkResponses' as const },
      { kind: 'resolution' as const, list: props.evaluation.resolutions, count: 'tkResolutions' as const },
    ].filter((k) => k.list.length > 0);

  return (
    <>
      <header class="dash-head">
        <h2>{t('ticketsTitle')}</h2>
        <p class="muted">{t('tkIntro', { asOf: fmt.day(props.evaluation.asOf) })}</p>
      </header>
      <Show when={props.targets.length} fallback={<p>{t('tkNoTargets')}</p>}>
        <Show when={kinds().length} fallback={<p>{t('tkNoneYet')}</p>}>
          <div class="toolbar">
            <label>
              {t('tkFilter')}{' '}
              <select
                data-testid="ticket-severity"
                value={severity()}
                onChange={(e) => setSeverity(e.currentTarget.value)}
              >
                <option value={ALL} selected={severity() === ALL}>
                  {t('tkAll')}
                </option>
                <For each={severities()}>
                  {(s) => (
                    <option value={s} selected={s === severity()}>
                      {s}
                    </option>
                  )}
                </For>
              </select>
            </label>
          </div>
          <section class="card" aria-labelledby={`${env.uid}-tk-compliance`}>
            <h3 id={`${env.uid}-tk-compliance`}>{t('tkCompliance')}</h3>
            <SeverityTable rows={keep(props.evaluation.ticketCompliance)} targets={props.targets} />
          </section>
          <For each={kinds()}>
            {(k) => (
              <section class="card" aria-labelledby={`${env.uid}-tk-${k.kind}`}>
                <h3 id={`${env.uid}-tk-${k.kind}`}>{t(k.count, { n: keep(k.list).length })}</h3>
                <Show when={keep(k.list).length} fallback={<p>{t('tkNoneForFilter')}</p>}>
                  <TicketChart kind={k.kind} tickets={grouped(k.list)} />
                  <TicketTable
                    label={t(k.count, { n: keep(k.list).length })}
                    kind={k.kind}
                    tickets={keep(k.list)}
                  />
                </Show>
              </section>
            )}
          </For>
        </Show>
      </Show>
      <Show when={props.evaluation.untargetedTickets.length}>
        <p class="muted" data-testid="untargeted-tickets">
          {t('tkUntargeted', {
            n: props.evaluation.untargetedTickets.length,
            list: props.evaluation.untargetedTickets
              // Each id and its severity isolated, so that in Arabic its parentheses stay with it.
              .map((x) => `\u2068${x.id} (${x.severity})\u2069`)
              .join(env.dir === 'rtl' ? '، ' : ', '),
          })}
        </p>
      </Show>
    </>
  );
}
