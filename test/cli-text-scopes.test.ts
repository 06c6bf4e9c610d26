// The command line's text report of a policy measured per scope: each scope's own period
// table after the whole service's, with the figures test/cli-example-policies.test.ts
// works out by hand, and the remedies a missed period is owed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { Policy } from '../src/engine/policy';

const dir = mkdtempSync(join(tmpdir(), 'sla-text-'));
const today = new Date('2026-04-15T12:00:00Z');

function gcfPolicy(change: (p: Policy) => void = () => {}): string {
  const policy: Policy = JSON.parse(readFileSync('public/policies/google-cloud-functions.json', 'utf8'));
  policy.scopes![0]!.fee!.amount = 200;
  policy.scopes![1]!.fee!.amount = 50;
  change(policy);
  const path = join(dir, `gcf-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(policy));
  return path;
}

const text = (policy: string) =>
  runSla(
    parseArgs([
      '--policy',
      policy,
      '--probes',
      'test/fixtures/policies/gcf-executions.csv',
      '--as-of',
      '2026-04-15',
      '--format',
      'text',
    ]),
    today,
  );

/** The lines from one starting with `from` up to the next blank line. */
function block(out: string, from: string): string[] {
  const lines = out.split('\n');
  const i = lines.findIndex((l) => l.startsWith(from));
  expect(i, `a line starting "${from}"`).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', i);
  return lines.slice(i, end < 0 ? undefined : end);
}

const cells = (line: string) => line.trim().split(/\s{2,}/);

describe('text report per scope', () => {
  it('prints each scope with its monitors, target and own periods, credits and claims', async () => {
    const out = await text(gcfPolicy());
    expect(out).toContain('Measured per scope (2); the table above takes every monitor together');
    const checkout = block(out, 'Scope Cloud Function “checkout” (checkout)');
    expect(checkout[0]).toBe(
      'Scope Cloud Function “checkout” (checkout) — target 99.5 % per month, monitors checkout',
    );
    expect(cells(checkout[3]!)).toEqual([
      '2026-03*',
      '99.4624',
      'NO',
      '240',
      '0',
      String(44_640 - 390),
      '44640',
      '10 % = 20 USD',
      '2026-05-01T00:00:00+00:00',
      'open, 16 d left',
    ]);
    expect(checkout[4]).toBe('1 outages, 1 qualifying as Downtime');
    const thumbnails = block(out, 'Scope Cloud Function “thumbnails” (thumbnails)');
    expect(cells(thumbnails[3]!)).toEqual([
      '2026-03*',
      '99.9664',
      'yes',
      '15',
      '0',
      String(44_640 - 510),
      '44640',
      '0 % = 0 USD',
      '—',
      '—',
    ]);
  });

  it('lists the remedies owed for each missed period', async () => {
    const out = await text(
      gcfPolicy((p) => {
        p.remedies = [{ id: 'rca', description: 'Root cause analysis within 5 business days' }];
      }),
    );
    // The whole service (255 minutes down in March) missed 99.5 %; only the functions earn credit.
    const remedies = block(out, 'Remedies owed');
    expect(remedies[0]).toBe('Remedies owed');
    expect(cells(remedies[3]!)).toEqual(['2026-03', 'rca', 'Root cause analysis within 5 business days']);
    expect(remedies).toHaveLength(4);
  });

  it('heads the remedies "besides credits" where the period that owes one owes a credit too', async () => {
    const out = await text(
      gcfPolicy((p) => {
        p.remedies = [{ id: 'rca', description: 'Root cause analysis within 5 business days' }];
        p.credit = p.scopes![0]!.credit!;
      }),
    );
    expect(block(out, 'Remedies owed')[0]).toBe('Remedies owed besides credits');
  });

  it('prints no scope section for a policy without scopes', async () => {
    const out = await runSla(
      parseArgs([
        '--policy',
        'clarus-lis',
        '--probes',
        'public/samples/clarus-lis/probes.csv',
        '--format',
        'text',
      ]),
      today,
    );
    expect(out).not.toContain('Measured per scope');
    expect(out).not.toContain('Remedies owed');
  });

  it('names the monitors that belong to no scope, whose outages earn no credit', async () => {
    // The Clarus sample's probes (monitors "api" and "lis") in DigitalOcean's contract, whose
    // scopes take monitors named droplet-… and volume-… and whose whole service credits nothing.
    const run = (format: string) =>
      runSla(
        parseArgs([
          '--policy',
          'public/policies/digitalocean-droplets-volumes.json',
          '--probes',
          'public/samples/clarus-lis/probes.csv',
          '--as-of',
          '2026-11-21',
          '--format',
          format,
        ]),
        today,
      );
    const report = JSON.parse(await run('json'));
    expect(report.unscopedMonitors).toEqual(['api', 'lis']);
    expect(report.scopes.map((s: { monitors: string[] }) => s.monitors)).toEqual([[], []]);
    expect(await run('text')).toContain(
      "Monitors in no scope, whose outages earn no scope's credit: api, lis",
    );
    // Every monitor of the Cloud Functions fixture is in a scope: none to name.
    const gcf = JSON.parse(
      await runSla(
        parseArgs([
          '--policy',
          gcfPolicy(),
          '--probes',
          'test/fixtures/policies/gcf-executions.csv',
          '--as-of',
          '2026-04-15',
        ]),
        today,
      ),
    );
    expect(gcf.unscopedMonitors).toEqual([]);
    expect(await text(gcfPolicy())).not.toContain('Monitors in no scope');
  });
});
