// The browser every test starts: Playwright's own switched-off features still reach it
// beside ours (Chromium keeps only the last --disable-features), and a new context opens
// no page but its own.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { describe, expect, it } from 'vitest';
import { chromiumLaunch, OMNIBOX_POPUP_FEATURES } from './support/chromium';

const commandLine = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
const disabledFeatures = (args: string[]) =>
  args.filter((arg) => arg.startsWith('--disable-features=')).map((arg) => arg.slice(19).split(','));

describe('the test browser', () => {
  it('keeps every feature Playwright switches off, and opens no address-bar pages for a context', async () => {
    const server = await chromium.launchServer(chromiumLaunch);
    try {
      const lists = disabledFeatures(commandLine(server.process().pid!));
      // Playwright's list first, then ours, which Chromium applies alone.
      expect(lists).toHaveLength(2);
      const [playwrights, ours] = lists as [string[], string[]];
      expect(ours.filter((feature) => !playwrights.includes(feature))).toEqual(OMNIBOX_POPUP_FEATURES);
      expect(playwrights.filter((feature) => !ours.includes(feature))).toEqual([]);

      const browser = await chromium.connect(server.wsEndpoint());
      const context = await browser.newContext();
      await context.newPage();
      const session = await browser.newBrowserCDPSession();
      const { targetInfos } = await session.send('Target.getTargets');
      expect(targetInfos.map((target) => `${target.type} ${target.url}`)).toEqual(['page about:blank']);
      await browser.close();
    } finally {
      await server.close();
    }
  }, 60_000);
});
