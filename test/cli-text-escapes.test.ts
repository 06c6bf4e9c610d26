import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import { PRESETS } from '../src/engine/presets';
import { scratchFiles } from './support/scratch';

const { file } = scratchFiles('sla-escapes-');

describe('the text report', () => {
  it('shows control characters and bidi controls from files as spaces', async () => {
    const policy = { ...structuredClone(PRESETS['clarus-lis']!), name: 'Clarus\r\nmet: yes \u202eLIS' };
    const probes = file(
      'probes.csv',
      'time,monitor,status\n2026-09-01T00:00:00Z,"lis\n\u001b[31mALL MET\u001b[0m",200\n2026-09-01T00:01:00Z,api,200\n',
    );
    const tickets = file(
      'tickets.csv',
      'id,severity,opened_at,first_response_at\n"CLR\u2066-1\u2069\u0007",P1,2026-09-07T10:20:00+03:00,2026-09-07T10:50:00+03:00\n',
    );
    const out = await runSla(
      parseArgs([
        '--policy',
        file('policy.json', JSON.stringify(policy)),
        '--probes',
        probes,
        '--tickets',
        tickets,
        '--as-of',
        '2026-09-30',
        '--format',
        'text',
      ]),
      new Date('2026-09-30T12:00:00Z'),
    );
    const lines = out.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Clarus met: yes  LIS (clarus-lis) — target 99.9 % per month, Africa/Cairo, as of 2026-09-30',
      '  probes probes.csv: 2 rows, 0 skipped, monitors api, lis [31mALL MET [0m',
    ]);
    expect(lines.filter((l) => l.startsWith('CLR'))).toEqual([
      'CLR -1         P1  response   24x7           30          60  yes',
    ]);
    expect(out.replace(/\n/g, '')).not.toMatch(/[\p{Cc}\p{Bidi_Control}]/u);
  });
});
