// Terms of published SLAs that several tests state, written once.
import type { TerminationFinding } from '../../src/engine/model';

/**
 * Virteche: "one day of service for every 15 minutes of downtime beyond the 0.1% threshold",
 * capped at a month of days; `beyond` false counts every lost minute instead.
 */
export const virtecheDays = (rounding: 'ceil' | 'floor', beyond = true) => ({
  kind: 'serviceDays' as const,
  days: 1,
  perMinutes: 15,
  rounding,
  whenMissed: true,
  capDays: 31,
  ...(beyond ? { beyondAllowance: true } : {}),
});

/** Each termination right as [triggered, periods, notice deadline, its status, days left]. */
export const rightsOf = (termination: readonly TerminationFinding[]) =>
  termination.map((t) => [
    t.triggered,
    t.periods,
    t.noticeByMs && new Date(t.noticeByMs).toISOString(),
    t.noticeStatus,
    t.noticeDaysLeft,
  ]);

/**
 * Rackspace: "prorated monthly Fees for each full or partial hour of downtime in excess of
 * the Availability SLA": the lost time beyond the allowance, at the fee's own rate.
 */
export const rackspaceLostTime = {
  kind: 'lostTime' as const,
  multiple: 1,
  hourlyRate: null,
  whenMissed: true,
  capPercent: null,
  beyondAllowance: true,
};

/** …priced in whole hours, a started one counting (`ceil`) or not (`floor`). */
export const rackspaceHours = (rounding: 'ceil' | 'floor') => ({
  ...rackspaceLostTime,
  perMinutes: 60,
  rounding,
});
