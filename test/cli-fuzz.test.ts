// Random dates, durations, zones and policies through the command line's whole path, from
// year 1 to 9999: it either reports or refuses with a typed input error — never an internal
// error, never a hang.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import { PolicyError } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { InputError } from '../src/ingest/load';

const dir = mkdtempSync(join(tmpdir(), 'sla-fuzz-'));
let files = 0;
const file = (text: string) => {
  const path = join(dir, `f${files++}.csv`);
  writeFileSync(path, text);
  return path;
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ZONES = [
  'UTC',
  'Africa/Cairo',
  'America/Chicago',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'America/St_Johns',
];

/** A date-time anywhere from year 1 to 9999, in one of the forms exports write. */
const instant = fc
  .tuple(
    fc.oneof(
      { arbitrary: fc.integer({ min: 1, max: 9999 }), weight: 1 },
      { arbitrary: fc.integer({ min: 2024, max: 2027 }), weight: 3 },
    ),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.constantFrom('Z', '', '+05:30', '-03:00'),
  )
  .map(([y, mo, d, h, mi, z]) => `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:00${z}`);
const epoch = fc
  .oneof(fc.integer({ min: 0, max: 2 ** 53 - 1 }), fc.integer({ min: 1_700_000_000, max: 1_800_000_000 }))
  .map(String);
const time = fc.oneof(instant, epoch);
const duration = fc
  .oneof(fc.integer({ min: 0, max: 7200 }), fc.integer({ min: 0, max: 99_999_999_999_999 }))
  .map(String);

const policy = fc
  .record({
    preset: fc.constantFrom(...Object.keys(PRESETS)),
    target: fc.double({ min: 90, max: 100, noNaN: true }),
    period: fc.constantFrom('month', 'quarter', 'year'),
    minOutageMinutes: fc.integer({ min: 1, max: 120 }),
    timezone: fc.constantFrom(...ZONES),
  })
  .map(({ preset, ...terms }) => {
    const p = structuredClone(PRESETS[preset]!) as Record<string, unknown>;
    Object.assign(p, terms);
    // Bands above the target are a validation error: keep the document valid.
    const credit = p.credit as { kind: string; bands?: { below: number }[] };
    if (credit.kind === 'bands')
      for (const b of credit.bands ?? []) b.below = Math.min(b.below, terms.target);
    return p;
  });

const asOf = fc.oneof(
  fc.constant(null),
  fc
    .tuple(
      fc.integer({ min: 1, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
);

describe('the command line on random input', () => {
  it('reports or refuses with a typed input error, from year 1 to 9999', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(time, fc.constantFrom('200', '503', 'up', 'down', '0')), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.array(fc.tuple(time, duration), { maxLength: 3 }),
        fc.array(fc.tuple(time, fc.option(time), fc.option(time)), { maxLength: 3 }),
        policy,
        asOf,
        fc.constantFrom(...ZONES),
        async (checks, events, tickets, p, day, sourceZone) => {
          const args = [
            '--policy',
            file(JSON.stringify(p)).replace(/\.csv$/, '.json'),
            '--source-tz',
            sourceZone,
          ];
          writeFileSync(args[1]!, JSON.stringify(p));
          args.push('--probes', file(`time,status\n${checks.map(([t, s]) => `${t},${s}`).join('\n')}\n`));
          if (events.length)
            args.push(
              '--events',
              file(`start,duration\n${events.map(([t, d]) => `${t},${d}`).join('\n')}\n`),
            );
          if (tickets.length)
            args.push(
              '--tickets',
              file(
                `id,severity,opened_at,first_response_at,resolved_at\n${tickets
                  .map(([o, r, z], i) => `T${i},P1,${o},${r ?? ''},${z ?? ''}`)
                  .join('\n')}\n`,
              ),
            );
          if (day) args.push('--as-of', day);
          try {
            const out = await runSla(parseArgs(args), new Date('2026-11-21T12:00:00Z'));
            expect(JSON.parse(out).schema).toBe('sla-report/1');
          } catch (e) {
            if (e instanceof InputError || e instanceof PolicyError || e instanceof UsageError) return;
            throw e;
          }
        },
      ),
      { numRuns: 60, seed: 20261204 },
    );
  });
});
