// Tickets a month's incident credit counts without a resolution time (running to the end
// of the report date), each with a way to enter when it was resolved, and the ones
// resolved that way, which can be taken back. Loaded only for a contract that has them.
import { createSignal, For, Show } from 'solid-js';
import type { IncidentFinding, IncidentMonth } from '../../engine/model';
import { parseTimestamp } from '../../ingest/timestamps';
import { claimFocus, promiseFocus } from '../shell/fallen-focus';
import { useEnv } from './context';
import { sameItems } from './same-items';

type Ticket = IncidentFinding & { month: string };

// Entering a resolution or taking it back changes the report, and the next evaluation
// rebuilds this list without the form or the note acted on: the ticket's control in the new
// list (Take back once resolved, the time field once open again) takes the focus that fell
// to the page with the old one, unless the user has moved it elsewhere meanwhile.
const keepFocusFor = (ticketId: string, to: 'undo' | 'time') =>
  promiseFocus(`ticket:${ticketId}:${to}`, (target) => !!target.matches?.('[data-keeps-focus]'));

const takeFocus = (el: HTMLElement, ticketId: string, to: 'undo' | 'time') =>
  claimFocus(el, `ticket:${ticketId}:${to}`);

/** Tickets counted in a month: still open, or resolved as the customer entered it. */
const ticketsOf = (months: readonly IncidentMonth[], which: (i: IncidentFinding) => boolean): Ticket[] =>
  months.flatMap((m) => m.incidents.filter(which).map((i) => ({ month: m.label, ...i })));

function ResolveForm(props: {
  ticket: Ticket;
  onResolve: (ticketId: string, resolvedAtMs: number | null) => Promise<void>;
}) {
  const { t, zone } = useEnv();
  const [error, setError] = createSignal('');
  let input!: HTMLInputElement;
  const id = () => `resolve-${props.ticket.ticketId}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    const at = parseTimestamp(input.value, zone);
    // The incident's end is the end of the report date while open: a resolution lies before it.
    if (!at.ok || at.ms <= props.ticket.startMs || at.ms > props.ticket.endMs)
      return setError(t('incidentResolveRange'));
    setError('');
    keepFocusFor(props.ticket.ticketId!, 'undo');
    await props.onResolve(props.ticket.ticketId!, at.ms);
  };
  return (
    <form class="resolve-ticket" onSubmit={submit}>
      <label for={id()}>{t('incidentResolvedAt', { zone })}</label>{' '}
      <input
        ref={(el) => {
          input = el;
          takeFocus(el, props.ticket.ticketId!, 'time');
        }}
        data-keeps-focus
        id={id()}
        type="datetime-local"
        required
        aria-describedby={error() ? `${id()}-err` : undefined}
        data-testid="ticket-resolved-at"
      />{' '}
      <button type="submit" class="small">
        {t('incidentMarkResolved', { id: props.ticket.ticketId ?? '' })}
      </button>
      <Show when={error()}>
        <span class="error" id={`${id()}-err`} role="alert">
          {error()}
        </span>
      </Show>
    </form>
  );
}

export function OpenTickets(props: {
  months: readonly IncidentMonth[];
  asOf: string;
  onResolve?: (ticketId: string, resolvedAtMs: number | null) => Promise<void>;
}) {
  const { t, fmt } = useEnv();
  const open = sameItems(() => ticketsOf(props.months, (i) => i.open));
  const resolvedByHand = sameItems(() => ticketsOf(props.months, (i) => i.resolvedByHand));
  return (
    <>
      <For each={open()}>
        {(i) => (
          <div class="note warn" data-open-ticket={i.ticketId}>
            <p>
              {t('incidentOpenTicket', {
                id: i.ticketId ?? '',
                severity: i.severity,
                opened: fmt.instantOffset(i.startMs),
                asOf: fmt.day(props.asOf),
                length: fmt.minutes(i.minutes),
                month: fmt.period(i.month),
              })}
            </p>
            <Show when={props.onResolve}>
              {(resolve) => <ResolveForm ticket={i} onResolve={resolve()} />}
            </Show>
          </div>
        )}
      </For>
      <For each={resolvedByHand()}>
        {(i) => (
          <p class="note" data-resolved-by-hand={i.ticketId}>
            {t('incidentResolvedByHand', {
              id: i.ticketId ?? '',
              severity: i.severity,
              resolved: fmt.instantOffset(i.endMs),
            })}{' '}
            <Show when={props.onResolve}>
              {(resolve) => (
                <button
                  type="button"
                  class="small"
                  ref={(el) => takeFocus(el, i.ticketId!, 'undo')}
                  data-keeps-focus
                  onClick={() => {
                    keepFocusFor(i.ticketId!, 'time');
                    void resolve()(i.ticketId!, null);
                  }}
                >
                  {t('incidentUndoResolved', { id: i.ticketId ?? '' })}
                </button>
              )}
            </Show>
          </p>
        )}
      </For>
    </>
  );
}
