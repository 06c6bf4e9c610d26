// public/samples/README.md is part of the product: its command runs, and its tables and
// figures are what the command line gives for every file of each sample folder.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_FILES } from '../src/app/import/sample-files';
import { parseArgs } from '../src/cli/args';
import { runSla } from '../src/cli/run';
import type { SlaReport } from '../src/engine/report';

const README = readFileSync('public/samples/README.md', 'utf8');
const AS_OF = '2026-11-21';
const today = new Date(`${AS_OF}T12:00:00Z`);

const OPTION: Record<string, string> = {
  'probes.csv': '--probes',
  'maintenance.csv': '--exclusions',
  'tickets.csv': '--tickets',
  'obligations.csv': '--obligations',
};
const HEADINGS: Record<string, string> = {
  MedOS: 'medos',
  'Clarus LIS': 'clarus-lis',
  ElevateFinance: 'elevatefinance',
  Kipu: 'kipu',
  PatientIQ: 'patientiq',
};
const ZONE_ABBREVIATIONS: Record<string, string> = { EDT: '-04:00', EST: '-05:00' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'];
MONTHS.push('October', 'November', 'December');

async function report(preset: string, extra: string[] = []): Promise<SlaReport> {
  const files = SAMPLE_FILES[preset] ?? [];
  const argv = ['--policy', preset, '--as-of', AS_OF, ...extra];
  for (const f of files) argv.push(OPTION[f]!, `public/samples/${preset}/${f}`);
  return JSON.parse(await runSla(parseArgs(argv), today)) as SlaReport;
}

/** A figure as the README writes it: groups of three digits separated by spaces. */
const NUMBER = String.raw`-?\d{1,3}(?: \d{3})*(?:\.\d+)?`;
const numberIn = (text: string): string | null =>
  new RegExp(NUMBER).exec(text)?.[0].replace(/ /g, '') ?? null;
const figure = (text: string): number | null => {
  const n = numberIn(text);
  return n === null ? null : Number(n);
};

interface Table {
  header: string[];
  rows: Record<string, string>[];
}

function tablesOf(text: string): Table[] {
  const tables: Table[] = [];
  let lines: string[][] = [];
  const flush = () => {
    if (lines.length > 2) {
      const header = lines[0]!.map((h) => h.toLowerCase());
      tables.push({
        header,
        rows: lines.slice(2).map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))),
      });
    }
    lines = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('|'))
      lines.push(
        line
          .slice(1, -1)
          .split('|')
          .map((c) => c.trim().replace(/\*\*/g, '')),
      );
    else flush();
  }
  flush();
  return tables;
}

/** The text of one preset's section, from its heading to the next. */
function sectionOf(preset: string): string {
  for (const part of README.split(/^### /m).slice(1)) {
    const title = part.slice(0, part.indexOf(':'));
    if (HEADINGS[title] === preset) return part;
  }
  throw new Error(`no section for ${preset}`);
}

/** The bullet list under a bold label such as "**Tickets:**", up to the next top-level bullet. */
function bulletsOf(section: string, label: string): string {
  const at = section.indexOf(`**${label}:**`);
  if (at < 0) return '';
  const rest = section.slice(at + label.length + 5);
  const end = rest.search(/\n- \*\*/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** A claim cell: "—", "expired", "open until 2026-12-12 11:00 EST (22 days left)", … */
function expectClaim(
  cell: string,
  claim: { claimBy: string | null; claimStatus: string | null; claimDaysLeft: number | null },
) {
  if (cell === '—' || cell === '') {
    expect(claim.claimBy).toBeNull();
    return;
  }
  const status = /^(open|expired|automatic)/.exec(cell)?.[1];
  expect(claim.claimStatus).toBe(status);
  const date = /(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?:([+-]\d{2}:\d{2})| ([A-Z]{3}))?)?/.exec(cell);
  if (date) {
    const [, day, time, offset, abbreviation] = date;
    expect(claim.claimBy?.slice(0, 10)).toBe(day);
    if (time) expect(claim.claimBy?.slice(11, 16)).toBe(time);
    const zone = offset ?? (abbreviation ? ZONE_ABBREVIATIONS[abbreviation] : undefined);
    if (zone) expect(claim.claimBy?.slice(-6)).toBe(zone);
  }
  const left = /\((\d+) days? left\)/.exec(cell);
  if (left) expect(claim.claimDaysLeft).toBe(Number(left[1]));
}

describe('public/samples/README.md', () => {
  it('its command runs and prints the contract it names', async () => {
    const block = /```sh\n([\s\S]*?)```/.exec(README)?.[1] ?? '';
    const words = block.replace(/\\\n/g, ' ').trim().split(/\s+/);
    expect(words.slice(0, 5)).toEqual(['npm', 'run', '--silent', 'sla', '--']);
    const out = await runSla(parseArgs(words.slice(5)), today);
    expect(out).toContain('Clarus LIS (clarus-lis)');
    expect(out).toContain(`as of ${AS_OF}`);
    expect(out).toContain('tickets tickets.csv');
    expect(out).toContain('obligations obligations.csv');
  });

  it('names no difference from what the engine prints', () => {
    expect(README).not.toMatch(/Known differences|does not (yet )?take|not yet/i);
  });
});

for (const preset of Object.values(HEADINGS)) {
  describe(`the ${preset} figures of the samples README`, () => {
    let r: SlaReport;
    const section = sectionOf(preset);
    const tables = tablesOf(section);
    beforeAll(async () => {
      r = await report(preset);
    });

    it('period table: minutes, exclusions, downtime, no data, uptime, met, credit and claim', async () => {
      const table = tables.find((t) => t.header.includes('minutes'));
      expect(table, 'a period table').toBeDefined();
      const key = table!.header[0]!;
      expect(table!.rows.map((row) => row[key])).toEqual(r.periods.map((p) => p.label));
      for (const [i, row] of table!.rows.entries()) {
        const p = r.periods[i]!;
        expect(figure(row.minutes!), `${p.label} minutes`).toBe(p.totalMinutes);
        expect(figure(row['excl.']!), `${p.label} excluded`).toBe(p.excludedMinutes);
        expect(figure(row.down!), `${p.label} down`).toBe(p.downtimeMinutes);
        const nodata = row['no data'];
        expect(nodata === undefined ? 0 : figure(nodata), `${p.label} no data`).toBe(p.nodataMinutes);
        expect(p.partial, `${p.label} partial`).toBe(/partial|in progress/.test(nodata ?? ''));
        const uptime = numberIn(row.uptime!)!;
        const decimals = uptime.split('.')[1]?.length ?? 0;
        expect(p.uptimePercent?.toFixed(decimals), `${p.label} uptime`).toBe(uptime);
        expect(p.met, `${p.label} met`).toBe(row.met!.startsWith('yes'));
        const credit = row.credit;
        if (credit !== undefined) {
          const days = /^(\d+) days?/.exec(credit);
          if (days) expect(p.credit.days, `${p.label} credit days`).toBe(Number(days[1]));
          else expect(p.credit.percent, `${p.label} credit %`).toBe(figure(credit));
          const money = /\((\d{1,3}(?: \d{3})*) [A-Z]{3} with `([^`]+)`/.exec(credit);
          if (money) {
            const priced = await report(preset, money[2]!.split(' '));
            expect(priced.periods[i]!.credit.amount, `${p.label} credit amount`).toBe(figure(money[1]!));
          }
        }
        if (row.claim !== undefined) expectClaim(row.claim, p);
      }
    });

    it('incident credits, month by month', () => {
      const table = tables.find((t) => t.header.includes('level 0 incidents'));
      if (!table) {
        expect(r.incidentCredits ?? []).toEqual([]);
        return;
      }
      const listed = new Set<string>();
      for (const row of table.rows) {
        const c = r.incidentCredits.find((x) => x.label === row.month);
        expect(c, `incident credit ${row.month}`).toBeDefined();
        listed.add(row.month!);
        const p0 = c!.levels.find((l) => l.severity === 'P0')!;
        expect(p0.incidents, `${row.month} Level 0 incidents`).toBe(figure(row['level 0 incidents']!));
        expect(c!.percent, `${row.month} credit`).toBe(figure(row.credit!));
        expectClaim(row.claim!, c!);
      }
      // "Other months: no Level 0 incidents and a 0 % credit."
      expect(section).toContain('no Level 0 incidents and a 0 % credit');
      for (const c of r.incidentCredits.filter((x) => !listed.has(x.label))) {
        expect(c.levels.find((l) => l.severity === 'P0')!.incidents, c.label).toBe(0);
        expect(c.percent, c.label).toBe(0);
      }
    });

    it('termination rights', () => {
      const triggered = /triggered by (\w+) and (\w+)\. Notice is due by (\S+)\./.exec(section);
      if (triggered) {
        const [, a, b, notice] = triggered;
        const month = (name: string) => `2026-${String(MONTHS.indexOf(name) + 1).padStart(2, '0')}`;
        const right = r.termination.find((t) => t.triggered);
        expect(right?.periods).toEqual([month(a!), month(b!)]);
        expect(Date.parse(right!.noticeBy!)).toBe(Date.parse(notice!));
      } else if (/is not triggered/.test(section)) {
        expect(r.termination.some((t) => t.triggered)).toBe(false);
      }
    });

    it('tickets: the elapsed and target minutes named', () => {
      const text = bulletsOf(section, 'Tickets');
      const all = [...r.tickets, ...r.resolutions];
      if (/none are reported/.test(section)) {
        expect(all).toEqual([]);
        return;
      }
      expect(text).not.toBe('');
      for (const m of text.matchAll(new RegExp(`(${NUMBER}) of (${NUMBER})`, 'g'))) {
        const [elapsed, target] = [figure(m[1]!), figure(m[2]!)];
        expect(
          all.some((t) => t.elapsedMinutes === elapsed && t.targetMinutes === target),
          `a ticket at ${elapsed} of ${target} minutes`,
        ).toBe(true);
      }
      for (const m of text.matchAll(new RegExp(`(met|missed)(?: in|,) (${NUMBER}) (?:business )?min`, 'g'))) {
        const elapsed = figure(m[2]!);
        expect(
          all.some((t) => t.elapsedMinutes === elapsed && t.met === (m[1] === 'met')),
          `a ticket ${m[1]} at ${elapsed} minutes`,
        ).toBe(true);
      }
    });

    it('obligations: every margin, data loss and pending event named', () => {
      const text = bulletsOf(section, 'Obligations');
      if (text === '') {
        expect(r.obligations).toEqual([]);
        return;
      }
      const margins: number[] = [];
      for (const m of text.matchAll(new RegExp(`(${NUMBER}) h (early|late|short|to spare|beyond)`, 'g')))
        margins.push((m[2] === 'late' || m[2] === 'short' ? -1 : 1) * figure(m[1]!)!);
      const losses = [...text.matchAll(new RegExp(`(${NUMBER}) h of data lost`, 'g'))].map((m) =>
        figure(m[1]!),
      );
      const decided = r.obligations.filter((o) => o.status !== 'pending');
      const byNumber = (a: number, b: number) => a - b;
      expect(margins.sort(byNumber)).toEqual(
        decided
          .filter((o) => o.dataLossHours === null)
          .map((o) => o.marginHours!)
          .sort(byNumber),
      );
      expect(losses).toEqual(decided.filter((o) => o.dataLossHours !== null).map((o) => o.dataLossHours));
      expect((text.match(/pending/g) ?? []).length).toBe(
        r.obligations.filter((o) => o.status === 'pending').length,
      );
    });
  });
}
