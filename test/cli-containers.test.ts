// Files users give in place of an export (a zipped or gzipped download, an Excel workbook,
// a PDF report, Uptime Kuma's own database, the web page a failed download saves) are named
// for what they are, with what to give instead, by the first look and by every reader of
// whole files: never "binary data" alone, and never read as a CSV whose header is the file's
// first bytes.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import { detectFile } from '../src/ingest/detect';
import { scratchFiles } from './support/scratch';

const { file } = scratchFiles('sla-containers-');
const PROBES = 'public/samples/clarus-lis/probes.csv';
const run = (argv: string[]) =>
  runSla(parseArgs(['--policy', 'clarus-lis', '--as-of', '2026-11-21', ...argv]), new Date());

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

const CASES = [
  {
    name: 'export.xlsx',
    content: bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0], '[Content_Types].xml'),
    kind: 'zip',
    problem:
      'this is a ZIP archive (an Excel .xlsx workbook is one): save the sheet as CSV, or unzip the archive and give the file inside',
  },
  {
    name: 'heartbeats.csv.gz',
    content: bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3], 'time,status'),
    kind: 'gzip',
    problem: 'this is gzip-compressed: decompress it first (gunzip)',
  },
  {
    // A PDF begins with lines of text: read as a CSV, its first line was a header.
    name: 'uptime-report.pdf',
    content: bytes('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'),
    kind: 'pdf',
    problem: "this is a PDF document: give the tool's data export (CSV or JSON), not a printed report",
  },
  {
    name: 'kuma.db',
    content: bytes('SQLite format 3', [0, 0x10, 0, 1, 1, 0, 0x40, 0x20, 0x20]),
    kind: 'sqlite',
    problem:
      'this is an SQLite database (Uptime Kuma\'s kuma.db is one): export its heartbeat table as CSV with sqlite3, as the README\'s "Where to get your data" shows',
  },
  {
    name: 'tickets.xls',
    content: bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    kind: 'xls',
    problem: 'this is an Excel 97-2003 workbook (.xls): save the sheet as CSV',
  },
  ...[
    {
      // What curl saves when a proxy in front of the API fails.
      name: 'uptimerobot.json',
      content: bytes(
        '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n',
      ),
    },
    {
      // A sign-in page saved as the export; its form may hold what was typed.
      name: 'heartbeats.csv',
      content: bytes(
        '\n  <!DOCTYPE html>\n<html lang="en"><form action="/login"><input name="token" value="s3cret-token"></form></html>\n',
      ),
    },
    {
      name: 'incidents.json',
      content: bytes(
        '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>\n',
      ),
    },
  ].map((c) => ({
    ...c,
    kind: 'html',
    problem:
      'this is a web page (HTML or XML), not an export: a download saves one when the call fails (an error or sign-in page); nothing was imported: check the address and the credentials, and save the answer again',
  })),
] as const;

describe('a container given in place of an export', () => {
  it.each(CASES)(
    '$name is named by the first look, for the app and the command line',
    ({ name, content, kind, problem }) => {
      const d = detectFile(name, content, true);
      expect([d.problemKind, d.problem]).toEqual([kind, problem]);
    },
  );

  it.each(CASES)(
    '$name is refused as a monitor file, a tickets file, an obligation log and holidays',
    async ({ name, content, problem }) => {
      const path = file(name, content);
      await expect(run([path])).rejects.toThrow(`${path}: ${problem}`);
      for (const flag of ['--tickets', '--obligations', '--holidays'])
        await expect(run([PROBES, flag, path])).rejects.toThrow(`${path}: ${problem}`);
    },
  );

  it('a web page is refused as an exclusions file and as forced checks too, never read as a one-column CSV', async () => {
    for (const c of CASES.filter((c) => c.kind === 'html')) {
      const path = file(c.name, c.content);
      await expect(run([PROBES, '--exclusions', path])).rejects.toThrow(`${path}: ${c.problem}`);
      await expect(run(['--probes', path])).rejects.toThrow(`${path}: ${c.problem}`);
    }
  });

  it('a forced kind reads no further than the container either', async () => {
    const path = file('forced.xlsx', CASES[0].content);
    await expect(run(['--probes', path])).rejects.toThrow(`${path}: ${CASES[0].problem}`);
  });

  it('JSON given as tickets or an obligation log is refused as not their CSV, whatever JSON it is', async () => {
    for (const [name, text] of [
      ['tickets.json', '[{"id":"T1","severity":"P1","opened_at":"2026-06-01T08:00:00Z"}]'],
      ['incidents.json', '{"page":{"id":"x"},"incidents":[]}'],
    ] as const) {
      const path = file(name, new TextEncoder().encode(text));
      await expect(run([PROBES, '--tickets', path])).rejects.toThrow(
        `${path}: JSON, where a tickets file is a CSV whose header names id, severity and opened_at`,
      );
      await expect(run([PROBES, '--obligations', path])).rejects.toThrow(
        `${path}: JSON, where an obligation log is a CSV whose header names obligation and started_at`,
      );
    }
  });

  it('other binary data is still "binary data"', async () => {
    const path = file(
      'noise.bin',
      Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 31),
    );
    await expect(run([path])).rejects.toThrow(`${path}: this is not a text file (binary data)`);
    await expect(run([PROBES, '--tickets', path])).rejects.toThrow(
      `${path}: this is not a CSV text file (binary data)`,
    );
  });
});
