// The contract bundle's JSON shape (`sla-bundle/3`, and the older `sla-bundle/1` and
// `sla-bundle/2` it still reads) as valibot schemas, so a file from anywhere is checked
// field by field and its problems name the offending path.
import * as v from 'valibot';
import { isOutcome, OUTCOME_DOWN, OUTCOME_UP } from '../engine/check-outcomes';
import { forbiddenKeyPath } from '../engine/json-keys';
import { MAX_EXCLUSIONS } from '../engine/observations';
import { END_MS, FIRST_MS, isValidZone, parseDate } from '../engine/time';

/** The format this version writes. */
export const BUNDLE_FORMAT = 'sla-bundle/3';
/** Every format this version reads, oldest first. */
export const BUNDLE_FORMATS_READ = ['sla-bundle/1', 'sla-bundle/2', BUNDLE_FORMAT] as const;

const num = (what: string) => v.pipe(v.number(`expected ${what}`), v.finite(`expected ${what}`));
const int = (what: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  v.pipe(
    v.number(`expected ${what}`),
    v.integer(`expected ${what}`),
    v.minValue(min, `expected ${what}`),
    v.maxValue(max, `expected ${what}`),
  );
const text = () => v.string('expected a text');
const list = <T extends v.GenericSchema>(item: T) => v.array(item, 'expected a list');
const count = () => int('a whole number from 0', 0);
const ref = () => int('a dataset number from the bundle', 0);
const minute = () => int('a minute index from 1970 to 2199', 0, END_MS / 60_000);
const zone = () =>
  v.pipe(
    text(),
    v.check((s) => isValidZone(s), 'expected an IANA time zone such as "Africa/Cairo"'),
  );
/** A contract's zone: empty means it follows its policy's zone (and any zone interpretation). */
const contractZone = () =>
  v.pipe(
    text(),
    v.check(
      (s) => s === '' || isValidZone(s),
      'expected an IANA time zone such as "Africa/Cairo", or "" to follow the policy\'s zone',
    ),
  );
const month = () => v.pipe(text(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM'));
const base64 = () => v.string('expected base64 text');
const monitorKind = () => v.picklist(['probes', 'states'], 'expected "probes" or "states"');

const date = () =>
  v.pipe(
    text(),
    v.check((s) => parseDate(s) !== null, 'expected a date YYYY-MM-DD'),
  );
// Instants inside the readable years only: an interval of ±8.64e15 ms would make the
// evaluation build calendars for hundreds of thousands of years.
const instant = (what = 'a time in ms from 1970 to 2199') =>
  v.pipe(
    v.number(`expected ${what}`),
    v.finite(`expected ${what}`),
    v.minValue(FIRST_MS, `expected ${what}`),
    v.maxValue(END_MS, `expected ${what}`),
  );
const time = () => instant();
const nullableTime = () => v.nullable(instant('a time in ms from 1970 to 2199, or null'));

const ContractSchemaV1 = v.object({
  name: v.pipe(text(), v.minLength(1, 'expected a name')),
  timezone: contractZone(),
  // As the contract's settings take them: a fee of 0 or more, a three-letter currency code.
  fee: v.nullable(
    v.pipe(num('a fee of 0 or more, or null'), v.minValue(0, 'expected a fee of 0 or more, or null')),
  ),
  currency: v.pipe(text(), v.regex(/^[A-Z]{3}$/, 'expected a three-letter currency code')),
  tier: v.nullable(text()),
  effectiveDate: v.nullable(date()),
  createdAt: time(),
});

const ContractSchema = v.object({
  ...ContractSchemaV1.entries,
  holidays: v.nullable(list(v.object({ date: date(), name: text() }))),
  /** Resolutions entered for tickets left open; absent in bundles written before. */
  ticketResolutions: v.optional(
    list(
      v.object({
        ticketId: v.pipe(text(), v.minLength(1, 'expected a ticket id')),
        resolvedAtMs: time(),
      }),
    ),
  ),
});

const PolicySectionSchema = v.variant(
  'source',
  [
    v.object({ source: v.literal('preset'), presetId: text(), document: v.unknown() }),
    v.object({
      source: v.literal('custom'),
      name: text(),
      createdAt: instant(),
      updatedAt: instant(),
      document: v.unknown(),
    }),
    v.object({ source: v.literal('embedded'), document: v.unknown() }),
  ],
  'expected a policy of source "preset", "custom" or "embedded"',
);

const RowFilterSchema = v.object({ column: text(), values: list(text()) });

/** How a file was recognised (the report's inputs[].layout). */
const InputLayoutSchema = v.object({
  id: v.nullable(text()),
  name: text(),
  source: v.nullable(text()),
  detected: v.picklist(['layout', 'columns', 'guess', 'forced'], 'expected how the file was recognised'),
  timeZone: v.object({
    zone: zone(),
    basis: v.picklist(['layout', 'source-tz', 'contract'], 'expected why its zone was chosen'),
    allTimesZoned: v.boolean('expected true or false'),
  }),
  vendorRecord: v.optional(v.literal(true, 'expected true')),
});

const sha256Hex = () => v.pipe(text(), v.regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in lower-case hex'));
/** XXH3-128 (32 digits), or SHA-256 (64) in bundles of datasets stored before XXH3 was used. */
const duplicateDigest = () =>
  v.pipe(text(), v.regex(/^(?:[0-9a-f]{32}|[0-9a-f]{64})$/, 'expected 32 or 64 lower-case hex digits'));

const datasetFields = {
  ref: ref(),
  name: text(),
  size: count(),
  kind: v.picklist(
    ['probes', 'states', 'events', 'exclusions'],
    'expected one of "probes", "states", "events", "exclusions"',
  ),
  mapping: v.record(text(), text(), 'expected an object of roles to column names'),
  where: list(RowFilterSchema),
  whereNot: list(RowFilterSchema),
  sourceZone: zone(),
  rows: count(),
  skippedRows: count(),
  skipped: list(v.object({ line: count(), reason: text() })),
  numbering: v.optional(v.literal('record', 'expected "record"')),
  filteredRows: count(),
  checksum: duplicateDigest(),
  importedAt: instant(),
  monitors: list(text()),
  gaps: list(v.object({ monitor: text(), medianGapMsTimes2: v.nullable(count()) })),
  layout: v.optional(InputLayoutSchema),
};
const DatasetSchemaV1 = v.object(datasetFields);
const DatasetSchemaV2 = v.object({
  ...datasetFields,
  kind: v.picklist(
    ['probes', 'states', 'events', 'exclusions', 'tickets', 'obligations'],
    'expected one of "probes", "states", "events", "exclusions", "tickets", "obligations"',
  ),
});
const httpStatus = () => int('an HTTP status from 100 to 599', 100, 599);
const DatasetSchema = v.object({
  ...DatasetSchemaV2.entries,
  // The file's plain SHA-256, absent where it was not yet computed when the bundle was written.
  sha256: v.optional(sha256Hex()),
  classifiedWith: v.nullable(
    v.object({
      downCodes: list(v.object({ from: httpStatus(), to: httpStatus() })),
      timeoutIsDown: v.boolean('expected true or false'),
    }),
  ),
});

const seriesFields = {
  dataset: ref(),
  kind: monitorKind(),
  monitor: text(),
  month: month(),
  monthFirstMinute: minute(),
  firstMinute: minute(),
  minutes: int('a number of minutes from 1', 1, 44_640),
};
/** Up to `sla-bundle/2`: checks counted as up or down when their file was read. */
const SeriesSchemaV1 = v.object({ ...seriesFields, up: base64(), down: base64() });
/**
 * Checks counted per outcome class (src/engine/check-outcomes.ts): per class its counts,
 * one a minute (`offsets` null), or of the minutes its `offsets` name.
 */
const OutcomeCountsSchema = v.object({
  outcome: v.pipe(
    v.number('expected an outcome class'),
    v.check(isOutcome, 'expected an outcome class (0, 1, 2, an HTTP status or a pair of them)'),
  ),
  entries: count(),
  offsets: v.nullable(base64()),
  counts: base64(),
});
const SeriesSchema = v.pipe(
  v.object({ ...seriesFields, classes: list(OutcomeCountsSchema) }),
  v.check(
    (r) => r.classes.every((c, i) => i === 0 || c.outcome > r.classes[i - 1]!.outcome),
    'expected outcome classes in ascending order, each once',
  ),
);

const CheckTimesSchema = v.object({
  dataset: ref(),
  kind: monitorKind(),
  monitor: text(),
  month: month(),
  monthFirstMinute: minute(),
  count: count(),
  times: base64(),
});

const EventSchema = v.object({
  dataset: ref(),
  monitor: text(),
  pairs: count(),
  intervals: base64(),
  spans: list(
    v.object({
      firstMs: instant(),
      lastMs: instant(),
      coverage: v.nullable(v.object({ startMs: instant(), endMs: instant() })),
    }),
  ),
});

const ExclusionSchema = v.object({
  dataset: ref(),
  startMs: instant(),
  endMs: instant(),
  kind: text(),
  announcedAtMs: v.nullable(instant('a time in ms from 1970 to 2199, or null')),
  note: text(),
  source: text(),
  line: count(),
});

const MergedGapSchema = v.object({
  kind: monitorKind(),
  monitor: text(),
  datasets: list(ref()),
  medianGapMsTimes2: v.nullable(count()),
});

const TicketSchema = v.object({
  dataset: ref(),
  id: v.pipe(text(), v.minLength(1, 'expected a ticket id')),
  severity: v.pipe(text(), v.regex(/^P[0-4]$/, 'expected a severity P0 to P4')),
  openedAtMs: time(),
  firstResponseAtMs: nullableTime(),
  resolvedAtMs: nullableTime(),
  reportPublishedAtMs: nullableTime(),
  source: text(),
  line: count(),
});

const ObligationEntrySchema = v.object({
  /** null: entered by hand. */
  dataset: v.nullable(ref()),
  obligation: v.pipe(text(), v.minLength(1, 'expected an obligation id')),
  startedAtMs: time(),
  fulfilledAtMs: nullableTime(),
  note: text(),
  source: text(),
  line: count(),
});

/** The sections of version 1, in its order (problems are listed in this order). */
const sectionsV1 = {
  format: v.literal('sla-bundle/1'),
  exportedAt: text(),
  contract: ContractSchemaV1,
  policy: PolicySectionSchema,
  datasets: list(DatasetSchemaV1),
  series: list(SeriesSchemaV1),
  checkTimes: list(CheckTimesSchema),
  events: list(EventSchema),
  exclusions: list(ExclusionSchema),
  mergedGaps: list(MergedGapSchema),
};

/** `sla-bundle/1`: minutes and exclusions only; read and brought up to the current shape. */
const BundleJsonSchemaV1 = v.object(sectionsV1);

/** `sla-bundle/2`: adds the contract's own holidays, tickets and obligation events. */
const BundleJsonSchemaV2 = v.object({
  ...sectionsV1,
  format: v.literal('sla-bundle/2'),
  contract: ContractSchema,
  datasets: list(DatasetSchemaV2),
  tickets: list(TicketSchema),
  obligationEntries: list(ObligationEntrySchema),
});

/** `sla-bundle/3`: checks counted per outcome class, and the rules of files read before. */
const BundleJsonSchema = v.object({
  ...BundleJsonSchemaV2.entries,
  format: v.literal(BUNDLE_FORMAT),
  datasets: list(DatasetSchema),
  series: list(SeriesSchema),
});

/** The bundle as written to the file: typed arrays are base64 text with their element counts beside them. */
export type BundleJson = v.InferOutput<typeof BundleJsonSchema>;
type BundleJsonV1 = v.InferOutput<typeof BundleJsonSchemaV1>;
type BundleJsonV2 = v.InferOutput<typeof BundleJsonSchemaV2>;

/** A version 1 bundle in version 2's shape: no own holidays (the built-in list), no tickets, no obligation events. */
function upgradedV1(b: BundleJsonV1): BundleJsonV2 {
  return {
    ...b,
    format: 'sla-bundle/2',
    contract: { ...b.contract, holidays: null },
    tickets: [],
    obligationEntries: [],
  };
}

/**
 * A version 2 bundle in the current shape: its up and down counts become the two outcome
 * classes no rule changes. Which rules they were read with is the policy's to say, once
 * it is checked (`classifiedWith` is filled in then).
 */
function upgradedV2(b: BundleJsonV2): BundleJson {
  return {
    ...b,
    format: BUNDLE_FORMAT,
    datasets: b.datasets.map((d) => ({ ...d, classifiedWith: null })),
    series: b.series.map(({ up, down, ...r }) => ({
      ...r,
      classes: [
        { outcome: OUTCOME_UP, entries: r.minutes, offsets: null, counts: up },
        { outcome: OUTCOME_DOWN, entries: r.minutes, offsets: null, counts: down },
      ],
    })),
  };
}

/**
 * Why a whole file is no bundle this version can read, as data the page words in its own
 * language; problems with single fields stay lines naming the field.
 */
export type BundleRefusal =
  | { code: 'notJson' | 'notUtf8' | 'damaged' | 'notBundle' | 'noFormat' }
  | { code: 'tooLarge' | 'tooLong'; mb: number }
  | { code: 'newer'; format: string; reads: string[] };

/** A refusal in English, as the command line and the console read it. */
function refusalText(r: BundleRefusal): string {
  switch (r.code) {
    case 'notJson':
      return 'This file is not a contract bundle: its content is not valid JSON.';
    case 'notUtf8':
      return 'This file is not a contract bundle: its content is not UTF-8 text.';
    case 'damaged':
      return 'This file could not be decompressed: it is damaged or was cut short (the gzip data is incomplete).';
    case 'notBundle':
      return `This file is not an SLA Witness contract bundle (expected a JSON object with "format": "${BUNDLE_FORMAT}").`;
    case 'noFormat':
      return `This file is not an SLA Witness contract bundle (it has no "format": "${BUNDLE_FORMAT}").`;
    case 'tooLarge':
      return `This bundle is larger than ${r.mb} MB once decompressed; it was not read.`;
    case 'tooLong':
      return `This bundle holds ${r.mb} MB of text, more than this browser can read as one text; it was not read.`;
    case 'newer':
      return `format: this bundle is "${r.format}", made by a newer version of SLA Witness; this version reads ${r.reads.map((f) => `"${f}"`).join(' and ')}.`;
  }
}

export class BundleError extends Error {
  /** Set when the whole file was refused; `problems` then holds its English line. */
  readonly refusal: BundleRefusal | null;
  constructor(problems: string[] | BundleRefusal) {
    const refusal = Array.isArray(problems) ? null : problems;
    const lines = refusal ? [refusalText(refusal)] : (problems as string[]);
    super(lines.join('; '));
    this.name = 'BundleError';
    this.problems = lines;
    this.refusal = refusal;
  }
  readonly problems: string[];
}

function pathText(path: readonly { key: unknown }[] | undefined): string {
  if (!path || path.length === 0) return '(bundle)';
  let out = '';
  for (const item of path) {
    if (typeof item.key === 'number') out += `[${item.key}]`;
    else out += out ? `.${String(item.key)}` : String(item.key);
  }
  return out;
}

/**
 * Field-path problems of a parsed JSON value against the schema of its format (none when
 * it fits); a `sla-bundle/1` that fits comes back in the current shape.
 */
/**
 * Most rows a bundle's lists may hold: far above a real contract's (10 000 monitors for a
 * year are 120 000 series rows), and checked before any row is, so a bundle of millions
 * of rows is refused at once.
 */
const MAX_BUNDLE_ROWS: Readonly<Record<string, number>> = {
  datasets: 10_000,
  series: 1_000_000,
  checkTimes: 1_000_000,
  events: 100_000,
  exclusions: MAX_EXCLUSIONS,
  mergedGaps: 100_000,
  tickets: 100_000,
  obligationEntries: 100_000,
};

function tooManyRows(input: unknown): string | null {
  if (typeof input !== 'object' || input === null) return null;
  for (const [list, max] of Object.entries(MAX_BUNDLE_ROWS)) {
    const rows = Object.hasOwn(input, list) ? (input as Record<string, unknown>)[list] : undefined;
    if (Array.isArray(rows) && rows.length > max)
      return `${list}: ${rows.length} rows, more than a bundle may hold (${max})`;
  }
  return null;
}

export function schemaProblems(input: unknown): {
  bundle: BundleJson | null;
  problems: string[];
  /** The bundle is older than sla-bundle/3: its checks were counted as up or down when read. */
  checksReadAtImport: boolean;
} {
  const tooMany = tooManyRows(input);
  if (tooMany !== null) return { bundle: null, problems: [tooMany], checksReadAtImport: false };
  const forbidden = forbiddenKeyPath(input);
  if (forbidden !== null)
    return {
      bundle: null,
      problems: [`${forbidden}: a key that is not allowed (__proto__, constructor or prototype)`],
      checksReadAtImport: false,
    };
  const format = (input as { format?: unknown } | null)?.format;
  const checksReadAtImport = format === 'sla-bundle/1' || format === 'sla-bundle/2';
  const result =
    format === 'sla-bundle/1'
      ? v.safeParse(BundleJsonSchemaV1, input, { abortPipeEarly: true })
      : format === 'sla-bundle/2'
        ? v.safeParse(BundleJsonSchemaV2, input, { abortPipeEarly: true })
        : v.safeParse(BundleJsonSchema, input, { abortPipeEarly: true });
  if (result.success) {
    const output = result.output;
    const bundle =
      output.format === 'sla-bundle/1'
        ? upgradedV2(upgradedV1(output as BundleJsonV1))
        : output.format === 'sla-bundle/2'
          ? upgradedV2(output as BundleJsonV2)
          : (output as BundleJson);
    return { bundle, problems: [], checksReadAtImport };
  }
  const seen = new Set<string>();
  for (const issue of result.issues)
    seen.add(`${pathText(issue.path)}: ${issue.received === 'undefined' ? 'missing' : issue.message}`);
  return { bundle: null, problems: [...seen], checksReadAtImport };
}
