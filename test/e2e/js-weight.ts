// What JavaScript the app has fetched so far (page and workers), weighed as the built
// files' gzip sizes: the measure of the size budget and of the phone figure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';

const DIST = join(process.cwd(), 'dist');

export interface ScriptLog {
  /** Paths under dist/ of every .js fetched since the log started, in order. */
  scripts(): string[];
}

export function logScripts(context: BrowserContext): ScriptLog {
  const seen: string[] = [];
  context.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js') && !seen.includes(path)) seen.push(path);
  });
  return { scripts: () => [...seen] };
}

/** The gzip size (level 9, as a static host's precompressed files) of built files, in bytes. */
export function gzipBytes(paths: readonly string[]): number {
  return paths.reduce(
    (sum, p) =>
      sum +
      gzipSync(readFileSync(join(DIST, p.replace(/^.*?\/assets\//, 'assets/').replace(/^\//, ''))), {
        level: 9,
      }).length,
    0,
  );
}
