// The command line's two readers give exactly what one reader gives: the same rows,
// skipped rows (with their line numbers), monitors and minutes, wherever the cut falls.
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintApart, importFileSplit } from '../src/cli/split-import';
import { importChunks } from '../src/ingest/importer';
import type { LoadOptions } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';

const options: LoadOptions = {
  kind: 'probes',
  sourceZone: 'UTC',
};
const dir = mkdtempSync(join(tmpdir(), 'sla-split-'));

/** Three monitors every 20 s for a few days, with failures and some rows no reader can use. */
function probeFile(name: string, rows: number, odd: (i: number) => string | null): string {
  const start = Date.UTC(2026, 2, 1);
  const lines = ['time,monitor,status,latency_ms'];
  for (let i = 0; i < rows; i++) {
    const line = odd(i);
    if (line !== null) {
      lines.push(line);
      continue;
    }
    const code = i % 97 === 5 || (i > 4000 && i < 4030) ? 503 : 200;
    lines.push(`${new Date(start + i * 20_000).toISOString()},m${i % 3},${code},${i % 400}`);
  }
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function oneReader(path: string) {
  const reducer = new MinuteReducer();
  const result = await importChunks(
    path,
    createReadStream(path, { highWaterMark: 1 << 16 }),
    options,
    reducer,
  );
  return { result, minutes: reducer.finish() };
}

async function twoReaders(path: string) {
  const reducer = new MinuteReducer();
  const { readers, ...result } = await importFileSplit(path, path, options, reducer, { minSplitBytes: 0 });
  return { readers, result, minutes: reducer.finish() };
}

describe('the command line reading one file with two threads', () => {
  it('gives what one reader gives, skipped rows and their lines included', { timeout: 300_000 }, async () => {
    const path = probeFile('plain.csv', 30_000, (i) =>
      i % 1013 === 7 ? 'not a time,m1,200,5' : i % 2011 === 11 ? '2026-03-02T00:00:00Z,m2' : null,
    );
    const one = await oneReader(path);
    const two = await twoReaders(path);
    expect(two.readers).toBe(2);
    expect(one.result.summary.skippedRows).toBeGreaterThan(10);
    expect(two.result).toEqual(one.result);
    expect(two.minutes).toEqual(one.minutes);
  });

  it('reads on alone, with the same result, when the cut falls inside a quoted field', {
    timeout: 300_000,
  }, async () => {
    const quoted = `"${'x\n'.repeat(40_000)}"`;
    const path = probeFile('quoted.csv', 8_000, (i) =>
      i === 4_000 ? `2026-03-01T22:13:20.000Z,${quoted},200,1` : null,
    );
    const one = await oneReader(path);
    const two = await twoReaders(path);
    expect(two.readers).toBe(1);
    expect(two.result).toEqual(one.result);
    expect(two.minutes).toEqual(one.minutes);
  });

  it('refuses a file cut inside a character on its last line, as one reader does', {
    timeout: 300_000,
  }, async () => {
    const path = probeFile('cut.csv', 30_000, () => null);
    writeFileSync(path, `${readFileSync(path, 'utf8')}2026-03-08T00:00:00.000Z,caf\u00e9`);
    truncateSync(path, statSync(path).size - 1);
    const reason =
      'the file ends in the middle of a character: text cut off, as by a download or copy that stopped short; nothing was imported';
    await expect(oneReader(path)).rejects.toThrow(`${path}:30002: ${reason}`);
    await expect(twoReaders(path)).rejects.toThrow(`${path}:30002: ${reason}`);
  });

  it('keeps a file below the threshold to one reader', async () => {
    const path = probeFile('small.csv', 100, () => null);
    const reducer = new MinuteReducer();
    const { readers } = await importFileSplit(path, path, options, reducer);
    expect(readers).toBe(1);
  });

  it('has the part thread take a large file’s fingerprint, the one sha256sum prints', {
    timeout: 300_000,
  }, async () => {
    const path = probeFile('print.csv', 30_000, () => null);
    const bytes = readFileSync(path);
    const expected = { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    await twoReaders(path);
    await expect(fingerprintApart(path, { minSplitBytes: 0 })).resolves.toEqual(expected);
    // Twice in a row: the thread kept for the next file answers again.
    await expect(fingerprintApart(path, { minSplitBytes: 0 })).resolves.toEqual(expected);
    // A smaller file's fingerprint is left to the thread that read it.
    expect(fingerprintApart(path)).toBeNull();
    expect(fingerprintApart(join(dir, 'no such file.csv'), { minSplitBytes: 0 })).toBeNull();
  });
});
