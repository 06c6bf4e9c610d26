// Playwright for the PWA and offline tests alone: a production build of its own (so other
// runs rebuilding dist/ cannot pull files away mid-test) served by `vite preview` on the
// port after the app tests' one.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from '../support/chromium';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = 'test-results/pwa-dist';
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;

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
    baseURL: `http://localhost:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunch,
  },
  webServer: {
    command: `npx vite build --outDir ${OUT} --emptyOutDir && npx vite preview --strictPort --port ${PORT} --outDir ${OUT}`,
    cwd: ROOT,
    port: PORT,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
