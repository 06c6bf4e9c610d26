// What the README says of how the app is built and deployed is held to the code that does it.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exclusionReasonText } from '../src/app/components/codes';
import { translator } from '../src/app/i18n';
import { en } from '../src/app/i18n/en';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import { schemaProblems } from '../src/storage/bundle-schema';
import { CHECKSUM_BLOCK_BYTES } from '../src/storage/checksum';
import { MIN_SPLIT_BYTES } from '../workers/split-import';

/** The README as running text: its lines joined, so a phrase may wrap. */
const README = readFileSync('README.md', 'utf8').replace(/\n(?!\n)\s*/g, ' ');
const MiB = 1 << 20;

/** The version as three numbers. */
const versionOf = (text: string) => text.split('.').map(Number) as [number, number, number];

/** Whether `version` meets an `engines.node` range of the forms the dependencies use (`^a.b.c`, `>=a.b.c`, `||`). */
function meets(version: string, range: string): boolean {
  const [major, minor, patch] = versionOf(version);
  const atLeast = (v: [number, number, number]) =>
    major !== v[0] ? major > v[0] : minor !== v[1] ? minor > v[1] : patch >= v[2];
  return range.split('||').some((part) => {
    const m = /^(\^|>=)\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`a range this test does not read: ${range}`);
    const v: [number, number, number] = [Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)];
    return atLeast(v) && (m[1] === '>=' || major === v[0]);
  });
}

describe('the README’s quick start', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    devDependencies: Record<string, string>;
    scripts: Record<string, string>;
  };
  const ranges = Object.keys(pkg.devDependencies).flatMap((name) => {
    const engines = (
      JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { engines?: { node?: string } }
    ).engines?.node;
    return engines ? [{ name, engines }] : [];
  });

  it('names the Node versions every locked development tool runs on', () => {
    expect(README).toContain(
      '(Node 20.19 or later; on Node 22, 22.12 or later, as Vite, Rolldown and knip require)',
    );
    for (const version of ['20.19.0', '22.12.0', '24.0.0'])
      expect(ranges.filter((r) => !meets(version, r.engines))).toEqual([]);
    for (const version of ['20.18.0', '22.11.0'])
      expect(ranges.filter((r) => !meets(version, r.engines)).map((r) => r.name)).toEqual(
        expect.arrayContaining(['vite', 'knip']),
      );
  });

  it('names every kind of test `npm test` runs', () => {
    expect(pkg.scripts.test).toBe(
      'npm run typecheck && npm run lint && npm run dead && vitest run && npm run e2e',
    );
    expect(README).toContain(
      'type check, lint, dead exports (knip, `knip.json`), unit tests in Node, browser tests in Chromium, and end-to-end tests of the built app (Playwright)',
    );
  });
});

describe('the README’s architecture', () => {
  it('says how the import worker reads a file and when it splits one, as workers/ does', () => {
    const chunks = readFileSync('workers/file-chunks.ts', 'utf8');
    expect(chunks).toContain('const buffers = [new ArrayBuffer(CHUNK_BYTES), new ArrayBuffer(CHUNK_BYTES)];');
    expect(README).toContain('The import worker reads a dropped `File` into two reused buffers');
    expect(README).toContain(
      `a check file of ${MIN_SPLIT_BYTES / MiB} MiB or more, on a device of two cores or more, is cut at the first line end past the last ${CHECKSUM_BLOCK_BYTES / MiB} MiB block before its middle`,
    );
  });
});

describe('the README’s folder table', () => {
  it('says what every module of workers/ is for', () => {
    /** Each module of workers/ and the words of the table that stand for it. */
    const WORDS: Record<string, string> = {
      'import-api.ts': "the import worker's Comlink API",
      'import.worker.ts': "the import worker's Comlink API",
      'import-job.ts': 'import a `File`',
      'records-job.ts': 'a ticket file or an obligation log',
      'evaluate-job.ts': 'evaluate a stored contract',
      'progress.ts': 'with its progress and outcomes',
      'outcomes.ts': 'with its progress and outcomes',
      'file-chunks.ts': 'the file reader',
      'part.worker.ts': 'the part worker',
      'split-import.ts': 'the two-worker import',
      'fingerprints.ts': "the files' SHA-256 fingerprints taken after the save",
      'evaluation-wire.ts':
        "the evaluation's way to the page (outages as columns, per-minute arrays only when the page does not hold them)",
    };
    expect(readdirSync('workers').sort()).toEqual(Object.keys(WORDS).sort());
    const row = /\| `workers\/` +\| ([^|]*?) +\|/.exec(README)?.[1] ?? '';
    expect(Object.values(WORDS).filter((w) => !row.includes(w))).toEqual([]);
  });
});

describe('the README’s deployment', () => {
  it('names what the service worker precaches', () => {
    const config = readFileSync('vite.config.ts', 'utf8');
    expect(config).toContain(
      "globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', 'samples/**/*.csv', 'policies/*.json']",
    );
    expect(README).toContain(
      'The service worker precaches the app, the worker, the sample data, the example policies and the public-holiday rules of the presets’ countries (Egypt, India, the United States), so after the first visit the app works offline',
    );
    expect(readFileSync('scripts/holiday-data-plugin.ts', 'utf8')).toContain(
      "export const PRECACHED_HOLIDAY_COUNTRIES = ['EG', 'IN', 'US'];",
    );
  });

  it('quotes the prompt a new build shows', () => {
    expect(README).toContain(`A new build shows "${en.appUpdateAvailable}" with a ${en.appReload} button`);
  });
});

describe('the README’s contract bundle', () => {
  /** Each section of a bundle (and each part of its contract that is data, not a setting) in the README's words. */
  const WORDS: Record<string, string> = {
    contract: 'contract',
    policy: 'policy',
    'contract.holidays': 'its own holidays',
    datasets: 'the import summaries',
    series: 'minute series',
    checkTimes: 'check times',
    events: 'events',
    exclusions: 'exclusions',
    mergedGaps: 'minute series',
    tickets: 'tickets',
    obligationEntries: 'obligation events',
    'contract.ticketResolutions': 'the resolutions you entered',
  };

  it('names every section a bundle carries', () => {
    const sections = schemaProblems({ format: 'sla-bundle/3', contract: {} })
      .problems.map((p) => p.replace(/: missing$/, ''))
      .filter((p) => !p.startsWith('contract.') || p === 'contract.holidays')
      .filter((p) => p !== 'exportedAt');
    expect(sections.filter((s) => !(s in WORDS))).toEqual([]);
    const said = /a whole contract as a bundle file \(([^)]*)\)/.exec(README)?.[1] ?? '';
    expect(said).toBe(
      'contract, policy, its own holidays, the import summaries, what was read from its files — minute series, check times, events, exclusions, tickets and obligation events — and the resolutions you entered; never the raw files',
    );
    for (const words of Object.values(WORDS)) expect(said).toContain(words);
  });
});

describe('the README’s dashboard', () => {
  it('quotes the reason the dashboard gives for a maintenance notice too short to count', () => {
    const reason = exclusionReasonText(
      { t: translator('en') },
      {
        startMs: 0,
        endMs: 60_000,
        kind: 'planned',
        excluded: false,
        reason: { code: 'noticeTooShort', givenMinutes: 48 * 60, required: { unit: 'hours', hours: 72 } },
        overCapMinutes: 0,
        switchedOff: false,
        announcedAtMs: null,
        note: '',
        source: 'maintenance.csv',
        line: 2,
      },
    );
    expect(reason).toBe('Notice 48 h, less than the 72 h required.');
    expect(README).toContain(`which maintenance notices counted and why ("${reason}")`);
  });
});

describe('the README’s account of an API’s error body', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sla-readme-'));
  const refusal = (name: string, body: string) => {
    writeFileSync(join(dir, name), body);
    return runSla(
      parseArgs(['--policy', 'clarus-lis', join(dir, name)]),
      new Date('2026-11-21T12:00:00Z'),
    ).then(
      () => 'read',
      (e: Error) => e.message.replace(`${dir}/`, ''),
    );
  };

  it('names the API only where the body shows whose it is, and never its message', async () => {
    expect(README).toContain(
      "naming the API where the body shows whose it is (UptimeRobot's, GitHub's) and its HTTP status or fixed error type where it gives them, never its message",
    );
    expect(await refusal('datadog.json', '{"errors": ["Forbidden: a secret reason"]}')).toBe(
      'datadog.json: an error response from an API (`errors`), not records: the call failed and nothing was imported; its message is in the file; correct the call (its address, token or time range) and save the answer again',
    );
    expect(
      await refusal(
        'uptimerobot.json',
        '{"stat": "fail", "error": {"type": "invalid_parameter", "message": "api_key x"}}',
      ),
    ).toMatch(
      /^uptimerobot\.json: an error response from the UptimeRobot API \(stat fail, error type invalid_parameter\)/,
    );
  });
});
