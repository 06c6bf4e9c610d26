// The command itself (main.ts starts it): prints the report, or one clear line on stderr
// and a non-zero exit.
import pkg from '../../package.json' with { type: 'json' };
import { PolicyError } from '../engine/policy';
import { InputError } from '../ingest/load';
import { plainText } from '../ingest/plain-text';
import { parseArgs, USAGE, UsageError } from './args';
import { runSla } from './run';

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (args.version) {
      process.stdout.write(`${pkg.name} ${pkg.version}\n`);
      return 0;
    }
    process.stdout.write(await runSla(args, new Date()));
    return 0;
  } catch (e) {
    // A message may name a file or an argument as given: one line, nothing a terminal acts on.
    if (e instanceof UsageError) {
      process.stderr.write(`sla: ${plainText(e.message)}\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof InputError || e instanceof PolicyError) {
      process.stderr.write(`sla: ${plainText(e.message)}\n`);
      return 1;
    }
    process.stderr.write(`sla: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 3;
  }
}

/** Runs the command on this process's arguments and sets its exit status. */
export async function runCommand(): Promise<void> {
  // A reader that stops early (`sla … | head`) closes the pipe: that ends the output, not
  // an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = await main(process.argv.slice(2));
}
