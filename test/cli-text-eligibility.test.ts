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

describe('a year’s credit earned month by month in the text report', () => {
  it('says how much of it lapsed with its months’ claim windows and how much is still claimable', async () => {
    // Kipu's sample as of Nov 21 on a 15 000 USD monthly fee: incident credits of 25 % in
    // March, May and June and 50 % in September, whose 30-day windows have closed (18 750
    // USD), and 50 % in October and 25 % in November, still open (11 250 USD).
    const kipu = [
      '--policy',
      'kipu',
      'public/samples/kipu/probes.csv',
      '--tickets',
      'public/samples/kipu/tickets.csv',
      '--effective',
      '2024-01-01',
      '--fee',
      '15000',
    ];
    expect(afterTable(await textLines(...kipu))).toEqual([
      '2026*    99.8927   NO       564         0       59030     525600  30000 USD         —       —',
      '* partial: the period has minutes without data',
      "Of the credit in 2026, 18750 USD lapsed with its months' claim windows; 11250 USD is still claimable (see Incident credits)",
    ]);
    // Without a fee the year's row states no amount, and no such line.
    expect(afterTable(await textLines(...kipu.slice(0, -2)))).toEqual([
      '2026*    99.8927   NO       564         0       59030     525600       —         —       —',
      '* partial: the period has minutes without data',
    ]);
  });
});
