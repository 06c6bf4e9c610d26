// A second reader for a large check file: reads its later half beside the import worker
// (see split-import.ts), so the two cores of a phone or laptop share the parsing.
import * as Comlink from 'comlink';
import { readPart } from './split-import';

const api = { readPart };

export type PartWorkerApi = typeof api;

Comlink.expose(api);
