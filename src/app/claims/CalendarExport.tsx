// Puts the report's live deadlines (open claims, termination notices still due, pending
// obligations) in the user's own calendar as an .ics file made on this device.
import { createMemo, Show } from 'solid-js';
import { reportDeadlines } from '../../engine/ics-deadlines';
import type { SlaReport } from '../../engine/report';
import { useEnv } from '../components/context';
import { downloadText, exportStem } from '../components/download';

export function CalendarExport(props: { report: SlaReport }) {
  const env = useEnv();
  const count = createMemo(() => reportDeadlines(props.report, env.citations).length);
  // The calendar file is written only when asked for: its writer loads then.
  const save = async () => {
    const { deadlinesIcs } = await import('../../engine/ics');
    downloadText(
      `${exportStem(props.report.contract.preset, props.report.asOf)}-deadlines.ics`,
      deadlinesIcs(props.report, env.citations),
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
