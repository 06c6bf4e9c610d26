// Node 20 keeps no compiled code from one run of a program to the next, and compiling the
// command's half megabyte of bundled JavaScript took about a fifth of a small file's run.
// So the command is built as CommonJS, whose chunks can be compiled with V8's code cache:
// the build runs the command once on a sample with SLA_WITNESS_WRITE_CODE_CACHE=1
// (vite.cli.config.ts), which writes the compiled code of each chunk it loaded beside it,
// as `<chunk>.v8`, functions the run compiled on the way included. V8 checks a cache
// against its own version and flags and the source's length, and compiles from the source
// when they differ, so another Node pays only for reading the file; each chunk's name
// carries a hash of its content, so a build never pairs a cache with other code.
import { readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, sep } from 'node:path';
import { Script } from 'node:vm';

const SUFFIX = '.v8';

/** What Node's CommonJS loader gives `_compile`: the module being loaded. */
interface LoadingModule {
  exports: unknown;
  require(id: string): unknown;
}

type Compile = (this: LoadingModule, content: string, filename: string) => unknown;
type Wrapper = (
  exports: unknown,
  require: (id: string) => unknown,
  module: LoadingModule,
  filename: string,
  dirname: string,
) => unknown;

/** Compiles the CommonJS chunks under `dir` from their code cache, where one was built. */
export function useCodeCache(dir: string): void {
  const write = process.env.SLA_WITNESS_WRITE_CODE_CACHE === '1';
  const loader = Module.prototype as unknown as { _compile: Compile };
  const compile = loader._compile;
  const compiled: { script: Script; file: string }[] = [];
  loader._compile = function (this: LoadingModule, content: string, filename: string) {
    if (!filename.startsWith(dir + sep) || !filename.endsWith('.cjs'))
      return compile.call(this, content, filename);
    let cachedData: Buffer | undefined;
    if (!write) {
      try {
        cachedData = readFileSync(filename + SUFFIX);
      } catch {
        return compile.call(this, content, filename);
      }
    }
    const script = new Script(Module.wrap(content), { filename, cachedData });
    if (write) compiled.push({ script, file: filename + SUFFIX });
    const wrapper = script.runInThisContext() as Wrapper;
    return wrapper.call(
      this.exports,
      this.exports,
      (id) => this.require(id),
      this,
      filename,
      dirname(filename),
    );
  };
  // Taken at exit, the cache holds the functions the run compiled as well as the top level.
  if (write)
    process.on('exit', () => {
      for (const { script, file } of compiled) writeFileSync(file, script.createCachedData());
    });
}
