// The sample data sets of public/samples (written by scripts/make-samples.ts) through the
// command line, against figures computed independently: a separate Python evaluation of
// the same CSV files under SPEC §4 (zoneinfo, exact fractions), cross-checked by hand
// from the designed outages listed in public/samples/README.md.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import { evaluate } from '../src/engine/evaluate';
import { obligationTerms } from '../src/engine/obligations';
import { effectivePolicy, parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import type { SlaReport } from '../src/engine/report';
import { toReport } from '../src/engine/to-report';
import { builtInHolidays } from '../src/ingest/country-holidays';
import { loadObligations } from '../src/ingest/obligations';
import { loadTickets } from '../src/ingest/tickets';

const SAMPLES = 'public/samples';
const today = new Date('2026-11-21T12:00:00Z');

async function report(preset: string, extra: string[] = []): Promise<SlaReport> {
  const dir = `${SAMPLES}/${preset}`;
  const argv = [
    '--policy',
    preset,
    '--probes',
    `${dir}/probes.csv`,
    '--exclusions',
    `${dir}/maintenance.csv`,
    '--as-of',
    '2026-11-21',
    ...extra,
  ];
  return JSON.parse(await runSla(parseArgs(argv), today)) as SlaReport;
}

/** label, total, excluded, downtime, nodata, partial, met, credit percent, credit days */
const rows = (r: SlaReport) =>
  r.periods.map((p) => [
    p.label,
    p.totalMinutes,
    p.excludedMinutes,
    p.downtimeMinutes,
    p.nodataMinutes,
    p.partial,
    p.met,
    p.credit.percent,
    p.credit.days,
  ]);
const uptimes = (r: SlaReport) => r.periods.map((p) => p.uptimePercent);
const claims = (r: SlaReport) => r.periods.map((p) => [p.claimBy, p.claimStatus]);
const excludedFlags = (r: SlaReport) => r.exclusions.map((x) => x.excluded);
const outage = (r: SlaReport, start: string) => {
  const o = r.outages.find((x) => x.start === start);
  return o && [o.end, o.minutes, o.qualifies, o.excludedMinutes, o.countedMinutes];
};
const counted = (r: SlaReport) => r.outages.reduce((s, o) => s + o.countedMinutes, 0);

describe('MedOS sample (IST, zone-less local times; credit in days of extension)', () => {
  let r: SlaReport;
  beforeAll(async () => {
    r = await report('medos');
  });

  it('reads every row of both monitors and all maintenance records', () => {
    expect(r.inputs.map((i) => [i.name, i.rows, i.skippedRows, i.monitors])).toEqual([
      ['probes.csv', 36740, 0, ['booking', 'emr']],
      ['maintenance.csv', 6, 0, []],
    ]);
  });

  it('September is exactly 99.5 % (216 of 43 200 minutes) and meets; October earns 3 days', () => {
    // Sep: 1 + 95 + 40 + 35 + 45 (to midnight of a boundary outage) = 216 counted minutes.
    // Oct: 40 + 310 + 100 (emergency is not excluded) + 30 (customer side is counted) + 1 + 220 = 701;
    // 98.4297 % → (99.5 − 98.4297) / 0.5 = 2.14 steps → ceil 3 days. Oct 3 02:07–05:00: no data.
    expect(rows(r)).toEqual([
      ['2026-09', 43200, 150, 216, 0, false, true, null, 0],
      ['2026-10', 44640, 60, 701, 173, true, false, null, 3],
    ]);
    expect(uptimes(r)).toEqual([99.5, (100 * (44640 - 701)) / 44640]);
    expect(claims(r)).toEqual([
      [null, null],
      [null, 'automatic'],
    ]);
    expect(r.periods[1]!.breachAt).toBe('2026-10-06T13:04:00+05:30');
  });

  it('judges notices against 24 h and excludes only the kinds the contract names', () => {
    // planned 32 h ✓, planned 6 h ✗, third-party ✓, planned 64 h ✓, emergency ✗, customer ✗
    expect(excludedFlags(r)).toEqual([true, false, true, true, false, false]);
    expect(r.exclusions.map((x) => x.noticeHours)).toEqual([32, 6, null, 64, 0.33, null]);
  });

  it('lists every outage, the boundary one counted in both months', () => {
    expect(r.outages).toHaveLength(13);
    expect(r.outages.every((o) => o.qualifies)).toBe(true);
    expect(counted(r)).toBe(216 + 701);
    expect(outage(r, '2026-09-30T23:15:00+05:30')).toEqual(['2026-10-01T00:40:00+05:30', 85, true, 0, 85]);
    expect(outage(r, '2026-09-14T02:00:00+05:30')).toEqual(['2026-09-14T03:10:00+05:30', 70, true, 70, 0]);
  });
});

describe('Clarus LIS sample (Cairo, ISO times with +03:00 / +02:00; bands 10/25/50)', () => {
  let r: SlaReport;
  beforeAll(async () => {
    r = await report('clarus-lis');
  });

  it('reads the file', () => {
    expect(r.inputs.map((i) => [i.rows, i.skippedRows, i.monitors])).toEqual([
      [36195, 0, ['api', 'lis']],
      [6, 0, []],
    ]);
  });

  it('September meets; October (44 700 minutes: summer time ends) falls below 99.0 % → 25 %', () => {
    // Sep: 18 + 1 + 10 = 29. Oct: 30 + 320 + 50 (39 h notice) + 1 + 80 (DST night) = 481.
    expect(rows(r)).toEqual([
      ['2026-09', 43200, 45, 29, 0, false, true, 0, null],
      ['2026-10', 44700, 210, 481, 0, false, false, 25, null],
    ]);
    expect(uptimes(r)).toEqual([(100 * (43200 - 29)) / 43200, (100 * (44700 - 481)) / 44700]);
    expect(claims(r)).toEqual([
      [null, null],
      ['2026-12-01T00:00:00+02:00', 'open'],
    ]);
    expect(r.periods[1]!.claimDaysLeft).toBe(10);
    expect(r.periods[1]!.breachAt).toBe('2026-10-12T10:30:00+03:00');
    expect(r.termination.map((t) => [t.triggered, t.periods])).toEqual([[false, []]]);
  });

  it('72 h notice: 96 h excluded, 39 h and none not; emergency, third-party and customer excluded', () => {
    expect(excludedFlags(r)).toEqual([true, false, true, false, true, true]);
    expect(r.exclusions.map((x) => x.noticeHours)).toEqual([0.17, null, 96, 39, null, null]);
  });

  it('measures the outage across the repeated hour as 80 minutes', () => {
    expect(r.outages).toHaveLength(11);
    expect(outage(r, '2026-10-29T23:20:00+03:00')).toEqual(['2026-10-29T23:40:00+02:00', 80, true, 0, 80]);
    expect(outage(r, '2026-09-30T23:50:00+03:00')).toEqual(['2026-10-01T00:30:00+03:00', 40, true, 0, 40]);
    expect(counted(r)).toBe(29 + 481);
  });

  it('prices the credit on the monthly fee', async () => {
    const priced = await report('clarus-lis', ['--fee', '20000', '--currency', 'EGP']);
    expect(priced.periods.map((p) => p.credit.amount)).toEqual([0, 5000]);
  });
});

describe('ElevateFinance sample (IST, epoch seconds; Downtime = more than 3 minutes of 5xx)', () => {
  let r: SlaReport;
  beforeAll(async () => {
    r = await report('elevatefinance');
  });

  it('reads the epoch-second export with its own column names', () => {
    expect(r.inputs.map((i) => [i.rows, i.skippedRows, i.monitors])).toEqual([
      [45554, 0, ['filing', 'login']],
      [4, 0, []],
    ]);
  });

  it('September 98.38 % → 15 %; October 99.4960 % rounds to 99.50 and meets', () => {
    // Sep: 4 + 568 + 18 + 90 (5 days' notice) + 20 = 700 → 98.3796 → 98.38;
    // (99.5 − 98.38) / 0.5 = 2.24 → ceil 3 steps × 5 % = 15 %. Oct: 25 + 140 + 60 = 225.
    expect(rows(r)).toEqual([
      ['2026-09', 43200, 180, 700, 0, false, false, 15, null],
      ['2026-10', 44640, 60, 225, 0, false, true, 0, null],
    ]);
    expect(uptimes(r)).toEqual([98.38, 99.5]);
    expect(claims(r)).toEqual([
      ['2026-10-31T00:00:00+05:30', 'expired'],
      [null, null],
    ]);
    // The rounded uptime first drops below 99.50 at the 219th counted minute.
    expect(r.periods[0]!.breachAt).toBe('2026-09-17T14:07:00+05:30');
  });

  it('does not count 5xx runs of 3 minutes or less, counts the 4-minute one', () => {
    expect(r.outages).toHaveLength(15);
    expect(r.outages.filter((o) => !o.qualifies).map((o) => o.minutes)).toEqual([1, 3, 2, 2, 3]);
    expect(outage(r, '2026-09-10T14:00:00+05:30')).toEqual(['2026-09-10T14:03:00+05:30', 3, false, 0, 0]);
    expect(outage(r, '2026-09-10T16:00:00+05:30')).toEqual(['2026-09-10T16:04:00+05:30', 4, true, 0, 4]);
    expect(counted(r)).toBe(700 + 225);
  });

  it("judges 7 days' notice (168 h): 216 h excluded, 120 h not", () => {
    expect(excludedFlags(r)).toEqual([true, true, false, true]);
    expect(r.exclusions.map((x) => x.noticeHours)).toEqual([216, null, 120, 0.5]);
  });

  it('prices the credit on the annual fee ÷ 12; the STARTER tier gets nothing', async () => {
    const growth = await report('elevatefinance', [
      '--tier',
      'GROWTH',
      '--fee',
      '1200000',
      '--currency',
      'INR',
    ]);
    expect(growth.periods.map((p) => [p.credit.percent, p.credit.amount])).toEqual([
      [15, 15000],
      [0, 0],
    ]);
    const starter = await report('elevatefinance', ['--tier', 'STARTER']);
    expect(starter.periods.map((p) => [p.credit.percent, p.credit.eligible, p.claimBy])).toEqual([
      [0, false, null],
      [0, false, null],
    ]);
  });
});

describe('Kipu sample (New York, ISO UTC times, up/down words; annual target, Level 0 credits)', () => {
  let r: SlaReport;
  beforeAll(async () => {
    r = await report('kipu');
  });

  it('reads the file', () => {
    expect(r.inputs.map((i) => [i.rows, i.skippedRows, i.monitors])).toEqual([
      [47167, 0, ['ehr']],
      [4, 0, []],
    ]);
  });

  it('reports 2026 so far: 429 minutes down, 165 excluded (out of the total too)', () => {
    // 8+5+50+20+60+12+14+(17+25+30)+(20+18+30)+120 = 429; 45 + 120 planned minutes excluded.
    // No data from 21 Nov 00:10 (10-minute checks carry 20 minutes) to 1 Jan: 59 030 minutes.
    expect(rows(r)).toEqual([['2026', 525600, 165, 429, 59030, true, false, null, null]]);
    expect(uptimes(r)).toEqual([(100 * (525600 - 165 - 429)) / (525600 - 165)]);
    expect(r.periods[0]!.breachAt).toBe('2026-03-08T03:20:00-04:00');
  });

  it('notice by length: < 1 h needs 24 h, exactly 1 h already needs 72 h', () => {
    // 45 min / 30 h ✓, 60 min / 48 h ✗, 120 min / 96 h ✓, 30 min / 12 h ✗
    expect(excludedFlags(r)).toEqual([true, false, true, false]);
    expect(r.exclusions.map((x) => x.noticeRequired)).toEqual(['24 h', '72 h', '72 h', '24 h']);
  });

  it('Level 0 incidents (> 15 min) and the credit each month earns', () => {
    expect(r.outages).toHaveLength(15);
    expect(outage(r, '2026-03-08T01:40:00-05:00')).toEqual(['2026-03-08T03:30:00-04:00', 50, true, 0, 50]);
    expect(outage(r, '2026-02-11T22:10:00-05:00')).toEqual(['2026-02-11T22:50:00-05:00', 40, true, 35, 5]);
    expect(
      r.incidentCredits.map((m) => [
        m.label,
        m.levels.find((l) => l.severity === 'P0')!.incidents,
        m.percent,
      ]),
    ).toEqual([
      ['2026-01', 0, 0],
      ['2026-02', 0, 0],
      ['2026-03', 1, 25],
      ['2026-04', 1, 0],
      // Planned Downtime is left out of Level 0 whatever its notice (seeds/003, Severity 0 (iv)).
      ['2026-05', 0, 0],
      ['2026-06', 0, 0],
      ['2026-07', 0, 0],
      ['2026-08', 0, 0],
      ['2026-09', 3, 50],
      ['2026-10', 3, 50],
      ['2026-11', 1, 25],
      ['2026-12', 0, 0],
    ]);
    const month = (label: string) => r.incidentCredits.find((m) => m.label === label)!;
    expect([month('2026-03').eligibleAt, month('2026-03').claimBy, month('2026-03').claimStatus]).toEqual([
      '2026-03-08T03:30:00-04:00',
      '2026-04-07T03:30:00-04:00',
      'expired',
    ]);
    expect([month('2026-11').eligibleAt, month('2026-11').claimBy, month('2026-11').claimStatus]).toEqual([
      '2026-11-12T11:00:00-05:00',
      '2026-12-12T11:00:00-05:00',
      'open',
    ]);
    expect(month('2026-11').claimDaysLeft).toBe(22);
  });

  it('three Level 0 incidents in September and October give the right to terminate', () => {
    expect(r.termination.map((t) => [t.triggered, t.periods, t.noticeBy])).toEqual([
      [true, ['2026-09', '2026-10'], '2026-11-06T00:00:00-05:00'],
    ]);
  });

  // The October credit becomes claimable at 00:10 EDT on 1 Nov; "within 30 days" in the
  // contract's zone is 00:10 EST on 1 Dec, the same wall time after summer time ends.
  it('the October claim deadline keeps the wall-clock time across the end of summer time', () => {
    const oct = r.incidentCredits.find((m) => m.label === '2026-10')!;
    expect([oct.eligibleAt, oct.claimBy, oct.claimStatus, oct.claimDaysLeft]).toEqual([
      '2026-11-01T00:10:00-04:00',
      '2026-12-01T00:10:00-05:00',
      'open',
      11,
    ]);
  });
});

describe('PatientIQ sample (Chicago, ISO UTC times; nightly 23:00–03:00 excluded)', () => {
  let r: SlaReport;
  beforeAll(async () => {
    r = await report('patientiq');
  });

  it('reads the file', () => {
    expect(r.inputs.map((i) => [i.rows, i.skippedRows, i.monitors])).toEqual([
      [38540, 0, ['api', 'app']],
      [4, 0, []],
    ]);
  });

  it('October meets; November so far falls below 99.1 % → 10 %', () => {
    // Oct: window 31 × 240 = 7 440 + emergency 60; counted 180 + 40 + 40 + 30 = 290 of 37 140.
    // Nov (43 260 minutes: summer time ends): window 240 + 29 × 240 + 60 = 7 260 + third-party
    // 90; counted 30 + 20 + 120 + 44 + 150 = 364 of 35 910. No data after 21 Nov 00:06.
    expect(rows(r)).toEqual([
      ['2026-10', 44640, 7500, 290, 0, false, true, 0, null],
      ['2026-11', 43260, 7350, 364, 14394, true, false, 10, null],
    ]);
    expect(uptimes(r)).toEqual([(100 * (37140 - 290)) / 37140, (100 * (35910 - 364)) / 35910]);
    expect(r.periods[1]!.breachAt).toBe('2026-11-19T09:50:00-06:00');
    expect(r.periods[1]!.claimStatus).toBe('open');
    expect(r.termination.map((t) => t.triggered)).toEqual([false]);
  });

  it('excludes outages inside the nightly window, counts those outside it', () => {
    expect(r.outages).toHaveLength(11);
    expect(outage(r, '2026-10-06T23:32:00-05:00')).toEqual(['2026-10-07T01:12:00-05:00', 100, true, 100, 0]);
    expect(outage(r, '2026-10-14T10:00:00-05:00')).toEqual(['2026-10-14T13:00:00-05:00', 180, true, 0, 180]);
    expect(outage(r, '2026-10-20T02:20:00-05:00')).toEqual(['2026-10-20T03:40:00-05:00', 80, true, 40, 40]);
    // 22:30 CDT to 03:30 CST: 360 minutes, of which the 5-hour window that night is 300.
    expect(outage(r, '2026-10-31T22:30:00-05:00')).toEqual(['2026-11-01T03:30:00-06:00', 360, true, 300, 60]);
    expect(counted(r)).toBe(290 + 364);
  });

  it('excludes emergency and third-party records; planned ones are not an excluded kind', () => {
    expect(excludedFlags(r)).toEqual([true, false, true, false]);
  });

  it('gives no credit for a breach before the remedies start (effective date + 30 days)', async () => {
    const early = await report('patientiq', ['--effective', '2026-10-25']);
    expect(early.periods.map((p) => [p.credit.percent, p.credit.eligible, p.claimBy])).toEqual([
      [0, true, null],
      [0, false, null],
    ]);
  });

  // The CLI uses the built-in US holidays unless --holidays is given: 5 business days
  // after 19 Nov skip Thanksgiving (26 Nov): 20, 23, 24, 25, 27 Nov → by the end of 27 Nov.
  it('the claim deadline skips Thanksgiving', () => {
    expect([r.periods[1]!.claimBy, r.periods[1]!.claimDaysLeft]).toEqual(['2026-11-28T00:00:00-06:00', 7]);
  });
});

describe('sample tickets and obligations (engine)', () => {
  async function judged(preset: string) {
    const policy = parsePolicy(PRESETS[preset]);
    const eff = effectivePolicy(policy);
    const dir = `${SAMPLES}/${preset}`;
    const bytes = (f: string) => new Uint8Array(readFileSync(`${dir}/${f}`));
    const tickets = loadTickets('tickets.csv', bytes('tickets.csv'), eff.timezone).tickets;
    const obligations = eff.obligations.length
      ? loadObligations(
          'obligations.csv',
          bytes('obligations.csv'),
          eff.timezone,
          obligationTerms(eff.obligations),
        )
      : [];
    const country = eff.calendar.holidayCountry;
    const holidays = country ? (await builtInHolidays(country, 2026, 2026)).map((h) => h.date) : [];
    return toReport(
      evaluate({
        policy,
        monitors: [],
        exclusions: [],
        inputs: [],
        tickets,
        obligations,
        holidays,
        asOf: '2026-11-21',
      }),
    );
  }
  const outcomes = (list: SlaReport['tickets']) =>
    list.map((t) => [t.id, t.elapsedMinutes, t.targetMinutes, t.met]);
  const promises = (r: SlaReport) => r.obligations.map((o) => [o.obligation, o.status, o.marginHours]);

  it('MedOS: response and resolution targets; next-business-day P3', async () => {
    const r = await judged('medos');
    expect(outcomes(r.tickets)).toEqual([
      ['MED-101', 9, 15, true],
      ['MED-102', 45, 30, false],
      ['MED-107', 8, 15, true],
      ['MED-110', 90, 120, true],
      ['MED-112', 585, 600, true],
      ['MED-115', 600, 540, false],
      ['MED-118', 120, 660, null],
    ]);
    expect(outcomes(r.resolutions)).toEqual([
      ['MED-101', 96, 240, true],
      ['MED-102', 745, 1440, true],
      ['MED-107', 326, 240, false],
      ['MED-110', 12720, 10080, false],
    ]);
    expect(promises(r)).toEqual([
      ['data-export', 'met', 161],
      ['erasure', 'missed', -120],
      ['sla-change-notice', 'missed', -274],
      ['data-export', 'pending', 323],
    ]);
  });

  it('Clarus LIS: Sunday–Thursday hours, Armed Forces Day (6 Oct) skipped', async () => {
    const r = await judged('clarus-lis');
    expect(outcomes(r.tickets)).toEqual([
      ['CLR-201', 30, 60, true],
      ['CLR-204', 270, 240, false],
      ['CLR-209', 240, 540, true],
      ['CLR-207', 80, 60, false],
      ['CLR-212', 1620, 1080, false],
      ['CLR-215', 60, 240, null],
    ]);
    expect(promises(r)).toEqual([
      ['breach-notification', 'met', 28],
      ['rpo', 'missed', -8.25],
      ['rto', 'met', 2.92],
      ['breach-notification', 'pending', 20],
    ]);
  });

  it('ElevateFinance: working hours, Gandhi Jayanti (2 Oct) skipped; post-incident reports', async () => {
    const r = await judged('elevatefinance');
    expect(outcomes(r.tickets)).toEqual([
      ['EF-301', 45, 120, true],
      ['EF-304', 450, 480, true],
      ['EF-308', 660, 1440, true],
      ['EF-306', 135, 120, false],
      ['EF-311', 3240, 2700, false],
      ['EF-314', 180, 480, null],
    ]);
    // EF-304 (P2) was resolved Mon 28 Sep 18:00 without a report: 5 Working Days (Gandhi
    // Jayanti skipped) end with 6 Oct, 46 days = 1 104 h before the end of the asOf day.
    expect(promises(r)).toEqual([
      ['capacity-change-notice', 'met', 38],
      ['post-incident-report', 'met', 30],
      ['post-incident-report', 'missed', -1104],
      ['post-incident-report', 'missed', -12],
      ['capacity-change-notice', 'missed', -322],
      ['post-incident-report', 'pending', 120],
    ]);
  });

  it('Kipu: severities 1–4 on a 24x7 or business-day clock', async () => {
    const r = await judged('kipu');
    expect(outcomes(r.tickets)).toEqual([
      ['KIPU-5001', 35, 60, true],
      ['KIPU-5004', 420, 480, true],
      ['KIPU-5007', 85, 60, false],
      ['KIPU-5010', 1350, 960, false],
      ['KIPU-5012', 900, 960, null],
    ]);
  });

  it('PatientIQ: the contract sets no response targets', async () => {
    const r = await judged('patientiq');
    expect(r.tickets).toEqual([]);
  });
});
