// Export buttons: the report JSON (byte-identical to the command line's), the outage evidence CSV, and the claim letter.
import { outageEvidenceCsv } from '../../engine/evidence';
import type { Evaluation } from '../../engine/model';
import { reportJson, type SlaReport } from '../../engine/report';
import type { LetterSubject } from '../letter/subject';
import { useEnv } from './context';
import { downloadText, exportStem } from './download';

export function Exports(props: {
  evaluation: Evaluation;
  report: SlaReport;
  period: string;
  /** Opens the claim letter for a period. */
  onLetter: (subject: LetterSubject) => void;
}) {
  const env = useEnv();
  const { t, fmt } = env;
  const stem = () => exportStem(props.report.contract.preset, props.report.asOf);
  const id = `${env.uid}-exports`;
  return (
    <section class="card exports" aria-labelledby={id}>
      <h3 id={id}>{t('exportsTitle')}</h3>
      <div class="button-row">
        <button
          type="button"
          onClick={() => downloadText(`${stem()}.json`, reportJson(props.report), 'application/json')}
        >
          {t('exportJson')}
        </button>
        <button
          type="button"
          onClick={() => downloadText(`${stem()}-outages.csv`, outageEvidenceCsv(props.report), 'text/csv')}
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
