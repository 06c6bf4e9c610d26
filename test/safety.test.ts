// Imported text is data, never markup or code: no source file may hand a string to an
// HTML parser or the script compiler, and the built page's policy forbids inline script.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const FORBIDDEN =
  /\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|\bnew Function\b|\beval\(|innerHTML=|srcdoc/;

it('no source file parses strings as HTML or code', () => {
  const offenders = [...sources('src'), ...sources('workers')].filter((f) =>
    FORBIDDEN.test(readFileSync(f, 'utf8')),
  );
  expect(offenders).toEqual([]);
});

it('the built page allows scripts from its own origin only and connects nowhere else', () => {
  const config = readFileSync('vite.config.ts', 'utf8');
  expect(config).toContain(`"script-src 'self'"`);
  expect(config).toContain(`"connect-src 'self'"`);
  expect(config).toContain(`"default-src 'self'"`);
  expect(config).not.toMatch(/script-src[^"]*unsafe-(inline|eval)/);
});
