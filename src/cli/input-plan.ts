// How the command line reads one input file: the shared detection (src/ingest/detect.ts)
// on its first bytes, then the kind, columns, filters and zone it implies, with the
// user's flags on top. The app's import makes the same plan from the same detection.
import { closeSync, openSync, readSync } from 'node:fs';
import type { InputLayout } from '../engine/report';
import type { FileKind } from '../ingest/columns';
import { type Detection, detectFile, HEAD_BYTES, type RecordKind } from '../ingest/detect';
import { InputError, type LoadOptions } from '../ingest/load';
import type { ProbeRules } from '../ingest/status';
import type { CliArgs } from './args';

export interface InputPlan {
  kind: FileKind | RecordKind;
  options: Omit<LoadOptions, 'rules'> & { rules?: ProbeRules };
  layout: InputLayout;
}

function readHead(
  path: string,
  readError: (path: string, e: unknown) => InputError,
): { head: Uint8Array; whole: boolean } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw readError(path, e);
  }
  try {
    const head = new Uint8Array(HEAD_BYTES + 1);
    let read = 0;
    while (read < head.length) {
      const n = readSync(fd, head, read, head.length - read, null);
      if (n === 0) break;
      read += n;
    }
    return { head: head.subarray(0, Math.min(read, HEAD_BYTES)), whole: read <= HEAD_BYTES };
  } catch (e) {
    throw readError(path, e);
  } finally {
    closeSync(fd);
  }
}

export function planInput(
  file: CliArgs['files'][number],
  args: CliArgs,
  contractZone: string,
  readError: (path: string, e: unknown) => InputError,
): InputPlan {
  const { head, whole } = readHead(file.path, readError);
  const d: Detection = detectFile(file.path, head, whole);
  // A forced kind leaves an empty or binary file to the importer's own refusal.
  if (d.problem !== null && (file.kind === 'auto' || d.problemKind === 'json-unknown'))
    throw new InputError(file.path, null, d.problem);
  const guess = d.guess;
  const forced = file.kind !== 'auto';
  const kind: FileKind | RecordKind =
    file.kind !== 'auto' ? file.kind : (d.records ?? guess?.kind ?? 'probes');
  const layout = guess?.layout ?? null;
  // A forced kind keeps the detected reading (JSON, reshaping) but the layout's columns
  // and filters only where they mean the same kind.
  const sameKind = guess !== null && guess.kind === kind;
  const zoneBasis: InputLayout['timeZone']['basis'] =
    args.sourceTz !== null ? 'source-tz' : d.zone.convention === 'layout' ? 'layout' : 'contract';
  const zone = args.sourceTz ?? (d.zone.convention === 'layout' && d.zone.zone ? d.zone.zone : contractZone);
  const allTimesZoned = d.zone.convention === 'in-file';
  const info: InputLayout = {
    id: layout?.id ?? null,
    name:
      layout?.name ?? (d.records ? `${d.records} file` : `${d.format.toUpperCase()} mapped by column names`),
    source: layout?.source ?? null,
    detected: forced && !sameKind ? 'forced' : (guess?.confidence ?? (d.records ? 'columns' : 'guess')),
    timeZone: { zone, basis: zoneBasis, allTimesZoned },
  };
  const where = [...(sameKind ? (layout?.where ?? []) : []), ...args.where];
  // The layout's leave-outs are a suggestion (GitHub's maintenance rows): a forced kind drops it.
  const whereNot = [...(sameKind && !forced ? (layout?.whereNot ?? []) : []), ...args.whereNot];
  return {
    kind,
    options: {
      kind: kind as FileKind,
      sourceZone: zone,
      columns: { ...(sameKind ? guess.columns : {}), ...args.map },
      where,
      whereNot,
      ...(layout ? { layout: layout.id } : {}),
    },
    layout: info,
  };
}
