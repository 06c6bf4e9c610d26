// An incident credit whose levels list is empty names no incident: every month earns
// nothing, where it once failed the whole evaluation.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { evaluateCsv } from './support/evaluate-csv';

const STATES = `time,monitor,status
2026-01-05T00:00:00Z,ehr,up
2026-01-10T10:00:00Z,ehr,down
2026-01-10T12:00:00Z,ehr,up
2026-02-20T00:00:00Z,ehr,up
`;

describe('an incident credit without levels', () => {
  it('earns nothing in any month', () => {
    const doc = structuredClone(PRESETS.kipu!);
    if (doc.credit.kind !== 'incidents') throw new Error('Kipu credits incidents');
    doc.credit.levels = [];
    // A right counting incidents of a level, and readings that patch one, need that level.
    doc.termination = [];
    doc.interpretations = [];
    const report = evaluateCsv(
      parsePolicy(doc),
      [{ name: 's.csv', kind: 'states', csv: STATES }],
      '2026-03-10',
    );
    expect(report.outages.map((o) => [o.start, o.minutes])).toEqual([['2026-01-10T05:00:00-05:00', 120]]);
    expect(report.incidentCredits).toHaveLength(12);
    expect(
      report.incidentCredits.slice(0, 2).map((m) => [m.label, m.levels, m.percent, m.amount, m.claimStatus]),
    ).toEqual([
      ['2026-01', [], 0, 0, null],
      ['2026-02', [], 0, 0, null],
    ]);
    expect(report.incidentCredits.every((m) => m.percent === 0 && m.amount === 0 && m.claimBy === null)).toBe(
      true,
    );
    expect(report.periods.map((p) => [p.label, p.credit.percent, p.credit.amount])).toEqual([
      ['2026', null, 0],
    ]);
  });
});
