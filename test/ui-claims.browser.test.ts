// The claims and termination panel on the dashboard, for engine reports of the samples:
// Clarus LIS (an open claim; with outages added in September and November, an expired one
// and the termination right triggered), Kipu (incident months, a triggered right with a
// notice date) and MedOS (automatic).

import { createComponent } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { Dashboard } from '../src/app/components/Dashboard';
import { cardStatus } from '../src/app/contracts/card-status';
import { clausesInForce } from '../src/engine/changed-clauses';
import type { Evaluation } from '../src/engine/model';
import { withHandResolutions } from '../src/service/inputs';
import '../src/app/shell/app.css';
import {
  appeared,
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

afterEach(unmount);

function dashboard(evaluation: Evaluation, preset: string, locale = 'en') {
  const root = mount(() =>
    createComponent(Dashboard, { evaluation, locale, citations: policyOf(preset).citations }),
  );
  return { root, panel: root.querySelector('[data-testid="claims-panel"]')! };
}

const claim = (panel: Element, label: string) => text(panel.querySelector(`li[data-claim="${label}"]`));

/** An outage log that makes September and November 2026 miss Clarus’s 99.9 % too (two hours down each). */
const moreOutages = {
  name: 'outages.csv',
  kind: 'events' as const,
  csv: [
    'start,end,monitor',
    '2026-09-08T10:00:00+03:00,2026-09-08T12:00:00+03:00,lis',
    '2026-11-03T10:00:00+02:00,2026-11-03T12:00:00+02:00,lis',
  ].join('\n'),
};

const labelOf = (li: Element) => text(li.querySelector('strong'));

describe('claims and termination panel', () => {
  // GitHub's enterprise summary states credits but no time to claim them (claim "none"):
  // a credit owed is still listed, not "no credit to claim".
  it('lists a credit the contract sets no claim deadline for as owed, and the tile says none is set', async () => {
    const e = await sampleEvaluation('clarus-lis');
    const none = {
      ...e,
      periods: e.periods.map((p) => ({
        ...p,
        claim: { claimByMs: null, status: null, daysLeft: null, noDeadline: true as const },
      })),
    };
    const { root, panel } = dashboard(none, 'clarus-lis');
    const lists = panel.querySelectorAll('ul.claim-list');
    expect(lists).toHaveLength(1);
    expect(text(lists[0]?.previousElementSibling)).toBe('Open claims');
    expect([...lists[0]!.querySelectorAll('li')].map((li) => li.getAttribute('data-claim'))).toEqual([
      '2026-10',
    ]);
    expect(claim(lists[0]!, '2026-10')).toMatch(
      /^October 2026\s*25 %\s*Owed; the contract sets no deadline to claim it/,
    );
    expect(text(panel)).not.toContain('No credit to claim');
    const tile = root.querySelectorAll('.tiles .tile')[3]!;
    expect(text(tile.querySelector('.tile-value'))).toBe('None set by the contract');
  });

  // A contract's bound on credits (here a yearly cap) cut the amount: said under the figure,
  // so that it is not read as the credit rule's share of the fee.
  it('says under the credit tile which of the contract’s bounds cut the amount', async () => {
    const e = await sampleEvaluation('clarus-lis', { fee: 1000 });
    const cut = {
      ...e,
      periods: e.periods.map((p) => ({ ...p, credit: { ...p.credit, limitedBy: 'perYear' as const } })),
    };
    expect(text(dashboard(cut, 'clarus-lis').root.querySelector('[data-testid=credit-limited]'))).toBe(
      'Cut to what the contract’s yearly cap on credits leaves',
    );
    unmount();
    expect(dashboard(e, 'clarus-lis').root.querySelector('[data-testid=credit-limited]')).toBeNull();
  });

  // A credit earned outage by outage, claimed by the first window still open: the tile says
  // how many earlier outages' windows closed and the engine's split of the credit, so the
  // whole figure is not read as claimable.
  it('says under the credit tile when earlier outages’ claim windows have closed', async () => {
    const e = await sampleEvaluation('clarus-lis', { fee: 1000 });
    const part = (n: number) => ({
      ...e,
      periods: e.periods.map((p) =>
        p.label === '2026-10'
          ? {
              ...p,
              credit: {
                ...p.credit,
                claimable: { percent: 15, days: null, amount: 150 },
                lapsed: { percent: 10, days: null, amount: 100 },
              },
              claim: { ...p.claim, lapsedWindows: n },
            }
          : p,
      ),
    });
    expect(text(dashboard(part(2), 'clarus-lis').root.querySelector('[data-testid=credit-lapsed]'))).toBe(
      'The claim windows of 2 earlier outages in this period have closed: 10 % · EGP 100.00 of this credit is no longer claimable, 15 % · EGP 150.00 still is',
    );
    unmount();
    expect(text(dashboard(part(1), 'clarus-lis').root.querySelector('[data-testid=credit-lapsed]'))).toBe(
      'The claim window of 1 earlier outage in this period has closed: 10 % · EGP 100.00 of this credit is no longer claimable, 15 % · EGP 150.00 still is',
    );
    unmount();
  });

  // A credit whose claim window closed before the report date is not owed any more: the
  // tile's figure stays (it is what the period earned) with the closing date under it.
  it('says under the credit tile when its claim window has closed, for a period and for incident months', async () => {
    const late = await sampleEvaluation('clarus-lis', { asOf: '2027-01-15' });
    const october = late.periods.find((p) => p.label === '2026-10')!;
    expect([october.credit.percent, october.claim.status]).toEqual([25, 'expired']);
    const { root } = dashboard(late, 'clarus-lis');
    expect(text(root.querySelector('[data-testid=credit-lapsed]'))).toBe(
      'The claim window closed Nov 30, 2026: unless claimed by then, this credit is lost',
    );
    unmount();
    const open = await sampleEvaluation('clarus-lis');
    expect(open.periods.find((p) => p.label === '2026-10')!.claim.status).toBe('open');
    expect(dashboard(open, 'clarus-lis').root.querySelector('[data-testid=credit-lapsed]')).toBeNull();
    unmount();
    const kipu = await sampleEvaluation('kipu', { fee: 12000, asOf: '2027-01-15' });
    const credited = kipu.incidentMonths.filter((m) => m.percent > 0);
    expect(credited.map((m) => m.claim.status)).toEqual(credited.map(() => 'expired'));
    const k = dashboard(kipu, 'kipu');
    expect(text(k.root.querySelector('[data-testid=credit-lapsed]'))).toMatch(
      /^The claim window closed .+: unless claimed by then, this credit is lost$/,
    );
    unmount();
    // One month's window closed, the others still open: counted, not dated.
    const first = credited[0]!.label;
    const mixed = {
      ...kipu,
      incidentMonths: kipu.incidentMonths.map((m) =>
        m.percent > 0 && m.label !== first
          ? { ...m, claim: { ...m.claim, status: 'open' as const, daysLeft: 3 } }
          : m,
      ),
    };
    expect(credited.length).toBeGreaterThan(1);
    expect(text(dashboard(mixed, 'kipu').root.querySelector('[data-testid=credit-lapsed]'))).toBe(
      'The claim window of 1 of these months has closed',
    );
    unmount();
    await page.viewport(360, 740);
    document.documentElement.dir = 'rtl';
    const ar = dashboard(late, 'clarus-lis', 'ar').root;
    expect(text(ar.querySelector('[data-testid=credit-lapsed]'))).toMatch(
      /^أُغلقت مهلة المطالبة في .+: ما لم يُطالَب بهذا الرصيد قبلها فقد سقط$/,
    );
    expect(pageFits()).toBe(true);
    await shoot('credit-lapsed-360-ar');
    document.documentElement.dir = 'ltr';
    await page.viewport(1280, 900);
  });

  // Kipu measures the year, but its credits are earned and claimed month by month: the
  // year's sum of them, once a fee prices them, is not a claim of its own.
  it('does not list Kipu’s yearly sum of monthly incident credits as a claim owed with no deadline', async () => {
    const e = await sampleEvaluation('kipu', { fee: 12000 });
    expect(e.periods.map((p) => [p.label, p.credit.amount, p.claim.status])).toEqual([['2026', 18000, null]]);
    const { panel } = dashboard(e, 'kipu');
    const claims = [...panel.querySelectorAll('ul.claim-list li')].map((li) => li.getAttribute('data-claim'));
    expect(claims).not.toContain('2026');
    expect(text(panel)).not.toContain('the contract sets no deadline');
  });

  // A report dated inside the data: October had not begun on 1 October's eve, and its claim
  // was not yet due; the dashboard says so in the reader's language.
  it('says which periods had not begun on the report date, in English and Arabic', async () => {
    const e = await sampleEvaluation('clarus-lis', { asOf: '2026-09-30' });
    expect(e.periodsAfterAsOf).toEqual(['2026-10']);
    expect(text(dashboard(e, 'clarus-lis').root.querySelector('[data-testid=after-as-of]'))).toBe(
      'Your data runs past the report date, Sep 30, 2026: October 2026 had not begun on that date, and is shown as the data has it; no claim for it was due yet.',
    );
    unmount();
    const early = await sampleEvaluation('clarus-lis', { asOf: '2026-08-01' });
    await page.viewport(360, 740);
    document.documentElement.dir = 'rtl';
    expect(early.periodsAfterAsOf).toEqual(['2026-09', '2026-10']);
    expect(
      text(dashboard(early, 'clarus-lis', 'ar').root.querySelector('[data-testid=after-as-of]')),
    ).toMatch(/^تمتد بياناتك إلى ما بعد تاريخ التقرير، .+: لم تكن الفترتان .+ و.+ قد بدأتا في ذلك التاريخ/);
    expect(pageFits()).toBe(true);
    await shoot('after-as-of-360-ar');
    document.documentElement.dir = 'ltr';
    await page.viewport(1280, 900);
    unmount();
    const today = await sampleEvaluation('clarus-lis');
    expect(today.periodsAfterAsOf).toEqual([]);
    expect(dashboard(today, 'clarus-lis').root.querySelector('[data-testid=after-as-of]')).toBeNull();
  });

  // Dated inside October with October's data going on past that day: the dashboard opens on
  // October, which was running, and says its figures count the later data; dated before
  // October began, it opens on September, the period running then, not on October.
  it('opens on the period running on the report date, and says when its data runs past that day', async () => {
    const e = await sampleEvaluation('clarus-lis', { asOf: '2026-10-20' });
    expect([e.periodsAfterAsOf, e.periodsRunningPastAsOf]).toEqual([[], ['2026-10']]);
    const { root } = dashboard(e, 'clarus-lis');
    expect((root.querySelector('.toolbar select') as HTMLSelectElement | null)?.value ?? '').toBe('2026-10');
    expect(text(root.querySelector('[data-testid=running-past-as-of]'))).toBe(
      'October 2026 was still running on the report date, Oct 20, 2026, and your data goes on past that day: its figures count the later data too, so they are not where the period stood on that date.',
    );
    unmount();
    const before = await sampleEvaluation('clarus-lis', { asOf: '2026-09-30' });
    expect(before.periodsRunningPastAsOf).toEqual([]);
    const earlier = dashboard(before, 'clarus-lis').root;
    expect((earlier.querySelector('.toolbar select') as HTMLSelectElement | null)?.value ?? '').toBe(
      '2026-09',
    );
    expect(earlier.querySelector('[data-testid=running-past-as-of]')).toBeNull();
    // The contract's card judges it by the same period.
    expect([cardStatus(before).period?.label, cardStatus(e).period?.label]).toEqual(['2026-09', '2026-10']);
    unmount();
    const whole = await sampleEvaluation('clarus-lis');
    expect(whole.periodsRunningPastAsOf).toEqual([]);
  });

  it('lists Clarus’s open October claim with its countdown', async () => {
    const { panel } = dashboard(await sampleEvaluation('clarus-lis'), 'clarus-lis');
    expect(text(panel.querySelector('h3'))).toBe('Claims and termination');
    expect(text(panel)).toContain('Deadlines in Africa/Cairo, counted as of Nov 21, 2026.');
    const lists = panel.querySelectorAll('ul.claim-list');
    expect(lists).toHaveLength(1);
    expect(text(lists[0]?.previousElementSibling)).toBe('Open claims');
    expect(claim(lists[0]!, '2026-10')).toMatch(/October 2026\s*25 %.*10 days left\s*Claim by Nov 30, 2026/);
    expect(lists[0]!.querySelector('button[data-letter-for]')!.getAttribute('aria-label')).toBe(
      'Claim letter, October 2026',
    );
    const rule = panel.querySelector('.termination-list li')!;
    expect(text(rule)).toContain('Not triggered: 3 consecutive months below target');
    expect(rule.classList.contains('triggered')).toBe(false);
  });

  it('lists the expired claim and marks the termination right once three months in a row miss', async () => {
    const report = await sampleEvaluation('clarus-lis', { extraFiles: [moreOutages] });
    const { panel } = dashboard(report, 'clarus-lis');
    const lists = panel.querySelectorAll('ul.claim-list');
    expect(text(lists[1]?.previousElementSibling)).toBe('Expired and automatic');
    expect(claim(lists[1]!, '2026-09')).toMatch(
      /September 2026\s*10 %.*Expired: the window closed Oct 30, 2026/,
    );
    // Open claims soonest first: October's window closes before November's.
    expect([...lists[0]!.querySelectorAll('li')].map(labelOf)).toEqual(['October 2026', 'November 2026']);
    const rule = panel.querySelector('.termination-list li')!;
    expect(rule.classList.contains('triggered')).toBe(true);
    expect(text(rule)).toContain('Triggered: 3 consecutive months below target');
    expect(text(rule)).toContain(
      'Triggered by September 2026, October 2026, and November 2026. You may terminate under this rule.',
    );
    // November's credit is a third claim, open until the end of December.
    expect(claim(panel, '2026-11')).toMatch(/November 2026.*40 days left\s*Claim by Dec 30, 2026/);
  });

  it('lists Kipu’s incident months soonest first and the notice deadline of the triggered right', async () => {
    const { panel } = dashboard(await sampleEvaluation('kipu'), 'kipu');
    const open = [...panel.querySelectorAll('ul.claim-list')[0]!.querySelectorAll('li')].map(text);
    expect(open).toHaveLength(2);
    expect(open[0]).toMatch(/Incidents, October 2026\s*50 %.*11 days left\s*Claim by Dec 1, 2026, 00:10/);
    expect(open[1]).toMatch(/Incidents, November 2026\s*25 %.*22 days left\s*Claim by Dec 12, 2026, 11:00/);
    const closed = [...panel.querySelectorAll('ul.claim-list')[1]!.querySelectorAll('li')].map(labelOf);
    expect(closed).toEqual(['Incidents, September 2026', 'Incidents, March 2026']);
    const rule = panel.querySelector('.termination-list li.triggered')!;
    expect(text(rule)).toContain('3 or more P0 incidents in a month for 2 consecutive months');
    expect(text(rule)).toContain('Triggered by September 2026 and October 2026.');
    // As of Nov 21 the notice window (to the end of Nov 5) has closed: the right has lapsed.
    expect(text(rule)).toContain('The notice window closed on Nov 5, 2026: this right has lapsed.');
    expect(text(rule)).not.toContain('You may terminate');
    expect(rule.querySelector('[data-notice]')?.getAttribute('data-notice')).toBe('expired');
  });

  it('words a deadline at a time of day as a time to claim by, and a whole day to its end, in Arabic', async () => {
    const when = (panel: Element) =>
      [...panel.querySelectorAll('li[data-claim] .claim-when span:last-of-type')].map(text);
    // Kipu's incident credits are due at a time of day.
    let { panel } = dashboard(await sampleEvaluation('kipu'), 'kipu', 'ar-EG');
    expect(when(panel).slice(0, 2)).toEqual([
      'طالِب بحلول ١ ديسمبر ٢٠٢٦، ٠٠:١٠',
      'طالِب بحلول ١٢ ديسمبر ٢٠٢٦، ١١:٠٠',
    ]);
    // Clarus's October credit is due by the end of a day.
    ({ panel } = dashboard(await sampleEvaluation('clarus-lis'), 'clarus-lis', 'ar-EG'));
    expect(when(panel)).toEqual(['طالِب قبل نهاية ٣٠ نوفمبر ٢٠٢٦']);
  });

  it('shows a termination right still open, with the days left to give notice', async () => {
    const { panel } = dashboard(await sampleEvaluation('kipu', { asOf: '2026-11-03' }), 'kipu');
    const rule = panel.querySelector('.termination-list li.triggered')!;
    expect(text(rule)).toContain('You may terminate under this rule.');
    expect(text(rule)).toContain('Give notice by Nov 5, 2026. Notice window open: 3 days left.');
    expect(rule.querySelector('[data-notice]')?.getAttribute('data-notice')).toBe('open');
    // In Arabic the notice day is given to its end, as a claim's day is.
    const ar = dashboard(await sampleEvaluation('kipu', { asOf: '2026-11-03' }), 'kipu', 'ar-EG').panel;
    expect(text(ar.querySelector('.termination-list li.triggered .notice-by'))).toBe(
      'أرسل الإشعار قبل نهاية ٥ نوفمبر ٢٠٢٦. مهلة الإشعار مفتوحة: بقيت ٣ أيام.',
    );
  });

  // Espressive: "falls below 97% on a rolling three (3) months average … provided that
  // such notice is given within sixty (60) days".
  it('words a right on a rolling average, its periods and its notice deadline, in English and Arabic', async () => {
    // The right arises when November ends: on the report date of its last day it has.
    const report = await sampleEvaluation('clarus-lis', {
      extraFiles: [moreOutages],
      termination: [
        { kind: 'averageBelow', periods: 3, belowPercent: 99.9, noticeDays: 30, noticeWithinDays: 60 },
      ],
      asOf: '2026-11-30',
    });
    const rule = async (locale: string) => {
      const { panel } = dashboard(report, 'clarus-lis', locale);
      const words = await appeared('[data-rule="averageBelow"]');
      for (let i = 0; i < 100 && !text(words); i++) await nextFrame();
      return panel.querySelector('.termination-list li')!;
    };
    const en = await rule('en');
    expect(text(en.querySelector('p'))).toBe(
      'Triggered: Average uptime of 3 consecutive months below 99.9 %; termination on 30 days’ written notice',
    );
    expect(text(en)).toContain(
      'Triggered by September 2026, October 2026, and November 2026. Their average uptime was 99.43 %, below 99.9 %. You may terminate under this rule.',
    );
    // The engine's mean of 99.655…, 98.923… and 99.722… (99.4337…), to two decimals.
    expect(report.termination[0]!.averagePercent).toBeCloseTo(99.43375, 5);
    // Sixty days after 1 December in Cairo.
    expect(text(en.querySelector('.notice-by'))).toBe(
      'Give notice by Jan 29, 2027. Notice window open: 61 days left.',
    );
    const ar = await rule('ar-EG');
    expect(text(ar.querySelector('p'))).toBe(
      'قائم: متوسط التوافر في ٣ أشهر متتالية دون ٩٩٫٩٪؛ والإنهاء بإشعار كتابي مدته ٣٠ يومًا',
    );
    expect(text(ar)).toContain('وكان متوسط توافرها ٩٩٫٤٣٪، دون ٩٩٫٩٪.');
    expect(text(ar.querySelector('.notice-by'))).toBe(
      'أرسل الإشعار قبل نهاية ٢٩ يناير ٢٠٢٧. مهلة الإشعار مفتوحة: بقي ٦١ يومًا.',
    );
    for (const width of [360, 1280])
      for (const locale of ['en', 'ar-EG']) {
        await page.viewport(width, 740);
        const li = await rule(locale);
        li.closest('ul')!.previousElementSibling!.scrollIntoView();
        await nextFrame();
        expect(pageFits()).toBe(true);
        await page.screenshot({
          element: li.closest('ul')!,
          path: `../test-results/ui-claims-average-${width}${locale === 'en' ? '' : '-ar'}.png`,
        });
      }
  });

  it('shows MedOS’s credit as automatic, with no deadline', async () => {
    const { panel } = dashboard(await sampleEvaluation('medos'), 'medos');
    expect(claim(panel, '2026-10')).toMatch(/October 2026\s*3 days of service\s*Credited automatically/);
    expect(text(panel)).toContain('The contract gives no termination right.');
  });

  it('says when no credit is owed', async () => {
    const report = await sampleEvaluation('clarus-lis');
    const quiet = {
      ...report,
      periods: report.periods.map((p) => ({
        ...p,
        credit: { ...p.credit, percent: 0, amount: null },
        claim: { ...p.claim, status: null },
      })),
    };
    const { panel } = dashboard(quiet, 'clarus-lis');
    expect(text(panel)).toContain('No credit to claim on these figures.');
  });

  it('fits 360 px and reads right to left in Arabic', async () => {
    await page.viewport(360, 740);
    const report = await sampleEvaluation('kipu');
    let { root, panel } = dashboard(report, 'kipu');
    panel.scrollIntoView();
    await nextFrame();
    expect(pageFits()).toBe(true);
    await shoot('ui-claims-360');
    ({ root, panel } = dashboard(report, 'kipu', 'ar-EG'));
    expect(root.querySelector('.sla-dashboard')!.getAttribute('dir')).toBe('rtl');
    expect(text(panel)).toContain('المطالبات وإنهاء العقد');
    expect(text(panel)).toContain('بقي ١١ يومًا');
    // The letter button's name joins its words with the Arabic comma.
    expect(panel.querySelector('button[data-letter-for]')!.getAttribute('aria-label')).toMatch(
      /^خطاب المطالبة، /,
    );
    await nextFrame();
    expect(pageFits()).toBe(true);
    await shoot('ui-claims-360-ar');
  });
});

describe('every credit visible and claimable, with a letter each', () => {
  const letterOf = async (root: Element, forKey: string) => {
    (root.querySelector(`button[data-letter-for="${forKey}"]`) as HTMLButtonElement).click();
    return appeared('[role="dialog"] .claim-letter');
  };
  const closeLetter = async () => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await nextFrame();
  };

  it('Kipu: the headline and the year’s row state the four monthly credits', async () => {
    await page.viewport(1280, 900);
    const { root } = dashboard(await sampleEvaluation('kipu'), 'kipu');
    const tile = root.querySelectorAll('.tiles .tile')[2]!;
    expect(text(tile.querySelector('.tile-label'))).toBe('Credit owed, 2026');
    expect(text(tile.querySelector('[data-testid="incident-credit-total"]'))).toBe('4 monthly credits');
    expect(text(tile.querySelector('[data-testid="incident-credit-months"]'))).toBe(
      'Mar 25 %, Sep 50 %, Oct 50 %, Nov 25 %',
    );
    expect(text(tile)).toContain('Set the contract fee to see the amount.');
    // Kipu measures by the year: its table says so.
    expect([...root.querySelectorAll('.card h3')].map(text)).toContain('Year by year');
    expect([...root.querySelectorAll('.card h3')].map(text)).not.toContain('Month by month');
    const row = root.querySelector('.card tbody tr')!;
    expect(text(row)).toContain('Mar 25 %, Sep 50 %, Oct 50 %, Nov 25 %');
    // The soonest open deadline (October's) and how the four stand on Nov 21.
    expect(text(row)).toContain('Dec 1, 2026, 00:10');
    expect(text(row)).toContain('2 open, 2 expired');
    await shoot('ui-kipu-credits-1280');
  });

  it('Kipu with a fee: the headline states the amount of all four', async () => {
    const { root } = dashboard(await sampleEvaluation('kipu', { fee: 800 }), 'kipu');
    const tile = root.querySelectorAll('.tiles .tile')[2]!;
    // 25 + 50 + 50 + 25 = 150 % of an 800 USD monthly fee.
    expect(text(tile.querySelector('[data-testid="incident-credit-total"]'))).toBe('$1,200.00');
  });

  it('claims only the part of a credit whose windows are still open, in the list and the letter', async () => {
    await page.viewport(1280, 900);
    const e = await sampleEvaluation('clarus-lis', { fee: 1000 });
    const part = {
      ...e,
      periods: e.periods.map((p) =>
        p.label === '2026-10'
          ? {
              ...p,
              credit: {
                ...p.credit,
                claimable: { percent: 15, days: null, amount: 150 },
                lapsed: { percent: 10, days: null, amount: 100 },
              },
              claim: { ...p.claim, lapsedWindows: 2 },
            }
          : p,
      ),
    };
    const { root, panel } = dashboard(part, 'clarus-lis');
    expect(claim(panel, '2026-10')).toMatch(/^October 2026\s*15 % · EGP 150\.00\s*10 days/);
    const letter = await letterOf(root, 'period-2026-10');
    // The figures state the credit earned; the claim asks for the part still claimable. In
    // the letter's words, a credit is its amount and its share of the fee.
    expect(text(rowWith(letter, 'Credit'))).toBe('CreditEGP 250.00 (25 % of the fee)');
    expect(text(letter.querySelector('[data-claim-status]'))).toBe(
      'We claim the service credit of EGP 150.00 (15 % of the fee) that the agreement provides for this period.',
    );
    expect(text(letter.querySelector('[data-testid=letter-part-lapsed]'))).toBe(
      'The claim windows of 2 earlier outages in this period have closed, so the EGP 100.00 (10 % of the fee) they earned is not claimed.',
    );
    await shoot('ui-letter-part-lapsed-1280');
    await closeLetter();
    unmount();
    const ar = dashboard(part, 'clarus-lis', 'ar');
    const arLetter = await letterOf(ar.root, 'period-2026-10');
    const arLapsed = arLetter.querySelector('[data-testid=letter-part-lapsed]')!;
    expect(text(arLapsed)).toBe(
      'أُغلقت مهلة المطالبة عن انقطاعات سابقة في هذه الفترة عددها 2، فلا نطالب بالجزء البالغ \u2068‏100.00 ج.م.‏\u200e\u2069 (10٪ من الرسوم) الذي استحقته.',
    );
    await page.viewport(360, 800);
    arLapsed.scrollIntoView({ block: 'center' });
    await nextFrame();
    await page.screenshot({
      path: '../test-results/ui-letter-part-lapsed-ar-360.png',
      element: arLapsed.parentElement!,
    });
    await closeLetter();
    const tile = ar.root.querySelectorAll('.tiles .tile')[2]!;
    tile.scrollIntoView();
    await nextFrame();
    await page.screenshot({ path: '../test-results/ui-tile-part-lapsed-ar-360.png', element: tile });
  });

  it('Kipu: a letter for the November incident credit, with its incident and the offset in force', async () => {
    await page.viewport(1280, 900);
    const { root } = dashboard(await sampleEvaluation('kipu'), 'kipu');
    const letter = await letterOf(root, 'incidents-2026-11');
    expect(text(letter.querySelector('h2'))).toBe('Service credit claim');
    expect(text(letter)).toContain('Re: Kipu — service interruptions in November 2026');
    expect(text(rowWith(letter, 'P0 incidents'))).toBe('P0 incidents1 incident (2 h)');
    expect(text(rowWith(letter, 'Credit'))).toBe('Credit25 % of the fee');
    expect(text(letter.querySelector('[data-claim-status]'))).toBe(
      'We claim the service credit of 25 % of the fee that the agreement provides for the incidents of November 2026.',
    );
    expect(text(letter)).toContain(
      'This claim is made within the claim period, which ends Dec 12, 2026, 11:00 GMT-05:00.',
    );
    const incidents = [...letter.querySelectorAll('tr[data-incident]')].map(text);
    expect(incidents).toEqual([
      'P0Nov 12, 2026, 09:00 GMT-05:00Nov 12, 2026, 11:00 GMT-05:002 hOutage in our monitoring',
    ]);
    // Asked for the fee it cannot state, in the dialog (not in the printed letter).
    expect(text(document.querySelector('.letter-fee'))).toContain('Fee per month (USD)');
    await shoot('ui-letter-kipu-1280');
    await closeLetter();
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });

  it('Kipu: an outage that a Level 0 ticket reported names the ticket beside it', async () => {
    const e = await sampleEvaluation('kipu');
    const reported = {
      ...e,
      incidentMonths: e.incidentMonths.map((m) => ({
        ...m,
        incidents: m.incidents.map((i) => (i.ticketId === null ? { ...i, reportedIn: ['KIPU-5030'] } : i)),
      })),
    };
    const { root } = dashboard(reported, 'kipu');
    const letter = await letterOf(root, 'incidents-2026-11');
    expect([...letter.querySelectorAll('tr[data-incident]')].map(text)).toEqual([
      'P0Nov 12, 2026, 09:00 GMT-05:00Nov 12, 2026, 11:00 GMT-05:002 hOutage in our monitoring, reported in ticket KIPU-5030',
    ]);
    await closeLetter();
  });

  it('Kipu: the expired March credit’s letter records it and claims nothing', async () => {
    const { root } = dashboard(await sampleEvaluation('kipu'), 'kipu');
    const letter = await letterOf(root, 'incidents-2026-03');
    const sentence = text(letter.querySelector('[data-claim-status]'));
    expect(sentence).toBe(
      'The credit of 25 % of the fee for this period could be claimed until Apr 7, 2026, 03:30 GMT-04:00. That window has closed; this letter records the figures.',
    );
    expect(text(letter)).not.toContain('We claim');
    // The spring-forward night: from EST into EDT, each end with its own offset.
    expect([...letter.querySelectorAll('tr[data-incident]')].map(text)).toEqual([
      'P0Mar 8, 2026, 01:40 GMT-05:00Mar 8, 2026, 03:30 GMT-04:0050 minOutage in our monitoring',
    ]);
    await closeLetter();
  });

  it('Clarus: October’s letter counts 30 minutes of the boundary outage and writes the DST night with offsets', async () => {
    await page.viewport(1280, 900);
    const e = await sampleEvaluation('clarus-lis');
    const { root } = dashboard(e, 'clarus-lis');
    const letter = await letterOf(root, 'period-2026-10');
    expect(text(letter)).toContain('Re: Clarus LIS — availability in October 2026');
    const boundary = rowWith(letter, 'Sep 30, 2026, 23:50 GMT+03:00')!;
    expect(text(boundary)).toBe(
      'Sep 30, 2026, 23:50 GMT+03:00Oct 1, 2026, 00:30 GMT+03:0040 minYes30 min (of 40 min in all)0 min',
    );
    const dst = rowWith(letter, 'Oct 29, 2026, 23:20 GMT+03:00')!;
    expect(text(dst)).toBe(
      'Oct 29, 2026, 23:20 GMT+03:00Oct 29, 2026, 23:40 GMT+02:001 h 20 minYes1 h 20 min0 min',
    );
    expect(text(letter.querySelector('tfoot'))).toBe('Downtime counted in the period8 h 1 min');
    expect(e.periods[1]!.downtimeMinutes).toBe(481);
    // The RPO promise states the data lost.
    expect(text(letter)).toContain('data lost: 32.25 h before the incident of');
    expect(text(letter)).toContain('where at most 24 h is allowed');
    await closeLetter();
  });

  it('MedOS: the letter lists the support tickets past their targets, responses then resolutions', async () => {
    await page.viewport(1280, 900);
    const e = await sampleEvaluation('medos');
    const { root } = dashboard(e, 'medos');
    const letter = await letterOf(root, 'period-2026-10');
    const table = letter.querySelector('[data-testid="letter-tickets"]')!;
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => [
      r.getAttribute('data-ticket'),
      r.getAttribute('data-target'),
    ]);
    // Every target the report found missed, and nothing else.
    expect(rows).toEqual([
      ...e.tickets.filter((x) => x.met === false).map((x) => [x.id, 'response']),
      ...e.resolutions.filter((x) => x.met === false).map((x) => [x.id, 'resolution']),
    ]);
    expect(text(table.querySelector('tbody tr'))).toBe(
      'MED-102P1 · first responseSep 19, 2026, 21:35 GMT+05:30Sep 19, 2026, 22:20 GMT+05:3045 min30 min (24×7)',
    );
    // A notice promise missed: the notice fell short, nothing was late.
    expect(text(letter)).toMatch(
      /Announce material SLA changes at least 30 days before they apply — notice given .+ for a change that took effect Oct 20, 2026, 00:00 GMT\+05:30: 274 h less than the notice required/,
    );
    table.scrollIntoView();
    await shoot('ui-letter-tickets-1280');
    await closeLetter();
  });

  it('the evidence table and drill-down carry offsets across the Clarus DST night only', async () => {
    const { root } = dashboard(await sampleEvaluation('clarus-lis'), 'clarus-lis');
    const rows = [...root.querySelectorAll('tr.qualifying')].map(text);
    expect(rows.find((r) => r.startsWith('Oct 29, 2026, 23:20'))).toMatch(
      /^Oct 29, 2026, 23:20 GMT\+03:00Oct 29, 2026, 23:40 GMT\+02:001 h 20 min/,
    );
    // Elsewhere the wall times are unambiguous and stay short.
    expect(rows.find((r) => r.startsWith('Sep 30, 2026, 23:50'))).toMatch(
      /^Sep 30, 2026, 23:50Oct 1, 2026, 00:30/,
    );
  });

  it('the sender and contract reference typed in the dialog are written into the letter', async () => {
    const { root } = dashboard(await sampleEvaluation('clarus-lis'), 'clarus-lis');
    const letter = await letterOf(root, 'period-2026-10');
    const [from, reference] = [...document.querySelectorAll<HTMLInputElement>('.letter-fields input')];
    from!.value = 'Nile Labs';
    from!.dispatchEvent(new InputEvent('input', { bubbles: true }));
    reference!.value = 'CLR-2025-114';
    reference!.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await nextFrame();
    expect(text(letter)).toContain('From: Nile Labs');
    expect(text(letter)).toContain('Contract reference: CLR-2025-114');
    expect(text(letter.querySelector('.signature'))).toBe('Nile Labs');
    await closeLetter();
    localStorage.removeItem('sla-witness-letter-sender');
  });

  it('each contract keeps its own reference, and the letter names the contract when the policy’s name is not its own', async () => {
    localStorage.removeItem('sla-witness-letter-sender');
    const evaluation = await sampleEvaluation('clarus-lis');
    const open = async (contract: { id: number; name: string }) => {
      const root = mount(() =>
        createComponent(Dashboard, {
          evaluation,
          contract,
          locale: 'en',
          citations: policyOf('clarus-lis').citations,
        }),
      );
      return letterOf(root, 'period-2026-10');
    };
    const referenceField = () => document.querySelectorAll<HTMLInputElement>('.letter-fields input')[1]!;

    const first = await open({ id: 1, name: 'Main lab' });
    expect(text(first.querySelector('[data-testid="letter-contract"]'))).toBe('Contract: Main lab');
    referenceField().value = 'CLR-MAIN-1';
    referenceField().dispatchEvent(new InputEvent('input', { bubbles: true }));
    await closeLetter();
    unmount();

    // A second contract on the same preset starts without the first one's reference.
    const second = await open({ id: 2, name: 'Branch lab' });
    expect(referenceField().value).toBe('');
    expect(text(second)).not.toContain('CLR-MAIN-1');
    expect(text(second)).toContain('Contract: Branch lab');
    await closeLetter();
    unmount();

    const again = await open({ id: 1, name: 'Main lab' });
    expect(referenceField().value).toBe('CLR-MAIN-1');
    expect(text(again)).toContain('Contract reference: CLR-MAIN-1');
    await closeLetter();
    unmount();

    // A contract named as its policy is not named twice.
    const same = await open({ id: 3, name: 'Clarus LIS' });
    expect(same.querySelector('[data-testid="letter-contract"]')).toBeNull();
    await closeLetter();
    unmount();
    localStorage.removeItem('sla-witness-letter-sender');
  });

  it('a term the contract changed is stated as agreed, not argued from the preset’s clause', async () => {
    await page.viewport(1280, 900);
    const edited = structuredClone(policyOf('clarus-lis'));
    edited.minOutageMinutes = 2;
    edited.claim = { kind: 'afterPeriodEnd', days: 45 };
    const { citations, changed } = clausesInForce(edited, policyOf('clarus-lis'));
    const evaluation = await sampleEvaluation('clarus-lis');
    const root = mount(() =>
      createComponent(Dashboard, {
        evaluation,
        locale: 'en',
        citations,
        changed,
      }),
    );
    const note =
      'Changed for this contract: the figures use the term as set in this contract’s policy, not the clause quoted from the standard terms.';
    const claimNote = root.querySelector(
      '[data-testid="claims-panel"] .cite-details[data-cite-for="claim"] p',
    );
    expect(text(claimNote)).toBe(note);
    expect(claimNote?.getAttribute('lang')).toBeNull();
    const letter = await letterOf(root, 'period-2026-10');
    expect([...letter.querySelectorAll('.letter-clauses dt')].map(text)).toEqual([
      'Target',
      'Uptime formula',
      'Downtime (changed for this contract)',
      'Exclusions',
      'Credits',
      'Claims (changed for this contract)',
    ]);
    const generic =
      'This letter applies the term as agreed for this contract, not the clause of the standard terms.';
    const clarus = policyOf('clarus-lis').citations;
    expect([...letter.querySelectorAll('.letter-clauses dd')].map(text)).toEqual([
      clarus.target,
      clarus.formula,
      generic,
      clarus['exclusions.kinds'],
      clarus.credit,
      generic,
    ]);
    expect(text(letter)).not.toContain('one minute or more');
    expect(text(letter)).not.toContain('within 30 days of the end of the month');
    await closeLetter();
  });

  it('a changed term is stated in words as the contract has it, in English and Arabic', async () => {
    await page.viewport(1280, 900);
    const edited = structuredClone(policyOf('clarus-lis'));
    edited.minOutageMinutes = 2;
    edited.claim = { kind: 'afterPeriodEnd', days: 45 };
    const { citations, changed } = clausesInForce(edited, policyOf('clarus-lis'));
    const evaluation = await sampleEvaluation('clarus-lis');
    for (const [locale, expected] of [
      [
        'en',
        [
          'This letter applies the term as agreed for this contract: An outage counts as downtime only when it lasts at least 2 minutes.',
          'This letter applies the term as agreed for this contract: A credit must be claimed within 45 days after the end of the month.',
        ],
      ],
      [
        'ar',
        [
          // Two minutes are said in words, as Arabic counts them.
          'يطبّق هذا الخطاب الشرط كما اتُّفق عليه لهذا العقد: لا يُحتسب الانقطاع وقت تعطل إلا إذا دام دقيقتين على الأقل.',
          'يطبّق هذا الخطاب الشرط كما اتُّفق عليه لهذا العقد: يجب المطالبة بالتعويض خلال 45 يومًا بعد نهاية الشهر.',
        ],
      ],
    ] as const) {
      const root = mount(() =>
        createComponent(Dashboard, { evaluation, locale, citations, changed, policy: edited }),
      );
      const letter = await letterOf(root, 'period-2026-10');
      const dd = [...letter.querySelectorAll('.letter-clauses dd')].map(text);
      expect([dd[2], dd[5]]).toEqual(expected);
      await closeLetter();
      unmount();
    }
  });

  it('a reference saved under the policy’s name is taken over by one contract', async () => {
    localStorage.setItem(
      'sla-witness-letter-sender',
      JSON.stringify({ from: 'Nile Labs', references: { 'Clarus LIS': 'CLR-OLD-7' } }),
    );
    const evaluation = await sampleEvaluation('clarus-lis');
    const open = async (id: number) => {
      const root = mount(() =>
        createComponent(Dashboard, {
          evaluation,
          contract: { id, name: `Lab ${id}` },
          locale: 'en',
          citations: policyOf('clarus-lis').citations,
        }),
      );
      return letterOf(root, 'period-2026-10');
    };
    expect(text(await open(5))).toContain('Contract reference: CLR-OLD-7');
    await closeLetter();
    unmount();
    const other = await open(6);
    expect(text(other)).not.toContain('CLR-OLD-7');
    expect(text(other)).toContain('From: Nile Labs');
    await closeLetter();
    unmount();
    expect(text(await open(5))).toContain('Contract reference: CLR-OLD-7');
    await closeLetter();
    localStorage.removeItem('sla-witness-letter-sender');
  });

  it('Arabic letter at 360 px', async () => {
    await page.viewport(360, 740);
    const { root } = dashboard(await sampleEvaluation('kipu'), 'kipu', 'ar-EG');
    const letter = await letterOf(root, 'incidents-2026-11');
    expect(letter.getAttribute('dir')).toBe('rtl');
    expect(text(letter)).toContain('الموضوع: Kipu — انقطاعات الخدمة في');
    await shoot('ui-letter-kipu-360-ar');
    await closeLetter();
  });

  // The page's own fixed notices ("ready to work offline", "update available") are inert
  // while the letter is open: above it, one hid the sender field on a phone and its
  // Dismiss could not be pressed.
  it('on a phone the letter lies above the page’s fixed notices', async () => {
    await page.viewport(360, 740);
    const { root } = dashboard(await sampleEvaluation('kipu'), 'kipu');
    const notice = document.createElement('div');
    notice.className = 'update-prompt';
    notice.textContent = 'Ready to work offline.';
    root.append(notice);
    const letter = await letterOf(root, 'incidents-2026-11');
    const box = notice.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(top?.closest('.letter-overlay')).toBe(letter.closest('.letter-overlay'));
    await closeLetter();
  });
});

describe('an open Level 0 ticket', () => {
  const open = {
    id: 'KIPU-5020',
    severity: 'P0',
    openedAtMs: Date.parse('2026-08-04T10:00:00-04:00'),
    firstResponseAtMs: Date.parse('2026-08-04T10:20:00-04:00'),
    resolvedAtMs: null,
    reportPublishedAtMs: null,
    source: 'tickets.csv',
    line: 9,
  };

  it('says it is counted as one incident running to the end of the report date, and takes its resolution', async () => {
    await page.viewport(1280, 900);
    const e = await sampleEvaluation('kipu', { extraTickets: [open] });
    // Aug 4 10:00 EDT (14:00Z) to the end of Nov 21 EST (Nov 22 05:00Z): 109 d 15 h, over 6 hours: 100 %.
    expect(e.incidentMonths.find((m) => m.label === '2026-08')!.percent).toBe(100);
    const resolved: [string, number | null][] = [];
    mount(() =>
      createComponent(Dashboard, {
        evaluation: e,
        locale: 'en',
        citations: policyOf('kipu').citations,
        onResolveTicket: async (id, at) => void resolved.push([id, at]),
      }),
    );
    const note = await appeared('[data-open-ticket="KIPU-5020"]');
    expect(text(note.querySelector('p'))).toBe(
      'Ticket KIPU-5020 (P0, opened Aug 4, 2026, 10:00 GMT-04:00) has no resolution time: it is counted as one incident of August 2026 running to the end of Nov 21, 2026 (109 d 15 h). If it was resolved, enter when, or add its resolved_at to the tickets file and import it again.',
    );
    const input = note.querySelector<HTMLInputElement>('[data-testid="ticket-resolved-at"]')!;
    const submit = note.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(text(note.querySelector('label'))).toBe('Resolved at (America/New_York)');
    expect(text(submit)).toBe('Mark ticket KIPU-5020 resolved');
    // Before the ticket was opened: refused, nothing recorded.
    input.value = '2026-08-04T09:00';
    submit.click();
    await nextFrame();
    expect(text(note.querySelector('[role="alert"]'))).toBe(
      'Enter a time after the ticket was opened and no later than the end of the report date.',
    );
    expect(resolved).toEqual([]);
    input.value = '2026-08-04T11:30';
    submit.click();
    await nextFrame();
    expect(resolved).toEqual([['KIPU-5020', Date.parse('2026-08-04T11:30:00-04:00')]]);
    note.scrollIntoView();
    await shoot('ui-open-ticket-1280');
  });

  it('resolved as entered: counted for its hour and a half, said so, and can be taken back', async () => {
    await page.viewport(360, 740);
    const e = await sampleEvaluation('kipu', {
      extraTickets: withHandResolutions(
        [open],
        [{ ticketId: 'KIPU-5020', resolvedAtMs: Date.parse('2026-08-04T11:30:00-04:00') }],
      ),
    });
    const august = e.incidentMonths.find((m) => m.label === '2026-08')!;
    expect(august.incidents.find((i) => i.ticketId === 'KIPU-5020')).toMatchObject({
      open: false,
      resolvedByHand: true,
      minutes: 90,
    });
    const resolved: [string, number | null][] = [];
    const root = mount(() =>
      createComponent(Dashboard, {
        evaluation: e,
        locale: 'ar-EG',
        citations: policyOf('kipu').citations,
        onResolveTicket: async (id, at) => void resolved.push([id, at]),
      }),
    );
    const note = await appeared('[data-resolved-by-hand="KIPU-5020"]');
    expect(root.querySelector('[data-open-ticket]')).toBeNull();
    expect(text(note)).toContain('حُلَّت التذكرة KIPU-5020 (P0)');
    expect(pageFits()).toBe(true);
    note.querySelector<HTMLButtonElement>('button')!.click();
    expect(resolved).toEqual([['KIPU-5020', null]]);
    // The incident credits alone, so the note is on the screenshot of a phone's page.
    for (const section of root.querySelectorAll('.sla-dashboard > *'))
      if (!section.contains(note)) (section as HTMLElement).style.display = 'none';
    await shoot('ui-open-ticket-resolved-360-ar');
  });
});
