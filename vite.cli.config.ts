// The command line's Node build: `npm run build` writes it to dist-cli/ beside the web
// app, every dependency bundled and the WebAssembly lane inside as base64, so the installed
// `sla-witness` / `sla` commands start without a TypeScript compiler and need nothing from
// node_modules. It is CommonJS so that its chunks compile from V8's code cache, which the
// build then writes by running the command once on a sample (src/cli/code-cache.ts).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { holidayDataPlugin } from './scripts/holiday-data-plugin.ts';

/** A run that loads the chunks most runs load: a country's holidays and every kind of input. */
const SAMPLE = 'public/samples/clarus-lis';
const SAMPLE_ARGS = `--policy clarus-lis --probes ${SAMPLE}/probes.csv --exclusions ${SAMPLE}/maintenance.csv
  --tickets ${SAMPLE}/tickets.csv --obligations ${SAMPLE}/obligations.csv --as-of 2026-11-21`.split(/\s+/);

function codeCachePlugin(): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'sla-witness-code-cache',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(root, config.build.outDir);
    },
    closeBundle() {
      const run = spawnSync(process.execPath, [join(outDir, 'sla.cjs'), ...SAMPLE_ARGS], {
        cwd: root,
        env: { ...process.env, SLA_WITNESS_WRITE_CODE_CACHE: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`the built command failed on its sample: ${run.stderr}`);
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [holidayDataPlugin(), codeCachePlugin()],
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: true,
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    reportCompressedSize: false,
    rollupOptions: {
      // The command, and the worker thread that reads the later half of a large file, which
      // sits among the chunks so that the code starting it finds it beside itself.
      input: { sla: 'src/cli/main.ts', 'chunks/part-worker': 'src/cli/part-worker.ts' },
      output: {
        format: 'cjs',
        banner: (chunk) => (chunk.isEntry && chunk.name === 'sla' ? '#!/usr/bin/env node' : ''),
        entryFileNames: '[name].cjs',
        chunkFileNames: 'chunks/[name]-[hash].cjs',
      },
    },
  },
});
