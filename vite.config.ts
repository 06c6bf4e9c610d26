import { playwright } from '@vitest/browser-playwright';
import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';

/** Debian's Chromium, never a downloaded browser. */
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
  ],
};

export default defineConfig({
  base: process.env.BASE ?? './',
  plugins: [solid()],
  worker: { format: 'es' },
  build: { target: 'es2022' },
  optimizeDeps: { include: ['comlink', 'dexie', 'papaparse', 'valibot', 'chart.js', 'solid-js', 'solid-js/web'] },
  test: {
    // vite-plugin-solid would otherwise default the environment to jsdom.
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.browser.test.ts', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            instances: [{ browser: 'chromium' }],
            provider: playwright({ launchOptions: chromiumLaunch }),
          },
        },
      },
    ],
  },
});
