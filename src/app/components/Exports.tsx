// Export buttons: the report JSON (byte-identical to the command line's), the outage evidence CSV, and the claim letter.
import { createSignal } from 'solid-js';
import { outageEvidenceCsv } from '../../engine/evidence';
import type { Evaluation } from '../../engine/model';
import { reportJson } from '../../engine/report';
import { toReport } from '../../engine/to-report';
import type { LetterSubject } from '../letter/subject';
import { awaitFingerprints } from '../state/report-of';
import { useEnv } from './context';
import { downloadText, exportStem } from './download';

export function Exports(props: {
  evaluation: Evaluation;
  period: string;
  /** Opens the claim letter for a period. */
  onLetter: (subject: LetterSubject) => void;
  /** Settles once the files' SHA-256 still being taken are listed in the evaluation. */
  fingerprinted?: () => Promise<void>;
}) {
  const env = useEnv();
  const { t, fmt } = env;
  const stem = () => exportStem(props.evaluation.contract.preset, props.evaluation.asOf);
  // The report lists each file with its SHA-256 and goes out with a claim letter: saved
  // while a file's is still being taken after its import, it waits for it.
  const [reportWaits, setReportWaits] = createSignal(false);
  const saveReport = async () => {
    if (reportWaits()) return;
    // Saved at once, in the click, where nothing is missing.
    const waited = awaitFingerprints(props.evaluation, props.fingerprinted, setReportWaits);
    if (waited) await waited;
    downloadText(`${stem()}.json`, reportJson(toReport(props.evaluation)), 'application/json');
  };
  // The exported document is written only when asked for.
  const id = `${env.uid}-exports`;
  return (
    <section class="card exports" aria-labelledby={id}>
      <h3 id={id}>{t('exportsTitle')}</h3>
      <div class="button-row">
        <button type="button" aria-busy={reportWaits()} data-testid="export-json" onClick={saveReport}>
          {t(reportWaits() ? 'exportJsonFingerprints' : 'exportJson')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(`${stem()}-outages.csv`, outageEvidenceCsv(toReport(props.evaluation)), 'text/csv')
          }
        >
          {t('exportCsv')}
        </button>
        <button
          type="button"
          class="primary"
          data-letter-for={`period-${props.period}`}
          onClick={() => props.onLetter({ source: 'period', label: props.period })}
        >
          {t('exportLetter', { period: fmt.period(props.period) })}
        </button>
      </div>
      <p class="muted">{t('exportNote')}</p>
    </section>
  );
}
