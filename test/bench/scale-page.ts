// The scale benchmark's page: starts the scale worker and hands its API to the driver
// (scripts/bench-scale.ts) as `window.scale`; a reload starts a fresh worker.
import * as Comlink from 'comlink';
import type { ScaleWorkerApi } from './scale.worker';

declare global {
  interface Window {
    scale?: Comlink.Remote<ScaleWorkerApi>;
  }
}

window.scale = Comlink.wrap<ScaleWorkerApi>(
  new Worker(new URL('./scale.worker.ts', import.meta.url), { type: 'module' }),
);
document.querySelector('output')!.textContent = 'ready';
