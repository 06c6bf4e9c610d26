// The import worker's entry point: exposes one Comlink object, whose type the bridge in
// src/app/worker-bridge.ts wraps.
import * as Comlink from 'comlink';
import { openStore } from '../src/storage';
import { createImportApi } from './import-api';

const api = createImportApi(openStore);

export type ImportWorkerApi = typeof api;

Comlink.expose(api);
