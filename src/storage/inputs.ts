// A contract's stored datasets as one engine input, merged by rule 1 across files;
// reads only per-minute counts (median gaps come cached), so re-evaluation stays fast.
import type { ObligationEntry } from '../engine/obligations';
import type { ExclusionRecord, InputSummary, MonitorMinutes } from '../engine/observations';
import { type TicketRecord, ticketsJudgedOnce } from '../engine/tickets';
import type { SlaDatabase } from './database';
import { storageErrorOf } from './errors';
import { eventMinutesOf, monitorKey, probeMinutesOf, unionMedianGap } from './merge';
import {
  type DatasetRow,
  type EventRow,
  inputSummaryOf,
  type MergedGapRow,
  MINUTE_KINDS,
  type ObligationEntryRow,
  type SeriesRow,
  type TicketRow,
} from './rows';
import { checkTimesOf } from './save';

export interface ContractInputs {
  /** Shared with a cache: read, never modify. */
  monitors: MonitorMinutes[];
  exclusions: ExclusionRecord[];
  /** Every stored file, in import order (the order the command line lists its files). */
  inputs: InputSummary[];
  /** Tickets of every tickets dataset, by dataset then line, each id once (the last dataset's). */
  tickets: TicketRecord[];
  /** Obligation events from files and entered by hand, in the order they were stored. */
  obligations: ObligationEntry[];
}

/** The minute part: the only part worth caching, and the only part that is slow to build. */
type MinuteInputs = Pick<ContractInputs, 'monitors' | 'exclusions'>;

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Reads and merges (inside the caller's transaction); `datasets` sorted by id, the order the command line reads files. */
async function readMinuteInputs(
  db: SlaDatabase,
  contractId: number,
  datasets: DatasetRow[],
): Promise<MinuteInputs> {
  const ids = datasets.map((d) => d.id);
  const byId = new Map(datasets.map((d) => [d.id, d]));
  const [series, events, exclusionRows, gaps] = await Promise.all([
    db.series.where('datasetId').anyOf(ids).toArray(),
    db.events.where('datasetId').anyOf(ids).toArray(),
    db.exclusions.where('datasetId').anyOf(ids).toArray(),
    db.mergedGaps.where('contractId').equals(contractId).toArray(),
  ]);
  const cachedGaps = new Map<string, MergedGapRow>(gaps.map((g) => [monitorKey(g.kind, g.monitor), g]));

  const monitors: MonitorMinutes[] = [];
  // Same order as the reducer: checks by kind and monitor, then events by monitor.
  const seriesGroups = groupBy<SeriesRow>(series, (r) => monitorKey(r.kind, r.monitor));
  for (const key of [...seriesGroups.keys()].sort()) {
    const rows = seriesGroups.get(key)!;
    const { kind, monitor } = rows[0]!;
    const contributors = [...new Set(rows.map((r) => r.datasetId))].sort((a, b) => a - b);
    let gap: number | null = null;
    if (kind === 'probes') {
      if (contributors.length === 1)
        gap = byId.get(contributors[0]!)!.gaps.find((g) => g.monitor === monitor)?.medianGapMsTimes2 ?? null;
      else {
        const cached = cachedGaps.get(key);
        gap =
          cached && sameIds(cached.datasetIds, contributors)
            ? cached.medianGapMsTimes2
            : unionMedianGap(await checkTimesOf(db, contributors, monitor));
      }
    }
    monitors.push(probeMinutesOf(kind, monitor, rows, gap));
  }
  const eventGroups = groupBy<EventRow>(
    [...events].sort((a, b) => a.datasetId - b.datasetId),
    (r) => r.monitor,
  );
  for (const monitor of [...eventGroups.keys()].sort())
    monitors.push(eventMinutesOf(monitor, eventGroups.get(monitor)!));

  const exclusions: ExclusionRecord[] = exclusionRows
    .sort((a, b) => a.datasetId - b.datasetId || a.id - b.id)
    .map(({ id: _id, datasetId: _datasetId, ...record }) => record);
  return { monitors, exclusions };
}

const ticketOf = ({ datasetId: _d, contractId: _c, ...ticket }: TicketRow): TicketRecord => ticket;
const entryOf = ({ id: _i, contractId: _c, datasetId: _d, ...entry }: ObligationEntryRow): ObligationEntry =>
  entry;

/**
 * Loads with a small cache of the minute part, keyed by the ids of the contract's minute
 * datasets: datasets are never changed in place (a replace is a new id), so the same ids
 * mean the same minutes, and a tickets file added beside them does not rebuild them.
 */
export class InputsCache {
  private readonly entries = new Map<number, { signature: string; inputs: MinuteInputs }>();

  constructor(private readonly capacity = 2) {}

  async load(db: SlaDatabase, contractId: number): Promise<ContractInputs> {
    try {
      // One read transaction: the datasets and their rows are one consistent snapshot.
      return await db.transaction(
        'r',
        [
          db.datasets,
          db.series,
          db.checkTimes,
          db.events,
          db.exclusions,
          db.mergedGaps,
          db.tickets,
          db.obligationEntries,
        ],
        async () => {
          const [datasets, ticketRows, entryRows] = await Promise.all([
            db.datasets.where('contractId').equals(contractId).sortBy('id'),
            db.tickets.where('contractId').equals(contractId).toArray(),
            db.obligationEntries.where('contractId').equals(contractId).sortBy('id'),
          ]);
          // Tickets and obligation events are small and (entered by hand) change in place:
          // they are read every time, and only the minute part is cached.
          const summaries = datasets.map(inputSummaryOf);
          const ticketsOf = new Map<InputSummary, TicketRecord[]>();
          const byDataset = groupBy<TicketRow>(ticketRows, (r) => String(r.datasetId));
          datasets.forEach((d, i) => {
            const rows = byDataset.get(String(d.id));
            if (rows) ticketsOf.set(summaries[i]!, rows.sort((a, b) => a.line - b.line).map(ticketOf));
          });
          const records = { ...ticketsJudgedOnce(summaries, ticketsOf), obligations: entryRows.map(entryOf) };
          const minuteDatasets = datasets.filter((d) => MINUTE_KINDS.includes(d.kind));
          const signature = minuteDatasets.map((d) => d.id).join(',');
          const hit = this.entries.get(contractId);
          if (hit && hit.signature === signature) return { ...hit.inputs, ...records };
          const inputs = await readMinuteInputs(db, contractId, minuteDatasets);
          this.entries.delete(contractId);
          this.entries.set(contractId, { signature, inputs });
          while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
          return { ...inputs, ...records };
        },
      );
    } catch (e) {
      throw storageErrorOf(e, 'read');
    }
  }

  forget(contractId?: number): void {
    if (contractId === undefined) this.entries.clear();
    else this.entries.delete(contractId);
  }
}
