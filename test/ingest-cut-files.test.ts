// A file cut inside a character (a download that stopped short) is refused on the line of
// the cut by every reader the importer may choose, whatever the file's size and however its
// bytes are chunked: the same words detection gives a file small enough to read whole.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFile } from '../src/ingest/detect';
import { importChunks } from '../src/ingest/importer';
import { InputError, type LoadOptions } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';

const OPTIONS: LoadOptions = { kind: 'probes', sourceZone: 'UTC' };
const CUT_MID_CHARACTER =
  'the file ends in the middle of a character: text cut off, as by a download or copy that stopped short; nothing was imported';

/** Checks of the monitor café, one a minute, past the 64 KiB that detection reads. */
function checks(rows: number): string {
  const lines = ['time,monitor,status'];
  for (let i = 0; i < rows; i++)
    lines.push(`${new Date(Date.UTC(2026, 5, 1) + i * 60_000).toISOString()},café,${i % 9 ? 'up' : 'down'}`);
  return `${lines.join('\n')}\n`;
}

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

/** The refusal of the bytes read in chunks of `size`, as "line: reason"; the rows read, if none. */
async function refusal(
  bytes: Uint8Array,
  size: number,
  parser?: 'papaparse',
  options = OPTIONS,
): Promise<string> {
  try {
    const r = await importChunks('cut.csv', chunksOf(bytes, size), options, new MinuteReducer(), { parser });
    return `read ${r.summary.rows} rows`;
  } catch (e) {
    if (!(e instanceof InputError) || e.file !== 'cut.csv') throw e;
    return `${e.line}: ${e.reason}`;
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + 2 * text.length);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.set(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8], 2 + 2 * i);
  }
  return out;
}

const SIZES = [1, 3, 4093, 1 << 16, Number.MAX_SAFE_INTEGER];
const text = checks(2000);
const lines = text.split('\n').length - 1;

describe('a file cut inside a character', () => {
  it('is refused on its last line in UTF-8, whether its lead byte or a later one ends it', async () => {
    const bytes = utf8(text.slice(0, text.lastIndexOf('café') + 3));
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const cuts = [
      Uint8Array.from([...bytes, 0xc3]),
      Uint8Array.from([...bytes, 0xe2, 0x82]),
      Uint8Array.from([...bytes, 0xf0, 0x9f, 0x98]),
    ];
    for (const cut of cuts)
      for (const size of SIZES) {
        expect(await refusal(cut, size)).toBe(`${lines}: ${CUT_MID_CHARACTER}`);
        expect(await refusal(cut, size, 'papaparse')).toBe(`${lines}: ${CUT_MID_CHARACTER}`);
      }
  });

  it('is refused on the line of the cut inside a quoted cell, not as a quote never closed', async () => {
    const cut = utf8(`${text}2026-07-01T00:00:00Z,"café\r\nsecond line\nthird caf\u00e9`).slice(0, -1);
    for (const size of SIZES) {
      expect(await refusal(cut, size)).toBe(`${lines + 3}: ${CUT_MID_CHARACTER}`);
      expect(await refusal(cut, size, 'papaparse')).toBe(`${lines + 3}: ${CUT_MID_CHARACTER}`);
    }
  });

  it('is refused on its last line in UTF-16, cut inside a unit or between the halves of a pair', async () => {
    const last = `${text}2026-07-01T00:00:00Z,café \u{1F600}`;
    for (const bigEndian of [false, true]) {
      const bytes = utf16(last, bigEndian);
      for (const cut of [bytes.slice(0, -1), bytes.slice(0, -2), bytes.slice(0, -3)])
        for (const size of SIZES) expect(await refusal(cut, size)).toBe(`${lines + 1}: ${CUT_MID_CHARACTER}`);
    }
  });

  it('is refused on its line in white space after a JSON document, however the chunks fall', async () => {
    const json = readFileSync('test/fixtures/layouts/gatus-statuses.json', 'utf8');
    const guess = detectFile('g.json', new TextEncoder().encode(json), true).guess!;
    const options: LoadOptions = {
      kind: guess.kind as LoadOptions['kind'],
      sourceZone: 'UTC',
      columns: guess.columns,
      layout: guess.layout!.id,
    };
    const cut = Uint8Array.from([...utf8(`${json}${'\n'.repeat(70_000)}`), 0xe2, 0x82]);
    const line = json.split('\n').length + 70_000;
    for (const size of SIZES)
      expect(await refusal(cut, size, undefined, options)).toBe(`${line}: ${CUT_MID_CHARACTER}`);
  });

  it('is read whole where the cut falls between characters', async () => {
    const whole = utf8(text.slice(0, text.lastIndexOf('café') + 4));
    for (const size of SIZES) expect(await refusal(whole, size)).toBe(`read ${lines - 2} rows`);
    expect(await refusal(utf16(text, false).slice(0, -2), 4093)).toBe(`read ${lines - 1} rows`);
  });
});
