// The IndexedDB schema as a Dexie subclass: every version ever shipped stays declared
// here, in order, so Dexie can upgrade any older database a user still has.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Policy } from '../engine/policy';
import { countsOf, storedCounts } from './counts-codec';
import { rowCheckRuns } from './dataset-rows';
import { withLogSpans } from './event-spans';
import { checkRulesOf, classesOfUpDown, policyDocumentOf } from './legacy-checks';
import { monthTimes } from './months';
import type {
  CheckTimesRow,
  ContractRow,
  DatasetKind,
  DatasetRow,
  EventRow,
  ExclusionRow,
  MergedGapRow,
  MonthKey,
  ObligationEntryRow,
  PolicyRow,
  PolicySource,
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

  /**
   * `presets`, the built-in policies, tell version 3's upgrade which rules a preset
   * contract's files were read with; without them it records the defaults.
   */
  constructor(name: string = DEFAULT_STORE_NAME, presets: Readonly<Record<string, Policy>> = {}) {
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
    // Version 3: checks are kept by outcome class, so a policy's down codes and timeout rule
    // apply at evaluation. Counts stored as up and down become the two classes no rule
    // changes, and their datasets record the rules they were read with: the contract's
    // policy's, as the import took them.
    this.version(3)
      .stores({})
      .upgrade(async (tx) => {
        const custom = new Map<number, unknown>();
        await tx.table('policies').each((p: { id: number; policy: unknown }) => custom.set(p.id, p.policy));
        const rules = new Map<number, ReturnType<typeof checkRulesOf>>();
        await tx.table('contracts').each((c: { id: number; policy: PolicySource }) => {
          rules.set(c.id, checkRulesOf(policyDocumentOf(c.policy, custom, presets)));
        });
        await tx
          .table('datasets')
          .toCollection()
          .modify((d: { contractId: number; kind: DatasetKind; classifiedWith?: unknown }) => {
            d.classifiedWith =
              d.kind === 'probes' || d.kind === 'states'
                ? (rules.get(d.contractId) ?? checkRulesOf(null))
                : null;
          });
        await tx
          .table('series')
          .toCollection()
          .modify((r: { up?: ArrayBuffer; down?: ArrayBuffer }) => {
            Object.assign(r, classesOfUpDown(r.up!, r.down!));
            delete r.up;
            delete r.down;
          });
      });
    // Version 4: each series row keeps its runs of minutes with checks beside its counts, so
    // loading a contract finds every monitor's runs without a pass over years of counts,
    // and a class with one count a minute is kept as runs of equal counts where smaller;
    // check times are kept as a log of changes with their number, not a Uint32 a check.
    this.version(4)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table('series')
          .toCollection()
          .modify((r: SeriesRow) => {
            const classes = r.classes.map(countsOf);
            r.classes = classes.map(storedCounts);
            r.checkRuns = rowCheckRuns(classes);
          });
        await tx
          .table('checkTimes')
          .toCollection()
          .modify((r: CheckTimesRow) => {
            Object.assign(r, monthTimes(new Uint32Array(r.times), 0));
          });
      });
    // Version 5: an event log covers the months its events span for every monitor it names
    // (SPEC §3), not each monitor's own events' months: stored logs are widened to that.
    this.version(5)
      .stores({})
      .upgrade(async (tx) => {
        const events = tx.table('events');
        const rows = (await events.toArray()) as EventRow[];
        await events.bulkPut(withLogSpans(rows, (r) => r.datasetId));
      });
  }
}
