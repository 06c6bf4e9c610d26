// Hash routes, so the app works from any static host and base path: `#/` lists the
// contracts, `#/contract/<id>/<tab>` opens one.
import { createSignal } from 'solid-js';

export const TABS = ['dashboard', 'data', 'tickets', 'obligations', 'policy', 'whatif', 'settings'] as const;
export type Tab = (typeof TABS)[number];

export type Route = { page: 'list' } | { page: 'storage' } | { page: 'contract'; id: number; tab: Tab };

function parseRoute(hash: string): Route {
  if (hash === '#/storage') return { page: 'storage' };
  const m = /^#\/contract\/(\d+)(?:\/([a-z]+))?/.exec(hash);
  if (!m) return { page: 'list' };
  const tab = (TABS as readonly string[]).includes(m[2] ?? '') ? (m[2] as Tab) : 'dashboard';
  return { page: 'contract', id: Number(m[1]), tab };
}

export const hrefOf = (r: Route): string =>
  r.page === 'list' ? '#/' : r.page === 'storage' ? '#/storage' : `#/contract/${r.id}/${r.tab}`;

const [route, setRoute] = createSignal<Route>(parseRoute(globalThis.location?.hash ?? ''));

export { route };

globalThis.addEventListener?.('hashchange', () => setRoute(parseRoute(location.hash)));

export function navigate(r: Route): void {
  const href = hrefOf(r);
  if (location.hash !== href) location.hash = href;
  else setRoute(r);
}
