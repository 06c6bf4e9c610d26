// A bundle's JSON checked beyond its shape: base64 that decodes, arrays as long as they
// claim, rows that point at datasets the bundle has, months that fit, and a valid policy.

import type { OutcomeCounts } from '../engine/observations';
import { type Policy, PolicyError, parsePolicy } from '../engine/policy';
import { MINUTE_MS } from '../engine/time';
import { arrayOfBase64, type ElementType, elementBytes } from './bundle-codec';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMATS_READ,
  BundleError,
  type BundleJson,
  type BundleRefusal,
  schemaProblems,
} from './bundle-schema';
import { monthCounts } from './counts-codec';
import { rowCheckRuns } from './dataset-rows';
import { checkRulesOf } from './legacy-checks';
import { monthTimes } from './months';
import type { CheckTimesRow, EventRow, SeriesRow } from './rows';

type Json = BundleJson;

/** A bundle read and checked, typed arrays decoded to exact-size buffers, ready to store. */
export interface ContractBundle {
  format: typeof BUNDLE_FORMAT;
  exportedAt: string;
  contract: Json['contract'];
  policy:
    | { source: 'preset'; presetId: string; document: Policy }
    | { source: 'custom'; name: string; createdAt: number; updatedAt: number; document: Policy }
    | { source: 'embedded'; document: Policy };
  /** `ref` is the dataset's number inside the bundle; rows below point at it as `dataset`. */
  datasets: Json['datasets'];
  series: (Omit<SeriesRow, 'datasetId'> & { dataset: number })[];
  checkTimes: (Omit<CheckTimesRow, 'datasetId'> & { dataset: number })[];
  events: (Omit<EventRow, 'datasetId'> & { dataset: number })[];
  exclusions: Json['exclusions'];
  mergedGaps: Json['mergedGaps'];
  /** Each ticket points at its tickets dataset. */
  tickets: Json['tickets'];
  /** Each event points at its obligations dataset, or is null when it was entered by hand. */
  obligationEntries: Json['obligationEntries'];
}

const MAX_PROBLEMS = 20;

class Problems {
  readonly list: string[] = [];
  add(line: string): void {
    this.list.push(line);
  }
  /** Throws when any were found, the first ones listed and the rest counted. */
  throwIfAny(): void {
    const n = this.list.length;
    if (n === 0) return;
    const shown = this.list.slice(0, MAX_PROBLEMS);
    if (n > MAX_PROBLEMS) shown.push(`… and ${n - MAX_PROBLEMS} more problems`);
    throw new BundleError(shown);
  }
}

function monthStartMinute(month: string, next = 0): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return Date.UTC(y, m - 1 + next, 1) / MINUTE_MS;
}

/** The first check: is this a bundle at all, and one this version reads? */
function formatProblem(json: unknown): BundleRefusal | string | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { code: 'notBundle' };
  const format = (json as { format?: unknown }).format;
  if ((BUNDLE_FORMATS_READ as readonly unknown[]).includes(format)) return null;
  if (typeof format === 'string' && /^sla-bundle\/\d+$/.test(format))
    return { code: 'newer', format, reads: [...BUNDLE_FORMATS_READ] };
  if (format === undefined) return { code: 'noFormat' };
  return `format: expected "${BUNDLE_FORMAT}", got ${JSON.stringify(format)?.slice(0, 40)}`;
}

function policyOf(section: Json['policy'], problems: Problems): Policy | null {
  try {
    return parsePolicy(section.document);
  } catch (e) {
    if (!(e instanceof PolicyError)) throw e;
    for (const p of e.problems)
      problems.add(p.startsWith('(policy)') ? `policy.document${p.slice(8)}` : `policy.document.${p}`);
    return null;
  }
}

/** Decodes one base64 array and checks its length against the count the bundle states. */
function decoded(
  text: string,
  type: ElementType,
  expected: number,
  at: string,
  problems: Problems,
): ArrayBuffer | null {
  const buffer = arrayOfBase64(text, type);
  if (!buffer) {
    problems.add(`${at}: not valid base64`);
    return null;
  }
  const size = elementBytes(type);
  if (buffer.byteLength !== expected * size) {
    problems.add(
      `${at}: expected ${expected} values (${expected * size} bytes), got ${buffer.byteLength} bytes`,
    );
    return null;
  }
  return buffer;
}

/** One class's counts decoded and checked: as many as stated, at minutes inside the row, ascending. */
function outcomeCountsOf(
  c: Json['series'][number]['classes'][number],
  minutes: number,
  at: string,
  countsAt: string,
  problems: Problems,
): OutcomeCounts | null {
  if (c.offsets === null && c.entries !== minutes) {
    problems.add(`${at}.entries: expected ${minutes}, one count a minute`);
    return null;
  }
  const counts = decoded(c.counts, 'u16', c.entries, countsAt, problems);
  const offsets = c.offsets === null ? null : decoded(c.offsets, 'u32', c.entries, `${at}.offsets`, problems);
  if (counts === null || (c.offsets !== null && offsets === null)) return null;
  if (offsets !== null) {
    const o = new Uint32Array(offsets);
    if (!o.every((m, i) => m < minutes && (i === 0 || m > o[i - 1]!))) {
      problems.add(`${at}.offsets: expected ascending minutes below ${minutes}`);
      return null;
    }
  }
  return {
    outcome: c.outcome,
    offsets: offsets === null ? null : new Uint32Array(offsets),
    counts: new Uint16Array(counts),
  };
}

/** Parsed JSON to a checked bundle; throws a BundleError listing field-path problems. */
export function validBundle(json: unknown): ContractBundle {
  const format = formatProblem(json);
  if (format) throw new BundleError(typeof format === 'string' ? [format] : format);
  const { bundle, problems: shape, checksReadAtImport } = schemaProblems(json);
  if (!bundle) throw new BundleError(shape.length > MAX_PROBLEMS ? shape.slice(0, MAX_PROBLEMS) : shape);
  const problems = new Problems();

  const kinds = new Map<number, string>();
  bundle.datasets.forEach((d, i) => {
    if (kinds.has(d.ref)) problems.add(`datasets[${i}].ref: dataset ${d.ref} appears twice`);
    kinds.set(d.ref, d.kind);
  });
  const owner = (field: string, ref: number, want?: readonly string[]) => {
    const kind = kinds.get(ref);
    if (kind === undefined) problems.add(`${field}: no dataset ${ref} in the bundle`);
    else if (want && !want.includes(kind))
      problems.add(`${field}: dataset ${ref} holds ${kind}, not ${want.join(' or ')}`);
  };
  const monthFits = (at: string, r: { month: string; monthFirstMinute: number }) => {
    if (monthStartMinute(r.month) !== r.monthFirstMinute)
      problems.add(
        `${at}.monthFirstMinute: expected ${monthStartMinute(r.month)}, the first minute of ${r.month}`,
      );
  };

  const seriesKeys = new Set<string>();
  const series: ContractBundle['series'] = [];
  bundle.series.forEach((r, i) => {
    const at = `series[${i}]`;
    owner(`${at}.dataset`, r.dataset, [r.kind]);
    monthFits(at, r);
    const key = JSON.stringify([r.dataset, r.kind, r.monitor, r.month]);
    if (seriesKeys.has(key)) problems.add(`${at}: a second row for ${r.kind} "${r.monitor}" in ${r.month}`);
    seriesKeys.add(key);
    if (r.firstMinute < r.monthFirstMinute || r.firstMinute + r.minutes > monthStartMinute(r.month, 1))
      problems.add(
        `${at}.minutes: ${r.minutes} minutes from minute ${r.firstMinute} do not fit in ${r.month}`,
      );
    const classes = r.classes.map((c, k) =>
      // An older bundle's up and down counts are at `up` and `down` in its problems.
      outcomeCountsOf(
        c,
        r.minutes,
        `${at}.classes[${k}]`,
        checksReadAtImport ? `${at}.${k === 0 ? 'up' : 'down'}` : `${at}.classes[${k}].counts`,
        problems,
      ),
    );
    const { classes: _c, ...rest } = r;
    // Each class in its smaller form, as an import stores it; one with no check is left out.
    const read = classes.filter((c) => c !== null);
    if (read.length === classes.length)
      series.push({
        ...rest,
        classes: read.flatMap((c) => monthCounts(c, 0, r.minutes) ?? []),
        checkRuns: rowCheckRuns(read),
      });
  });

  const checkTimes: ContractBundle['checkTimes'] = [];
  bundle.checkTimes.forEach((r, i) => {
    const at = `checkTimes[${i}]`;
    owner(`${at}.dataset`, r.dataset, [r.kind]);
    monthFits(at, r);
    if (!seriesKeys.has(JSON.stringify([r.dataset, r.kind, r.monitor, r.month])))
      problems.add(`${at}: no series row for ${r.kind} "${r.monitor}" in ${r.month}`);
    const times = decoded(r.times, 'u32', r.count, `${at}.times`, problems);
    const { times: _t, count: _c, ...rest } = r;
    // A month's log takes its times ascending; the bundle's order is not trusted.
    if (times) checkTimes.push({ ...rest, ...monthTimes(new Uint32Array(times).sort(), 0) });
  });

  const eventKeys = new Set<string>();
  const events: ContractBundle['events'] = [];
  bundle.events.forEach((r, i) => {
    const at = `events[${i}]`;
    owner(`${at}.dataset`, r.dataset, ['events']);
    const key = JSON.stringify([r.dataset, r.monitor]);
    if (eventKeys.has(key)) problems.add(`${at}: a second row for monitor "${r.monitor}"`);
    eventKeys.add(key);
    const intervals = decoded(r.intervals, 'f64', r.pairs * 2, `${at}.intervals`, problems);
    if (intervals && !new Float64Array(intervals).every(Number.isFinite))
      problems.add(`${at}.intervals: expected finite times in ms`);
    const { intervals: _i, pairs: _p, ...rest } = r;
    if (intervals) events.push({ ...rest, intervals });
  });

  bundle.exclusions.forEach((r, i) => {
    owner(`exclusions[${i}].dataset`, r.dataset);
  });
  const gapKeys = new Set<string>();
  bundle.mergedGaps.forEach((g, i) => {
    const at = `mergedGaps[${i}]`;
    g.datasets.forEach((ref, k) => {
      owner(`${at}.datasets[${k}]`, ref, [g.kind]);
    });
    const key = JSON.stringify([g.kind, g.monitor]);
    if (gapKeys.has(key)) problems.add(`${at}: a second row for ${g.kind} "${g.monitor}"`);
    gapKeys.add(key);
  });

  const ticketLines = new Set<string>();
  bundle.tickets.forEach((r, i) => {
    owner(`tickets[${i}].dataset`, r.dataset, ['tickets']);
    // A dataset's tickets are keyed by their line in its file.
    const key = JSON.stringify([r.dataset, r.line]);
    if (ticketLines.has(key))
      problems.add(`tickets[${i}]: a second ticket of dataset ${r.dataset} at line ${r.line}`);
    ticketLines.add(key);
  });
  bundle.obligationEntries.forEach((r, i) => {
    if (r.dataset !== null) owner(`obligationEntries[${i}].dataset`, r.dataset, ['obligations']);
  });

  const document = policyOf(bundle.policy, problems);
  problems.throwIfAny();
  // Files of an older bundle were read with the rules of its contract's policy.
  const datasets = checksReadAtImport
    ? bundle.datasets.map((d) => ({
        ...d,
        classifiedWith: d.kind === 'probes' || d.kind === 'states' ? checkRulesOf(document) : null,
      }))
    : bundle.datasets;
  return {
    ...bundle,
    format: BUNDLE_FORMAT,
    policy: { ...bundle.policy, document: document! },
    datasets,
    series,
    checkTimes,
    events,
  };
}
