// The data tab: pick or drop files (several at once, phones included), review each
// file's detected kind and columns, import with progress, and see what is stored.
import { For, Show } from 'solid-js';
import { t } from '../state/locale';
import type { ContractSession } from '../state/session';
import { DatasetList } from './DatasetList';
import { JobCard } from './JobCard';
import { jobsOf, planProblems, startAll } from './queue';

export function ImportPanel(props: { session: ContractSession; onFiles: (files: File[]) => void }) {
  let input!: HTMLInputElement;
  const jobs = () => jobsOf(props.session.id());
  const ready = () => jobs().filter((j) => j.status === 'review' && planProblems(j).length === 0);
  return (
    <>
      <section class="panel picker" aria-labelledby="add-files-h">
        <h2 id="add-files-h">{t('impAddTitle')}</h2>
        <p class="muted">{t('impAddText')}</p>
        <label class="button primary file-button">
          {t('impChoose')}
          <input
            ref={input}
            type="file"
            multiple
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            class="visually-hidden"
            data-testid="file-input"
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = '';
              if (files.length) props.onFiles(files);
            }}
          />
        </label>
        <p class="muted small">{t('impDropHint')}</p>
      </section>
      <Show when={jobs().length > 0}>
        <section aria-labelledby="queue-h">
          <div class="section-head">
            <h2 id="queue-h">{t('impQueueTitle')}</h2>
            <Show when={ready().length > 1}>
              <button type="button" class="primary" onClick={() => startAll(props.session.id())}>
                {t('impImportAll', { n: ready().length })}
              </button>
            </Show>
          </div>
          <For each={jobs()}>{(job) => <JobCard job={job} />}</For>
        </section>
      </Show>
      <DatasetList session={props.session} />
    </>
  );
}
