// The `sla` command: policy + files → report on stdout. Node I/O lives here and in
// main.ts only; the evaluation is assembled by the service layer the worker shares.
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { outageEvidenceCsv } from '../engine/evidence';
import { deadlinesIcs } from '../engine/ics';
import { parseJsonText } from '../engine/json-text';
import { type ObligationEntry, obligationTerms } from '../engine/obligations';
import type { ExclusionRecord, InputSummary } from '../engine/observations';
import { effectivePolicy, type Policy, PolicyError, parsePolicy } from '../engine/policy';
import { PRESETS } from '../engine/presets';
import { type InputLayout, reportJson } from '../engine/report';
import { type TicketRecord, ticketsJudgedOnce } from '../engine/tickets';
import { FIRST_YEAR, formatDate, isValidZone, LAST_YEAR, localDate, parseDate } from '../engine/time';
import { toReport } from '../engine/to-report';
import { decodeText } from '../ingest/decode';
import { loadHolidays } from '../ingest/holiday-files';
import { InputError, type LoadOptions, type LoadResult, loadCsv } from '../ingest/load';
import { loadObligations } from '../ingest/obligations';
import { MinuteReducer } from '../ingest/reduce';
import { loadTickets } from '../ingest/tickets';
import { MAX_WHOLE_FILE_BYTES, tooLargeToRead } from '../ingest/whole-files';
import { contractTerms, evaluateContract } from '../service/evaluate-contract';
import { obligationLogSummary } from '../service/inputs';
import { type CliArgs, mapFor, UsageError } from './args';
import { bytesFingerprint, type Fingerprint, fileFingerprint } from './fingerprint';
import { planInput } from './input-plan';
import { fingerprintApart, importFileSplit } from './split-import';
import { reportText } from './text';

function readError(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  return new InputError(
    path,
    null,
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory'
        : `cannot read (${code ?? String(e)})`,
  );
}

/**
 * A file read whole (tickets, obligations, holidays, a policy), refused by its size before
 * it is read; a device or a pipe, whose size is not known, is read only up to the bound.
 */
function readBytes(path: string, what: string): Uint8Array {
  let fd: number;
  let inherited = false;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    // A socket cannot be opened again by its /dev/fd name (ENXIO), and a program that
    // starts `sla` (Node's child_process among them) gives its standard input as one:
    // the descriptor the process holds is read instead.
    const held = /^\/dev\/(?:stdin|fd\/(\d+))$|^\/proc\/self\/fd\/(\d+)$/.exec(path);
    if ((e as NodeJS.ErrnoException).code !== 'ENXIO' || !held) throw readError(path, e);
    fd = Number(held[1] ?? held[2] ?? 0);
    inherited = true;
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > MAX_WHOLE_FILE_BYTES)
      throw new InputError(path, null, tooLargeToRead(what, stat.size));
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(8 * 1024 * 1024, MAX_WHOLE_FILE_BYTES + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > MAX_WHOLE_FILE_BYTES)
        throw new InputError(path, null, tooLargeToRead(what, MAX_WHOLE_FILE_BYTES, false));
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return bytes;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw readError(path, e);
  } finally {
    if (!inherited) closeSync(fd);
  }
}

/**
 * The whole of a pipe, FIFO or device, read once: what it gave is gone, so its detection
 * and its reading must take the same bytes, bounded as a file read whole. Null for a
 * regular file (streamed, and read again for its fingerprint), and for a path that cannot
 * be looked at, whose reading then says why.
 */
function onceOnlyBytes(path: string, what: string): Uint8Array | null {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    return null;
  }
  return stat.isFile() || stat.isDirectory() ? null : readBytes(path, what);
}

/**
 * Streams a CSV file through the importer, so memory does not grow with the file; a large
 * check file is read by two threads (split-import.ts). `bytes`: a pipe's, read already.
 */
async function importFile(
  path: string,
  options: LoadOptions,
  reducer: MinuteReducer,
  bytes: Uint8Array | null,
): Promise<LoadResult> {
  if (bytes !== null) return loadCsv(path, bytes, options, reducer);
  try {
    return await importFileSplit(path, path, options, reducer);
  } catch (e) {
    if (e instanceof Error && 'syscall' in e) throw readError(path, e);
    throw e;
  }
}

function loadPolicy(ref: string): Policy {
  const preset = PRESETS[ref];
  if (preset) return parsePolicy(preset);
  if (!/\.json$/i.test(ref) && !ref.includes('/'))
    throw new UsageError(
      `unknown preset "${ref}" (presets: ${Object.keys(PRESETS).join(', ')}; or a policy .json file)`,
    );
  // A policy saved by a Windows editor may be UTF-16 with its byte order mark, as data files may.
  const text = decodeText(readBytes(ref, 'policy file'));
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch (e) {
    throw new InputError(ref, null, `not valid JSON: ${(e as Error).message}`);
  }
  try {
    return parsePolicy(json);
  } catch (e) {
    if (e instanceof PolicyError) throw new InputError(ref, null, `invalid policy: ${e.problems.join('; ')}`);
    throw e;
  }
}

/** A file's summary with how it was recognised and its fingerprint, as the app stores them (inputs[]). */
const summaryOf = (
  summary: InputSummary,
  layout: InputLayout | undefined,
  print: Fingerprint | null,
): InputSummary => ({
  ...summary,
  ...(layout ? { layout } : {}),
  ...print,
});

async function fingerprintOf(path: string): Promise<Fingerprint> {
  try {
    return await fileFingerprint(path);
  } catch (e) {
    throw readError(path, e);
  }
}

/** Runs the command; returns what goes to stdout. Throws UsageError / InputError / PolicyError. */
export async function runSla(args: CliArgs, today: Date): Promise<string> {
  for (const [flag, zone] of [
    ['--tz', args.tz],
    ['--source-tz', args.sourceTz],
  ] as const)
    if (zone !== null && !isValidZone(zone)) throw new UsageError(`${flag} ${zone}: unknown time zone`);
  if (args.effective !== null && !parseDate(args.effective))
    throw new UsageError(
      `--effective ${args.effective}: expected a date YYYY-MM-DD from ${FIRST_YEAR} to ${LAST_YEAR}`,
    );
  if (args.asOf !== null && !parseDate(args.asOf))
    throw new UsageError(
      `--as-of ${args.asOf}: expected a date YYYY-MM-DD from ${FIRST_YEAR} to ${LAST_YEAR}`,
    );
  if (args.currency !== null && !/^[A-Z]{3}$/.test(args.currency))
    throw new UsageError(`--currency ${args.currency}: expected a three-letter code such as EUR`);

  const policy = contractTerms(loadPolicy(args.policy), {
    timezone: args.tz,
    fee: args.fee,
    currency: args.currency,
    tier: args.tier,
    effectiveDate: args.effective,
  });
  const effective = effectivePolicy(policy);
  const zone = effective.timezone;
  const sourceZone = args.sourceTz ?? zone;
  // Named by every file whose checks or events it may hold: a plain FILE argument is one
  // until its detection says otherwise, and a refused reading must name it.
  const reducer = new MinuteReducer(
    args.files
      .flatMap((f) => (['auto', 'probes', 'states', 'events'].includes(f.kind) ? [f.path] : []))
      .join(', '),
  );
  const inputs: InputSummary[] = [];
  const exclusions: ExclusionRecord[] = [];
  const ticketsOf = new Map<InputSummary, TicketRecord[]>();
  const obligations: ObligationEntry[] = [];
  // Each file's size and SHA-256 are in the JSON and text reports only. A large file's are
  // taken by the part thread while this one evaluates and builds the report.
  const fingerprinted = args.format === 'json' || args.format === 'text';
  const later: { at: number; path: string; print: Promise<Fingerprint> }[] = [];
  for (const f of args.files) {
    const what = f.kind === 'tickets' ? 'tickets file' : f.kind === 'obligations' ? 'obligation log' : 'file';
    const piped = onceOnlyBytes(f.path, what);
    const plan = planInput(f, args, zone, readError, piped);
    const kind = plan.kind;
    if (kind === 'tickets') {
      const bytes = piped ?? readBytes(f.path, 'tickets file');
      const loaded = loadTickets(f.path, bytes, sourceZone, {}, mapFor(args.map, 'tickets'));
      const summary = summaryOf(loaded.summary, plan.layout, bytesFingerprint(bytes));
      ticketsOf.set(summary, loaded.tickets);
      inputs.push(summary);
      continue;
    }
    if (kind === 'obligations') {
      const bytes = piped ?? readBytes(f.path, 'obligation log');
      const entries = loadObligations(
        f.path,
        bytes,
        sourceZone,
        obligationTerms(effective.obligations),
        mapFor(args.map, 'obligations'),
      );
      for (const e of entries) obligations.push(e);
      inputs.push(summaryOf(obligationLogSummary(f.path, entries), plan.layout, bytesFingerprint(bytes)));
      continue;
    }
    const result = await importFile(f.path, plan.options, reducer, piped);
    const apart = fingerprinted && piped === null ? fingerprintApart(f.path) : null;
    if (apart) {
      // Awaited after the evaluation; a failure until then is not one nobody handles.
      apart.catch(() => {});
      later.push({ at: inputs.length, path: f.path, print: apart });
    }
    const print =
      !fingerprinted || apart ? null : piped === null ? await fingerprintOf(f.path) : bytesFingerprint(piped);
    inputs.push(summaryOf(result.summary, plan.layout, print));
    for (const x of result.exclusions) exclusions.push(x);
  }
  const asOf = args.asOf ?? formatDate(localDate(zone, today.getTime()));
  const { evaluation } = await evaluateContract({
    terms: policy,
    sources: { monitors: reducer.finish(), exclusions, ...ticketsJudgedOnce(inputs, ticketsOf), obligations },
    // A holiday file replaces the built-in list for this run.
    holidays:
      args.holidays === null
        ? null
        : loadHolidays(args.holidays, readBytes(args.holidays, 'holiday file')).map((h) => h.date),
    ...(args.holidays === null ? {} : { holidaysSource: args.holidays }),
    asOf,
  });
  const report = toReport(evaluation);
  for (const { at, path, print } of later) {
    try {
      report.inputs[at] = { ...report.inputs[at]!, ...(await print) };
    } catch (e) {
      throw readError(path, e);
    }
  }
  if (args.format === 'csv') return outageEvidenceCsv(report);
  if (args.format === 'text')
    return reportText(
      report,
      inputs.map((i) => i.numbering ?? 'line'),
    );
  if (args.format === 'ics') return deadlinesIcs(evaluation, policy.citations);
  return reportJson(report);
}
