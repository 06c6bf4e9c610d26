// Recording an obligation event by hand: which promise, when its clock started and when it
// was kept (datetime-local, read in the contract's zone), and a note.
import { createSignal, For } from 'solid-js';
import { fulfilledBeforeStart } from '../../engine/obligations';
import type { Obligation } from '../../engine/policy';
import { parseTimestamp } from '../../ingest/timestamps';
import type { NewObligationEntry } from '../../storage';
import { errorText } from '../shell/errors';
import { claimFocus, promiseFocus } from '../shell/fallen-focus';
import { t } from '../state/locale';
import { ruleText } from './entries';

const RECORD_FOCUS = 'obligation:record';

export function EntryForm(props: {
  obligations: Obligation[];
  /** A promise's title in the reader's language (a preset's own), else its own words. */
  titleOf: (o: Obligation) => string;
  /** When a promise's clock starts and when it is kept, in the reader's language as its card says them. */
  factOf: (o: Obligation, fact: 'startsWhen' | 'fulfilledWhen') => string;
  zone: string;
  onAdd: (entry: NewObligationEntry) => Promise<unknown>;
}) {
  const [chosen, setChosen] = createSignal(props.obligations[0]?.id ?? '');
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const obligation = () => props.obligations.find((o) => o.id === chosen()) ?? props.obligations[0];
  let started!: HTMLInputElement;
  let fulfilled!: HTMLInputElement;
  let note!: HTMLInputElement;

  const submit = async (e: Event) => {
    e.preventDefault();
    const o = obligation();
    if (!o || busy()) return;
    if (!started.value) return setError(t('obNeedStart'));
    const start = parseTimestamp(started.value, props.zone);
    const done = fulfilled.value ? parseTimestamp(fulfilled.value, props.zone) : null;
    if (!start.ok) return setError(timeProblem(started.value, props.zone));
    if (done && !done.ok) return setError(timeProblem(fulfilled.value, props.zone));
    if (fulfilledBeforeStart(o, start.ms, done?.ok ? done.ms : null))
      return setError(t('obFulfilledBeforeStart'));
    setError('');
    setBusy(true);
    // A contract's first evaluation, which the event brings, draws the tab anew: the new
    // form's button takes the focus that fell to the page with this one.
    promiseFocus(RECORD_FOCUS, (target) => target.matches?.('[data-record-event]') ?? false);
    try {
      await props.onAdd({
        obligation: o.id,
        startedAtMs: start.ms,
        fulfilledAtMs: done?.ok ? done.ms : null,
        note: note.value.trim(),
      });
      started.value = fulfilled.value = note.value = '';
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="panel entry-form" onSubmit={submit} aria-labelledby="ob-add-h" data-testid="obligation-form">
      <h3 id="ob-add-h">{t('obAddTitle')}</h3>
      <p class="muted small">{t('obTimesIn', { zone: props.zone })}</p>
      <div class="form-grid">
        <label>
          <span>{t('obWhich')}</span>
          <select
            value={chosen()}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data-testid="obligation-which"
          >
            <For each={props.obligations}>
              {(o) => (
                <option value={o.id} selected={o.id === obligation()?.id}>
                  {props.titleOf(o)}
                </option>
              )}
            </For>
          </select>
          <small class="muted">{obligation() ? ruleText(obligation()!.rule) : ''}</small>
        </label>
        <label>
          <span>{t('obStartedAt')}</span>
          <input
            ref={started}
            type="datetime-local"
            data-testid="obligation-started"
            aria-describedby="ob-add-err"
          />
          <small class="muted" dir="auto">
            {obligation() ? props.factOf(obligation()!, 'startsWhen') : ''}
          </small>
        </label>
        <label>
          <span>{t('obFulfilledAt')}</span>
          <input ref={fulfilled} type="datetime-local" data-testid="obligation-fulfilled" />
          <small class="muted" dir="auto">
            {obligation() ? props.factOf(obligation()!, 'fulfilledWhen') : ''}
          </small>
        </label>
        <label>
          <span>{t('obNote')}</span>
          <input ref={note} type="text" dir="auto" data-testid="obligation-note" />
        </label>
      </div>
      <p id="ob-add-err" class="error" role="alert">
        {error()}
      </p>
      {/* Not disabled while saving: a focused button disabled drops the focus to the page's body. */}
      <button
        type="submit"
        class="primary"
        aria-disabled={busy()}
        data-record-event
        ref={(el) => claimFocus(el, RECORD_FOCUS)}
      >
        {t('obAdd')}
      </button>
    </form>
  );
}

/**
 * A typed time that is none, in the reader's language. A date-time field's value is a
 * well-formed wall time, so read in UTC it fails only by its year; else the zone skips it.
 */
function timeProblem(value: string, zone: string): string {
  return parseTimestamp(value, 'UTC').ok ? t('obTimeGap', { zone }) : t('obTimeOutside');
}
