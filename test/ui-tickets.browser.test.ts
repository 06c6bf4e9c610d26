// The tickets view in Chromium for the Clarus LIS sample (tickets.csv with Egypt's
// holidays), computed by the engine here and read from the screen, in English and Arabic.
import { createComponent } from 'solid-js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { Evaluation } from '../src/engine/model';
import { effectivePolicy } from '../src/engine/policy';
import type { SlaReport } from '../src/engine/report';
import { toReport } from '../src/engine/to-report';
import '../src/app/shell/app.css';
import { ReportEnv } from '../src/app/tickets/ReportEnv';
import { TicketsView } from '../src/app/tickets/TicketsView';
import {
  clarus,
  mount,
  nextFrame,
  pageFits,
  rowWith,
  sampleEvaluation,
  shoot,
  text,
  unmount,
} from './support/clarus-sample';

let evaluation: Evaluation;
let report: SlaReport;
beforeAll(async () => {
  evaluation = await sampleEvaluation('clarus-lis');
  report = toReport(evaluation);
});
afterEach(unmount);

function view(e: Evaluation, locale = 'en') {
  return mount(() =>
    createComponent(ReportEnv, {
      report: toReport(e),
      locale,
      citations: clarus.citations,
      get children() {
        return createComponent(TicketsView, {
          evaluation: e,
          targets: effectivePolicy(clarus).responseTargets,
        });
      },
    }),
  );
}

const select = async (el: HTMLSelectElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('change'));
  await nextFrame();
};

describe('tickets view for the Clarus LIS sample', () => {
  it('shows compliance per severity with the policy’s targets and the worst breach', () => {
    const root = view(evaluation);
    const compliance = root.querySelectorAll('section.card')[0]!;
    expect(text(compliance.querySelector('h3'))).toBe('Compliance per severity');
    const p1 = rowWith(compliance, 'P1')!;
    expect(text(p1)).toMatch(/P1response1 h, 24×7\s*2\s*1\s*1\s*0\s*50\.0 %\s*20 min/);
    expect(text(rowWith(compliance, 'P2'))).toContain('4 h of business hours');
    expect(text(rowWith(compliance, 'P2'))).toMatch(/1\s*0\s*1\s*1\s*0\.0 %\s*30 min/);
    expect(text(rowWith(compliance, 'P3'))).toMatch(/1 business day\s*1\s*1\s*0\s*0\s*100\.0 %—/);
    // Its worst breach, 9 h over, is one of Clarus's 9-hour working days.
    expect(text(rowWith(compliance, 'P4'))).toMatch(/2 business days.*1 business day$/);
    // The target column cites the clause.
    const cited = compliance.querySelector('[data-cite="responseTargets"]')!;
    expect(cited.getAttribute('title')).toContain('§6 Severity Levels');
  });

  it('lists every ticket with clock, elapsed, target, margin and outcome', () => {
    const root = view(evaluation);
    const tickets = root.querySelectorAll('section.card')[1]!;
    expect(text(tickets.querySelector('h3'))).toBe('Responses: 6 tickets');
    const row = (id: string) => text(tickets.querySelector(`tr[data-ticket="${id}"]`));
    // Opened Thursday 16:00, answered Sunday 11:30: 2 h on Thursday and 2 h 30 min on Sunday.
    expect(row('CLR-204')).toMatch(/P2business hours4 h 30 min\s*4 h\s*−30 min\s*missed/);
    // 6 October is Armed Forces Day: Monday 15:00 to Wednesday 10:00 is 4 business hours.
    expect(row('CLR-209')).toMatch(/P3business hours4 h\s*1 business day\s*5 h\s*met/);
    expect(row('CLR-207')).toMatch(/P124×71 h 20 min\s*1 h\s*−20 min\s*missed/);
    expect(row('CLR-215')).toMatch(/1 h\s*4 h\s*3 h\s*pending/);
  });

  it('charts response times against targets with an aria-label and a table alternative', () => {
    const root = view(evaluation);
    const fig = root.querySelector('figure.chart')!;
    const canvas = fig.querySelector('canvas')!;
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toBe('Time to first response per ticket against its target');
    expect(canvas.width).toBeGreaterThan(0);
    const rows = fig.querySelectorAll('details tbody tr');
    expect(rows).toHaveLength(6);
    // Grouped by severity, so each severity's targets sit together.
    expect([...rows].map((r) => text(r.querySelector('th')))).toEqual([
      'CLR-201',
      'CLR-207',
      'CLR-204',
      'CLR-215',
      'CLR-209',
      'CLR-212',
    ]);
    // Thursday 12:00 to Tuesday 12:00 is 27 business hours: three 9-hour days, not "1 d 3 h".
    expect(text(rows[5])).toMatch(/CLR-212P43 business days\s*2 business days\s*missed/);
  });

  it('filters everything by severity', async () => {
    const root = view(evaluation);
    await select(root.querySelector('[data-testid="ticket-severity"]') as HTMLSelectElement, 'P2');
    const [compliance, tickets] = root.querySelectorAll('section.card');
    expect(compliance!.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(text(tickets!.querySelector('h3'))).toBe('Responses: 2 tickets');
    expect(tickets!.querySelectorAll('table.data:not(figure table) tbody tr').length).toBeGreaterThan(0);
    const ids = [...tickets!.querySelectorAll('tr[data-ticket]')].map((r) => r.getAttribute('data-ticket'));
    expect(ids).toEqual(['CLR-204', 'CLR-215']);
    expect(tickets!.querySelectorAll('figure details tbody tr')).toHaveLength(2);
  });

  it('says when there are no tickets, and when the contract sets no targets', () => {
    let root = view({ ...evaluation, tickets: [], resolutions: [], ticketCompliance: [] });
    expect(text(root)).toContain('No support tickets yet');
    root = mount(() =>
      createComponent(ReportEnv, {
        report,
        locale: 'en',
        citations: {},
        get children() {
          return createComponent(TicketsView, { evaluation, targets: [] });
        },
      }),
    );
    expect(text(root)).toContain('This contract sets no response or resolution targets.');
  });

  it('fits 360 px in English and in Arabic, right to left', async () => {
    await page.viewport(360, 740);
    let root = view(evaluation);
    await nextFrame();
    for (const d of root.querySelectorAll('details')) d.open = true;
    await nextFrame();
    expect(pageFits()).toBe(true);
    await shoot('ui-tickets-360');
    root = view(evaluation, 'ar-EG');
    await nextFrame();
    const wrap = root.querySelector('.sla-dashboard')!;
    expect(wrap.getAttribute('dir')).toBe('rtl');
    expect(text(root)).toContain('الالتزام حسب مستوى الخطورة');
    expect(text(root)).toContain('٥٠٫٠');
    expect(text(root.querySelector('tr[data-ticket="CLR-212"]'))).toContain('٣ أيام عمل');
    for (const d of root.querySelectorAll('details')) d.open = true;
    await nextFrame();
    expect(pageFits()).toBe(true);
    await shoot('ui-tickets-360-ar');
  });

  it('lays out at 1280 px', async () => {
    await page.viewport(1280, 800);
    view(evaluation);
    await nextFrame();
    expect(pageFits()).toBe(true);
    await shoot('ui-tickets-1280');
  });
});
