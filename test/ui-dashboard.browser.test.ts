// The dashboard rendered in Chromium for a real report (honch.io's Upptime history under Clarus LIS), read from the screen.
import { createComponent, createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { Chart } from '../src/app/components/charts/setup';
import { Dashboard, type DashboardProps } from '../src/app/components/Dashboard';
import { type Evaluation, evaluate, withContract } from '../src/engine/evaluate';
import { outageEvidenceCsv } from '../src/engine/evidence';
import type { ObligationEntry } from '../src/engine/obligations';
import type { ExclusionRecord } from '../src/engine/observations';
import { effectivePolicy, type Policy, parsePolicy } from '../src/engine/policy';
import { PRESET_IDS, PRESETS } from '../src/engine/presets';
import { reportJson } from '../src/engine/report';
import type { TicketRecord } from '../src/engine/tickets';
import { toReport } from '../src/engine/to-report';
import { loadCsv } from '../src/ingest/load';
import { MinuteReducer } from '../src/ingest/reduce';
import { appeared } from './support/clarus-sample';
import { evaluateCsvModel } from './support/evaluate-csv';
import { spacedProbesCsv } from './support/spaced-outages';

const FIXTURE = '/test/fixtures/realdata/upptime/honch-io-probes.csv';
let bytes: Uint8Array;
const clarus = parsePolicy(PRESETS['clarus-lis']!);

beforeAll(async () => {
  bytes = new Uint8Array(await (await fetch(FIXTURE)).arrayBuffer());
});

/** The engine on the fixture, as the CLI runs it (`--states`, preset clarus-lis, as of 2026-11-21). */
function honch(
  policy: Policy = clarus,
  extra: { exclusions?: ExclusionRecord[]; tickets?: TicketRecord[]; obligations?: ObligationEntry[] } = {},
): Evaluation {
  const eff = effectivePolicy(policy);
  const reducer = new MinuteReducer();
  const loaded = loadCsv(
    'honch-io-probes.csv',
    bytes,
    {
      kind: 'states',
      sourceZone: eff.timezone,
    },
    reducer,
  );
  return evaluate({
    policy,
    monitors: reducer.finish(),
    exclusions: extra.exclusions ?? [],
    inputs: [loaded.summary],
    tickets: extra.tickets,
    obligations: extra.obligations,
    asOf: '2026-11-21',
  });
}

const at = (iso: string) => Date.parse(iso);

const spaced = (outages: number) =>
  evaluateCsvModel(
    clarus,
    [{ name: 'spaced.csv', kind: 'probes', csv: spacedProbesCsv(outages) }],
    '2026-11-21',
  );

/** A richer contract for the screenshots: a fee, a late maintenance notice, tickets and a missed promise. */
function honchWithRecords(): Evaluation {
  const policy = withContract(clarus, { feeAmount: 12000 });
  return honch(policy, {
    exclusions: [
      {
        startMs: at('2026-08-10T02:00:00+03:00'),
        endMs: at('2026-08-10T03:00:00+03:00'),
        kind: 'planned',
        announcedAtMs: at('2026-08-08T02:00:00+03:00'),
        note: 'Database upgrade',
        source: 'maintenance.csv',
        line: 2,
      },
    ],
    tickets: [
      {
        id: 'CL-1041',
        severity: 'P1',
        openedAtMs: at('2026-06-17T01:45:00+03:00'),
        firstResponseAtMs: at('2026-06-17T03:10:00+03:00'),
        resolvedAtMs: at('2026-06-17T04:00:00+03:00'),
        reportPublishedAtMs: null,
        source: 'tickets.csv',
        line: 2,
      },
      {
        id: 'CL-1077',
        severity: 'P3',
        openedAtMs: at('2026-07-05T10:00:00+03:00'),
        firstResponseAtMs: at('2026-07-05T15:00:00+03:00'),
        resolvedAtMs: null,
        reportPublishedAtMs: null,
        source: 'tickets.csv',
        line: 3,
      },
    ],
    obligations: [
      {
        obligation: 'breach-notification',
        startedAtMs: at('2026-07-01T09:00:00+03:00'),
        fulfilledAtMs: at('2026-07-06T09:00:00+03:00'),
        note: 'Notice came by e-mail',
        source: 'obligations.csv',
        line: 2,
      },
    ],
  });
}

let dispose: (() => void) | undefined;
let host: HTMLDivElement | undefined;

function mount(props: DashboardProps): HTMLDivElement {
  host = document.createElement('div');
  document.body.append(host);
  dispose = render(() => createComponent(Dashboard, props), host);
  return host;
}

/** An evaluation as it is made again once its files' SHA-256 are recorded after their import. */
const fingerprinted = (e: Evaluation): Evaluation => ({
  ...e,
  inputs: e.inputs.map((i) => ({ ...i, sha256: 'e'.repeat(64) })),
});

/** The dashboard of an evaluation that a new one of the same contract can replace. */
function mountEvaluated(
  first: Evaluation,
  rest: Omit<DashboardProps, 'evaluation' | 'minutes'>,
): { root: HTMLDivElement; setEvaluation: (next: Evaluation) => void } {
  const [evaluation, setEvaluation] = createSignal(first);
  const root = mount({
    get evaluation() {
      return evaluation();
    },
    get minutes() {
      return evaluation();
    },
    ...rest,
  });
  return { root, setEvaluation };
}

afterEach(() => {
  dispose?.();
  host?.remove();
  dispose = undefined;
  host = undefined;
  vi.restoreAllMocks();
});

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');
const rowWith = (root: Element, words: string) =>
  [...root.querySelectorAll('tr')].find((tr) => text(tr).includes(words));
const button = (root: Element, label: string | RegExp) =>
  [...root.querySelectorAll('button')].find((b) =>
    typeof label === 'string' ? text(b) === label : label.test(text(b)),
  ) as HTMLButtonElement;
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/**
 * Screenshots paint only the viewport (a taller viewport is scaled down), so the page is
 * shot screen by screen, `name-1.png`, `name-2.png`, …: the body is held to the viewport
 * and the dashboard (or the letter dialog) scrolls inside it.
 */
async function shoot(name: string, scroller: HTMLElement = host!) {
  const saved = [document.body.style.cssText, host!.style.cssText];
  document.body.style.cssText = 'margin:0;height:100vh;overflow:hidden';
  if (scroller === host) host.style.cssText = 'height:100vh;overflow:auto';
  // Chart.js resizes its canvases on the next frames after layout settles.
  await new Promise((r) => setTimeout(r, 250));
  const step = scroller.clientHeight;
  const screens = Math.min(12, Math.ceil(scroller.scrollHeight / step));
  for (let i = 0; i < screens; i++) {
    scroller.scrollTop = i * step;
    await nextFrame();
    await page.screenshot({ path: `../test-results/${name}-${i + 1}.png` });
  }
  scroller.scrollTop = 0;
  [document.body.style.cssText, host!.style.cssText] = saved as [string, string];
}

describe('dashboard for honch.io under Clarus LIS', () => {
  it('shows June 2026 at 99.84 %, a 10 % credit whose claim expired, and the 69-minute outage', async () => {
    const ev = honch();
    const root = mount({ evaluation: ev, minutes: ev, citations: clarus.citations });
    expect(text(root.querySelector('h2'))).toBe('Clarus LIS');

    const june = rowWith(root, 'June 2026')!;
    expect(june).toBeTruthy();
    expect(text(june)).toMatch(/99\.84 %/);
    expect(text(june)).toContain('No'); // target missed
    expect(text(june)).toMatch(/10 %/);
    expect(text(june)).toContain('1 h 9 min');
    expect(text(june)).toContain('Jul 30, 2026'); // claim by the end of 30 July (deadline 31 July 00:00)
    expect(text(june)).toContain('expired');
    expect(text(june)).toContain('partial');
    const july = rowWith(root, 'July 2026')!;
    expect(text(july)).toMatch(/100 %/);

    const outage = rowWith(root, 'Jun 17, 2026, 01:37')!;
    expect(text(outage)).toContain('Jun 17, 2026, 02:46');
    expect(text(outage)).toContain('1 h 9 min');
    expect(text(outage)).toContain('Yes');
  });

  it('follows the chosen period in the tiles and shows each column’s clause', async () => {
    const ev = honch();
    const root = mount({ evaluation: ev, minutes: ev, citations: clarus.citations });
    const tiles = root.querySelector('.tiles')!;
    expect(text(tiles)).toContain('Uptime, August 2026');
    expect(text(tiles)).toContain('No open claim');
    expect(text(tiles)).toContain('Last claim window closed Jul 30, 2026');

    button(root, 'June 2026').click();
    await nextFrame();
    expect(text(tiles)).toContain('Uptime, June 2026');
    expect(text(tiles)).toMatch(/99\.84 %/);
    expect(text(tiles)).toContain('Target missed');
    expect(text(tiles)).toContain('1 h 9 min');
    expect(text(tiles)).toContain('of 43 min allowed');
    expect(text(tiles)).toContain('26 min over the allowance');
    expect(text(tiles)).toMatch(/Credit owed, June 2026\s*10 %/);

    // Every number's clause: a title and an accessible description on the cell.
    const creditCell = rowWith(root, 'June 2026')!.querySelectorAll('td')[5]!;
    expect(creditCell.getAttribute('title')).toContain('§4 Service Credits');
    const described = document.getElementById(creditCell.getAttribute('aria-describedby')!);
    expect(text(described)).toContain('§4 Service Credits');
    const head = [...root.querySelectorAll('th .cited')].find((s) => text(s) === 'Credit') as HTMLElement;
    head.focus();
    await nextFrame();
    expect(text(root.querySelector('.cite-note'))).toContain('capped at 50%');
  });

  it('keeps its parts, and what the reader opened, when the same contract is evaluated again', async () => {
    const { root, setEvaluation } = mountEvaluated(honch(), { citations: clarus.citations });
    const tiles = root.querySelector('.tiles')!;
    const clause = root.querySelector<HTMLDetailsElement>('.tiles details.cite-details')!;
    clause.open = true;
    const filter = [...root.querySelectorAll<HTMLSelectElement>('select')].find(
      (el) => el.options[0]?.value === '',
    )!;
    filter.value = '2026-06';
    filter.dispatchEvent(new Event('change', { bubbles: true }));
    await nextFrame();
    button(root, 'Show minutes').click();
    await nextFrame();
    expect(root.querySelectorAll('.minute-strip')).toHaveLength(1);
    // As when a file's SHA-256 is recorded after its import: the same contract, a new evaluation.
    setEvaluation(fingerprinted(honch()));
    await nextFrame();
    expect(root.querySelector('.tiles')).toBe(tiles);
    expect(tiles.isConnected).toBe(true);
    expect(clause.isConnected).toBe(true);
    expect(clause.open).toBe(true);
    // The period chooser still names the period shown, its options made from the new evaluation.
    const chooser = root.querySelector<HTMLSelectElement>('.toolbar select')!;
    expect(chooser.value).toBe('2026-08');
    expect(chooser.selectedOptions[0]?.textContent).toBe('August 2026');
    expect(filter.isConnected).toBe(true);
    expect(filter.value).toBe('2026-06');
    expect(filter.selectedOptions[0]?.textContent).toBe('June 2026');
    // The outage whose minutes were opened stays open, drawn from the new evaluation.
    expect(root.querySelectorAll('.minute-strip')).toHaveLength(1);
    expect(button(root, 'Hide minutes').getAttribute('aria-expanded')).toBe('true');
  });

  it('keeps the time typed for an open ticket’s resolution when the same contract is evaluated again', async () => {
    const kipu = parsePolicy(PRESETS.kipu!);
    const open: TicketRecord = {
      id: 'KIPU-5020',
      severity: 'P0',
      openedAtMs: at('2026-08-04T10:00:00-04:00'),
      firstResponseAtMs: at('2026-08-04T10:20:00-04:00'),
      resolvedAtMs: null,
      reportPublishedAtMs: null,
      source: 'tickets.csv',
      line: 2,
    };
    const { root, setEvaluation } = mountEvaluated(honch(kipu, { tickets: [open] }), {
      citations: kipu.citations,
      onResolveTicket: async () => {},
    });
    const input = await vi.waitUntil(() =>
      root.querySelector<HTMLInputElement>('[data-open-ticket="KIPU-5020"] input[type="datetime-local"]'),
    );
    input.value = '2026-08-04T11:30';
    // As when a file's SHA-256 is recorded while the reader types: the same contract, a new evaluation.
    setEvaluation(fingerprinted(honch(kipu, { tickets: [open] })));
    await nextFrame();
    expect(input.isConnected).toBe(true);
    expect(input.value).toBe('2026-08-04T11:30');
  });

  it('keeps the focus on an outage’s button when the same contract is evaluated again, and moves it on with Show more', async () => {
    const { root, setEvaluation } = mountEvaluated(spaced(150), { citations: clarus.citations });
    const rowButtons = () =>
      [...root.querySelectorAll<HTMLButtonElement>('tbody > tr button')].filter(
        (b) => text(b) === 'Show minutes',
      );
    await vi.waitUntil(() => rowButtons().length === 100);
    expect(text(root)).toContain('150 outages');
    const third = rowButtons()[2]!;
    third.focus();
    setEvaluation(fingerprinted(spaced(150)));
    await nextFrame();
    expect(third.isConnected).toBe(true);
    expect(document.activeElement).toBe(third);

    // The last page takes the button away: the focus goes on to the first outage it brought.
    const more = button(root, 'Show 50 more');
    more.focus();
    more.click();
    await nextFrame();
    expect(rowButtons()).toHaveLength(150);
    expect(button(root, /^Show \d+ more$/)).toBeUndefined();
    expect(document.activeElement).toBe(rowButtons()[100]);
    // The 101st: 100 hours and 30 minutes after 1 June 00:00 UTC, in Cairo's summer time.
    expect(text(document.activeElement?.closest('tr'))).toContain('Jun 5, 2026, 07:30');
  });

  it('draws its charts in the frame after the one that shows its figures', async () => {
    const ev = honch();
    const root = mount({ evaluation: ev, minutes: ev, citations: clarus.citations });
    const canvases = [...root.querySelectorAll<HTMLCanvasElement>('figure.chart canvas')];
    expect(canvases).toHaveLength(3);
    expect(text(root.querySelector('h2'))).toBe('Clarus LIS');
    expect(canvases.map((c) => Chart.getChart(c))).toEqual([undefined, undefined, undefined]);
    await nextFrame();
    expect(canvases.map((c) => (Chart.getChart(c)?.config as { type?: string } | undefined)?.type)).toEqual([
      'bar',
      'bar',
      'line',
    ]);
  });

  it('gives every chart an aria-label and a table alternative', () => {
    const ev = honch();
    const root = mount({ evaluation: ev, minutes: ev, citations: clarus.citations });
    const charts = [...root.querySelectorAll('figure.chart')];
    expect(charts).toHaveLength(3);
    for (const fig of charts) {
      expect(fig.querySelector('canvas')!.getAttribute('aria-label')).toBeTruthy();
      const table = fig.querySelector('details table')!;
      expect(table).toBeTruthy();
      expect(table.querySelectorAll('tbody tr').length).toBeGreaterThan(0);
    }
    // The uptime table lists the three months; the day table of August has 31 days.
    expect(charts[0]!.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(charts[1]!.querySelectorAll('tbody tr')).toHaveLength(31);
  });

  it('counts the outage’s 69 minutes per day and in the budget burn', async () => {
    const ev = honch();
    const root = mount({ evaluation: ev, minutes: ev });
    const select = root.querySelector('.toolbar select') as HTMLSelectElement;
    select.value = '2026-06';
    select.dispatchEvent(new Event('change'));
    await nextFrame();
    const [, daily, burn] = [...root.querySelectorAll('figure.chart')];
    expect(text(rowWith(daily!, 'Jun 17, 2026'))).toContain('1 h 9 min');
    expect(text(rowWith(daily!, 'Jun 16, 2026'))).toContain('0 min');
    expect(text(rowWith(burn!, 'Jun 30, 2026'))).toMatch(/1 h 9 min\s*43 min/);
  });

  it('without the minute arrays, spreads the outage list over the days and says so', async () => {
    const ev = honch();
    const root = mount({ evaluation: ev });
    const select = root.querySelector('.toolbar select') as HTMLSelectElement;
    select.value = '2026-06';
    select.dispatchEvent(new Event('change'));
    await nextFrame();
    const daily = root.querySelectorAll('figure.chart')[1]!;
    expect(text(daily)).toContain('From the outage list');
    expect(text(rowWith(daily, 'Jun 17, 2026'))).toMatch(/1 h 9 min\s*0 min\s*—/);
    button(root, 'Show minutes').click();
    await nextFrame();
    expect(text(root)).toContain('The minute timeline needs the stored per-minute data.');
  });

  it('drills down to the outage’s minutes', async () => {
    const ev = honch();
    const root = mount({ evaluation: ev, minutes: ev });
    const show = button(root, 'Show minutes');
    show.click();
    await nextFrame();
    expect(show.getAttribute('aria-expanded')).toBe('true');
    const strip = root.querySelector('.minute-strip')!;
    expect(strip.querySelectorAll('.m-down')).toHaveLength(69);
    expect(strip.getAttribute('aria-label')!.replace(/\u00a0/g, ' ')).toContain('1 h 9 min down and counted');
    expect(text(rowWith(root, 'down, counted'))).toMatch(/01:37\s*02:46/);
  });

  it('exports the JSON report byte for byte as the command line, and the evidence CSV', async () => {
    const ev = honch();
    const root = mount({ evaluation: ev, minutes: ev });
    const blobs: Blob[] = [];
    const create = URL.createObjectURL.bind(URL);
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return create(b as Blob);
    });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    button(root, 'Download report (JSON)').click();
    button(root, 'Download outage evidence (CSV)').click();
    expect(clicked).toEqual(['sla-clarus-lis-2026-11-21.json', 'sla-clarus-lis-2026-11-21-outages.csv']);
    const json = await blobs[0]!.text();
    expect(json).toBe(reportJson(toReport(ev)));
    expect(json).toBe(`${JSON.stringify(toReport(ev), null, 2)}\n`);
    expect(await blobs[1]!.text()).toBe(outageEvidenceCsv(toReport(ev)));
  });

  it('fits a 360 px screen without horizontal page scrolling, in English and in Arabic', async () => {
    await page.viewport(360, 740);
    const ev = honchWithRecords();
    let root = mount({ evaluation: ev, minutes: ev, citations: clarus.citations });
    await nextFrame();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(360);
    await shoot('ui-dashboard-360');
    // Still no page overflow with every table alternative and the drill-down open.
    for (const d of root.querySelectorAll('details')) d.open = true;
    button(root, 'Show minutes').click();
    await nextFrame();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(360);
    dispose?.();
    host?.remove();

    root = mount({ evaluation: ev, minutes: ev, citations: clarus.citations, locale: 'ar-EG' });
    await nextFrame();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(360);
    for (const d of root.querySelectorAll('details')) d.open = true;
    await nextFrame();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(360);
    await shoot('ui-dashboard-360-ar');
  });

  it('renders Arabic right to left', async () => {
    const ev = honchWithRecords();
    const root = mount({ evaluation: ev, minutes: ev, citations: clarus.citations, locale: 'ar-EG' });
    const dash = root.querySelector('.sla-dashboard')!;
    expect(dash.getAttribute('dir')).toBe('rtl');
    expect(dash.getAttribute('lang')).toBe('ar-EG');
    expect(text(root)).toContain('شهرًا بشهر');
    expect(text(root)).toContain('٩٩٫٨٤');
    // The engine's verdicts are codes, worded in Arabic like the rest of the page.
    const reason = text(root.querySelector('td[data-reason="noticeTooShort"]'));
    expect(reason).toBe('إشعار مدته ٤٨ س، أقل من ٧٢ س المطلوبة.');
    expect(root.querySelectorAll('td[lang="en"], .termination-list [lang="en"]')).toHaveLength(0);
  });

  it('shows exclusions, tickets, termination and obligations, and a wide layout', async () => {
    await page.viewport(1280, 800);
    const ev = honchWithRecords();
    const root = mount({ evaluation: ev, minutes: ev, citations: clarus.citations });
    await nextFrame();
    const late = rowWith(root, 'Database upgrade')!;
    expect(text(late)).toContain('Notice 48 h, less than the 72 h required.');
    expect(text(late)).toContain('No');
    expect(text(root)).toContain('Not triggered: 3 consecutive months below target');
    expect(text(rowWith(root, 'P1response'))).toBeTruthy();
    expect(text(rowWith(root, 'Notify you of a personal-data breach'))).toContain('missed');
    // 48 h late, written as the Obligations tab writes it, with a true minus sign.
    expect(text(rowWith(root, 'Notify you of a personal-data breach')).replace(/\u00a0/g, ' ')).toContain(
      '−2 d',
    );
    button(root, 'June 2026').click();
    button(root, 'Show minutes').click();
    await nextFrame();
    await shoot('ui-dashboard-1280');
  });

  it('opens a printable claim letter for the chosen period', async () => {
    await page.viewport(1280, 800);
    const ev = honchWithRecords();
    const root = mount({ evaluation: ev, minutes: ev, citations: clarus.citations });
    button(root, 'June 2026').click();
    await nextFrame();
    button(root, 'Letter for June 2026').click();
    const dialog = await appeared('[role="dialog"]');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const letter = dialog.querySelector('.claim-letter')!;
    expect(text(letter)).toContain('Re: Clarus LIS — availability in June 2026');
    expect(text(letter)).toMatch(/99\.84 %/);
    expect(text(letter)).toContain('CreditEGP 1,200.00 (10 % of the fee)');
    // The window closed on Jul 30: the letter records the credit and no longer claims it.
    expect(text(letter.querySelector('[data-claim-status]'))).toBe(
      'The credit of EGP 1,200.00 (10 % of the fee) for this period could be claimed until Jul 30, 2026 (\u2068Africa/Cairo\u2069 time). That window has closed; this letter records the figures.',
    );
    expect(text(letter)).not.toContain('We claim');
    // Every time in the letter carries the offset in force then.
    expect(text(rowWith(letter, 'Jun 17, 2026, 01:37 GMT+03:00'))).toContain('1 h 9 min');
    expect(text(letter)).toContain('§4 Service Credits');
    expect(text(letter)).toContain('Notify you of a personal-data breach within 72 hours');
    expect(text(letter)).toContain(
      'Deadline: Jul 4, 2026, 09:00 GMT+03:00; Fulfilled: Jul 6, 2026, 09:00 GMT+03:00 (48 h late)',
    );
    // Nothing follows the signature line: no empty box below it.
    expect(letter.lastElementChild?.classList.contains('signature')).toBe(true);
    await shoot('ui-letter-1280', dialog as HTMLElement);
    await page.viewport(360, 740);
    await nextFrame();
    expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
    await shoot('ui-letter-360', dialog as HTMLElement);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await nextFrame();
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });

  it('renders every preset’s reading of the same records, and an empty report', async () => {
    for (const id of PRESET_IDS) {
      const policy = parsePolicy(PRESETS[id]!);
      const ev = honch(policy);
      const root = mount({ evaluation: ev, minutes: ev, citations: policy.citations });
      await nextFrame();
      expect(text(root.querySelector('h2'))).toBe(policy.name);
      expect(root.querySelectorAll('figure.chart')).toHaveLength(3);
      expect(root.querySelectorAll('tbody tr').length).toBeGreaterThan(0);
      if (id === 'kipu') expect(text(root)).toContain('Incident credits');
      dispose?.();
      host?.remove();
    }
    const empty = honch();
    const root = mount({ evaluation: { ...empty, periods: [], outages: [] } });
    expect(text(root)).toContain('No period has data yet');
  });
});
