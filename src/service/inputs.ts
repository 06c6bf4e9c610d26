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

/**
 * The tickets with the resolutions the customer entered for those their files leave open;
 * a file's own resolution time always wins.
 */
export function withHandResolutions(
  tickets: readonly TicketRecord[],
  resolutions: readonly { ticketId: string; resolvedAtMs: number }[],
): TicketRecord[] {
  const byId = new Map(resolutions.map((r) => [r.ticketId, r.resolvedAtMs]));
  return tickets.map((t) => {
    const at = t.resolvedAtMs === null ? byId.get(t.id) : undefined;
    return at === undefined ? t : { ...t, resolvedAtMs: Math.max(at, t.openedAtMs), resolvedByHand: true };
  });
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
