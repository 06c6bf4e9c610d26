// The text report says why a period below target owes nothing, and which credits hang on
// what is not known yet, as the app's credit tile does: the credit column alone shows "0 %"
// for a STARTER plan (ElevateFinance clause 3.6) and a full credit while the tier is unknown.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';

const today = new Date('2026-11-21T12:00:00Z');
const HINT = "(settled by --tier, --effective, or an answer in the policy's eligibility conditions)";

async function textLines(...args: string[]): Promise<string[]> {
  return (await runSla(parseArgs([...args, '--as-of', '2026-11-21', '--format', 'text']), today)).split('\n');
}

/** The lines between the period table and the outages. */
function afterTable(lines: string[]): string[] {
  const table = lines.findIndex((l) => l.startsWith('period '));
  const outages = lines.findIndex((l) => / outages, \d+ qualifying as Downtime$/.test(l));
  return lines.slice(table + 2, outages).filter((l) => !/^\d{4}-/.test(l) && l !== '');
}

const ELEVATE = ['--policy', 'elevatefinance', 'public/samples/elevatefinance/probes.csv'];

describe('credit eligibility in the text report', () => {
  it('names the condition that takes a missed period’s credit away, once for the periods it takes', async () => {
    expect(afterTable(await textLines(...ELEVATE, '--tier', 'STARTER'))).toEqual([
      'Not eligible for a credit in 2026-09, 2026-10: plan tier is not STARTER',
    ]);
  });

  it('says which owed credits depend on what is not known yet, and how to settle it', async () => {
    expect(afterTable(await textLines(...ELEVATE))).toEqual([
      `The credit in 2026-09, 2026-10 depends on what is not known yet: plan tier is not STARTER ${HINT}`,
    ]);
    // PatientIQ owes nothing before its effective date + 30 days; without --effective that is open.
    expect(
      afterTable(await textLines('--policy', 'patientiq', 'public/samples/patientiq/probes.csv')),
    ).toEqual([
      '* partial: the period has minutes without data',
      `The credit in 2026-11 depends on what is not known yet: breach on or after 30 days after the effective date ${HINT}`,
    ]);
  });

  it('is silent where every condition holds, and for a period that met its target', async () => {
    expect(afterTable(await textLines(...ELEVATE, '--tier', 'PRO'))).toEqual([]);
    // October met its target: its unknown effective date is no one's concern.
    const patient = await textLines(
      '--policy',
      'patientiq',
      'public/samples/patientiq/probes.csv',
      '--effective',
      '2026-09-15',
    );
    expect(afterTable(patient)).toEqual(['* partial: the period has minutes without data']);
  });

  it('says a customer’s own condition left unanswered in an example policy', async () => {
    const lines = await textLines(
      '--policy',
      'public/policies/slack.json',
      '--fee',
      '1296',
      '--states',
      'test/fixtures/policies/slack-states.csv',
      '--exclusions',
      'test/fixtures/policies/slack-maintenance.csv',
    );
    expect(afterTable(lines)).toEqual([
      `The credit in 2026-Q1 depends on what is not known yet: The workspace is on the Business+ plan or above ${HINT}`,
    ]);
  });
});
