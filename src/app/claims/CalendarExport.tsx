// Puts the evaluation's live deadlines (open claims, termination notices still due, pending
// obligations) in the user's own calendar as an .ics file made on this device.
import { createMemo, Show } from 'solid-js';
import { evaluationDeadlines } from '../../engine/ics-deadlines';
import type { Evaluation } from '../../engine/model';
import { useEnv } from '../components/context';
import { downloadText, exportStem } from '../components/download';

export function CalendarExport(props: { evaluation: Evaluation }) {
  const env = useEnv();
  const count = createMemo(() => evaluationDeadlines(props.evaluation, env.citations).length);
  // The calendar file is written only when asked for: its writer loads then.
  const save = async () => {
    const { deadlinesIcs } = await import('../../engine/ics');
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
