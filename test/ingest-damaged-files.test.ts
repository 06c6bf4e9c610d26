// Every exporter layout we read, damaged the ways files are damaged on their way to a user
// (cut short, bytes flipped, re-encoded, line ends changed, lines lost or repeated) and the
// ways a hostile file is built (NULs, a 5 MB line, deep nesting, numbers and times past any
// range), through the command line's whole path: it reports, or refuses with one typed input
// error naming the file — and neither ever repeats a value planted in the file.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import { PolicyError } from '../src/engine/policy';
import { SUPPORTED_LAYOUTS } from '../src/ingest/detect';
import { InputError } from '../src/ingest/load';
import { sniffFile } from '../src/ingest/sniff';
import { scratchFiles } from './support/scratch';

const { file } = scratchFiles('sla-damaged-');
const DIR = 'test/fixtures/layouts';
const MARKER = 'ZQXJMARK';
const FIXTURES = readdirSync(DIR)
  .filter((f) => /\.(csv|json|txt)$/.test(f))
  .sort();

const decodeFixture = (bytes: Uint8Array): string =>
  bytes[0] === 0xff && bytes[1] === 0xfe
    ? new TextDecoder('utf-16le').decode(bytes.subarray(2))
    : new TextDecoder().decode(bytes);
const TEXTS = new Map(FIXTURES.map((f) => [f, decodeFixture(new Uint8Array(readFileSync(`${DIR}/${f}`)))]));

/** Instants as the layouts write them: ISO dates with or without a zone, epoch seconds or milliseconds. */
const TIME =
  /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|\b1[6-9]\d{8}(?:\d{3})?\b/g;
const NUMBER = /-?\b\d+(?:\.\d+)?\b/g;

/** The n-th match (modulo their count) replaced, or the text unchanged when there is none. */
function replaceNth(
  text: string,
  re: RegExp,
  n: number,
  by: (found: string, quoted: boolean) => string,
): string {
  const found = [...text.matchAll(re)];
  if (found.length === 0) return text;
  const m = found[n % found.length]!;
  const at = m.index;
  const quoted = text[at - 1] === '"';
  return text.slice(0, at) + by(m[0], quoted) + text.slice(at + m[0].length);
}

const isJson = (name: string) => name.endsWith('.json');

/** The marker in a value's place: bare, or with quotes and a line break as a spreadsheet writes a cell. */
function plant(name: string, text: string, n: number, withQuotes: boolean): string {
  return replaceNth(text, TIME, n, (_, quoted) => {
    if (!withQuotes) return quoted || !isJson(name) ? MARKER : `"${MARKER}"`;
    if (isJson(name)) {
      const inner = `${MARKER} \\"q\\"\\n${MARKER}`;
      return quoted ? inner : `"${inner}"`;
    }
    return `"${MARKER} ""q""\n${MARKER}"`;
  });
}

type TextDamage =
  | { kind: 'none' }
  | { kind: 'crlf' | 'cr' | 'grow' }
  | { kind: 'duplicate-line' | 'delete-line' | 'repeat-header' | 'long-line' | 'nest'; at: number }
  | { kind: 'huge-number'; at: number; value: string }
  | { kind: 'far-time'; at: number; value: string };

const HUGE = [
  '1e309',
  '-1e309',
  '-0',
  '"NaN"',
  'NaN',
  '"Infinity"',
  '1e-400',
  '123456789012345678901234567890',
];
const FAR = [
  '+275760-09-13T00:00:01Z',
  '-271821-04-19T23:59:59Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '10000-01-01T00:00:00Z',
  '99999999999999999999',
  '-62198755200',
  '8640000000000001',
];

const textDamage: fc.Arbitrary<TextDamage> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'none' as const }) },
  fc.constantFrom({ kind: 'crlf' as const }, { kind: 'cr' as const }, { kind: 'grow' as const }),
  fc.record({
    kind: fc.constantFrom(
      'duplicate-line' as const,
      'delete-line' as const,
      'repeat-header' as const,
      'long-line' as const,
      'nest' as const,
    ),
    at: fc.nat(),
  }),
  fc.record({ kind: fc.constant('huge-number' as const), at: fc.nat(), value: fc.constantFrom(...HUGE) }),
  fc.record({ kind: fc.constant('far-time' as const), at: fc.nat(), value: fc.constantFrom(...FAR) }),
);

function damageText(name: string, text: string, d: TextDamage): string {
  const lines = () => text.split('\n');
  const spliceLine = (at: number, f: (ls: string[], i: number) => void) => {
    const ls = lines();
    f(ls, at % ls.length);
    return ls.join('\n');
  };
  switch (d.kind) {
    case 'none':
      return text;
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'cr':
      return text.replace(/\r?\n/g, '\r');
    case 'grow': {
      // Past the 64 KiB detection reads, so that a cut or a flip near the end is met by the
      // importer alone: JSON gets white space before its last bracket, other files their
      // last line again and again.
      const more = 70_000;
      if (isJson(name)) {
        const end = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
        return `${text.slice(0, end)}${' '.repeat(more)}${text.slice(end)}`;
      }
      const last = `${text.split('\n').findLast((l) => l.trim() !== '') ?? ''}\n`;
      return `${text.endsWith('\n') ? text : `${text}\n`}${last.repeat(Math.ceil(more / last.length))}`;
    }
    case 'duplicate-line':
      return spliceLine(d.at, (ls, i) => ls.splice(i, 0, ls[i]!));
    case 'delete-line':
      return spliceLine(d.at, (ls, i) => ls.splice(i, 1));
    case 'repeat-header':
      return spliceLine(d.at, (ls, i) => ls.splice(Math.max(1, i), 0, ls[0]!));
    case 'long-line':
      // Below the header, whose cells messages name (clipped) as columns: any slice of it
      // long enough to read holds the marker whole.
      return spliceLine(d.at, (ls, i) =>
        ls.splice(Math.max(/^\uFEFF?sep=/i.test(ls[0]!) ? 2 : 1, i), 0, MARKER.repeat(5 * 1024 * 128)),
      );
    case 'nest':
      return isJson(name)
        ? replaceNth(text, NUMBER, d.at, (n) => `${'['.repeat(100_000)}${n}${']'.repeat(100_000)}`)
        : spliceLine(d.at, (ls, i) => ls.splice(i, 0, '['.repeat(100_000)));
    case 'huge-number':
      return replaceNth(text, NUMBER, d.at, () => d.value);
    case 'far-time':
      return replaceNth(text, TIME, d.at, (_, quoted) =>
        quoted || !isJson(name) || /^[-\d]+$/.test(d.value) ? d.value : `"${d.value}"`,
      );
  }
}

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16le' | 'utf-16be-bom';
const encoding = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Encoding>('utf-8') },
  fc.constantFrom<Encoding>('utf-8-bom', 'utf-16le-bom', 'utf-16le', 'utf-16be-bom'),
);

function encode(text: string, e: Encoding): Uint8Array {
  if (e === 'utf-8') return new TextEncoder().encode(text);
  if (e === 'utf-8-bom') return new TextEncoder().encode(`\uFEFF${text}`);
  const withBom = e.endsWith('-bom') ? `\uFEFF${text}` : text;
  const out = new Uint8Array(withBom.length * 2);
  for (let i = 0; i < withBom.length; i++) {
    const c = withBom.charCodeAt(i);
    const [hi, lo] = [c >> 8, c & 0xff];
    if (e === 'utf-16be-bom') out.set([hi, lo], 2 * i);
    else out.set([lo, hi], 2 * i);
  }
  return out;
}

type ByteDamage =
  | { kind: 'none' }
  | { kind: 'truncate' | 'truncate-multibyte'; at: number }
  | { kind: 'flip' | 'insert'; edits: [at: number, byte: number][] }
  | { kind: 'flip-first'; byte: number }
  | { kind: 'nul'; at: number; count: number };

const byteDamage: fc.Arbitrary<ByteDamage> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'none' as const }) },
  fc.record({ kind: fc.constantFrom('truncate' as const, 'truncate-multibyte' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constantFrom('flip' as const, 'insert' as const),
    edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('nul' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }),
  // The first byte, where a JSON document's bracket or a byte order mark is.
  fc.record({ kind: fc.constant('flip-first' as const), byte: fc.integer({ min: 1, max: 255 }) }),
);

function damageBytes(bytes: Uint8Array, d: ByteDamage): Uint8Array {
  if (bytes.length === 0) return bytes;
  switch (d.kind) {
    case 'none':
      return bytes;
    case 'truncate':
      return bytes.slice(0, d.at % bytes.length);
    case 'truncate-multibyte': {
      // Cut just after the lead byte of a multibyte UTF-8 sequence; where the file has none
      // after the cut, the lead byte of an é is written there.
      const cut = d.at % bytes.length;
      const lead = bytes.findIndex((b, i) => i >= cut && b >= 0xc2);
      return lead < 0 ? Uint8Array.from([...bytes.subarray(0, cut), 0xc3]) : bytes.slice(0, lead + 1);
    }
    case 'flip': {
      const out = bytes.slice();
      for (const [at, b] of d.edits) {
        const i = at % out.length;
        out[i] = out[i]! ^ (b || 0xff);
      }
      return out;
    }
    case 'flip-first':
      return Uint8Array.from(bytes, (b, i) => (i === 0 ? b ^ d.byte : b));
    case 'insert': {
      let out = bytes;
      for (const [at, b] of d.edits) {
        const i = at % (out.length + 1);
        out = Uint8Array.from([...out.subarray(0, i), b, ...out.subarray(i)]);
      }
      return out;
    }
    case 'nul': {
      const i = d.at % (bytes.length + 1);
      return Uint8Array.from([...bytes.subarray(0, i), ...new Uint8Array(d.count), ...bytes.subarray(i)]);
    }
  }
}

const lineBreaks = (bytes: Uint8Array) => bytes.reduce((n, b) => n + (b === 0x0a || b === 0x0d ? 1 : 0), 0);

/** What the command line makes of a file: its report, or the typed refusal. */
async function outcome(path: string): Promise<{ report: string } | { refusal: InputError | PolicyError }> {
  try {
    return {
      report: await runSla(
        parseArgs(['--policy', 'clarus-lis', '--as-of', '2026-07-15', path]),
        new Date('2026-07-15T12:00:00Z'),
      ),
    };
  } catch (e) {
    if (e instanceof InputError || e instanceof PolicyError) return { refusal: e };
    throw e;
  }
}

let runs = 0;
describe('damaged and hostile exports', () => {
  it('are reported or refused with one input error naming the file, and never echoed', {
    timeout: 300_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FIXTURES),
        fc.option(fc.record({ at: fc.nat(), withQuotes: fc.boolean() }), { freq: 3 }),
        textDamage,
        encoding,
        byteDamage,
        async (name, marker, td, enc, bd) => {
          let text = TEXTS.get(name)!;
          if (marker) text = plant(name, text, marker.at, marker.withQuotes);
          const bytes = damageBytes(encode(damageText(name, text, td), enc), bd);
          const path = file(`d${runs++}-${name}`, bytes);
          const result = await outcome(path);
          // UTF-8 that ends in a lead byte is cut inside a character: never reported on.
          if (bd.kind === 'truncate-multibyte' && enc.startsWith('utf-8'))
            expect(result).not.toHaveProperty('report');
          if ('report' in result) {
            expect(JSON.parse(result.report).schema).toBe('sla-report/1');
            expect(result.report).not.toContain(MARKER);
            return;
          }
          const e = result.refusal;
          expect(e.message).not.toContain(MARKER);
          expect(e.message).not.toContain('\n');
          if (e instanceof InputError) {
            expect(e.file).toBe(path);
            expect(e.message.startsWith(`${path}:`)).toBe(true);
            if (e.line !== null) {
              expect(e.line).toBeGreaterThanOrEqual(1);
              expect(e.line).toBeLessThanOrEqual(lineBreaks(bytes) + 1);
            }
          } else expect(e.message).toContain(path);
        },
      ),
      { numRuns: 200, seed: 20261205, timeout: 5_000 },
    );
  });
});

// What the property above found, each reduced to its smallest file.
describe('damaged files, reduced', () => {
  /** The file's one input: its layout, row counts and skipped rows, from the report. */
  const readAs = async (name: string, content: string) => {
    const result = await outcome(file(name, content));
    if (!('report' in result)) throw result.refusal;
    const [input] = JSON.parse(result.report).inputs;
    return {
      layout: input.layout.id,
      zone: input.layout.timeZone.zone,
      rows: input.rows,
      skipped: input.skipped,
    };
  };
  const fixtureLines = (name: string) => TEXTS.get(name)!.split(/\r?\n/);
  const HEADER_AGAIN = 'the header again, as where files were joined one after another';
  const UNREADABLE_VALUE =
    "a value that is neither up nor down (Grafana writes 1/0, 1.00/0.00, 100%/0%, On/Off or UP/DOWN; Uptime Kuma's 2/PENDING and 3/MAINTENANCE) nor an HTTP status";

  it('an Uptime Kuma heartbeat table with one damaged status is still read in UTC', async () => {
    const lines = fixtureLines('uptime-kuma-2-heartbeats.csv');
    lines[3] = lines[3]!.replace(/^(\d+,\d+,\d+,)1,/, '$1x,');
    expect(await readAs('kuma-damaged.csv', lines.join('\r\n'))).toEqual({
      layout: 'uptime-kuma',
      zone: 'UTC',
      rows: 121,
      skipped: [
        {
          line: 4,
          reason: 'unknown status (expected up or down, a word such as ok or failed, 0–3, or an HTTP code)',
        },
      ],
    });
  });

  it('an Uptime Kuma heartbeat table joined to another is still read in UTC', async () => {
    const lines = fixtureLines('uptime-kuma-2-heartbeats.csv');
    lines.splice(10, 0, lines[0]!);
    expect(await readAs('kuma-joined.csv', lines.join('\r\n'))).toEqual({
      layout: 'uptime-kuma',
      zone: 'UTC',
      rows: 122,
      skipped: [{ line: 11, reason: HEADER_AGAIN }],
    });
  });

  it('a Grafana series export with one damaged value is read, the value skipped on its line', async () => {
    const text = TEXTS.get('grafana-wide.csv')!.replace(
      '2026-05-31 23:55:00,1,1',
      '2026-05-31 23:55:00,x1,1',
    );
    expect(await readAs('grafana-damaged.csv', text)).toEqual({
      layout: 'grafana-wide',
      zone: 'Africa/Cairo',
      rows: 40,
      skipped: [{ line: 7, reason: UNREADABLE_VALUE }],
    });
  });

  it('a Grafana table export with its header again mid-file is read', async () => {
    const lines = fixtureLines('grafana-table.csv');
    lines.splice(8, 0, lines[0]!);
    expect(await readAs('grafana-table-joined.csv', lines.join('\n'))).toEqual({
      layout: 'grafana-table',
      zone: 'Africa/Cairo',
      rows: 41,
      skipped: [{ line: 9, reason: HEADER_AGAIN }],
    });
  });

  it('a promql-cli export with its header again mid-file is read', async () => {
    const lines = fixtureLines('promql-cli.csv');
    lines.splice(8, 0, lines[0]!);
    expect(await readAs('promql-joined.csv', lines.join('\n'))).toEqual({
      layout: 'promql-cli',
      zone: 'Africa/Cairo',
      rows: 41,
      skipped: [{ line: 9, reason: HEADER_AGAIN }],
    });
  });

  it('a Grafana series export with its header again mid-file skips that one line as the header', async () => {
    const lines = fixtureLines('grafana-wide.csv');
    lines.splice(8, 0, lines[0]!);
    expect(await readAs('grafana-wide-joined.csv', lines.join('\n'))).toEqual({
      layout: 'grafana-wide',
      zone: 'Africa/Cairo',
      rows: 41,
      skipped: [{ line: 9, reason: HEADER_AGAIN }],
    });
  });

  it("Grafana's sep= line is read with old Mac line ends (CR alone)", async () => {
    const text = TEXTS.get('grafana-wide-sepline.csv')!.replace(/\r?\n/g, '\r');
    expect(await readAs('grafana-sep-cr.csv', text)).toEqual({
      layout: 'grafana-wide',
      zone: 'Africa/Cairo',
      rows: 122,
      skipped: [],
    });
  });

  const utf16 = (text: string, bigEndian = false) => {
    const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
    return bigEndian ? new Uint8Array(Buffer.from(bytes).swap16()) : bytes;
  };
  /** The report's input for a text saved as UTF-16 without a mark, little-endian then big-endian. */
  const inputsInUtf16 = async (stem: string, text: string) => {
    const inputs = [];
    for (const [order, bigEndian] of [
      ['le', false],
      ['be', true],
    ] as const) {
      const result = await outcome(file(`${stem}-utf16${order}.csv`, utf16(text, bigEndian)));
      if (!('report' in result)) throw result.refusal;
      inputs.push(JSON.parse(result.report).inputs[0]);
    }
    return inputs;
  };

  it('UTF-16 without a byte order mark is read, not refused as binary data', async () => {
    const kuma = TEXTS.get('uptime-kuma-2-heartbeats.csv')!;
    for (const input of await inputsInUtf16('kuma', kuma))
      expect([input.layout.id, input.rows, input.skippedRows]).toEqual(['uptime-kuma', 122, 0]);
    const flips = await outcome(file('flips-utf16le.json', utf16(TEXTS.get('healthchecks-flips.json')!)));
    if (!('report' in flips)) throw flips.refusal;
    expect(JSON.parse(flips.report).inputs[0].layout.id).toBe('healthchecks-flips');
  });

  it('UTF-16 without a byte order mark is read when some characters are beyond Latin-1', async () => {
    // Upptime's history writes a status emoji on each line: four bytes in UTF-16, none of them zero.
    const history = TEXTS.get('upptime-history.csv')!;
    expect(await readAs('upptime-utf8.csv', history)).toEqual({
      layout: 'upptime',
      zone: 'Africa/Cairo',
      rows: 12,
      skipped: [],
    });
    for (const input of await inputsInUtf16('upptime', history))
      expect([input.layout.id, input.rows, input.skippedRows]).toEqual(['upptime', 12, 0]);
    // A long Arabic monitor name, whose letters have no zero byte in UTF-16: under half of
    // each line is Latin (its time, digits, commas, spaces and line end).
    const portal = 'بوابة المرضى في مستشفى الشفاء التخصصي بالقاهرة الجديدة';
    const arabic = `time,monitor,status_code\n2026-06-01T10:00:00Z,${portal},200\n2026-06-01T10:01:00Z,${portal},503\n`;
    const latin = [...arabic].filter((c) => c.charCodeAt(0) < 0x100).length;
    expect(latin / arabic.length).toBeLessThan(0.5);
    for (const input of await inputsInUtf16('arabic', arabic)) expect(input.monitors).toEqual([portal]);
  });

  it('a UTF-16 byte order mark with one byte damaged is taken as the mark, not as part of the first column', async () => {
    const text = 'time,monitor,status_code\n2026-06-01T10:00:00Z,lis,200\n2026-06-01T10:01:00Z,lis,503\n';
    for (const [name, mark, bigEndian] of [
      ['damaged-mark-le.csv', [0xff, 0xff], false],
      ['damaged-mark-be.csv', [0xfe, 0xfe], true],
    ] as const) {
      const bytes = new Uint8Array([...mark, ...utf16(text, bigEndian)]);
      const result = await outcome(file(name, bytes));
      if (!('report' in result)) throw result.refusal;
      const [input] = JSON.parse(result.report).inputs;
      expect([input.rows, input.skippedRows, input.monitors]).toEqual([2, 0, ['lis']]);
    }
  });

  it('bytes with a zero on one side of only some pairs are not taken for UTF-16', async () => {
    // A UTF-8 log with a stray NUL, and a NUL pair, which no UTF-16 text has.
    const kuma = TEXTS.get('uptime-kuma-2-heartbeats.csv')!;
    const stray = Buffer.from(kuma);
    stray[40] = 0;
    const strayRead = await outcome(file('stray-nul.csv', new Uint8Array(stray)));
    if (!('report' in strayRead)) throw strayRead.refusal;
    const [input] = JSON.parse(strayRead.report).inputs;
    expect([input.layout.id, input.rows, input.skippedRows]).toEqual(['uptime-kuma', 122, 0]);
    const nulPair = new Uint8Array(Buffer.concat([Buffer.from([0, 0]), Buffer.from(utf16(kuma))]));
    const pairRead = await outcome(file('nul-pair.csv', nulPair));
    expect('refusal' in pairRead && pairRead.refusal.message).toMatch(
      /nul-pair\.csv: this is not a text file \(binary data\)$/,
    );
  });

  it('a tickets file in UTF-16 without a byte order mark is read', async () => {
    const tickets = file(
      'tickets-utf16le.csv',
      utf16('id,severity,opened_at,first_response_at\nT1,P1,2026-06-01T10:00:00Z,2026-06-01T10:30:00Z\n'),
    );
    const report = JSON.parse(
      await runSla(
        parseArgs(['--policy', 'clarus-lis', '--as-of', '2026-07-15', '--tickets', tickets]),
        new Date('2026-07-15T12:00:00Z'),
      ),
    );
    expect(report.tickets.map((t: { id: string; met: boolean }) => [t.id, t.met])).toEqual([['T1', true]]);
  });

  const refusal = async (name: string, content: string) => {
    const path = file(name, content);
    const result = await outcome(path);
    if ('report' in result) throw new Error(`${name} was read`);
    return { path, message: result.refusal.message };
  };
  const STRAY_BEFORE_JSON =
    'a character before the JSON document begins, as where a byte was damaged or added in copying; nothing was imported';
  const NOT_A_JSON_VALUE =
    'not valid JSON: text that is no JSON value (neither in quotes nor a number, true, false or null), as where a line was pasted in or the file damaged';
  const UNCLOSED_QUOTE =
    'a quote opened on this line is never closed, so the rest of the file would be one cell';
  const CUT_MID_CHARACTER =
    'the file ends in the middle of a character: text cut off, as by a download or copy that stopped short; nothing was imported';

  it('a JSON document behind a damaged first byte is not named by its keys and values', async () => {
    const text = `\u0007${TEXTS.get('statuspage-maintenance.json')!.replace('"name":"Example"', `"name":"${MARKER}"`)}`;
    const { path, message } = await refusal('bell.json', text);
    expect(message).toBe(`${path}:1: ${STRAY_BEFORE_JSON}`);
  });

  it('one stray byte before the JSON is refused on its line, not read as a CSV named by it', async () => {
    const text = TEXTS.get('pingdom-results.json')!;
    for (const stray of ['x', ']']) {
      const { path, message } = await refusal(
        `stray-${stray === 'x' ? 'x' : 'bracket'}.json`,
        `${stray}${text}`,
      );
      expect(message).toBe(`${path}:1: ${STRAY_BEFORE_JSON}`);
    }
    const { path, message } = await refusal('stray-later.json', `\n\n${MARKER[0]}${text}`);
    expect(message).toBe(`${path}:3: ${STRAY_BEFORE_JSON}`);
  });

  it('a 5 MB line after the first object of a JSON array is refused on its line as no JSON value', async () => {
    const pasteAfterFirstObject = (name: string) => {
      const lines = fixtureLines(name);
      const end = lines.findIndex((l, i) => i > 0 && /^\s*\},?\s*$/.test(l));
      lines.splice(end + 1, 0, MARKER.repeat(5 * 1024 * 128));
      return { line: end + 2, text: lines.join('\n') };
    };
    // Gatus's layout is told only by keys after the line, Checkly's before it.
    const gatus = pasteAfterFirstObject('gatus-statuses.json');
    const g = await refusal('gatus-long-line.json', gatus.text);
    expect([gatus.line, g.message]).toEqual([16, `${g.path}:16: ${NOT_A_JSON_VALUE}; nothing was imported`]);
    const checkly = pasteAfterFirstObject('checkly-check-results.json');
    const c = await refusal('checkly-long-line.json', checkly.text);
    expect([checkly.line, c.message]).toEqual([
      20,
      `${c.path}:20: ${NOT_A_JSON_VALUE} (read as Checkly check results); nothing was imported`,
    ]);
  });

  it('a .json file of one value that is no object or array says so on its line, not "a CSV of 1 column"', async () => {
    for (const [name, text, value, line] of [
      ['null.json', 'null\n', 'null', 1],
      ['count.json', '\n 42 \n', 'number', 2],
      ['flag.json', 'true', 'true or false', 1],
      ['token.json', `"${MARKER}"`, 'string', 1],
    ] as const) {
      const { path, message } = await refusal(name, text);
      expect(message).toBe(
        `${path}:${line}: a JSON document of a single ${value} and no records: nothing to import`,
      );
      expect(message).not.toContain(MARKER);
    }
    // The same bytes in a .csv are a CSV, refused by its columns as before.
    const { message } = await refusal('count.csv', '42\n');
    expect(message).toMatch(/count\.csv: a CSV of 1 column/);
  });

  it('`[` followed by what is no JSON is refused on its line, not called an empty array', async () => {
    for (const [name, text, line] of [
      ['bracket-word.json', '[xyz', 1],
      ['bracket-words.json', '[ nope ]', 1],
      ['bracket-line.json', '[\nhello world\n', 2],
    ] as const) {
      const { path, message } = await refusal(name, text);
      expect(message).toBe(`${path}:${line}: ${NOT_A_JSON_VALUE}; nothing was imported`);
    }
  });

  it('a quote that is never closed is refused on the line it opens on, not read as column names', async () => {
    for (const [name, text, line] of [
      ['quote.csv', '"', 1],
      ['quote-ti.csv', '"Ti', 1],
      ['quote-sep.csv', 'sep=,\n"Time,status\n2026-06-01T00:00:00Z,up\n', 2],
      ['quote-row.csv', 'time,status\n2026-06-01T00:00:00Z,up\n2026-06-01T00:01:00Z,"up\n', 3],
    ] as const) {
      const { path, message } = await refusal(name, text);
      expect(message).toBe(`${path}:${line}: ${UNCLOSED_QUOTE}`);
    }
  });

  it('a file of a few bytes cut inside a character is refused as cut off, not as binary data', async () => {
    for (const [name, bytes, line] of [
      ['cut-e.csv', [0x61, 0x62, 0xc3], 1],
      ['cut-euro.csv', [0x61, 0x2c, 0x62, 0x0a, 0x31, 0x2c, 0xe2, 0x82], 2],
      ['cut-key.json', [0x7b, 0x22, 0xc3], 1],
    ] as const) {
      const path = file(name, Uint8Array.from(bytes));
      const result = await outcome(path);
      if ('report' in result) throw new Error(`${name} was read`);
      expect(result.refusal.message).toBe(`${path}:${line}: ${CUT_MID_CHARACTER}`);
    }
  });

  it('a file of any size cut inside a character is refused on its last line, as a few bytes are', async () => {
    const probes = (rows: number) =>
      `time,monitor,status\n${Array.from({ length: rows }, (_, i) => `${new Date(Date.UTC(2026, 5, 1, 0, i)).toISOString()},café,up`).join('\n')}`;
    /** The text cut after the lead byte of its last é, and the line that byte is on. */
    const cutAtLastE = (text: string) => {
      const bytes = new TextEncoder().encode(text);
      const at = bytes.lastIndexOf(0xc3);
      return {
        bytes: bytes.slice(0, at + 1),
        line: bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1,
      };
    };
    // JSON with an é in its last string; past 64 KiB with white space before that string.
    const gatusWith = (space: string) =>
      TEXTS.get('gatus-statuses.json')!.replace(/ "HEALTHY"(?![\s\S]*"HEALTHY")/, `${space} "HEALTHé"`);
    const metrics = (comments: number) =>
      `${TEXTS.get('uptime-kuma-metrics.txt')!}${'# more\n'.repeat(comments)}# café`;
    const cases = [
      ['cut-50.csv', cutAtLastE(probes(50)), 51],
      ['cut-2000.csv', cutAtLastE(probes(2000)), 2001],
      ['cut-gatus.json', cutAtLastE(gatusWith('')), 279],
      ['cut-gatus-long.json', cutAtLastE(gatusWith(' '.repeat(70_000))), 279],
      ['cut-metrics.txt', cutAtLastE(metrics(0)), 177],
      ['cut-metrics-long.txt', cutAtLastE(metrics(10_000)), 10_177],
    ] as const;
    for (const [name, { bytes, line }, expected] of cases) {
      expect([name, line]).toEqual([name, expected]);
      const path = file(name, bytes);
      const result = await outcome(path);
      if ('report' in result) throw new Error(`${name} was read`);
      expect(result.refusal.message).toBe(`${path}:${line}: ${CUT_MID_CHARACTER}`);
    }
    // UTF-16: a unit cut in two, or a pair's first half alone.
    for (const rows of [50, 2000]) {
      const last = `${probes(rows)}\n2026-07-01T00:00:00Z,café,\u{1F600}`;
      for (const [name, drop] of [
        [`cut-unit-${rows}.csv`, 1],
        [`cut-pair-${rows}.csv`, 2],
      ] as const) {
        const path = file(name, new Uint8Array(Buffer.from(`\uFEFF${last}`, 'utf16le')).slice(0, -drop));
        const result = await outcome(path);
        if ('report' in result) throw new Error(`${name} was read`);
        expect(result.refusal.message).toBe(`${path}:${rows + 2}: ${CUT_MID_CHARACTER}`);
      }
    }
  });

  const DAMAGED_JSON_START =
    'a JSON document whose opening { or [ is damaged or missing, as where a byte was changed in copying; nothing was imported';

  it('a JSON export whose opening bracket is damaged or lost is refused on its line, not read as a CSV', async () => {
    const jsonFixtures = FIXTURES.filter(isJson);
    expect(jsonFixtures).toHaveLength(22);
    for (const name of jsonFixtures) {
      const bytes = new TextEncoder().encode(TEXTS.get(name)!);
      // Flipped to a letter, to the other bracket, to a byte that is no UTF-8, to a quote; or lost.
      for (const [how, damaged] of [
        ['letter', Uint8Array.from(bytes, (b, i) => (i === 0 ? b ^ 0x01 : b))],
        ['bracket', Uint8Array.from(bytes, (b, i) => (i === 0 ? b ^ 0x20 : b))],
        ['high', Uint8Array.from(bytes, (b, i) => (i === 0 ? b ^ 0x80 : b))],
        ['quote', Uint8Array.from(bytes, (b, i) => (i === 0 ? 0x22 : b))],
        ['lost', bytes.slice(1)],
      ] as const) {
        const path = file(`${how}-${name}`, damaged);
        const result = await outcome(path);
        if ('report' in result) throw new Error(`${how}-${name} was read`);
        const line = how === 'lost' && bytes[1] === 0x0a ? 2 : 1;
        expect(result.refusal.message).toBe(`${path}:${line}: ${DAMAGED_JSON_START}`);
      }
    }
  });

  it('JSON documents one after another are still told apart from an array that lost its bracket', async () => {
    const { path, message } = await refusal('lines.json', '{"a": 1}\n{"a": 2}\n');
    expect(message).toBe(
      `${path}: JSON documents one after another (JSON Lines, or answers saved into one file), the first with top-level keys \`a\`: not a layout SLA Witness knows (it reads ${SUPPORTED_LAYOUTS})`,
    );
  });

  it('a CSV of one column with quotes, colons and brackets is still taken for a CSV', async () => {
    for (const [name, text] of [
      ['colon-cells.csv', 'note\n"a: 1"\n"b: 2"\n'],
      ['json-cell.csv', '"note"\n"{""a"": 1}"\n'],
      ['bracket-cells.csv', 'x\n[1]\n{2}\n'],
    ] as const) {
      const { message } = await refusal(name, text);
      expect(message).toMatch(/: a CSV of 1 column \(columns: /);
    }
  });

  it('a line pasted into JSON before its first key is refused on its line', async () => {
    const text = TEXTS.get('pingdom-results.json')!.replace('\n', `\n${MARKER.repeat(2)}\n`);
    const { path, message } = await refusal('pasted.json', text);
    expect(message).toBe(`${path}:2: ${NOT_A_JSON_VALUE}; nothing was imported`);
    const sniff = await sniffFile(new File([text], 'pasted.json'));
    expect(sniff.problemText).toBe(`line 2: ${NOT_A_JSON_VALUE}; nothing was imported`);
  });
});
