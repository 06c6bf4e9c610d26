// The command line's Node build: `npm run build` writes it to dist-cli/ beside the web
// app, one self-contained ES module (every dependency bundled, the WebAssembly lane
// inside as base64), so the installed `sla-witness` / `sla` commands start without a
// TypeScript compiler and need nothing from node_modules.
import { defineConfig } from 'vite';
import { holidayDataPlugin } from './scripts/holiday-data-plugin.ts';

export default defineConfig({
  publicDir: false,
  plugins: [holidayDataPlugin()],
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: true,
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    reportCompressedSize: false,
    rollupOptions: {
      // The command, and the worker thread that reads the later half of a large file.
      input: { sla: 'src/cli/main.ts', 'part-worker': 'src/cli/part-worker.ts' },
      output: {
        format: 'es',
        banner: '#!/usr/bin/env node',
        entryFileNames: '[name].mjs',
        chunkFileNames: 'chunks/[name]-[hash].mjs',
      },
    },
  },
});
