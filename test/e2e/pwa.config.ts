// Playwright for the PWA and offline tests alone: a production build of its own (so other
// runs rebuilding dist/ cannot pull files away mid-test) served by `vite preview` on 4174.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from '../support/chromium';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = 'test-results/pwa-dist';

export default defineConfig({
  testDir: '.',
  testMatch: ['pwa.spec.ts', 'offline.spec.ts'],
  outputDir: '../../test-results/pwa-artifacts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    baseURL: 'http://localhost:4174/',
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunch,
  },
  webServer: {
    command: `npx vite build --outDir ${OUT} --emptyOutDir && npx vite preview --strictPort --port 4174 --outDir ${OUT}`,
    cwd: ROOT,
    port: 4174,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
