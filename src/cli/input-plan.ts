// How the command line reads one input file: the shared detection (src/ingest/detect.ts)
// on its first bytes, then the kind, columns, filters and zone it implies, with the
// user's flags on top. The app's import makes the same plan from the same detection.
import { closeSync, openSync, readSync } from 'node:fs';
import type { InputLayout } from '../engine/report';
import { columnList, type FileKind, mapColumns } from '../ingest/columns';
import {
  type Detection,
  detectFile,
  HEAD_BYTES,
  longerHead,
  type RecordKind,
  SUPPORTED_LAYOUTS,
} from '../ingest/detect';
import { inputLayout } from '../ingest/input-layout';
import { InputError, type LoadOptions } from '../ingest/load';
import { type CliArgs, mapFor } from './args';

export interface InputPlan {
  kind: FileKind | RecordKind;
  options: LoadOptions;
  layout: InputLayout;
}

function readHead(
  path: string,
  size: number,
  readError: (path: string, e: unknown) => InputError,
): { head: Uint8Array; whole: boolean } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw readError(path, e);
  }
  try {
    const head = new Uint8Array(size + 1);
    let read = 0;
    while (read < head.length) {
      const n = readSync(fd, head, read, head.length - read, null);
      if (n === 0) break;
      read += n;
    }
    return { head: head.subarray(0, Math.min(read, size)), whole: read <= size };
  } catch (e) {
    throw readError(path, e);
  } finally {
    closeSync(fd);
  }
}

/** The shared detection on the file's first look, read on where JSON's first record holds a long string. */
function detectInput(
  path: string,
  readError: (path: string, e: unknown) => InputError,
  bytes: Uint8Array | null,
): Detection {
  let size = HEAD_BYTES;
  for (;;) {
    const { head, whole }: { head: Uint8Array; whole: boolean } =
      bytes === null
        ? readHead(path, size, readError)
        : { head: bytes.subarray(0, size), whole: bytes.length <= size };
    const d = detectFile(path, head, whole);
    const next = whole ? null : longerHead(d, size);
    if (next === null) return d;
    size = next;
  }
}

/** One line for a CSV of no known layout: its column names as messages name them, and what is read. */
function unknownCsv(header: readonly string[]): string {
  const n = header.length;
  const names = `(${columnList(header)})`;
  return (
    `a CSV of ${n} column${n === 1 ? '' : 's'} ${names} without a time and a status or code, nor a start ` +
    `and an end or duration: not a layout SLA Witness knows (it reads ${SUPPORTED_LAYOUTS}); name its ` +
    'columns with --map role=COLUMN, or give its kind with --probes, --states or --events'
  );
}

const RECORDS_AS_CSV = {
  tickets: 'JSON, where a tickets file is a CSV whose header names id, severity and opened_at',
  obligations: 'JSON, where an obligation log is a CSV whose header names obligation and started_at',
} as const;

/** `bytes`: the whole file where it was read already (a pipe or device, which reads only once). */
export function planInput(
  file: CliArgs['files'][number],
  args: CliArgs,
  contractZone: string,
  readError: (path: string, e: unknown) => InputError,
  bytes: Uint8Array | null = null,
): InputPlan {
  const d = detectInput(file.path, readError, bytes);
  // Tickets and obligation events are read from a CSV of their own columns only: a JSON file
  // given for them would otherwise be told which monitoring exports SLA Witness reads.
  if ((file.kind === 'tickets' || file.kind === 'obligations') && d.format === 'json')
    throw new InputError(file.path, null, RECORDS_AS_CSV[file.kind]);
  // A forced kind leaves an empty or binary file to the importer's own refusal.
  if (d.problem !== null && (file.kind === 'auto' || d.problemKind === 'json-unknown'))
    throw new InputError(file.path, d.problemLine ?? null, d.problem);
  const guess = d.guess;
  const forced = file.kind !== 'auto';
  if (!forced && guess && guess.confidence === 'guess' && !guess.layout) {
    const { problems } = mapColumns(d.header, guess.kind, mapFor(args.map, 'checks'));
    // A --map that names no column is the user's to fix, and says so; without one, the
    // file is simply of no layout we know.
    const mapping = problems.filter((p) => p.startsWith('--map '));
    if (mapping.length > 0) throw new InputError(file.path, 1, mapping.join('; '));
    if (problems.length > 0) throw new InputError(file.path, null, unknownCsv(d.header));
  }
  const kind: FileKind | RecordKind =
    file.kind !== 'auto' ? file.kind : (d.records ?? guess?.kind ?? 'probes');
  const layout = guess?.layout ?? null;
  // A forced kind keeps the detected reading (JSON, reshaping) but the layout's columns
  // and filters only where they mean the same kind.
  const sameKind = guess !== null && guess.kind === kind;
  const zone = args.sourceTz ?? (d.zone.convention === 'layout' && d.zone.zone ? d.zone.zone : contractZone);
  const info = inputLayout(
    { ...d, zone: d.zone.convention },
    { kind, sourceZone: zone, zoneChosen: args.sourceTz !== null },
  );
  const where = [...(sameKind ? (layout?.where ?? []) : []), ...args.where];
  // The layout's leave-outs are a suggestion (GitHub's maintenance rows): a forced kind drops it.
  const whereNot = [...(sameKind && !forced ? (layout?.whereNot ?? []) : []), ...args.whereNot];
  return {
    kind,
    options: {
      kind: kind as FileKind,
      sourceZone: zone,
      columns: { ...(sameKind ? guess.columns : {}), ...mapFor(args.map, 'checks') },
      where,
      whereNot,
      ...(layout ? { layout: layout.id } : {}),
    },
    layout: info,
  };
}
