// The engine, fed through the command line's ingest path, against a naive minute-by-minute
// reading of SPEC §4 (test/support/reference-oracle.ts) on small generated logs around
// month ends and DST changes in each preset's zone.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseReading, type Policy, type RecurringWindow } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { type CsvFile, evaluateCsv } from './support/evaluate-csv';
import {
  type Check,
  firstOccurrence,
  localText,
  type OracleExclusion,
  type OracleProbe,
  type OracleTerms,
  referenceEvaluation,
} from './support/reference-oracle';

const KINDS = ['planned', 'emergency', 'third-party', 'force-majeure', 'customer', 'other'] as const;

const kinds = (
  excluded: readonly string[],
  notice: Record<string, { fromMinutes: number; hours: number }[]> = {},
): OracleTerms['kinds'] =>
  Object.fromEntries(KINDS.map((k) => [k, { excluded: excluded.includes(k), notice: notice[k] ?? [] }]));

const hours = (h: number) => [{ fromMinutes: 0, hours: h }];

const HTTP_5XX = [{ from: 500, to: 599 }];

/** SPEC §5, column by column; only the availability terms. */
const TERMS: Record<string, OracleTerms> = {
  medos: {
    timezone: 'Asia/Kolkata',
    fee: { amount: null, per: 'month' },
    period: 'month',
    target: '99.5',
    roundDecimals: null,
    formula: 'total',
    minOutageMinutes: 1,
    minuteRule: 'any',
    combine: 'any',
    nodata: 'available',
    downCodes: HTTP_5XX,
    timeoutIsDown: true,
    kinds: kinds(['planned', 'third-party', 'force-majeure'], { planned: hours(24) }),
    windows: [],
    credit: { kind: 'extensionDays', daysPerStep: 1, step: '0.5', capDays: 7 },
  },
  'clarus-lis': {
    timezone: 'Africa/Cairo',
    fee: { amount: null, per: 'month' },
    period: 'month',
    target: '99.9',
    roundDecimals: null,
    formula: 'total',
    minOutageMinutes: 1,
    minuteRule: 'any',
    combine: 'any',
    nodata: 'available',
    downCodes: HTTP_5XX,
    timeoutIsDown: true,
    kinds: kinds(['planned', 'emergency', 'third-party', 'force-majeure', 'customer'], {
      planned: hours(72),
    }),
    windows: [],
    credit: {
      kind: 'bands',
      bands: [
        { below: '99.9', inclusive: false, percent: 10 },
        { below: '99.0', inclusive: false, percent: 25 },
        { below: '95.0', inclusive: false, percent: 50 },
      ],
      capPercent: 50,
    },
  },
  elevatefinance: {
    timezone: 'Asia/Kolkata',
    fee: { amount: null, per: 'year' },
    period: 'month',
    target: '99.5',
    roundDecimals: 2,
    formula: 'total',
    minOutageMinutes: 4,
    minuteRule: 'any',
    combine: 'any',
    nodata: 'available',
    downCodes: HTTP_5XX,
    timeoutIsDown: true,
    kinds: kinds(['planned', 'emergency', 'third-party', 'force-majeure', 'customer'], {
      planned: hours(168),
    }),
    windows: [],
    credit: { kind: 'perStep', percentPerStep: 5, step: '0.5', capPercent: 50 },
  },
  kipu: {
    timezone: 'America/New_York',
    fee: { amount: null, per: 'month' },
    period: 'year',
    target: '99.99',
    roundDecimals: null,
    formula: 'excludeFromTotal',
    minOutageMinutes: 1,
    minuteRule: 'any',
    combine: 'any',
    nodata: 'available',
    downCodes: HTTP_5XX,
    timeoutIsDown: true,
    kinds: kinds(['planned'], {
      planned: [
        { fromMinutes: 0, hours: 24 },
        { fromMinutes: 60, hours: 72 },
      ],
    }),
    windows: [],
    credit: null,
  },
  patientiq: {
    timezone: 'America/Chicago',
    fee: { amount: null, per: 'month' },
    period: 'month',
    target: '99.1',
    roundDecimals: null,
    formula: 'excludeFromTotal',
    minOutageMinutes: 1,
    minuteRule: 'any',
    combine: 'any',
    nodata: 'available',
    downCodes: HTTP_5XX,
    timeoutIsDown: true,
    kinds: kinds(['emergency', 'third-party', 'force-majeure', 'customer']),
    windows: [{ start: '23:00', end: '03:00', weekdays: [] }],
    credit: {
      kind: 'bands',
      bands: [
        { below: '99.1', inclusive: false, percent: 10 },
        { below: '98.5', inclusive: false, percent: 30 },
      ],
      capPercent: 100,
    },
  },
};

/** Spans of a few days holding a month end, a DST change in the zone, or both. */
const SPANS: Record<string, { from: string; days: number }[]> = {
  'Asia/Kolkata': [
    { from: '2026-03-30T00:00:00+05:30', days: 3 },
    { from: '2026-12-30T00:00:00+05:30', days: 3 },
  ],
  'Africa/Cairo': [
    { from: '2026-10-29T00:00:00+03:00', days: 4 },
    { from: '2026-04-23T12:00:00+02:00', days: 2 },
  ],
  'America/New_York': [
    { from: '2026-10-31T12:00:00-04:00', days: 2 },
    { from: '2026-12-31T00:00:00-05:00', days: 2 },
  ],
  'America/Chicago': [
    { from: '2026-10-30T12:00:00-05:00', days: 3 },
    { from: '2026-03-07T12:00:00-06:00', days: 2 },
    { from: '2026-02-27T00:00:00-06:00', days: 3 },
  ],
};

type Result = 'up' | 'down' | 'timeout' | 'client-error';

interface Burst {
  count: number;
  result: Result;
  /** Probes left out after the burst, making a gap. */
  skip: number;
}
interface MonitorPlan {
  startSec: number;
  everySec: number;
  jitter: boolean;
  bursts: Burst[];
  strays: { sec: number; result: Result }[];
}
interface ExclusionPlan {
  startSec: number;
  minutes: number;
  kind: (typeof KINDS)[number];
  noticeSec: number | null;
}
type TimeText = 'utc' | 'local' | 'epoch-s' | 'epoch-ms';
/** One file; the rows dealt over two files; or a file per monitor named after it, with no monitor column. */
type Layout = 'one' | 'split' | 'named';
interface Case {
  preset: string;
  span: number;
  words: boolean;
  timeText: TimeText;
  layout: Layout;
  kind: 'probes' | 'states';
  /** Milliseconds on the probe times, where the time text can carry them. */
  millis: boolean;
  /** A down check beside every fifth probe at its very instant. */
  twins: boolean;
  monitors: MonitorPlan[];
  exclusions: ExclusionPlan[];
  /** Outages of one more monitor, from an event log. */
  events: readonly { startSec: number; minutes: number }[];
  minuteRule: OracleTerms['minuteRule'];
  combine: OracleTerms['combine'];
  nodata: OracleTerms['nodata'];
  timeoutIsDown: boolean;
  minOutage: number | null;
  /** Quarters instead of the preset's months, and rounding where it has none (null: the preset's own). */
  quarters: boolean;
  /** Recurring windows added to the preset's own. */
  windows: OracleTerms['windows'];
  roundDecimals: number | null;
  /** The contract's fee in its own unit (per month, or per year for ElevateFinance). */
  fee: number | null;
}

const resultArb = fc.constantFrom<Result>('up', 'up', 'down', 'timeout', 'client-error');

const monitorArb = (spanSec: number) =>
  fc.record({
    startSec: fc.integer({ min: 0, max: spanSec - 1 }),
    everySec: fc.constantFrom(20, 30, 60, 90, 120, 300, 600),
    jitter: fc.boolean(),
    bursts: fc.array(
      fc.record({
        count: fc.integer({ min: 1, max: 40 }),
        result: resultArb,
        skip: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30 })),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    strays: fc.array(fc.record({ sec: fc.integer({ min: 0, max: spanSec - 1 }), result: resultArb }), {
      maxLength: 4,
    }),
  });

/** Notice near the preset's own requirement, to the second either side, as often as not. */
const exclusionArb = (spanSec: number, noticeHours: readonly number[]) =>
  fc.record({
    startSec: fc.oneof(fc.integer({ min: 0, max: spanSec - 1 }), fc.integer({ min: -45 * 86_400, max: -1 })),
    minutes: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.constantFrom(59, 60, 61), fc.constant(50_000)),
    kind: fc.constantFrom(...KINDS, 'planned', 'planned'),
    noticeSec: fc.option(
      fc
        .tuple(
          fc.constantFrom(...noticeHours, ...noticeHours, 1, 23, 24, 71, 72, 167, 168, 400),
          fc.constantFrom(-1, 0, 1),
        )
        .map(([h, s]) => h * 3600 + s),
    ),
  });

const caseArb: fc.Arbitrary<Case> = fc
  .tuple(fc.constantFrom(...Object.keys(TERMS)), fc.nat(10))
  .chain(([preset, spanPick]) => {
    const spans = SPANS[TERMS[preset]!.timezone]!;
    const span = spanPick % spans.length;
    const spanSec = spans[span]!.days * 86_400;
    return fc.record({
      preset: fc.constant(preset),
      span: fc.constant(span),
      words: fc.boolean(),
      timeText: fc.constantFrom<TimeText>('utc', 'local', 'local', 'epoch-s', 'epoch-ms'),
      layout: fc.constantFrom<Layout>('one', 'one', 'split', 'named'),
      kind: fc.constantFrom('probes' as const, 'probes' as const, 'states' as const),
      millis: fc.boolean(),
      twins: fc.boolean(),
      monitors: fc.array(monitorArb(spanSec), { minLength: 1, maxLength: 3 }),
      exclusions: fc.array(
        exclusionArb(
          spanSec,
          TERMS[preset]!.kinds.planned!.notice.map((t) => t.hours),
        ),
        {
          maxLength: 3,
        },
      ),
      events: fc.oneof(
        fc.constant([]),
        fc.array(
          fc.record({
            startSec: fc.integer({ min: 0, max: spanSec - 1 }),
            minutes: fc.integer({ min: 1, max: 300 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
      ),
      minuteRule: fc.constantFrom('any' as const, 'majority' as const),
      combine: fc.constantFrom('any' as const, 'all' as const),
      nodata: fc.constantFrom(
        'available' as const,
        'available' as const,
        'down' as const,
        'exclude' as const,
      ),
      timeoutIsDown: fc.boolean(),
      minOutage: fc.option(fc.constantFrom(1, 2, 4, 16)),
      quarters: fc.boolean().map((b) => b && preset !== 'kipu'),
      windows: fc
        .array(
          fc.record({
            start: fc.constantFrom('00:00', '01:00', '01:30', '02:15', '22:30', '23:45'),
            end: fc.constantFrom('00:00', '01:45', '02:00', '02:30', '03:00', '06:00'),
            weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 3 }),
          }),
          { maxLength: 2 },
        )
        .map((ws) => ws.filter((w) => w.start !== w.end)),
      roundDecimals: fc.option(fc.constantFrom(0, 1, 2, 3)),
      fee: fc.option(fc.constantFrom(1000, 12_345, 99_999, 7)),
    });
  });

const checkOf = (result: Result, words: boolean): Check => {
  if (words) return { word: result === 'down' || result === 'timeout' ? 'down' : 'up' };
  if (result === 'timeout') return { code: 0, error: true };
  return { code: result === 'down' ? 503 : result === 'client-error' ? 404 : 200, error: false };
};

/** The probes as the case means them; their times as the file will state them come later. */
function probesOf(c: Case, baseMs: number): OracleProbe[] {
  const probes: OracleProbe[] = [];
  const withMillis = c.millis && (c.timeText === 'utc' || c.timeText === 'epoch-ms');
  c.monitors.forEach((plan, i) => {
    const monitor = `m${i + 1}`;
    let k = 0;
    for (const burst of plan.bursts) {
      for (let j = 0; j < burst.count; j++, k++) {
        const wobble = plan.jitter ? ((k * 7919) % 11) - 5 : 0;
        const sec = plan.startSec + k * plan.everySec + wobble;
        const ms = baseMs + sec * 1000 + (withMillis ? (k * 389) % 1000 : 0);
        probes.push({ ms, monitor, check: checkOf(burst.result, c.words) });
        // Twins make a state-change log's latest row a tie, which no clause settles.
        if (c.twins && c.kind === 'probes' && k % 5 === 0)
          probes.push({ ms, monitor, check: checkOf('down', c.words) });
      }
      k += burst.skip;
    }
    for (const s of plan.strays)
      probes.push({ ms: baseMs + s.sec * 1000, monitor, check: checkOf(s.result, c.words) });
  });
  return probes;
}

const iso = (ms: number) => new Date(ms).toISOString();

function timeText(c: Case, ms: number): string {
  if (c.timeText === 'local') return localText(TERMS[c.preset]!.timezone, ms);
  if (c.timeText === 'epoch-s') return String(ms / 1000);
  if (c.timeText === 'epoch-ms') return String(ms);
  return iso(ms);
}

/** Where the file's text puts a probe: a zone-less local time repeated by a fall-back is its first occurrence. */
const readBack = (c: Case, p: OracleProbe): OracleProbe =>
  c.timeText === 'local' ? { ...p, ms: firstOccurrence(TERMS[c.preset]!.timezone, p.ms) } : p;

function probeCsv(c: Case, probes: OracleProbe[], withMonitor: boolean): string {
  const monitor = (p: OracleProbe) => (withMonitor ? `,${p.monitor}` : '');
  const rows = probes.map((p) => {
    const t = timeText(c, p.ms);
    const k = p.check;
    if ('word' in k) return `${t}${monitor(p)},${k.word}`;
    return `${t}${monitor(p)},${k.code ?? ''},${k.error ? 'timed out' : ''}`;
  });
  const header = `time${withMonitor ? ',monitor' : ''},${c.words ? 'status' : 'code,error'}`;
  return `${header}\n${rows.join('\n')}\n`;
}

function probeFiles(c: Case, probes: OracleProbe[]): CsvFile[] {
  const file = (name: string, rows: OracleProbe[], withMonitor = true): CsvFile => ({
    name,
    kind: c.kind,
    csv: probeCsv(c, rows, withMonitor),
  });
  if (c.layout === 'split')
    return [1, 0].map((odd) =>
      file(
        `probes-${odd + 1}.csv`,
        probes.filter((_, i) => i % 2 === odd),
      ),
    );
  if (c.layout === 'named') {
    const names = [...new Set(probes.map((p) => p.monitor))];
    return names.map((name) =>
      file(
        `${name}.csv`,
        probes.filter((p) => p.monitor === name),
        false,
      ),
    );
  }
  return [file('probes.csv', probes)];
}

const exclusionCsv = (xs: OracleExclusion[]) =>
  `start,end,kind,announced_at\n${xs
    .map(
      (x) =>
        `${iso(x.startMs)},${iso(x.endMs)},${x.kind},${x.announcedMs === null ? '' : iso(x.announcedMs)}`,
    )
    .join('\n')}\n`;

function termsOf(c: Case): OracleTerms {
  const base = TERMS[c.preset]!;
  return {
    ...base,
    minuteRule: c.minuteRule,
    combine: c.combine,
    nodata: c.nodata,
    timeoutIsDown: c.timeoutIsDown,
    minOutageMinutes: c.minOutage ?? base.minOutageMinutes,
    period: c.quarters ? 'quarter' : base.period,
    windows: [...base.windows, ...c.windows],
    roundDecimals: c.roundDecimals ?? base.roundDecimals,
    fee: { ...base.fee, amount: c.fee },
  };
}

function policyOf(c: Case): Policy {
  let p = structuredClone(PRESETS[c.preset]!);
  p.minuteRule = c.minuteRule;
  p.combine = c.combine;
  p.nodata = c.nodata;
  if (c.minOutage !== null) p.minOutageMinutes = c.minOutage;
  if (c.quarters) p.period = 'quarter';
  const added = c.windows.map((w) => ({ ...w, note: 'Generated window' }));
  p.exclusions.windows.push(...added);
  // PatientIQ's window reading sets the windows wholesale; the added ones join either choice.
  for (const reading of p.interpretations)
    for (const option of reading.options) {
      const windows = option.patch['exclusions.windows'] as RecurringWindow[] | undefined;
      if (windows) option.patch['exclusions.windows'] = [...windows, ...added];
    }
  if (c.roundDecimals !== null) p.roundDecimals = c.roundDecimals;
  p.fee.amount = c.fee;
  // ElevateFinance holds its timeout rule as a reading, whose chosen patch wins over the field.
  if (p.interpretations.some((i) => i.id === 'timeouts'))
    p = chooseReading(p, 'timeouts', c.timeoutIsDown ? 'counted' : 'ignored');
  else p.timeoutIsDown = c.timeoutIsDown;
  return p;
}

function compare(c: Case) {
  const terms = termsOf(c);
  const baseMs = Date.parse(SPANS[terms.timezone]![c.span]!.from);
  const probes = probesOf(c, baseMs);
  const exclusions: OracleExclusion[] = c.exclusions.map((x) => {
    const startMs = baseMs + x.startSec * 1000;
    return {
      startMs,
      endMs: startMs + x.minutes * 60_000,
      kind: x.kind,
      announcedMs: x.noticeSec === null ? null : startMs - x.noticeSec * 1000,
    };
  });
  const events = c.events.map((e) => ({
    startMs: baseMs + e.startSec * 1000,
    endMs: baseMs + e.startSec * 1000 + e.minutes * 60_000,
  }));
  const files = probeFiles(c, probes);
  if (events.length)
    files.push({
      name: 'incidents.csv',
      kind: 'events',
      csv: `start,end,monitor\n${events.map((e) => `${iso(e.startMs)},${iso(e.endMs)},ev`).join('\n')}\n`,
    });
  if (exclusions.length)
    files.push({ name: 'maintenance.csv', kind: 'exclusions', csv: exclusionCsv(exclusions) });

  const report = evaluateCsv(policyOf(c), files, '2027-06-01');
  const expected = referenceEvaluation(
    terms,
    probes.map((p) => readBack(c, p)),
    exclusions,
    c.kind,
    events,
  );

  expect(report.inputs.map((i) => i.skippedRows)).toEqual(files.map(() => 0));
  expect(
    report.periods.map((p) => ({
      label: p.label,
      start: p.start,
      end: p.end,
      partial: p.partial,
      totalMinutes: p.totalMinutes,
      excludedMinutes: p.excludedMinutes,
      downtimeMinutes: p.downtimeMinutes,
      nodataMinutes: p.nodataMinutes,
      uptimePercent: p.uptimePercent,
      met: p.met,
      creditPercent: terms.credit === null || terms.credit.kind === 'extensionDays' ? null : p.credit.percent,
      creditDays: terms.credit?.kind === 'extensionDays' ? p.credit.days : null,
      creditAmount: terms.credit === null || terms.credit.kind === 'extensionDays' ? null : p.credit.amount,
    })),
  ).toEqual(expected.periods);
  expect(
    report.outages.map((o) => ({
      start: o.start,
      end: o.end,
      minutes: o.minutes,
      qualifies: o.qualifies,
      excludedMinutes: o.excludedMinutes,
      countedMinutes: o.countedMinutes,
    })),
  ).toEqual(expected.outages);
}

/** A run of `down` one-minute checks an hour into a 30-day month, between up checks. */
function outageOf(preset: string, span: number, monthStartSec: number, down: number): Case {
  return {
    preset,
    span,
    words: true,
    timeText: 'utc',
    layout: 'one',
    kind: 'probes',
    millis: false,
    twins: false,
    monitors: [
      {
        startSec: monthStartSec + 3600,
        everySec: 60,
        jitter: false,
        bursts: [
          { count: 10, result: 'up', skip: 0 },
          { count: down, result: 'down', skip: 0 },
          { count: 10, result: 'up', skip: 0 },
        ],
        strays: [],
      },
    ],
    exclusions: [],
    events: [],
    minuteRule: 'any',
    combine: 'any',
    nodata: 'available',
    timeoutIsDown: true,
    minOutage: null,
    quarters: false,
    windows: [],
    roundDecimals: null,
    fee: null,
  };
}

// April in Kolkata starts 2 days into its span, November in Cairo 73 hours into its span.
const APRIL_KOLKATA = 2 * 86_400;
const NOVEMBER_CAIRO = 73 * 3600;
/** Downtime at the targets' and bands' edges, where only exact arithmetic and the right rounding agree. */
const EDGES: [Case][] = [
  ...[216, 217, 218, 219, 270].map((d) => outageOf('elevatefinance', 0, APRIL_KOLKATA, d)),
  ...[216, 217].map((d) => outageOf('medos', 0, APRIL_KOLKATA, d)),
  ...[43, 44, 432, 433].map((d) => outageOf('clarus-lis', 0, NOVEMBER_CAIRO, d)),
  // 10 % of a 99 999 annual fee's month is 833.325: half a cent, owed as 833.33.
  { ...outageOf('elevatefinance', 0, APRIL_KOLKATA, 437), fee: 99_999 },
  // An event ending at local midnight of the 1st does not reach into the new month's coverage.
  { ...outageOf('clarus-lis', 0, 0, 5), events: [{ startSec: NOVEMBER_CAIRO - 3600, minutes: 60 }] },
  // A window's local ends are placed like any local time: on a fall-back night 00:00–01:45
  // ends at the first 01:45; on a spring-forward night 02:15–02:45 does not happen at all.
  { ...outageOf('kipu', 0, 0, 5), windows: [{ start: '00:00', end: '01:45', weekdays: [] }] },
  { ...outageOf('patientiq', 1, 12 * 3600, 5), windows: [{ start: '02:15', end: '02:45', weekdays: [] }] },
  // Kipu: a day's notice covers planned work under an hour; exactly an hour needs three days.
  ...[59, 60].map((minutes) => ({
    ...outageOf('kipu', 0, 0, 120),
    exclusions: [{ startSec: 3600 + 600, minutes, kind: 'planned' as const, noticeSec: 24 * 3600 }],
  })),
].map((c) => [c]);

describe('the engine against a naive reading of SPEC §4', () => {
  it('agrees minute by minute on generated logs around month ends and DST changes', () => {
    fc.assert(fc.property(caseArb, compare), { seed: 20_261_205, numRuns: 150, examples: EDGES });
  }, 300_000);
});
