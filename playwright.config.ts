// End-to-end tests of the built app in Debian's Chromium (never a downloaded browser),
// served by `vite preview` from one fresh production build, in two projects run side by side:
// the app's journeys, with service workers blocked, and the PWA's (`--project pwa`), which
// need one.
import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './test/support/chromium';

/** E2E_PORT lets two checkouts run their end-to-end tests side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The PWA's tests register the service worker, on an origin of their own. */
const PWA_PORT = PORT + 1;
const PWA_TESTS = ['pwa.spec.ts', 'offline.spec.ts'];

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e-artifacts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunch,
  },
  projects: [
    {
      name: 'pwa',
      // First, so that its serial sub-path build runs while the other worker takes journeys,
      // not alone at the end.
      testMatch: PWA_TESTS,
      // Each visit waits for the service worker to install and take control, often twice.
      timeout: 90_000,
      use: { baseURL: `http://localhost:${PWA_PORT}/` },
    },
    {
      name: 'app',
      testIgnore: PWA_TESTS,
      use: {
        baseURL: `http://localhost:${PORT}/`,
        acceptDownloads: true,
        // The service worker would precache every sample file in each fresh context.
        serviceWorkers: 'block',
      },
    },
  ],
  // Started one after the other: the second serves the build the first has made.
  webServer: [
    {
      command: `npx vite build && npx vite preview --strictPort --port ${PORT}`,
      port: PORT,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `npx vite preview --strictPort --port ${PWA_PORT}`,
      port: PWA_PORT,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
