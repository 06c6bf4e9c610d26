// The tickets view in Chromium for the Clarus LIS sample (tickets.csv with Egypt's
// holidays), computed by the engine here and read from the screen, in English and Arabic.
import { Chart } from 'chart.js';
import { createComponent, createSignal } from 'solid-js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { evaluate } from '../src/engine/evaluate';
import type { Evaluation } from '../src/engine/model';
import { effectivePolicy } from '../src/engine/policy';
import type { SlaReport } from '../src/engine/report';
import { toReport } from '../src/engine/to-report';
import '../src/app/shell/app.css';
import { makeEnv } from '../src/app/components/context';
import { ReportEnv } from '../src/app/tickets/ReportEnv';
import { axisLabel } from '../src/app/tickets/TicketChart';
import { TicketsView } from '../src/app/tickets/TicketsView';
import { targetText } from '../src/app/tickets/targets';
import {
  clarus,
  mount,
  nextFrame,
  pageFits,
  policyOf,
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
      contract: e.contract,
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

  it('keeps the view when the same contract is evaluated again, and words it anew for another language', async () => {
    const [e, setE] = createSignal(evaluation);
    const [locale, setLocale] = createSignal('en');
    const root = mount(() =>
      createComponent(ReportEnv, {
        get contract() {
          return e().contract;
        },
        get locale() {
          return locale();
        },
        citations: clarus.citations,
        get children() {
          return createComponent(TicketsView, {
            get evaluation() {
              return e();
            },
            targets: effectivePolicy(clarus).responseTargets,
          });
        },
      }),
    );
    const shown = root.querySelector('.tab-view')!;
    const severity = root.querySelector<HTMLSelectElement>('[data-testid="ticket-severity"]')!;
    severity.value = 'P3';
    severity.dispatchEvent(new Event('change', { bubbles: true }));
    await nextFrame();
    // A new evaluation of the same contract, as after a file's SHA-256 is recorded.
    setE({ ...evaluation, contract: { ...evaluation.contract } });
    await nextFrame();
    expect(root.querySelector('.tab-view')).toBe(shown);
    expect(severity.value).toBe('P3');
    // Evaluated again without any P3 ticket: every ticket is shown, and the filter says so.
    const withoutP3 = {
      ...evaluation,
      tickets: evaluation.tickets.filter((x) => x.severity !== 'P3'),
      resolutions: evaluation.resolutions.filter((x) => x.severity !== 'P3'),
    };
    setE(withoutP3);
    await nextFrame();
    expect(severity.value).toBe('');
    expect(root.querySelectorAll('[data-testid="ticket-severity"] option')).toHaveLength(
      new Set(withoutP3.tickets.map((x) => x.severity)).size + 1,
    );
    expect(rowWith(root, 'P4')).toBeTruthy();
    setLocale('ar');
    await nextFrame();
    expect(root.querySelector('.tab-view')).not.toBe(shown);
    expect(root.querySelector('.tab-view')!.getAttribute('dir')).toBe('rtl');
  });

  it('states a target in business hours in hours, as the contract counts them', () => {
    // ElevateFinance §2: P3 "within twenty-four (24) Working Hours"; P4 "within five (5) Working Days".
    const env = makeEnv(report.contract, 'en', {});
    const [, , p3, p4] = effectivePolicy(policyOf('elevatefinance')).responseTargets;
    expect(targetText(p3!.response, env).replace(/\u00a0/g, ' ')).toBe('24 h of business hours');
    expect(targetText(p4!.response, env)).toBe('5 business days');
  });

  it('writes each ticket of a target in business hours in hours, as its target is written', () => {
    // ElevateFinance P3, "24 Working Hours" of Mon–Fri 09:00–18:00 IST: opened Monday 7
    // September 09:00, answered Thursday 10:00, 3 working days and 1 hour later: 28 h.
    const policy = policyOf('elevatefinance');
    const e = evaluate({
      policy,
      monitors: [],
      exclusions: [],
      inputs: [],
      tickets: [
        {
          id: 'EF-1',
          severity: 'P3',
          openedAtMs: Date.parse('2026-09-07T09:00:00+05:30'),
          firstResponseAtMs: Date.parse('2026-09-10T10:00:00+05:30'),
          resolvedAtMs: null,
          reportPublishedAtMs: null,
          source: 'tickets.csv',
          line: 2,
        },
      ],
      holidays: [],
      asOf: '2026-11-21',
    });
    const root = mount(() =>
      createComponent(ReportEnv, {
        contract: e.contract,
        locale: 'en',
        citations: policy.citations,
        get children() {
          return createComponent(TicketsView, {
            evaluation: e,
            targets: effectivePolicy(policy).responseTargets,
          });
        },
      }),
    );
    // Before, "3 business days 1 h" against "2 business days 6 h", beside a target of "24 h of business hours".
    expect(text(root.querySelector('tr[data-ticket="EF-1"]')).replace(/\u00a0/g, ' ')).toBe(
      'EF-1P3Sep 7, 2026, 09:00Sep 10, 2026, 10:00business hours28 h24 h−4 hmissed',
    );
  });

  it('labels the chart’s time axis in minutes and hours only, never a 24-hour "day" a business clock would misread', () => {
    const env = makeEnv(report.contract, 'en', {});
    const ar = makeEnv(report.contract, 'ar-EG', {});
    const label = (m: number, e = env) => axisLabel(m, e).replace(/\u00a0/g, ' ');
    expect([30, 60, 480, 1440, 10_080].map((m) => label(m))).toEqual([
      '30 min',
      '1 h',
      '8 h',
      '24 h',
      '168 h',
    ]);
    expect(label(1440, ar)).toBe('٢٤ س');
  });

  it('lists every ticket with opened and answered times, clock, elapsed, target, margin and outcome', () => {
    const root = view(evaluation);
    const tickets = root.querySelectorAll('section.card')[1]!;
    expect(text(tickets.querySelector('h3'))).toBe('Responses: 6 tickets');
    expect([...tickets.querySelectorAll('table:not(figure.chart table) thead th')].map(text)).toEqual([
      'Ticket',
      'Severity',
      'Opened',
      'Answered',
      'Clock',
      'Elapsed',
      'Target',
      'Margin',
      'Status',
    ]);
    const row = (id: string) => text(tickets.querySelector(`tr[data-ticket="${id}"]`));
    // Opened Thursday 16:00, answered Sunday 11:30: 2 h on Thursday and 2 h 30 min on Sunday.
    expect(row('CLR-204')).toBe(
      'CLR-204P2Oct 1, 2026, 16:00Oct 4, 2026, 11:30business hours4 h 30 min4 h−30 minmissed',
    );
    // 6 October is Armed Forces Day: Monday 15:00 to Wednesday 10:00 is 4 business hours.
    expect(row('CLR-209')).toBe(
      'CLR-209P3Oct 5, 2026, 15:00Oct 7, 2026, 10:00business hours4 h1 business day5 hmet',
    );
    expect(row('CLR-207')).toBe(
      'CLR-207P1Oct 12, 2026, 10:20Oct 12, 2026, 11:4024×71 h 20 min1 h−20 minmissed',
    );
    // Not answered yet: measured to the end of the report's day.
    expect(row('CLR-215')).toBe('CLR-215P2Nov 19, 2026, 17:00—business hours1 h4 h3 hpending');
  });

  it('lists resolutions with the time each ticket was resolved', () => {
    // The sample contract targets responses only; a 4-hour P1 resolution target shows the table.
    const policy = {
      ...clarus,
      responseTargets: clarus.responseTargets.map((r) =>
        r.severity === 'P1' ? { ...r, resolution: { kind: 'elapsed' as const, minutes: 240 } } : r,
      ),
    };
    // The sample's two P1 tickets (tickets.csv lines 2 and 5).
    const p1 = (id: string, line: number, opened: string, answered: string, resolved: string) => ({
      id,
      severity: 'P1',
      openedAtMs: Date.parse(opened),
      firstResponseAtMs: Date.parse(answered),
      resolvedAtMs: Date.parse(resolved),
      reportPublishedAtMs: null,
      source: 'tickets.csv',
      line,
    });
    const tickets = [
      p1('CLR-201', 2, '2026-09-07T10:20:00+03:00', '2026-09-07T10:50:00+03:00', '2026-09-07T11:10:00+03:00'),
      p1('CLR-207', 5, '2026-10-12T10:20:00+03:00', '2026-10-12T11:40:00+03:00', '2026-10-12T15:40:00+03:00'),
    ];
    const e = evaluate({ policy, monitors: [], exclusions: [], inputs: [], tickets, asOf: '2026-11-21' });
    const root = view(e);
    const resolutions = root.querySelectorAll('section.card')[2]!;
    expect(text(resolutions.querySelector('h3'))).toBe('Resolutions: 2 tickets');
    const heads = [...resolutions.querySelectorAll('table:not(figure.chart table) thead th')].map(text);
    expect(heads.slice(2, 4)).toEqual(['Opened', 'Resolved']);
    const row = (id: string) => text(resolutions.querySelector(`tr[data-ticket="${id}"]`));
    expect(row('CLR-201')).toBe('CLR-201P1Sep 7, 2026, 10:20Sep 7, 2026, 11:1024×750 min4 h3 h 10 minmet');
    expect(row('CLR-207')).toBe(
      'CLR-207P1Oct 12, 2026, 10:20Oct 12, 2026, 15:4024×75 h 20 min4 h−1 h 20 minmissed',
    );
  });

  it('gives both times their offsets when summer time ends between them', () => {
    // Cairo's clocks go back at midnight on 29 October 2026: 23:30 EEST to 23:20 EET is 50 minutes.
    const e = evaluate({
      policy: clarus,
      monitors: [],
      exclusions: [],
      inputs: [],
      tickets: [
        {
          id: 'CLR-DST',
          severity: 'P1',
          openedAtMs: Date.parse('2026-10-29T23:30:00+03:00'),
          firstResponseAtMs: Date.parse('2026-10-29T23:20:00+02:00'),
          resolvedAtMs: null,
          reportPublishedAtMs: null,
          source: 'tickets.csv',
          line: 2,
        },
      ],
      asOf: '2026-11-21',
    });
    const root = view(e);
    expect(text(root.querySelectorAll('section.card')[1]!.querySelector('tr[data-ticket="CLR-DST"]'))).toBe(
      'CLR-DSTP1Oct 29, 2026, 23:30 GMT+03:00Oct 29, 2026, 23:20 GMT+02:0024×750 min1 h10 minmet',
    );
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
    expect(tickets!.querySelectorAll('table.data:not(figure.chart table) tbody tr').length).toBeGreaterThan(
      0,
    );
    const ids = [...tickets!.querySelectorAll('tr[data-ticket]')].map((r) => r.getAttribute('data-ticket'));
    expect(ids).toEqual(['CLR-204', 'CLR-215']);
    expect(tickets!.querySelectorAll('figure details tbody tr')).toHaveLength(2);
  });

  it('says when there are no tickets, and when the contract sets no targets', () => {
    let root = view({ ...evaluation, tickets: [], resolutions: [], ticketCompliance: [] });
    expect(text(root)).toContain('No support tickets yet');
    root = mount(() =>
      createComponent(ReportEnv, {
        contract: report.contract,
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
    expect(text(root.querySelector('tr[data-ticket="CLR-212"] td[data-label="وقت الفتح"]'))).toBe(
      '٢٢ أكتوبر ٢٠٢٦، ١٢:٠٠',
    );
    for (const d of root.querySelectorAll('details')) d.open = true;
    await nextFrame();
    expect(pageFits()).toBe(true);
    await shoot('ui-tickets-360-ar');
  });

  it('keeps every ticket’s slanted label on the chart at 360 px, right to left as left to right', async () => {
    await page.viewport(360, 740);
    for (const locale of ['en', 'ar-EG']) {
      const root = view(evaluation, locale);
      await nextFrame();
      const canvas = root.querySelector('figure.chart canvas') as HTMLCanvasElement;
      const x = Chart.getChart(canvas)!.scales.x!;
      const ctx = canvas.getContext('2d')!;
      // A slanted label ends at its bar and runs down to the left by its width's cosine.
      const lefts = x.getLabelItems().map((item) => {
        ctx.font = (item.font as { string: string }).string;
        const width = ctx.measureText(String(item.label)).width;
        return Math.round(item.options.translation![0] - width * Math.cos(item.options.rotation ?? 0));
      });
      expect(lefts, locale).toHaveLength(6);
      expect(Math.min(...lefts), locale).toBeGreaterThanOrEqual(0);
    }
  });

  it('lays out at 1280 px', async () => {
    await page.viewport(1280, 800);
    view(evaluation);
    await nextFrame();
    expect(pageFits()).toBe(true);
    await shoot('ui-tickets-1280');
  });
});
