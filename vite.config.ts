import { availableParallelism } from 'node:os';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';
import {
  HOLIDAY_CHUNK,
  holidayDataPlugin,
  PRECACHED_HOLIDAY_COUNTRIES,
} from './scripts/holiday-data-plugin.ts';
import { chromiumLaunch } from './test/support/chromium.ts';

/**
 * The built page's Content-Security-Policy: only the app's own origin, no inline script,
 * no remote fonts or analytics. Style attributes stay allowed: components set them for
 * bars and charts, and styles cannot run code. Added at build time only, since the dev
 * server injects scripts and a websocket for hot reload.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'sla-witness-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      ),
  };
}

export default defineConfig({
  // BASE=/sla/ npm run build serves the app under a sub-path; the default relative base
  // works from any folder of a plain file server.
  base: process.env.BASE ?? './',
  plugins: [
    solid(),
    contentSecurityPolicy(),
    holidayDataPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'SLA Witness',
        short_name: 'SLA Witness',
        description:
          'Check from your own monitoring logs whether a vendor kept its SLA, and what it owes you.',
        theme_color: '#1f5fbf',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '.',
        scope: '.',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell, lazy chunks, the import worker, icons, the sample data and the
        // example policies a new contract can start from.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', 'samples/**/*.csv', 'policies/*.json'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Of the ~200 countries' holiday rules (one small chunk each), only the presets'
        // are precached; another country's is kept once a contract of it has loaded it.
        manifestTransforms: [
          async (entries) => ({
            manifest: entries.filter(
              (e) =>
                !HOLIDAY_CHUNK.test(e.url) ||
                PRECACHED_HOLIDAY_COUNTRIES.some((c) => e.url.includes(`holiday-rules-${c}-`)),
            ),
            warnings: [],
          }),
        ],
        runtimeCaching: [
          {
            urlPattern: /\/holiday-rules-[A-Z]{2}-[\w-]+\.js$/,
            handler: 'CacheFirst',
            options: { cacheName: 'holiday-rules' },
          },
        ],
      },
    }),
  ],
  // Worker bundles take no plugins from above: the import worker loads the holiday data.
  worker: { format: 'es', plugins: () => [holidayDataPlugin()] },
  build: { target: 'es2022' },
  optimizeDeps: {
    include: [
      'comlink',
      'dexie',
      'papaparse',
      'valibot',
      'chart.js',
      'solid-js',
      'solid-js/web',
      'date-holidays-parser',
      'moment-timezone',
      'ical.js',
    ],
  },
  test: {
    // vite-plugin-solid would otherwise default the environment to jsdom.
    environment: 'node',
    // Timing never decides a test: the tests that start the command line take 1–2 s on a
    // quiet machine and several times that while other programs hold both cores, and the
    // property tests that took 20 s alone took 56 s beside three end-to-end runs (load 12).
    // A limit is only there to end a test that hangs: two minutes, five for the heaviest.
    testTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Vitest leaves one core to itself by default, which on a 2-core machine ran the
          // unit files one at a time beside the browser's (unit 430 s of the two projects'
          // 530). The files are independent and mostly computing, so they take every core,
          // and the browser's files follow once they are done.
          maxWorkers: availableParallelism(),
          // The unit files share their worker's modules rather than importing every module
          // again for each file (34 s of the project's 197 here): none mocks a module or
          // stubs a global, which test/unit-isolation.test.ts keeps true.
          isolate: false,
          sequence: { groupOrder: 0 },
          // The command line's Node build, which the tests that start it as a process run.
          globalSetup: ['test/support/sla-process.ts'],
          setupFiles: ['test/support/catalogues.ts'],
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.browser.test.ts', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          // Each file has a page and a browser context (storage included) of its own, so two
          // run side by side: 150 s for the project here, where one at a time took 200.
          maxWorkers: availableParallelism(),
          sequence: { groupOrder: 1 },
          include: ['test/**/*.browser.test.ts'],
          setupFiles: ['test/support/catalogues.ts'],
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
