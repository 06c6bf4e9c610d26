// Entry point of the installed command and of `npm run sla`. It stays small so that the
// command's own code, in the chunks it loads next, compiles from the build's code cache
// (code-cache.ts).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useCodeCache } from './code-cache';

useCodeCache(dirname(fileURLToPath(import.meta.url)));
void import('./command').then(({ runCommand }) => runCommand());
