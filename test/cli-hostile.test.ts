// The command line under hostile use: output cut short by the reader, and inputs that
// must end in one line naming the file and reason, never a stack trace or a hang.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../src/engine/presets';
import { PROBE_HEADER, probeRows, spreadChecks } from './support/corpus';
import { scratchFiles } from './support/scratch';
import { SLA_BUNDLE, SLA_SHELL, sla } from './support/sla-process';

const { file } = scratchFiles('sla-hostile-');

/** A month of checks a minute apart, down every other minute: 21 600 outages to print. */
const flappingMonth = () => {
  const lines = ['time,status'];
  const start = Date.UTC(2026, 2, 1);
  for (let m = 0; m < 43_200; m++)
    lines.push(`${new Date(start + m * 60_000).toISOString()},${m % 2 ? 500 : 200}`);
  return `${lines.join('\n')}\n`;
};

/**
 * The corpus's probe file: 2 000 monitors with thirty checks each over 24 months, or its
 * first `monitors` monitors; every monitor carries its state for weeks (rule 2).
 */
const spreadFile = (name: string, monitors = 2_000) =>
  file(
    name,
    `${PROBE_HEADER}\n${probeRows(spreadChecks(2_000, 30, 24).slice(0, 30 * monitors)).join('\n')}\n`,
  );

/** Far above the command line's own ~250 MB; the corpus's inputs once took 5.8 to 16 GB. */
const PEAK_MB_BOUND = 1_000;

/**
 * Runs `sla` in one Node process and follows its peak resident memory
 * (Linux's VmHWM, which only grows) until it exits.
 */
function runMeasured(
  args: string[],
): Promise<{ status: number | null; stdout: string; stderr: string; peakMB: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SLA_BUNDLE, ...args]);
    let stdout = '';
    let stderr = '';
    let peakKB = 0;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const watch = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peakKB = Math.max(peakKB, Number(hwm[1]));
      } catch {
        // Exited between two looks.
      }
    }, 20);
    child.on('close', (status) => {
      clearInterval(watch);
      resolve({ status, stdout, stderr, peakMB: peakKB / 1024 });
    });
  });
}

/** Runs `sla` through a shell pipeline, as a user would. */
function shell(command: string) {
  return spawnSync('bash', ['-o', 'pipefail', '-c', command], { encoding: 'utf8', timeout: 60_000 });
}

describe('the command line under hostile use', { timeout: 300_000 }, () => {
  it('a reader that stops early (| head) ends the output quietly', () => {
    const r = shell(
      `${SLA_SHELL} --policy clarus-lis --probes ${file('flapping.csv', flappingMonth())} --as-of 2026-11-21 --format csv | head -n 1`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('start,end,minutes,qualifies,excluded_minutes,counted_minutes\r\n');
  });

  it('a time of half a million digits is a skipped row with its line, not a crash', () => {
    const long = file(
      'long-time.csv',
      `time,status,monitor\n2026-03-01T10:00:00Z,200,web\n1772359230.${'0'.repeat(500_000)},200,web\n`,
    );
    const r = sla(['--policy', 'clarus-lis', '--probes', long], { timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { inputs: { rows: number; skipped: unknown[] }[] };
    expect(report.inputs.map((i) => [i.rows, i.skipped])).toEqual([
      [
        1,
        [
          {
            line: 3,
            reason: 'time: unreadable time (expected a date and time, or epoch seconds or milliseconds)',
          },
        ],
      ],
    ]);
  });

  it('a file name carrying a terminal escape, a bidi override and a line break is one plain line on stderr', () => {
    const name = file('evil\u001b[2J\u202e\nname.csv', 'a,b\n1,2\n');
    const r = sla(['--policy', 'clarus-lis', name]);
    expect(r.status).toBe(1);
    expect([r.stderr.includes('\u001b'), r.stderr.includes('\u202e')]).toEqual([false, false]);
    expect(r.stderr.split('\n')).toEqual([expect.stringMatching(/^sla: .*evil \[2J name\.csv: /), '']);
    const missing = sla(['--policy', 'clarus-lis', '--tickets', 'gone\u001b[31m\u202e.csv', name]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^sla: .*gone \[31m \.csv/);
    expect([missing.stderr.includes('\u001b'), missing.stderr.includes('\u202e')]).toEqual([false, false]);
  });

  it('250 monitors of the corpus, each carrying its state for weeks, are evaluated', () => {
    const r = sla(['--policy', 'clarus-lis', '--probes', spreadFile('spread-250.csv', 250)], {
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { periods: { label: string }[]; outages: unknown[] };
    // Checks from 2024-01-01 to 2025-11-30; one monitor or another is down from the first
    // check (monitor 0's, down) until the last down state's hold ends.
    expect(report.periods.map((p) => p.label)).toEqual([
      ...Array.from({ length: 12 }, (_, m) => `2024-${String(m + 1).padStart(2, '0')}`),
      ...Array.from({ length: 11 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}`),
    ]);
    expect(report.outages).toEqual([
      {
        start: '2024-01-01T02:00:00+02:00',
        end: '2026-01-17T00:16:00+02:00',
        minutes: 1_075_576,
        qualifies: true,
        excludedMinutes: 0,
        countedMinutes: 1_075_576,
      },
    ]);
  });

  it('the corpus’s whole probe file, 2 000 monitors × 30 checks over 24 months, is evaluated within bounded memory', async () => {
    // A monitor checked now and then holds its checks, not its months (ingest-limits.test.ts);
    // the minute-by-minute service of the same monitors is checked in engine-carried.test.ts.
    const r = await runMeasured(['--policy', 'clarus-lis', '--probes', spreadFile('spread.csv')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.peakMB).toBeLessThan(PEAK_MB_BOUND);
    const report = JSON.parse(r.stdout) as { periods: { label: string }[]; outages: unknown[] };
    expect(report.periods.map((p) => p.label)).toEqual([
      ...Array.from({ length: 12 }, (_, m) => `2024-${String(m + 1).padStart(2, '0')}`),
      ...Array.from({ length: 12 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}`),
    ]);
    expect(report.outages).toEqual([
      {
        start: '2024-01-01T02:00:00+02:00',
        end: '2026-02-07T00:16:00+02:00',
        minutes: 1_105_816,
        qualifies: true,
        excludedMinutes: 0,
        countedMinutes: 1_105_816,
      },
    ]);
  });

  it.each([
    {
      name: 'a report date of year 1',
      args: () => [
        '--policy',
        'clarus-lis',
        '--probes',
        'public/samples/clarus-lis/probes.csv',
        '--as-of',
        '0001-01-01',
      ],
      status: 2,
      says: 'sla: --as-of 0001-01-01: expected a date YYYY-MM-DD from 1970 to 2199',
    },
    {
      name: 'a calendar with no working hours in a policy that counts business time',
      args: () => {
        const policy = structuredClone(PRESETS['clarus-lis']!);
        policy.calendar.weekly = [];
        return [
          '--policy',
          file('no-hours.json', JSON.stringify(policy)),
          '--probes',
          'public/samples/clarus-lis/probes.csv',
        ];
      },
      status: 1,
      says: 'calendar.weekly: expected working hours on at least one weekday (the policy counts business time)',
    },
    {
      name: 'a header of 40 000 columns, given as a plain file',
      args: () => [
        '--policy',
        'clarus-lis',
        file('wide.csv', `${Array.from({ length: 40_000 }, (_, i) => `c${i}`).join(',')}\n`),
      ],
      status: 1,
      says: 'wide.csv: the header has more than 2000 columns; SLA Witness reads files of at most 2000 columns',
    },
    {
      name: 'a header of 40 000 columns, given as probes',
      args: () => [
        '--policy',
        'clarus-lis',
        '--probes',
        file('wide2.csv', `time,status,${Array.from({ length: 40_000 }, (_, i) => `c${i}`).join(',')}\n`),
      ],
      status: 1,
      says: 'wide2.csv:1: the header has 40002 columns; SLA Witness reads files of at most 2000 columns',
    },
    {
      name: 'an event of 99 999 999 999 999 s',
      args: () => [
        '--policy',
        'clarus-lis',
        '--events',
        file('long-event.csv', 'start,duration,monitor\n2026-03-01T10:00:00Z,99999999999999,web\n'),
      ],
      status: 1,
      says: 'long-event.csv: no usable rows: all 1 skipped (first: line 2, duration ends outside the years 1970–2199)',
    },
    {
      name: 'two files of checks 25 years apart, each within a monitor’s span',
      args: () => [
        '--policy',
        'clarus-lis',
        '--probes',
        file('now.csv', 'time,status,monitor\n2026-03-01T10:00:00Z,200,web\n2026-03-01T10:01:00Z,200,web\n'),
        '--probes',
        file(
          'stray.csv',
          'time,status,monitor\n2051-03-01T10:00:00Z,200,api\n2051-03-01T10:01:00Z,200,api\n',
        ),
      ],
      status: 1,
      says: 'stray.csv: the contract\'s monitoring runs from 2026-03-01 (monitor "web") to 2051-03-01 (monitor "api"), 9132 days; a contract may span at most 20 years (7320 days): remove the file with the stray dates or split the contract',
    },
    {
      name: 'a policy with 5 000 recurring windows',
      args: () => {
        const policy = structuredClone(PRESETS.patientiq!) as { exclusions: { windows: unknown[] } };
        policy.exclusions.windows = Array.from({ length: 5000 }, () => policy.exclusions.windows[0] ?? null);
        return [
          '--policy',
          file('windows.json', JSON.stringify(policy)),
          '--probes',
          'public/samples/patientiq/probes.csv',
        ];
      },
      status: 1,
      says: 'exclusions.windows: expected at most 100 windows',
    },
  ])(
    '$name ends in one line and its exit code, never a stack trace, within bounded memory',
    async ({ args, status, says }) => {
      const r = await runMeasured(args());
      expect(r.status).toBe(status);
      expect(r.stderr.split('\n')[0]).toContain(says);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(r.peakMB).toBeGreaterThan(0);
      expect(r.peakMB).toBeLessThan(PEAK_MB_BOUND);
    },
  );
});
