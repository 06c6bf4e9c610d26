// The IndexedDB schema as a Dexie subclass: every version ever shipped stays declared
// here, in order, so Dexie can upgrade any older database a user still has.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  CheckTimesRow,
  ContractRow,
  DatasetRow,
  EventRow,
  ExclusionRow,
  MergedGapRow,
  MonthKey,
  ObligationEntryRow,
  PolicyRow,
  ReportRow,
  SeriesRow,
  TicketRow,
} from './rows';

export const DEFAULT_STORE_NAME = 'sla-witness';

type SeriesKey = [number, 'probes' | 'states', string, MonthKey];

export class SlaDatabase extends Dexie {
  declare contracts: EntityTable<ContractRow, 'id'>;
  declare policies: EntityTable<PolicyRow, 'id'>;
  declare datasets: EntityTable<DatasetRow, 'id'>;
  declare series: Table<SeriesRow, SeriesKey>;
  declare checkTimes: Table<CheckTimesRow, SeriesKey>;
  declare events: Table<EventRow, [number, string]>;
  declare exclusions: EntityTable<ExclusionRow, 'id'>;
  declare mergedGaps: Table<MergedGapRow, [number, 'probes' | 'states', string]>;
  declare reports: EntityTable<ReportRow, 'id'>;
  declare tickets: Table<TicketRow, [number, number]>;
  declare obligationEntries: EntityTable<ObligationEntryRow, 'id'>;

  constructor(name: string = DEFAULT_STORE_NAME) {
    super(name);
    // Version 1. A schema change adds `this.version(2).stores({...}).upgrade(...)` below;
    // never edit or drop a shipped version.
    this.version(1).stores({
      contracts: '++id, name',
      policies: '++id, name',
      datasets: '++id, contractId, [contractId+checksum]',
      series: '[datasetId+kind+monitor+month], datasetId',
      checkTimes: '[datasetId+kind+monitor+month], datasetId',
      events: '[datasetId+monitor], datasetId',
      exclusions: '++id, datasetId',
      mergedGaps: '[contractId+kind+monitor], contractId',
      reports: '++id, contractId',
    });
    // Version 2: support tickets and obligation events are stored, and a contract may keep
    // its own holiday list. A ticket's key is its dataset and line (ticket ids can repeat
    // across files); a hand-entered obligation event has no dataset (null is not indexed).
    this.version(2)
      .stores({
        tickets: '[datasetId+line], datasetId, contractId',
        obligationEntries: '++id, contractId, datasetId',
      })
      .upgrade((tx) =>
        tx
          .table('contracts')
          .toCollection()
          .modify((c: { holidays?: unknown }) => {
            c.holidays = null;
          }),
      );
  }
}
