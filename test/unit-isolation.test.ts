// The unit files share their worker's modules (isolate: false in vite.config.ts), which is
// sound only while no file changes what another would import or find: a mocked module, a
// stubbed global or environment variable, faked timers or a spy left on a shared object.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const DIR = import.meta.dirname;
const SHARED_STATE = /\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers|spyOn)\(|process\.chdir\(/;

it('no unit test file mocks, stubs or spies on what other files share', () => {
  const unitFiles = readdirSync(DIR).filter((f) => f.endsWith('.test.ts') && !f.endsWith('.browser.test.ts'));
  expect(unitFiles.length).toBeGreaterThan(100);
  const helpers = readdirSync(join(DIR, 'support')).map((f) => join('support', f));
  const offending = [...unitFiles, ...helpers].filter(
    (f) => f !== 'unit-isolation.test.ts' && SHARED_STATE.test(readFileSync(join(DIR, f), 'utf8')),
  );
  expect(offending).toEqual([]);
});
