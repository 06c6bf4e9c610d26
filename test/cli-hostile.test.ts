// The command line under hostile use: output cut short by the reader, and inputs that
// must end in one line naming the file and reason, never a stack trace or a hang.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'sla-hostile-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** A month of checks a minute apart, down every other minute: 21 600 outages to print. */
const flappingMonth = () => {
  const lines = ['time,status'];
  const start = Date.UTC(2026, 2, 1);
  for (let m = 0; m < 43_200; m++)
    lines.push(`${new Date(start + m * 60_000).toISOString()},${m % 2 ? 500 : 200}`);
  return `${lines.join('\n')}\n`;
};

/** Runs `sla` through a shell pipeline, as a user would. */
function shell(command: string) {
  return spawnSync('bash', ['-o', 'pipefail', '-c', command], { encoding: 'utf8', timeout: 60_000 });
}

describe('the command line under hostile use', () => {
  it('a reader that stops early (| head) ends the output quietly', () => {
    const r = shell(
      `npx tsx src/cli/main.ts --policy clarus-lis --probes ${file('flapping.csv', flappingMonth())} --as-of 2026-11-21 --format csv | head -n 1`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('start,end,minutes,qualifies,excluded_minutes,counted_minutes\r\n');
  });
});
