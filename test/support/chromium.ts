// How every test and benchmark starts Chromium: Debian's binary, never a downloaded
// browser, with the background traffic a closed network refuses switched off.

/**
 * The features Playwright (the pinned 1.65) switches off, from its chromiumSwitches.ts.
 * Chromium honours only the last --disable-features on its command line, and Playwright
 * puts its own before ours, so ours has to carry its list whole;
 * test/chromium-launch.test.ts fails when the pinned Playwright's list changes.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * The address bar's two pop-ups, web pages of Chromium's own that the headless browser
 * (156) loads, each in a renderer process, for the window of every new context. They cost
 * 0.35–0.4 s of CPU to open a context and 1.7 s at launch here, and kept taking it while
 * the context lived: two journey files took 102 s with them, 66–76 s without. A headless
 * page has no address bar to show them.
 */
export const OMNIBOX_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUP_FEATURES].join(',')}`,
  ],
};
