// One file in the import queue, from detection through review, progress and result.
import { Match, Show, Switch } from 'solid-js';
import { formatNumber } from '../format';
import { takeFallenFocus } from '../shell/fallen-focus';
import { readerSentence } from '../shell/own';
import { locale, t } from '../state/locale';
import { JobProgress } from './JobProgress';
import { JobResult } from './JobResult';
import { PlanEditor } from './PlanEditor';
import { cancel, dismiss, type ImportJob, planProblems, reopen, start } from './queue';

const UNSUPPORTED_KEY = {
  empty: 'impUnsupportedEmpty',
  binary: 'impUnsupportedBinary',
  html: 'impUnsupportedHtml',
  wide: 'impUnsupportedWide',
  zip: 'impUnsupportedZip',
  gzip: 'impUnsupportedGzip',
  pdf: 'impUnsupportedPdf',
  sqlite: 'impUnsupportedSqlite',
  xls: 'impUnsupportedXls',
  'cut-off': 'impUnsupportedCutOff',
  'unclosed-quote': 'impUnsupportedUnclosedQuote',
} as const;

function fileSize(bytes: number, loc: string): string {
  if (bytes < 1024) return t('sizeBytes', { n: formatNumber(bytes, loc) });
  if (bytes < 1024 * 1024) return t('sizeKB', { n: formatNumber(bytes / 1024, loc, 1) });
  return t('sizeMB', { n: formatNumber(bytes / 1024 / 1024, loc, 2) });
}

/**
 * Removes a file from the queue and gives the focus to a neighbouring file's card (the
 * next, else the one before), or to the file picker when none is left: the button
 * pressed is gone with its card, and the focus would otherwise fall to the page.
 */
function removeCard(button: HTMLElement, id: number): void {
  const card = button.closest('article');
  const isCard = (el: Element | null | undefined): el is HTMLElement => !!el?.matches('article.job');
  const next = card?.nextElementSibling;
  const before = card?.previousElementSibling;
  const neighbour = isCard(next) ? next : isCard(before) ? before : null;
  dismiss(id);
  (neighbour ?? document.querySelector<HTMLElement>('[data-testid="file-input"]'))?.focus();
}

export function JobCard(props: { job: ImportJob }) {
  const j = () => props.job;
  const headingId = () => `job-${j().id}-h`;
  const why = () => j().sniff?.problem ?? 'binary';
  return (
    <article
      class="panel job"
      aria-labelledby={headingId()}
      tabindex="-1"
      data-testid="import-job"
      data-status={j().status}
    >
      <div class="job-head">
        <h3 id={headingId()}>{j().file.name}</h3>
        <span class="muted small">
          {fileSize(j().file.size, locale())} · {t(`impStatus_${j().status}`)}
        </span>
        <Show when={j().status !== 'running'}>
          <button type="button" class="small" onClick={(e) => removeCard(e.currentTarget, j().id)}>
            {j().status === 'imported' || j().status === 'unsupported' ? t('impDismiss') : t('impRemove')}
            <span class="visually-hidden"> {j().file.name}</span>
          </button>
        </Show>
      </div>
      <Switch>
        <Match when={j().status === 'sniffing'}>
          <p class="muted">{t('impSniffing')}</p>
        </Match>
        <Match when={j().status === 'unsupported'}>
          <p class="warn">
            {/* A known tool's refused JSON comes typed, for the page to word in its language. */}
            {why() === 'json-unknown' || why() === 'json-refused'
              ? readerSentence(j().sniff?.problemText ?? '', j().sniff?.refusal)
              : t(UNSUPPORTED_KEY[why() as keyof typeof UNSUPPORTED_KEY], {
                  line: formatNumber(j().sniff?.problemLine ?? 1, locale()),
                })}
          </p>
        </Match>
        <Match when={j().status === 'review'}>
          <PlanEditor job={j()} />
          <div class="button-row">
            <button
              type="button"
              class="primary"
              disabled={planProblems(j()).length > 0}
              onClick={() => start(j().id)}
            >
              {t('impImport')}
              <span class="visually-hidden"> {j().file.name}</span>
            </button>
          </div>
        </Match>
        <Match when={j().status === 'queued' || j().status === 'running'}>
          <JobProgress job={j()} />
          <button
            type="button"
            onClick={() => cancel(j().id)}
            // The Import button pressed is gone once the import starts: the focus goes to Cancel.
            ref={takeFallenFocus}
          >
            {t('impCancel')}
            <span class="visually-hidden"> {j().file.name}</span>
          </button>
        </Match>
        <Match when={j().status === 'cancelled'}>
          <p>{t('impCancelled')}</p>
          <button
            type="button"
            ref={takeFallenFocus}
            onClick={(e) => {
              // The button goes as the file is reviewed again: its card keeps the focus.
              const card = e.currentTarget.closest('article');
              reopen(j().id);
              card?.focus();
            }}
          >
            {t('impReviewAgain')}
          </button>
        </Match>
        <Match when={true}>
          <JobResult
            job={j()}
            onReplace={() => start(j().id, true)}
            onSkip={(button) => removeCard(button, j().id)}
          />
        </Match>
      </Switch>
    </article>
  );
}
