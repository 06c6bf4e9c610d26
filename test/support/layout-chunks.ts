// Every layout fixture read in pieces: cut once at every byte of its head and tail (every
// 7th between) and in small chunks, it gives the same result as read whole, so a file's
// reading does not depend on where the browser's stream or the command line's reads cut it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFile } from '../../src/ingest/detect';
import { CsvImporter } from '../../src/ingest/importer';
import { InputError, type LoadOptions } from '../../src/ingest/load';
import { MinuteReducer } from '../../src/ingest/reduce';
import { denseClasses } from './check-counts';

const bytesOf = (name: string) => new Uint8Array(readFileSync(`test/fixtures/layouts/${name}`));

/** The indexes and values of an array's entries other than 0. */
function nonZero(counts: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < counts.length; i++) if (counts[i] !== 0) out.push(i, counts[i]!);
  return out;
}

/** Registers the chunk-boundary tests of `files`: the layouts are split over two test files, run side by side. */
export function chunkBoundaryTests(files: readonly string[]): void {
  describe('every layout at every chunk boundary', () => {
    type Outcome = { result: unknown; minutes: unknown } | { error: string };
    /** What the import is told of the file, as detection on its first 64 KB finds it. */
    function detected(file: string, bytes: Uint8Array): LoadOptions {
      const d = detectFile(file, bytes.subarray(0, 64 * 1024), bytes.length <= 64 * 1024);
      const g = d.guess!;
      return {
        kind: g.kind,
        sourceZone: g.layout?.sourceZone ?? 'Africa/Cairo',
        columns: g.columns,
        where: g.layout?.where ?? [],
        whereNot: g.layout?.whereNot ?? [],
        ...(g.layout ? { layout: g.layout.id } : {}),
      };
    }

    function read(file: string, options: LoadOptions, bytes: Uint8Array, cuts: number[]): Outcome {
      const reducer = new MinuteReducer();
      // A small detection window, so that chunks cut the head too.
      const importer = new CsvImporter(file, options, reducer, { detectBytes: 512 });
      try {
        let at = 0;
        for (const cut of [...cuts, bytes.length]) {
          importer.push(bytes.subarray(at, cut));
          at = cut;
        }
        const result = importer.finish();
        const minutes = reducer.finish().map((m) =>
          m.kind === 'events'
            ? { ...m, intervals: Array.from(m.intervals) }
            : // Each class as its minutes with checks and their counts: the same comparison as
              // the whole span's counts, at a fraction of the cost over thousands of cuts.
              { ...m, classes: denseClasses(m).map(([outcome, counts]) => [outcome, nonZero(counts)]) },
        );
        return { result, minutes };
      } catch (e) {
        if (e instanceof InputError) return { error: e.message };
        throw e;
      }
    }

    /**
     * Where one cut is tried: every byte of a file's first 4 KB (its header, the detection
     * window, the first records) and of its last 1 KB, and every 7th byte between; the
     * chunkings below cut at every byte as well.
     */
    function* singleCuts(length: number): Generator<number> {
      for (let cut = 1; cut < length; cut++)
        if (cut < 4096 || cut >= length - 1024 || cut % 7 === 0) yield cut;
    }

    it.each([...files])(
      '%s: the same in one chunk, cut once at every byte (every 7th past 4 KB), and in chunks of 1, 2, 3, 7 and 64 bytes',
      (file) => {
        const bytes = bytesOf(file);
        // Detection reads the whole file and is the same for every cut: the importer's own
        // window is what the cuts reach (detectBytes above).
        const options = detected(file, bytes);
        const whole = JSON.stringify(read(file, options, bytes, []));
        expect(whole).not.toContain('"error"');
        for (const cut of singleCuts(bytes.length)) {
          const two = JSON.stringify(read(file, options, bytes, [cut]));
          if (two !== whole) expect({ cut, two }).toEqual({ cut, two: whole });
        }
        for (const size of [1, 2, 3, 7, 64]) {
          const cuts: number[] = [];
          for (let at = size; at < bytes.length; at += size) cuts.push(at);
          expect({ size, outcome: JSON.parse(JSON.stringify(read(file, options, bytes, cuts))) }).toEqual({
            size,
            outcome: JSON.parse(whole),
          });
        }
      },
      180_000,
    );
  });
}
