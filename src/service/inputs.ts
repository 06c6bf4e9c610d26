// What one evaluation is made of, whether it was read from files (the command line) or
// from storage (the worker): the same shape, so both assemble it the same way.
import type { ObligationEntry } from '../engine/obligations';
import type { ExclusionRecord, InputSummary, MonitorMinutes } from '../engine/observations';
import type { TicketRecord } from '../engine/tickets';

export interface EvaluationSources {
  monitors: readonly MonitorMinutes[];
  exclusions: readonly ExclusionRecord[];
  /** Every input file, in the order it was given or imported. */
  inputs: readonly InputSummary[];
  tickets: readonly TicketRecord[];
  obligations: readonly ObligationEntry[];
}

/** The values a user sets on a contract; null where the policy's own stands. */
export interface ContractValues {
  timezone: string | null;
  fee: number | null;
  currency: string | null;
  tier: string | null;
  effectiveDate: string | null;
}

/** An obligation log's summary: every row is used, or the file is refused whole. */
export function obligationLogSummary(path: string, entries: readonly ObligationEntry[]): InputSummary {
  return {
    name: path.split(/[\\/]/).pop() ?? path,
    kind: 'obligations',
    rows: entries.length,
    skippedRows: 0,
    monitors: [],
    skipped: [],
  };
}
