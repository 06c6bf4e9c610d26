// Words a file or a stored record carries ("constructor", "toString", "__proto__") are
// looked up only among a table's own entries: a ticket's severity, a Pingdom result's
// status and a preset id find nothing there, and a label column of that name is a label.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';

const dir = mkdtempSync(join(tmpdir(), 'sla-hostile-words-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const report = async (argv: string[]) =>
  JSON.parse(
    await runSla(
      parseArgs([...argv, '--as-of', '2026-11-21', '--format', 'json']),
      new Date('2026-11-21T12:00:00Z'),
    ),
  ) as SlaReport;
const UNKNOWN_SEVERITY = 'unknown severity (expected P0–P4, or a word such as critical, high, medium or low)';

describe('words that name what every object has', () => {
  it('are no severity of a ticket', async () => {
    const tickets = file(
      'tickets.csv',
      [
        'id,severity,opened_at,first_response_at',
        'T1,constructor,2026-10-01T10:00:00Z,2026-10-01T11:00:00Z',
        'T2,toString,2026-10-01T10:00:00Z,',
        'T3,__proto__,2026-10-01T10:00:00Z,',
        'T4,high,2026-10-01T10:00:00Z,2026-10-01T11:00:00Z',
      ].join('\n'),
    );
    const r = await report(['--policy', 'clarus-lis', '--tickets', tickets]);
    expect([r.inputs[0]!.rows, r.inputs[0]!.skipped]).toEqual([
      1,
      [2, 3, 4].map((line) => ({ line, reason: UNKNOWN_SEVERITY })),
    ]);
    expect(r.tickets.map((t) => [t.id, t.severity])).toEqual([['T4', 'P2']]);
    expect(r.untargetedTickets).toEqual([]);
  });

  it('are no status of a Pingdom result', async () => {
    const results = file(
      'pingdom.json',
      JSON.stringify({
        activeprobes: [63],
        results: [
          { probeid: 63, time: 1780264740, status: 'up' },
          { probeid: 63, time: 1780264680, status: 'constructor' },
        ],
      }),
    );
    const r = await report(['--policy', 'clarus-lis', results]);
    expect([r.inputs[0]!.layout?.id, r.inputs[0]!.rows, r.inputs[0]!.skipped.map((s) => s.reason)]).toEqual([
      'pingdom-results',
      1,
      ['unknown status (expected up or down, a word such as ok or failed, 0–3, or an HTTP code)'],
    ]);
  });

  it('are no preset', async () => {
    const probes = file('probes.csv', 'time,status\n2026-05-01T00:00:00Z,up\n');
    for (const id of ['constructor', 'toString', '__proto__'])
      await expect(report(['--policy', id, probes])).rejects.toThrow(`unknown preset "${id}"`);
  });

  it('name a label of a promql-cli series like any other', async () => {
    const rows = ['__name__,__proto__,job,value,timestamp'];
    for (let i = 0; i < 60; i++) {
      const at = new Date(Date.UTC(2026, 4, 1, 0, i)).toISOString().replace('.000', '');
      rows.push(`probe_success,siteA,blackbox,${i >= 10 && i < 40 ? 0 : 1},${at}`);
      rows.push(`probe_success,siteB,blackbox,1,${at}`);
    }
    const r = await report(['--policy', 'clarus-lis', file('promql.csv', `${rows.join('\n')}\n`)]);
    expect(r.inputs[0]!.monitors).toEqual([
      'probe_success{__proto__="siteA", job="blackbox"}',
      'probe_success{__proto__="siteB", job="blackbox"}',
    ]);
  });
});
