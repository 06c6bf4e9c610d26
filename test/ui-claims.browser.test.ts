// The claims and termination panel on the dashboard, for engine reports of the samples:
// Clarus LIS (an open claim; with outages added in September and November, an expired one
// and the termination right triggered), Kipu (incident months, a triggered right with a
// notice date) and MedOS (automatic).
import { createComponent } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { Dashboard } from '../src/app/components/Dashboard';
import type { Evaluation } from '../src/engine/model';
import '../src/app/shell/app.css';
import {
  mount,
  nextFrame,
  pageFits,
  policyOf,
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
  it('lists Clarus’s open October claim with its countdown', async () => {
    const { panel } = dashboard(await sampleEvaluation('clarus-lis'), 'clarus-lis');
    expect(text(panel.querySelector('h3'))).toBe('Claims and termination');
    expect(text(panel)).toContain('Deadlines in Africa/Cairo, counted as of Nov 21, 2026.');
    const lists = panel.querySelectorAll('ul.claim-list');
    expect(lists).toHaveLength(1);
    expect(text(lists[0]?.previousElementSibling)).toBe('Open claims');
    expect(claim(lists[0]!, '2026-10')).toMatch(/October 2026\s*25 %.*10 days left\s*Claim by Nov 30, 2026/);
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
    expect(closed).toEqual(['Incidents, September 2026', 'Incidents, May 2026', 'Incidents, March 2026']);
    const rule = panel.querySelector('.termination-list li.triggered')!;
    expect(text(rule)).toContain('3 or more P0 incidents in a month for 2 consecutive months');
    expect(text(rule)).toContain('Triggered by September 2026 and October 2026.');
    // As of Nov 21 the notice window (to the end of Nov 5) has closed: the right has lapsed.
    expect(text(rule)).toContain('The notice window closed on Nov 5, 2026: this right has lapsed.');
    expect(text(rule)).not.toContain('You may terminate');
    expect(rule.querySelector('[data-notice]')?.getAttribute('data-notice')).toBe('expired');
  });

  it('shows a termination right still open, with the days left to give notice', async () => {
    const { panel } = dashboard(await sampleEvaluation('kipu', { asOf: '2026-11-03' }), 'kipu');
    const rule = panel.querySelector('.termination-list li.triggered')!;
    expect(text(rule)).toContain('You may terminate under this rule.');
    expect(text(rule)).toContain('Give notice by Nov 5, 2026. Notice window open: 3 days left.');
    expect(rule.querySelector('[data-notice]')?.getAttribute('data-notice')).toBe('open');
  });

  it('shows MedOS’s credit as automatic, with no deadline', async () => {
    const { panel } = dashboard(await sampleEvaluation('medos'), 'medos');
    expect(claim(panel, '2026-10')).toMatch(/October 2026\s*3 days of service\s*Credited automatically/);
    expect(text(panel)).toContain('The contract gives no termination right.');
  });

  it('says when nothing is to be claimed', async () => {
    const report = await sampleEvaluation('clarus-lis');
    const quiet = {
      ...report,
      periods: report.periods.map((p) => ({ ...p, claim: { ...p.claim, status: null } })),
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
    await nextFrame();
    expect(pageFits()).toBe(true);
    await shoot('ui-claims-360-ar');
  });
});
