// The README's command-line examples are part of the product: every `npm run --silent sla`
// command it shows runs, and the output it prints after one is what that command prints.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';

const README = readFileSync('README.md', 'utf8');

/**
 * Every command the README gives, in a code block or inline, as written: through `npm run`
 * or as the installed command (not the usage line, whose words are placeholders).
 */
const commands = [
  ...README.matchAll(/(?:npm run --silent sla -- |^sla-witness )--policy [^`\n<]+(?=[`\n])/gm),
].map((m) => m[0].trim());

/** A command's words after the program: the README's commands quote nothing, so spaces split them. */
const argvOf = (command: string) =>
  command.replace(/^(?:npm run --silent sla -- |sla-witness )/, '').split(/\s+/);

/** A command in a `sh` block followed by a plain block of its output. */
const printed = [
  ...README.matchAll(/```sh\n(npm run --silent sla -- [^\n]+)\n```\n\n[^\n]*\n\n```\n([\s\S]*?)```/g),
].map((m) => ({ command: m[1]!, output: m[2]! }));

// The examples say `--as-of` where their answer depends on the day; any other is read as of this one.
const today = new Date('2026-11-21T12:00:00Z');

describe('the README’s command-line examples', () => {
  it('finds the examples', () => {
    expect(commands.length).toBeGreaterThanOrEqual(4);
    expect(printed).toHaveLength(1);
  });

  it.each(commands)('%s runs', async (command) => {
    const out = await runSla(parseArgs(argvOf(command)), today);
    expect(out.length).toBeGreaterThan(0);
  });

  it.each(printed)('$command prints what the README shows', async ({ command, output }) => {
    expect(await runSla(parseArgs(argvOf(command)), today)).toBe(output);
  });
});
