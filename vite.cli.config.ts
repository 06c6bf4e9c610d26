// The command line's Node build: `npm run build` writes it to dist-cli/ beside the web
// app, one self-contained ES module (every dependency bundled, the WebAssembly lane
// inside as base64), so the installed `sla-witness` / `sla` commands start without a
// TypeScript compiler and need nothing from node_modules.
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    reportCompressedSize: false,
    rollupOptions: {
      output: {
        format: 'es',
        banner: '#!/usr/bin/env node',
        entryFileNames: 'sla.mjs',
        chunkFileNames: 'chunks/[name]-[hash].mjs',
      },
    },
  },
});
