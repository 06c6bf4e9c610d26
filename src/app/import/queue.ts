// The import queue, kept for the whole visit so it survives switching tabs: each file's
// reviewed plan, then one import at a time through the worker with progress and cancel.
import { createEffect, createRoot } from 'solid-js';
import { createStore, produce } from 'solid-js/store';
import { type ObligationTerms, obligationTerms } from '../../engine/obligations';
import { inputLayout } from '../../ingest/input-layout';
import { plainText } from '../../ingest/plain-text';
import { announce } from '../shell/announce';
import { t } from '../state/locale';
import {
  evaluationBridge,
  type ImportKind,
  type ImportOptions,
  type ImportOutcome,
  type ImportProgress,
  importBridge,
} from '../worker-bridge';
import { planProblemsOf } from './plan-problems';
import { effectiveColumns, type Sniff } from './sniff';

type JobStatus =
  | 'sniffing'
  | 'review'
  | 'queued'
  | 'running'
  | 'imported'
  | 'duplicate'
  | 'failed'
  | 'cancelled'
  | 'unsupported';

export interface ImportJob {
  id: number;
  contractId: number;
  file: File;
  sniff: Sniff | null;
  kind: ImportKind;
  /** role → column overrides the user (or a known layout) chose. */
  overrides: Record<string, string>;
  sourceZone: string;
  /** The zone the detection proposed (the layout's, else the contract's): another is the user's choice. */
  proposedZone: string;
  /** The detected layout's id, which the reader needs for JSON and Grafana/Prometheus CSVs. */
  layout: string | null;
  where: { column: string; values: string[] }[];
  whereNot: { column: string; values: string[] }[];
  /** The contract's obligations when the file was added: an obligation log may name only these. */
  obligations: ObligationTerms[];
  /** The country whose built-in holidays the evaluation after the import reads (null: none, or the contract's own list). */
  holidayCountry: string | null;
  replace: boolean;
  status: JobStatus;
  progress: ImportProgress | null;
  outcome: ImportOutcome | null;
  /** A failure that is not the worker's typed one (the worker crashed, a cancel), worded when shown. */
  error: unknown;
}

const [jobs, setJobs] = createStore<ImportJob[]>([]);

export { jobs };

const controllers = new Map<number, AbortController>();
let nextId = 1;
let running = false;

export const jobsOf = (contractId: number) => jobs.filter((j) => j.contractId === contractId);

/** A file is being imported, or waits its turn. */
export const importing = () => jobs.some((j) => j.status === 'running' || j.status === 'queued');

/**
 * Leaving the page while a file is imported (closing or reloading it, or the update note's
 * Reload) would end the import with nothing of it stored: the browser asks first. Once
 * nothing imports, the page goes without a question.
 */
function holdPage(event: BeforeUnloadEvent): void {
  event.preventDefault();
  // What browsers before the standard's preventDefault look for.
  event.returnValue = '';
}

createRoot(() => {
  createEffect(() => {
    if (importing()) addEventListener('beforeunload', holdPage);
    else removeEventListener('beforeunload', holdPage);
  });
});

function update(id: number, patch: Partial<ImportJob>): void {
  setJobs((j) => j.id === id, patch);
}

const find = (id: number) => jobs.find((j) => j.id === id);

export interface ImportDefaults {
  zone: string;
  /** The policy's obligations (none: an obligation log is refused). */
  obligations?: readonly ObligationTerms[];
  /** The country whose built-in holidays the contract's calendar takes (none: no country, or a list of its own). */
  holidayCountry?: string | null;
}

/** Adds files to a contract's queue; `autoStart` imports them without review (sample data). */
export async function addFiles(
  contractId: number,
  dropped: readonly File[],
  defaults: ImportDefaults,
  autoStart = false,
): Promise<void> {
  // A file's name is shown in every message about it and kept with its data: a control or
  // bidi character in it (U+202E reverses what follows) is a space there.
  const files = dropped.map((f) => {
    const name = plainText(f.name);
    return name === f.name ? f : new File([f], name, { type: f.type, lastModified: f.lastModified });
  });
  const ids = files.map((file) => {
    const id = nextId++;
    setJobs(jobs.length, {
      id,
      contractId,
      file,
      sniff: null,
      kind: 'probes',
      overrides: {},
      sourceZone: defaults.zone,
      proposedZone: defaults.zone,
      layout: null,
      where: [],
      whereNot: [],
      obligations: obligationTerms(defaults.obligations ?? []),
      holidayCountry: defaults.holidayCountry ?? null,
      replace: false,
      status: 'sniffing',
      progress: null,
      outcome: null,
      error: null,
    });
    return id;
  });
  // The import's own code loads while the files are looked at and reviewed.
  void importBridge.prepareImport().catch(() => {});
  await Promise.all(
    files.map(async (file, i) => {
      const id = ids[i]!;
      try {
        const sniff = await importBridge.sniffFile(file);
        const g = sniff.guess;
        update(id, {
          sniff,
          kind: sniff.records ?? g?.kind ?? 'probes',
          overrides: g ? { ...g.columns } : {},
          sourceZone: g?.layout?.sourceZone ?? defaults.zone,
          proposedZone: g?.layout?.sourceZone ?? defaults.zone,
          layout: g?.layout?.id ?? null,
          where: g?.layout?.where ?? [],
          whereNot: g?.layout?.whereNot ?? [],
          status: sniff.problem ? 'unsupported' : autoStart ? 'queued' : 'review',
        });
      } catch (e) {
        update(id, { status: 'failed', error: e });
      }
    }),
  );
  if (autoStart) void pump();
}

export function setPlan(
  id: number,
  patch: Partial<Pick<ImportJob, 'kind' | 'overrides' | 'sourceZone' | 'whereNot'>>,
): void {
  update(id, patch);
}

export function setOverride(id: number, role: string, column: string): void {
  setJobs(
    (j) => j.id === id,
    'overrides',
    produce((o) => void (o[role] = column)),
  );
}

export function start(id: number, replace = false): void {
  update(id, { status: 'queued', replace, outcome: null, error: null, progress: null });
  void pump();
}

export function startAll(contractId: number): void {
  for (const j of jobsOf(contractId)) if (j.status === 'review' && planProblems(j).length === 0) start(j.id);
}

export function cancel(id: number): void {
  const j = find(id);
  if (!j) return;
  if (j.status === 'running') controllers.get(id)?.abort();
  else if (j.status === 'queued') update(id, { status: 'review' });
}

/** Forgets every job (after all data was deleted); running imports are cancelled. */
export function clearQueue(): void {
  for (const c of controllers.values()) c.abort();
  setJobs([]);
}

/** Back to review after a cancel or failure. */
export function reopen(id: number): void {
  update(id, { status: 'review', outcome: null, error: null, progress: null, replace: false });
}

export function dismiss(id: number): void {
  cancel(id);
  setJobs((list) => list.filter((j) => j.id !== id));
}

/** Problems that keep a plan from being imported (no rows, a required role without a column). */
export const planProblems = planProblemsOf;

function optionsOf(j: ImportJob): ImportOptions {
  // The report's inputs[].layout, made as the command line makes it from the same detection.
  const layout = j.sniff
    ? {
        inputLayout: inputLayout(j.sniff, {
          kind: j.kind,
          sourceZone: j.sourceZone,
          zoneChosen: j.sourceZone !== j.proposedZone,
        }),
      }
    : {};
  // The columns the user chose for a tickets file or an obligation log; the rest by their names.
  const chosen = { ...j.overrides };
  if (j.kind === 'tickets')
    return { kind: 'tickets', sourceZone: j.sourceZone, columns: chosen, replace: j.replace, ...layout };
  if (j.kind === 'obligations')
    return {
      kind: 'obligations',
      sourceZone: j.sourceZone,
      obligations: obligationTerms(j.obligations),
      columns: chosen,
      replace: j.replace,
      ...layout,
    };
  const header = j.sniff?.header ?? [];
  return {
    kind: j.kind,
    sourceZone: j.sourceZone,
    columns: effectiveColumns(header, j.kind, { ...j.overrides }).columns,
    where: j.where.map((w) => ({ column: w.column, values: [...w.values] })),
    whereNot: j.whereNot.map((w) => ({ column: w.column, values: [...w.values] })),
    ...(j.layout ? { layout: j.layout } : {}),
    replace: j.replace,
    ...layout,
  };
}

async function pump(): Promise<void> {
  if (running) return;
  const j = jobs.find((x) => x.status === 'queued');
  if (!j) return;
  running = true;
  const controller = new AbortController();
  controllers.set(j.id, controller);
  update(j.id, { status: 'running', progress: null });
  announce(t('impStarted', { file: j.file.name }));
  // The import ends in an evaluation of the contract: its worker gets ready meanwhile.
  void evaluationBridge.prepareEvaluation(j.holidayCountry).catch(() => {});
  try {
    const outcome = await importBridge.importFile(j.file, j.contractId, optionsOf(j), {
      signal: controller.signal,
      onProgress: (p) => {
        update(j.id, { progress: p });
        const pct = p.totalBytes ? Math.round((p.bytes / p.totalBytes) * 100) : 0;
        announce(t('impProgressSay', { file: j.file.name, pct }), 3000);
      },
    });
    const status: JobStatus =
      outcome.status === 'imported' ? 'imported' : outcome.status === 'duplicate' ? 'duplicate' : 'failed';
    update(j.id, { status, outcome });
    announce(
      status === 'imported'
        ? t('impDoneSay', {
            file: j.file.name,
            rows: outcome.status === 'imported' ? outcome.summary.rows : 0,
            n: outcome.status === 'imported' ? outcome.summary.rows : 0,
            skipped: outcome.status === 'imported' ? outcome.summary.skippedRows : 0,
          })
        : status === 'duplicate'
          ? t('impDuplicateSay', { file: j.file.name })
          : t('impFailedSay', { file: j.file.name }),
    );
  } catch (e) {
    const cancelled = controller.signal.aborted;
    update(j.id, { status: cancelled ? 'cancelled' : 'failed', error: e });
    announce(
      cancelled ? t('impCancelledSay', { file: j.file.name }) : t('impFailedSay', { file: j.file.name }),
    );
  } finally {
    controllers.delete(j.id);
    running = false;
  }
  void pump();
}
