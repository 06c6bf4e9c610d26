// The contract page's tabs: the router's own plus the tickets and obligations views,
// which the router does not list, read from the same `#/contract/<id>/<tab>` hash.
import { createSignal } from 'solid-js';
import type { Tab } from '../state/route';

export const PAGE_TABS = [
  'dashboard',
  'data',
  'tickets',
  'obligations',
  'policy',
  'whatif',
  'settings',
] as const;
export type PageTab = (typeof PAGE_TABS)[number];

const EXTRA: readonly string[] = ['tickets', 'obligations'];
const [hash, setHash] = createSignal(globalThis.location?.hash ?? '');
globalThis.addEventListener?.('hashchange', () => setHash(location.hash));

/** The tab shown: one of the extra views when the hash names it, else the router's tab. */
export function pageTab(routeTab: Tab): PageTab {
  const name = /^#\/contract\/\d+\/([a-z]+)/.exec(hash())?.[1] ?? '';
  return EXTRA.includes(name) ? (name as PageTab) : routeTab;
}

export const tabHref = (id: number, tab: PageTab) => `#/contract/${id}/${tab}`;
