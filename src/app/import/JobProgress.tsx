// An import's progress: a bar with percent, rows read and rows per second (the live
// region announces milestones, so the bar itself is not live).
import { Show } from 'solid-js';
import { formatNumber } from '../format';
import { locale, t } from '../state/locale';
import type { ImportJob } from './queue';

export function JobProgress(props: { job: ImportJob }) {
  const p = () => props.job.progress;
  const pct = () => {
    const x = p();
    return x && x.totalBytes > 0 ? Math.min(100, Math.round((x.bytes / x.totalBytes) * 100)) : 0;
  };
  // Read in a tracked scope: a `<Show>` callback runs once, and a string it returns would
  // keep the first update's figures while the bar moves on.
  const said = () => {
    const x = p();
    if (!x) return t('impStarting');
    // `n` picks the rows' form where the language inflects it; `rows` is the figure written.
    if (x.phase === 'saving') return t('impSaving', { rows: formatNumber(x.rows, locale()), n: x.rows });
    return t('impReading', {
      pct: formatNumber(pct(), locale()),
      rows: formatNumber(x.rows, locale()),
      n: x.rows,
      rate: formatNumber(x.rowsPerSecond, locale()),
    });
  };
  return (
    <div class="job-progress">
      <Show when={props.job.status === 'running'} fallback={<p class="muted">{t('impWaiting')}</p>}>
        <progress
          max="100"
          value={pct()}
          aria-label={t('impProgressLabel', { file: props.job.file.name })}
          aria-valuetext={`${pct()} %`}
        />
        <p class="small" data-testid="import-progress">
          {said()}
        </p>
      </Show>
    </div>
  );
}
