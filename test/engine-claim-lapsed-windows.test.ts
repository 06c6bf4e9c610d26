// A credit earned by each outage, with a claim window from each (PatientIQ: "within five
// (5) business days from date of incident"), is claimed by the first window still open;
// the windows of the outages before it have closed, and the period says how many, so the
// part of the credit they earned is not read as still claimable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Policy, parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { evaluateCsvModel } from './support/evaluate-csv';

const sample = (file: string) => new Uint8Array(readFileSync(`public/samples/patientiq/${file}`));

function november(policy: Policy) {
  const e = evaluateCsvModel(
    policy,
    [
      { name: 'probes.csv', kind: 'probes', csv: sample('probes.csv') },
      { name: 'maintenance.csv', kind: 'exclusions', csv: sample('maintenance.csv') },
    ],
    '2026-11-21',
  );
  return e.periods.find((p) => p.label === '2026-11')!;
}

describe('claim windows of a credit earned outage by outage', () => {
  it('counts the earlier outages whose windows closed before the open one', () => {
    const policy = parsePolicy({
      ...structuredClone(PRESETS.patientiq!),
      credit: {
        kind: 'perBlock',
        percent: 5,
        perMinutes: 30,
        rounding: 'ceil',
        whenMissed: false,
        capPercent: 100,
      },
    });
    const p = november(policy);
    // The outages of Oct 31 (its 30 minutes in November), Nov 4 and Nov 12 had 5 business
    // days each, gone by Nov 21; the one of Nov 17 is claimable until the end of Nov 24.
    expect(p.claim.status).toBe('open');
    expect(p.claim.daysLeft).toBe(4);
    expect(p.claim.lapsedWindows).toBe(3);
  });

  it('says nothing for a credit claimed from the breach alone', () => {
    const p = november(PRESETS.patientiq!);
    expect(p.claim.status).toBe('open');
    expect(p.claim.lapsedWindows).toBeUndefined();
  });
});
