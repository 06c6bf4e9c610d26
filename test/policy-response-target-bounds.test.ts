// A response target is bounded, far above any contract's, so a ticket's target stays a
// finite number of minutes: a larger one is refused naming its field.
import { describe, expect, it } from 'vitest';
import { type Policy, PolicyError, parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { loadTickets } from '../src/ingest/tickets';
import { evaluateCsv } from './support/evaluate-csv';

const problemsOf = (doc: Policy): string[] => {
  try {
    parsePolicy(doc);
    return [];
  } catch (e) {
    if (!(e instanceof PolicyError)) throw e;
    return e.problems;
  }
};

const medosWith = (response: unknown, resolution: unknown = null): Policy => {
  const doc = structuredClone(PRESETS.medos!);
  doc.responseTargets[0] = { severity: 'P0', response, resolution } as Policy['responseTargets'][number];
  return doc;
};

describe('response target bounds', () => {
  it('refuses a target beyond them, naming the field', () => {
    expect(problemsOf(medosWith({ kind: 'elapsed', minutes: 1e308 }))).toEqual([
      'responseTargets[0].response.minutes: expected a positive number of minutes up to 1000000',
    ]);
    expect(problemsOf(medosWith(null, { kind: 'businessMinutes', minutes: 1_000_000.5 }))).toEqual([
      'responseTargets[0].resolution.minutes: expected a positive number of minutes up to 1000000',
    ]);
    expect(problemsOf(medosWith({ kind: 'businessDays', days: 3661 }))).toEqual([
      'responseTargets[0].response.days: expected a positive number of days up to 3660',
    ]);
  });

  it('reports a ticket against the largest target in finite minutes', () => {
    const policy = parsePolicy(medosWith({ kind: 'elapsed', minutes: 1_000_000 }));
    const tickets = loadTickets(
      't.csv',
      new TextEncoder().encode(
        'id,severity,opened_at,first_response_at\nT1,P0,2026-01-10T10:00:00Z,2026-01-10T10:30:00Z\n',
      ),
      'UTC',
    ).tickets;
    const report = evaluateCsv(
      policy,
      [{ name: 's.csv', kind: 'states', csv: 'time,monitor,status\n2026-01-05T00:00:00Z,api,up\n' }],
      '2026-02-01',
      { tickets },
    );
    expect(
      report.tickets.map((t) => [t.id, t.targetMinutes, t.elapsedMinutes, t.marginMinutes, t.met]),
    ).toEqual([['T1', 1_000_000, 30, 999_970, true]]);
  });
});
