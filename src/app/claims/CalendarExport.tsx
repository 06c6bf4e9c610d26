// Puts the evaluation's live deadlines (open claims, termination notices still due, pending
// obligations) in the user's own calendar as an .ics file made on this device.
import { createMemo, Show } from 'solid-js';
import { evaluationDeadlines } from '../../engine/ics-deadlines';
import type { Evaluation } from '../../engine/model';
import { useEnv } from '../components/context';
import { downloadText, exportStem } from '../components/download';
import { showError } from '../shell/errors';
import { worded } from '../shell/worded';

export function CalendarExport(props: { evaluation: Evaluation }) {
  const env = useEnv();
  const count = createMemo(() => evaluationDeadlines(props.evaluation, env.citations).length);
  // The calendar file is written only when asked for: its writer loads then.
  const save = async () => {
    // Offline after an update, the writer's file may be gone: say so rather than nothing.
    const writer = await import('../../engine/ics').catch(() => null);
    if (!writer) return showError(worded((english) => new Error(english), { key: 'icsFailed' }));
    const { deadlinesIcs } = writer;
    downloadText(
      `${exportStem(props.evaluation.contract.preset, props.evaluation.asOf)}-deadlines.ics`,
      deadlinesIcs(props.evaluation, env.citations),
      'text/calendar',
    );
  };
  return (
    <Show when={count() > 0}>
      <div class="calendar-export">
        <button type="button" onClick={save} aria-describedby={`${env.uid}-ics-help`}>
          {env.t('icsExport', { n: count() })}
        </button>
        <p id={`${env.uid}-ics-help`} class="small muted">
          {env.t('icsHelp', { zone: env.zone })}
        </p>
      </div>
    </Show>
  );
}
