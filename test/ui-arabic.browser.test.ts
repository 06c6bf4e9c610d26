// Every preset's sample on the Arabic dashboard: the engine's verdicts (exclusion reasons,
// credit conditions, claims, termination rules, the presets' promises) are worded in
// Arabic. Names, ids, numbers, the user's own notes and quoted contract clauses
// (marked lang="en") may stay as they are.
import { createComponent } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { Dashboard } from '../src/app/components/Dashboard';
import { PRESET_IDS } from '../src/engine/presets';
import { mount, policyOf, sampleEvaluation, unmount } from './support/clarus-sample';

afterEach(unmount);

/** The visible words of an element, without quoted clauses, notes and source references. */
function prose(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  // Quoted clauses are the contract's own English; everything else marked English is a fault.
  for (const x of copy.querySelectorAll('.cite-details, .cite-note, td[dir="auto"], .source, canvas, option'))
    x.remove();
  return copy.textContent ?? '';
}

describe('the Arabic dashboard of each preset’s sample', () => {
  it.each(PRESET_IDS)('%s has no English prose in its verdicts', async (preset) => {
    const evaluation = await sampleEvaluation(preset);
    const policy = policyOf(preset);
    const root = mount(() =>
      createComponent(Dashboard, { evaluation, locale: 'ar-EG', citations: policy.citations }),
    );
    // What may stay Latin: the contract's name, plan tiers, severities, currencies, zones,
    // and the names of file formats the page offers (.ics).
    const allowed = new Set(
      [
        ...policy.name.split(/\s+/),
        ...policy.eligibility.noCreditTiers,
        ...(evaluation.contract.tier ? [evaluation.contract.tier] : []),
        evaluation.contract.currency,
        ...evaluation.contract.timezone.split(/[/_]/),
        'ics',
      ].map((w) => w.toLowerCase()),
    );
    const panels = [
      root.querySelector('.tiles'),
      root.querySelector('[data-testid="claims-panel"]'),
      ...[...root.querySelectorAll('section.card')].filter((s) =>
        s.querySelector('[data-reason], [data-obligation]'),
      ),
    ].filter((x): x is Element => x !== null);
    expect(panels.length).toBeGreaterThanOrEqual(2);
    const reasons = root.querySelectorAll('[data-reason]');
    const rules = root.querySelectorAll('[data-rule]');
    expect(reasons.length).toBe(evaluation.exclusions.length);
    expect(rules.length).toBe(evaluation.termination.length);
    for (const panel of panels) {
      const words = (prose(panel).match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? []).filter(
        (w) => !allowed.has(w.toLowerCase()),
      );
      expect(words, `${preset}: ${panel.querySelector('h3')?.textContent ?? panel.className}`).toEqual([]);
    }
  });
});
