// What one CSV import is given and what it gives back, whichever parser reads the bytes:
// the options, the result, and the error for a file that cannot be read at all.
import type { ExclusionRecord, InputSummary } from '../engine/observations';
import type { FileKind } from './columns';

export interface LoadOptions {
  kind: FileKind;
  /** Zone for timestamps written without one. */
  sourceZone: string;
  /** role → column name overrides. */
  columns?: Record<string, string>;
  /** Keep only rows whose column holds one of the values / leave those out. */
  where?: { column: string; values: string[] }[];
  whereNot?: { column: string; values: string[] }[];
  /**
   * The detected layout's id (src/ingest/detect.ts) where it changes how records are
   * read: a JSON layout, or a CSV that puts several monitors in one record.
   */
  layout?: string;
}

export interface LoadResult {
  summary: InputSummary;
  exclusions: ExclusionRecord[];
  /** Rows the --where / --where-not filters left out (not skipped: chosen). */
  filteredRows: number;
}

/** Why a CSV is refused whose quote never closes: everything after it would be one cell. */
export const UNCLOSED_QUOTE =
  'a quote opened on this line is never closed, so the rest of the file would be one cell';

/**
 * Why a file is refused whose bytes stop inside a character: it was cut short, and the rows
 * before the cut are not kept either, since a report on them would speak for minutes the
 * file no longer holds as if they had been read.
 */
export const CUT_MID_CHARACTER =
  'the file ends in the middle of a character: text cut off, as by a download or copy that stopped short; nothing was imported';

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    /** What is wrong, without the file and line. */
    readonly reason: string,
  ) {
    super(line === null ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = 'InputError';
  }
}

/** The file name without directory or extension: a monitor's default name (rule 14). */
export function baseName(file: string): string {
  const leaf = file.split(/[\\/]/).pop() ?? file;
  const dot = leaf.lastIndexOf('.');
  return dot > 0 ? leaf.slice(0, dot) : leaf;
}

export function baseNameWithExt(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
