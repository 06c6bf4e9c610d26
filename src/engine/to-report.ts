// The `sla-report/1` document (SPEC §6) written from an evaluation: instants in the
// contract zone's offset, and each code in the English the report has always carried.
import type {
  ClaimOutcome,
  EligibilityCondition,
  Evaluation,
  ExclusionReason,
  NoticeRequirement,
  OutageFinding,
  PeriodFigures,
  TerminationRule,
  TicketOutcome,
} from './model';
import { obligationReport } from './obligations';
import type { OutageReport, PeriodReport, SlaReport, TicketReport } from './report';
import { formatInstant, HOUR_MS, MINUTE_MS } from './time';

const hoursText = (h: number) => `${Number.isInteger(h) ? h : Number(h.toFixed(2))} h`;

/**
 * The notice given, in hours to two decimals, rounded down where it fell short: a notice a
 * second short of 24 hours is "23.99 h < required 24 h", never "24 h < required 24 h".
 */
export function givenHours(r: { code: 'noticeMet' | 'noticeTooShort'; givenMinutes: number }): number {
  const h = (r.givenMinutes * MINUTE_MS) / HOUR_MS;
  return r.code === 'noticeTooShort' ? Math.floor(h * 100 + 1e-9) / 100 : h;
}

const businessDaysText = (days: number) => `${days} business day${days === 1 ? '' : 's'}`;

function noticeText(n: NoticeRequirement): string {
  return n.unit === 'hours' ? hoursText(n.hours) : businessDaysText(n.days);
}

function exclusionReasonText(r: ExclusionReason): string {
  switch (r.code) {
    case 'kindNotExcluded':
      return `the contract does not exclude "${r.kind}"`;
    case 'excludedKind':
      return 'excluded kind';
    case 'noAnnouncement':
      return `no announcement given; required notice ${noticeText(r.required)}`;
    case 'noticeMet':
    case 'noticeTooShort':
      // In the unit the contract counts: whole business days where it counts them, else
      // hours from the minutes' own milliseconds, as the notice was always measured.
      return `notice ${r.givenBusinessDays === undefined ? hoursText(givenHours(r)) : businessDaysText(r.givenBusinessDays)} ${r.code === 'noticeMet' ? '≥' : '<'} required ${noticeText(r.required)}`;
  }
}

function eligibilityText(c: EligibilityCondition): string {
  switch (c.code) {
    case 'tierHasCredit':
      return `plan tier is not ${c.noCreditTiers.join(' or ')}`;
    case 'agreementFrom':
      return `agreement effective on or after ${c.from}`;
    case 'minFee':
      return `fee at least ${c.minAmount} ${c.currency} per ${c.per}`;
    case 'remediesAfter':
      return `breach on or after ${c.from ?? `${c.days} days after the effective date`}`;
    case 'capAtNextMonthFee':
      return 'credit does not exceed the next month’s fee';
    case 'customerCondition':
      return c.text;
  }
}

export function terminationText(r: TerminationRule): string {
  switch (r.code) {
    case 'consecutivePeriodsMissed':
      return `${r.periods} consecutive ${r.period}s below target`;
    case 'incidentsPerMonth':
      return `${r.minIncidents} or more ${r.severity} incidents in a month for ${r.consecutiveMonths} consecutive months`;
    case 'claims':
      return `claims in ${r.consecutiveMonths} consecutive months, or ${r.claimsCount} claims within ${r.withinDays} days${r.noticeDays === null ? '' : `, on ${r.noticeDays} days' notice`}`;
    case 'missedWithinMonths':
      return `${r.missed} ${r.period}s below target within any ${r.months} months`;
    case 'averageBelow':
      return `average uptime of ${r.periods} consecutive ${r.period}s below ${r.belowPercent} %${r.noticeDays === null ? '' : `, on ${r.noticeDays} days' notice`}`;
  }
}

/** A ticket as the report writes it: the measured figures, in the document's key order. */
const ticket = (o: TicketOutcome): TicketReport => ({
  id: o.id,
  severity: o.severity,
  clock: o.clock,
  elapsedMinutes: o.elapsedMinutes,
  targetMinutes: o.targetMinutes,
  met: o.met,
  marginMinutes: o.marginMinutes,
  pending: o.pending,
});

export function toReport(e: Evaluation): SlaReport {
  const zone = e.contract.timezone;
  const at = (ms: number) => formatInstant(zone, ms);
  const atOrNull = (ms: number | null) => (ms === null ? null : at(ms));
  const claim = (c: ClaimOutcome) => ({
    claimBy: atOrNull(c.claimByMs),
    claimStatus: c.status,
    claimDaysLeft: c.daysLeft,
  });
  const period = (p: PeriodFigures): PeriodReport => ({
    label: p.label,
    start: at(p.startMs),
    end: at(p.endMs),
    partial: p.partial,
    totalMinutes: p.totalMinutes,
    excludedMinutes: p.excludedMinutes,
    downtimeMinutes: p.downtimeMinutes,
    nodataMinutes: p.nodataMinutes,
    uptimePercent: p.uptimePercent,
    met: p.met,
    credit: {
      percent: p.credit.percent,
      days: p.credit.days,
      amount: p.credit.amount,
      currency: p.credit.currency,
      eligible: p.credit.eligible,
      conditions: p.credit.checks.map((c) => ({ condition: eligibilityText(c.condition), met: c.met })),
      claimable: p.credit.claimable,
      lapsed: p.credit.lapsed,
      lapsedWindows: p.claim.lapsedWindows ?? 0,
    },
    ...claim(p.claim),
    breachAt: atOrNull(p.breachAtMs),
  });
  const outage = (o: OutageFinding): OutageReport => ({
    start: at(o.startMs),
    end: at(o.endMs),
    minutes: o.minutes,
    qualifies: o.qualifies,
    excludedMinutes: o.excludedMinutes,
    countedMinutes: o.countedMinutes,
  });
  return {
    schema: 'sla-report/1',
    asOf: e.asOf,
    contract: e.contract,
    inputs: e.inputs,
    periods: e.periods.map(period),
    outages: e.outages.map(outage),
    exclusions: e.exclusions.map((x) => {
      const reason = exclusionReasonText(x.reason);
      const required = 'required' in x.reason ? noticeText(x.reason.required) : null;
      const r = x.reason;
      const noticeHours =
        r.code === 'noticeMet' || r.code === 'noticeTooShort'
          ? givenHours(r)
          : x.announcedAtMs === null
            ? null
            : (x.startMs - x.announcedAtMs) / HOUR_MS;
      return {
        start: at(x.startMs),
        end: at(x.endMs),
        kind: x.kind,
        excluded: x.excluded,
        reason: x.switchedOff
          ? `switched off (what-if); ${reason}`
          : x.overCapMinutes > 0
            ? `${reason}; ${x.overCapMinutes} min of it beyond the cap on ${x.kind} exclusions, measured as any other time`
            : reason,
        announcedAt: atOrNull(x.announcedAtMs),
        noticeHours: noticeHours === null ? null : Math.round(noticeHours * 100) / 100,
        noticeRequired: required,
        note: x.note,
        source: `${x.source}:${x.line}`,
      };
    }),
    incidentCredits: e.incidentMonths.map((m) => ({
      label: m.label,
      period: m.period,
      levels: m.levels,
      percent: m.percent,
      amount: m.amount,
      currency: m.currency,
      eligibleAt: atOrNull(m.eligibleAtMs),
      ...claim(m.claim),
    })),
    tickets: e.tickets.map(ticket),
    resolutions: e.resolutions.map(ticket),
    untargetedTickets: e.untargetedTickets.map((t) => ({
      id: t.id,
      severity: t.severity,
      source: `${t.source}:${t.line}`,
    })),
    ticketCompliance: e.ticketCompliance.map(({ workingDayMinutes: _, ...c }) => c),
    termination: e.termination.map((t) => ({
      rule: terminationText(t.rule),
      triggered: t.triggered,
      periods: t.periods,
      noticeBy: atOrNull(t.noticeByMs),
      noticeStatus: t.noticeStatus,
      noticeDaysLeft: t.noticeDaysLeft,
      ...(t.averagePercent === undefined ? {} : { averagePercent: t.averagePercent }),
    })),
    obligations: e.obligations.map((o) => obligationReport(o, zone)),
    comparison: e.comparison && {
      vendorMonitors: e.comparison.vendorMonitors,
      measuredMonitors: e.comparison.measuredMonitors,
      periods: e.comparison.periods.map((p) => ({
        label: p.label,
        admittedMinutes: p.admittedMinutes,
        measuredMinutes: p.measuredMinutes,
        unadmittedMinutes: p.unadmittedMinutes,
        unpostedOutages: p.unpostedOutages.map((o) => ({
          start: at(o.startMs),
          end: at(o.endMs),
          minutes: o.minutes,
        })),
        unseenIncidents: p.unseenIncidents.map((o) => ({
          start: at(o.startMs),
          end: at(o.endMs),
          minutes: o.minutes,
          monitors: o.monitors,
        })),
      })),
    },
    ...(e.remedies ? { remedies: e.remedies } : {}),
    ...(e.scopes
      ? {
          scopes: e.scopes.map((sc) => ({
            id: sc.id,
            name: sc.name,
            monitors: sc.monitors,
            target: sc.target,
            period: sc.period,
            periods: sc.periods.map(period),
            outages: sc.outages.map(outage),
          })),
          unscopedMonitors: e.unscopedMonitors ?? [],
        }
      : {}),
  };
}
