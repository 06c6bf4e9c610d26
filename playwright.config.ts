// End-to-end tests of the built app in Debian's Chromium (never a downloaded browser),
// served by `vite preview` from a fresh production build.
import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './test/support/chromium';

/** E2E_PORT lets two checkouts run their end-to-end tests side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'test/e2e',
  // The PWA and offline tests need a service worker and run with test/e2e/pwa.config.ts.
  testIgnore: ['pwa.spec.ts', 'offline.spec.ts'],
  outputDir: 'test-results/e2e-artifacts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    baseURL: `http://localhost:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    // The service worker would precache every sample file in each fresh context.
    serviceWorkers: 'block',
    launchOptions: chromiumLaunch,
  },
  webServer: {
    command: `npx vite build && npx vite preview --strictPort --port ${PORT}`,
    port: PORT,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
