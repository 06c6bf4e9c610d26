// A tiny static file server for the e2e tests: serves a built app under a sub-path (as a
// static host would), logs every request, and can swap a file's bytes to fake a new build.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

/** Content types of the files a built app serves. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  /** Every path requested, in order. */
  requests: string[];
  /** Serves `text` instead of the file at `path` (under the mount) from now on. */
  override(path: string, text: string): void;
  close(): Promise<void>;
}

export async function serveStatic(dir: string, mount: string): Promise<StaticServer> {
  const requests: string[] = [];
  const overrides = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (!path.startsWith(mount)) {
      res.writeHead(404).end();
      return;
    }
    let rel = normalize(path.slice(mount.length)).replace(/^(\.\.[/\\])+/, '');
    if (rel === '' || rel === '.' || rel.endsWith('/')) rel = join(rel, 'index.html');
    const file = join(dir, rel);
    try {
      const override = overrides.get(rel);
      const body = override ?? ((await stat(file)).isFile() ? await readFile(file) : null);
      if (body === null) throw new Error('not a file');
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    override: (path, text) => overrides.set(path, text),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
