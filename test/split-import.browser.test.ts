// A large check file read by two workers gives exactly what one reader gives: result,
// skipped rows with their lines, minutes, check times and checksum, and falls back to
// one reader where the cut would land inside a quoted field.
import { describe, expect, it } from 'vitest';
import { importChunks } from '../src/ingest/importer';
import type { LoadOptions } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';
import { FileChecksum } from '../src/storage/checksum';
import { fileChunks } from '../workers/file-chunks';
import { importFileSplit, type PartOutcome, type PartWorker, spawnPartWorker } from '../workers/split-import';
import { fileChecksum } from './fixtures/storage/helpers';

const OPTIONS: LoadOptions = {
  kind: 'probes',
  sourceZone: 'UTC',
};

/** About `bytes` of probe rows for three monitors, with garbage, a row out of order every so often, and a quoted note. */
function probeFile(bytes: number, quotedAt: number | null): File {
  const lines = ['ts,monitor,status,note'];
  let size = lines[0]!.length + 1;
  const start = Date.UTC(2026, 0, 1);
  for (let i = 0; size < bytes; i++) {
    let line: string;
    if (quotedAt !== null && size >= quotedAt && size < quotedAt + 60)
      line = `2026-01-01T00:00:00Z,m0,200,"${'x\n'.repeat(40_000)}"`;
    else if (i % 997 === 0) line = `garbage ${i},,`;
    else {
      const t = start + (i % 1000 === 500 ? i - 700 : i) * 10_000;
      line = `${new Date(t).toISOString()},m${i % 3},${i % 131 === 0 ? 503 : 200},ok`;
    }
    lines.push(line);
    size += line.length + 1;
  }
  return new File([`${lines.join('\n')}\n`], 'big.csv');
}

async function oneReader(file: File) {
  const reducer = new MinuteReducer();
  const checksum = await FileChecksum.create();
  async function* summed() {
    for await (const chunk of fileChunks(file)) {
      checksum.update(chunk);
      yield chunk;
    }
  }
  const result = await importChunks(file.name, summed(), OPTIONS, reducer);
  return {
    result,
    minutes: reducer.finish(),
    times: reducer.sortedTimes('probes', 'm1'),
    checksum: checksum.hex(),
  };
}

async function twoReaders(file: File) {
  const reducer = new MinuteReducer();
  const checksum = await FileChecksum.create();
  const parts: (PartOutcome | null)[] = [];
  const spawnPart = (): PartWorker => {
    const worker = spawnPartWorker();
    return {
      api: {
        readPart: async (...args: Parameters<PartWorker['api']['readPart']>) => {
          const outcome = await worker.api.readPart(...args);
          parts.push(outcome);
          return outcome;
        },
      } as unknown as PartWorker['api'],
      terminate: worker.terminate,
    };
  };
  const progress: number[] = [];
  const { readers, ...result } = await importFileSplit(file, file.name, OPTIONS, reducer, {
    checksum,
    minSplitBytes: 1,
    spawnPart,
    onProgress: (p) => progress.push(p.bytes),
  });
  return {
    outcome: {
      result,
      minutes: reducer.finish(),
      times: reducer.sortedTimes('probes', 'm1'),
      checksum: checksum.hex(),
    },
    parts,
    progress,
    readers,
  };
}

describe('importFileSplit', () => {
  it('reads a large file with a second worker and gives exactly what one reader gives', async () => {
    const file = probeFile(12_000_000, null);
    const one = await oneReader(file);
    const two = await twoReaders(file);
    expect(two.readers).toBe(2);
    expect(two.parts).toHaveLength(1);
    expect(two.parts[0]).not.toBeNull();
    expect(two.outcome).toEqual(one);
    expect(one.checksum).toBe(await fileChecksum(file));
    expect(one.result.summary.skippedRows).toBeGreaterThan(10);
    expect(two.progress[two.progress.length - 1]).toBe(file.size);
  }, 300_000);

  it('reads on alone when the cut would fall inside a quoted field', async () => {
    const file = probeFile(12_000_000, 4 * 1024 * 1024 - 20_000);
    const one = await oneReader(file);
    const two = await twoReaders(file);
    expect(two.readers).toBe(1);
    expect(two.outcome).toEqual(one);
    expect(one.checksum).toBe(await fileChecksum(file));
  }, 300_000);

  it('gives up a part worker that stops answering and reads on alone', async () => {
    const file = probeFile(9_000_000, null);
    const one = await oneReader(file);
    const reducer = new MinuteReducer();
    const checksum = await FileChecksum.create();
    let terminated = 0;
    // A part worker that took the job and then died: no progress, no answer.
    const silentPart = (): PartWorker => ({
      api: { readPart: () => new Promise<never>(() => {}) } as unknown as PartWorker['api'],
      terminate: () => {
        terminated++;
      },
    });
    const { readers, ...result } = await importFileSplit(file, file.name, OPTIONS, reducer, {
      checksum,
      minSplitBytes: 1,
      spawnPart: silentPart,
      partSilenceMs: 300,
    });
    expect(readers).toBe(1);
    expect(terminated).toBe(1);
    expect({
      result,
      minutes: reducer.finish(),
      times: reducer.sortedTimes('probes', 'm1'),
      checksum: checksum.hex(),
    }).toEqual(one);
  }, 300_000);

  it('passes the part worker’s progress on as it comes, also once the first half is read', async () => {
    const file = probeFile(9_000_000, null);
    const reports: { bytes: number; rows: number }[] = [];
    let passedOn: boolean | null = null;
    const spawnPart = (): PartWorker => {
      const worker = spawnPartWorker();
      return {
        api: {
          readPart: async (...args: Parameters<PartWorker['api']['readPart']>) => {
            const outcome = await worker.api.readPart(args[0]);
            // The first half is long done: only the part's reports can move the figures on.
            const before = reports.length;
            args[1]?.({ bytes: 1000, rows: 10 });
            passedOn = reports.length === before + 1 && reports[before]!.rows >= 10;
            return outcome;
          },
        } as unknown as PartWorker['api'],
        terminate: worker.terminate,
      };
    };
    const { readers } = await importFileSplit(file, file.name, OPTIONS, new MinuteReducer(), {
      minSplitBytes: 1,
      spawnPart,
      onProgress: (p) => reports.push(p),
    });
    expect(readers).toBe(2);
    expect(passedOn).toBe(true);
    expect(reports[reports.length - 1]!.bytes).toBe(file.size);
  }, 300_000);
});
