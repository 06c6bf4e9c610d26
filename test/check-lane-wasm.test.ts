// The check lane's WebAssembly module as committed is the one its text assembles to, and
// it loads where the importer runs (Node here; the browser tests import through it too).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLaneModuleText, MODULE_FILE } from '../scripts/build-wasm';
import { CHECK_LANE_WASM } from '../src/ingest/check-lane-wasm';

describe('the check lane module', () => {
  it('is what check-lane.wat assembles to (run `npm run build:wasm` after editing it)', async () => {
    expect(readFileSync(MODULE_FILE, 'utf8')).toBe(await checkLaneModuleText());
  });

  it('compiles and exports the loop and its state', () => {
    const module = new WebAssembly.Module(Uint8Array.from(atob(CHECK_LANE_WASM), (c) => c.charCodeAt(0)));
    expect(
      WebAssembly.Module.exports(module)
        .map((e) => e.name)
        .sort(),
    ).toEqual(['delimiter', 'memory', 'missEnd', 'missStart', 'remember', 'run', 'taken', 'why'].sort());
  });
});
