// Every layout SLA Witness recognises is listed once, cites the public source that defines
// it, and is recognised from a fixture built from that source (test/fixtures/layouts/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFile, KNOWN_LAYOUTS, SUPPORTED_LAYOUTS } from '../src/ingest/detect';

const DIR = 'test/fixtures/layouts';
const fixtures = readdirSync(DIR).filter((f) => f !== 'README.md');

describe('the known layouts', () => {
  it('are listed once each, every one with its source', () => {
    const ids = KNOWN_LAYOUTS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of KNOWN_LAYOUTS) expect(l.source.length, l.id).toBeGreaterThan(20);
  });

  it('are each recognised from a fixture of test/fixtures/layouts, from its first bytes alone', () => {
    const detected = new Set(
      fixtures.map((f) => {
        const bytes = new Uint8Array(readFileSync(`${DIR}/${f}`));
        return detectFile(f, bytes.subarray(0, 64 * 1024), bytes.length <= 64 * 1024).guess?.layout?.id;
      }),
    );
    expect(KNOWN_LAYOUTS.map((l) => l.id).filter((id) => !detected.has(id))).toEqual([]);
  });

  it('each have their fixture described in test/fixtures/layouts/README.md, which names no file that is not there', () => {
    const described = [...readFileSync(`${DIR}/README.md`, 'utf8').matchAll(/^\| ([^ |]+) \|/gm)]
      .map((m) => m[1]!)
      .filter((f) => f !== 'file');
    expect(fixtures.filter((f) => !described.includes(f))).toEqual([]);
    expect(described.filter((f) => !fixtures.includes(f))).toEqual([]);
  });

  it('are all named in what a refused file is told SLA Witness reads', () => {
    for (const l of KNOWN_LAYOUTS) expect(SUPPORTED_LAYOUTS).toContain(l.name);
  });
});
