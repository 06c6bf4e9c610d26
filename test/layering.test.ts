// The direction of imports (STYLE.md), read from the source rather than hoped for:
// app → storage, ingest, engine; workers → service, ingest, engine, storage;
// cli → service, ingest, engine; service → ingest, engine; storage → engine;
// ingest → engine; engine → nothing of ours. The page reaches the worker through its
// one bridge only; the command line reads its version from package.json.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

const ALLOWED: Record<string, readonly string[]> = {
  'src/engine': [],
  'src/ingest': ['src/engine'],
  'src/storage': ['src/engine'],
  'src/service': ['src/engine', 'src/ingest'],
  'src/cli': ['src/engine', 'src/ingest', 'src/service'],
  'src/app': ['src/engine', 'src/ingest', 'src/storage'],
  workers: ['src/engine', 'src/ingest', 'src/storage', 'src/service'],
};
/** The single bridge that starts the worker and types its API. */
const BRIDGE = 'src/app/worker-bridge.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(f) ? [p] : [];
  });
}

const layerOf = (path: string) => {
  const [top, second] = relative(ROOT, path).split('/');
  return top === 'src' ? `src/${second}` : top!;
};

/** Every relative module a file names: static imports, re-exports, import() and worker URLs. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = text.matchAll(
    /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g,
  );
  return [...specs].map((m) => resolve(dirname(file), m[1]!));
}

describe('layering', () => {
  const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'workers'))];

  it('finds the layers it checks', () => {
    const layers = new Set(files.map(layerOf));
    for (const l of Object.keys(ALLOWED)) expect(layers.has(l), l).toBe(true);
  });

  it('has every import go the allowed way', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      const allowed = ALLOWED[from];
      if (!allowed) continue;
      for (const target of importsOf(file)) {
        const to = layerOf(target);
        if (to === from || allowed.includes(to)) continue;
        if (relative(ROOT, file) === BRIDGE && to === 'workers') continue;
        // The command line names its package and version from the package's own manifest.
        if (from === 'src/cli' && relative(ROOT, target) === 'package.json') continue;
        wrong.push(`${relative(ROOT, file)} → ${relative(ROOT, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('would notice an engine file importing storage', () => {
    const engineFile = join(ROOT, 'src/engine/x.ts');
    expect(layerOf(resolve(dirname(engineFile), '../storage/db'))).toBe('src/storage');
    expect(ALLOWED['src/engine']).not.toContain('src/storage');
  });
});
