// Files the command line reads whole (tickets, obligation logs, holidays, a policy) are
// refused by their size before they are read: a wrong file of hundreds of megabytes, or a
// device that never ends, gives one line rather than a crash or a hang.
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import { MAX_WHOLE_FILE_BYTES } from '../src/ingest/whole-files';

const dir = mkdtempSync(join(tmpdir(), 'sla-whole-'));
const PROBES = 'public/samples/clarus-lis/probes.csv';
const run = (argv: string[]) =>
  runSla(parseArgs(['--policy', 'clarus-lis', PROBES, '--as-of', '2026-11-21', ...argv]), new Date());

/** A file of `bytes` that takes no disk (sparse). */
function sized(name: string, bytes: number): string {
  const path = join(dir, name);
  writeFileSync(path, 'id,severity,opened_at\n');
  truncateSync(path, bytes);
  return path;
}

describe('files read whole', () => {
  it('a tickets file over 50 MB is refused by its size, naming it', async () => {
    const path = sized('tickets.csv', MAX_WHOLE_FILE_BYTES + 1);
    await expect(run(['--tickets', path])).rejects.toThrow(
      `${path}: this tickets file is 51 MB; at most 50 MB is read (is it the right file?)`,
    );
  });

  it('a file of exactly 50 MB is read, and refused for what it holds (zeros), not its size', async () => {
    const path = sized('obligations.csv', MAX_WHOLE_FILE_BYTES);
    await expect(run(['--obligations', path])).rejects.toThrow(
      `${path}: this is not a CSV text file (binary data)`,
    );
  });

  it.each([
    ['--holidays', 'holiday file'],
    ['--tickets', 'tickets file'],
  ])('%s /dev/zero ends after 50 MB rather than running on', async (flag, what) => {
    await expect(run([flag, '/dev/zero'])).rejects.toThrow(
      `/dev/zero: this ${what} is more than 50 MB; at most 50 MB is read (is it the right file?)`,
    );
  });

  it('a tickets, obligation or holiday file cut inside a character is refused on its last line', async () => {
    const reason =
      'the file ends in the middle of a character: text cut off, as by a download or copy that stopped short; nothing was imported';
    for (const [flag, name, text, line] of [
      ['--tickets', 'tickets.csv', 'id,severity,opened_at,title\r\nT1,P1,2026-06-01T10:00:00Z,café', 2],
      [
        '--obligations',
        'obligations.csv',
        'obligation,started_at,note\nrca,2026-06-01T10:00:00Z,é\n\nx,y,é',
        4,
      ],
      ['--holidays', 'holidays.csv', 'date,name\n2026-12-25,Noël ✓', 2],
    ] as const) {
      const path = join(dir, `cut-${name}`);
      const bytes = Buffer.from(text);
      writeFileSync(path, bytes.subarray(0, -1));
      await expect(run([flag, path])).rejects.toThrow(`${path}:${line}: ${reason}`);
      // UTF-16 with its byte order mark, cut inside a unit.
      writeFileSync(path, Buffer.from(`\uFEFF${text}`, 'utf16le').subarray(0, -1));
      await expect(run([flag, path])).rejects.toThrow(`${path}:${line}: ${reason}`);
    }
  });

  it('a policy file of UTF-16 with its byte order mark is read, as data files are', async () => {
    const policy = await runSla(
      parseArgs([
        '--policy',
        'public/policies/slack.json',
        PROBES,
        '--as-of',
        '2026-11-21',
        '--format',
        'json',
      ]),
      new Date(),
    );
    const text = await import('node:fs').then((fs) => fs.readFileSync('public/policies/slack.json', 'utf8'));
    const path = join(dir, 'slack-utf16.json');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const utf16 = await runSla(
      parseArgs(['--policy', path, PROBES, '--as-of', '2026-11-21', '--format', 'json']),
      new Date(),
    );
    expect(utf16).toBe(policy);
  });
});
