// The README's command-line examples are part of the product: every `npm run --silent sla`
// command it shows runs, and the output it prints after one is what that command prints.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArgs, USAGE } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import { ROLE_NAMES } from '../src/ingest/columns';
import { KNOWN_LAYOUTS } from '../src/ingest/detect';

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

describe('the README’s option reference', () => {
  it('lists the roles --map accepts, in the order the command line names them', () => {
    const listed = /\(roles: ([^;)]+)[;)]/.exec(README.replace(/\n\s*/g, ' '))?.[1];
    expect(listed).toBe(ROLE_NAMES);
  });

  it('shows the usage the command prints', () => {
    const block = /```\n(sla-witness --policy [\s\S]*?)```/.exec(README)?.[1] ?? '';
    const words = (text: string) =>
      text
        .replace(/^usage: sla(?:-witness)? /, '')
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => (word === 'sla-witness' ? 'sla' : word));
    expect(words(block.replace(/^sla-witness /, ''))).toEqual(words(USAGE.split('\npresets:')[0]!));
  });
});

describe('the README’s account of errors', () => {
  const sla = (args: string[]) =>
    spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { encoding: 'utf8' });
  const errors = README.slice(README.indexOf('- **Errors**'), README.indexOf('## Where to get your data'));

  it('an input error is one line on stderr and nothing on stdout, exit 1', () => {
    expect(errors).toMatch(/ends with one line on stderr[\s\S]*1 for input/);
    const r = sla(['--policy', 'medos', '--probes', 'test/fixtures/no-such-file.csv']);
    expect([r.status, r.stdout, r.stderr]).toEqual([
      1,
      '',
      'sla: test/fixtures/no-such-file.csv: no such file\n',
    ]);
  });

  it('a usage error, an unknown preset among them, is its line followed by the usage, exit 2', () => {
    expect(errors.replace(/\n\s*/g, ' ')).toContain(
      'a usage error, such as an unknown preset or option, follows it with the usage',
    );
    const r = sla(['--policy', 'nope', 'x.csv']);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      `sla: unknown preset "nope" (presets: medos, clarus-lis, elevatefinance, kipu, patientiq; or a policy .json file)\n${USAGE}\n`,
    );
  });
});

describe('the README’s "Where to get your data"', () => {
  /** The table row that tells how to get each layout the detection knows. */
  const ROW_OF: Record<string, string | string[]> = {
    'github-status': 'GitHub status history',
    upptime: 'Upptime',
    'upptime-issues': 'Upptime',
    'uptime-kuma': 'Uptime Kuma',
    'uptime-kuma-important': 'Uptime Kuma',
    'uptime-kuma-status-page': 'Uptime Kuma status page',
    'uptime-kuma-metrics': 'Uptime Kuma /metrics',
    'prometheus-matrix': ['Prometheus', 'Uptime Kuma via Prometheus'],
    'promql-cli': 'Prometheus',
    'grafana-table': 'Grafana',
    'grafana-wide': 'Grafana',
    'statuspage-incidents': 'Atlassian Statuspage',
    'statuspage-maintenances': 'Atlassian Statuspage',
    'instatus-incidents': 'Instatus',
    'uptimerobot-logs': 'UptimeRobot',
    'betterstack-incidents': 'Better Stack Uptime',
    'pingdom-outages': 'Pingdom',
    'pingdom-results': 'Pingdom',
    'statuscake-periods': 'StatusCake',
    'statuscake-history': 'StatusCake',
    'datadog-synthetics-results': 'Datadog Synthetics',
    'checkly-check-results': 'Checkly',
    'checkly-check-results-v2': 'Checkly',
    'gatus-statuses': 'Gatus',
    'healthchecks-flips': 'Healthchecks.io',
  };
  const section = README.slice(
    README.indexOf('## Where to get your data'),
    README.indexOf('## How it decides'),
  );
  const rows = [...section.matchAll(/^\| \*\*([^*]+)\*\*/gm)].map((m) => m[1]!);

  it('has a row for every layout the detection knows, and no row for a tool it does not read', () => {
    expect(Object.keys(ROW_OF).sort()).toEqual(KNOWN_LAYOUTS.map((l) => l.id).sort());
    expect([...new Set(Object.values(ROW_OF).flat())].sort()).toEqual([...rows].sort());
  });
});

describe('the README’s account of scopes', () => {
  const sentence = /Per-scope figures[^.]*\./.exec(README.replace(/\n/g, ' '))?.[0] ?? '';

  it('says the text output shows each scope after the whole service, as it does', async () => {
    expect(sentence).toContain(
      'the text output and the dashboard show the service as a whole first, then each scope',
    );
    const text = await runSla(
      parseArgs([
        '--policy',
        'public/policies/digitalocean-droplets-volumes.json',
        '--fee',
        '100',
        '--states',
        'test/fixtures/policies/do-states.csv',
        '--as-of',
        '2026-06-15',
        '--format',
        'text',
      ]),
      today,
    );
    const whole = text.indexOf('Measured per scope (2); the table above takes every monitor together');
    expect(whole).toBeGreaterThan(0);
    expect(
      text.indexOf('Scope CPU Droplets (droplets) — target 99.99 % per month, monitors droplet-web'),
    ).toBeGreaterThan(whole);
    expect(text).toContain(
      'Scope Volumes Block Storage (volumes) — target 99.99 % per month, monitors volume-data',
    );
  });

  it('names where each example policy’s sample data is', () => {
    const examples = readdirSync('public/policies').filter((f) => f.endsWith('.json'));
    const samples = readFileSync('test/fixtures/policies/README.md', 'utf8');
    const without = examples.filter((f) => !samples.includes(`\`${f}\``));
    expect(without).toEqual(['github-enterprise.json']);
    expect(README.replace(/\n/g, ' ')).toContain(
      "Each example but GitHub's (its real status history, above) has sample data in `test/fixtures/policies/`",
    );
  });
});
