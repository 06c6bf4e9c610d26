// The what-if switches in Chromium: a new evaluation of the same records (a file's SHA-256
// recorded after its import) keeps each switch and the focus of a keyboard user on one, and
// "Show more" hands the focus on to the first outage it brought rather than to the page.
import { createComponent, createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { ExclusionSwitches, OutageSwitches } from '../src/app/whatif/WhatIfLists';
import type { Evaluation } from '../src/engine/evaluate';
import { parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { evaluateCsvModel } from './support/evaluate-csv';
import { spacedProbesCsv } from './support/spaced-outages';

const clarus = parsePolicy(PRESETS['clarus-lis']!);
const MAINTENANCE = `start,end,kind,announced_at,note
2026-06-01T10:00:00Z,2026-06-01T11:00:00Z,planned,2026-05-25T10:00:00Z,Database upgrade
2026-06-02T10:00:00Z,2026-06-02T11:00:00Z,planned,2026-05-25T10:00:00Z,Certificate rotation
`;

/** Outages an hour apart (40 unless told), two of them inside announced maintenance, as evaluated after import. */
const evaluated = (sha256: string | null = null, outages = 40): Evaluation => {
  const e = evaluateCsvModel(
    clarus,
    [
      { name: 'spaced.csv', kind: 'probes', csv: spacedProbesCsv(outages) },
      { name: 'maintenance.csv', kind: 'exclusions', csv: MAINTENANCE },
    ],
    '2026-11-21',
  );
  return { ...e, inputs: e.inputs.map((i) => ({ ...i, sha256 })) };
};

let dispose: (() => void) | undefined;
let host: HTMLDivElement | undefined;
afterEach(() => {
  dispose?.();
  host?.remove();
});

function mount(outages = 40): {
  checkboxes: () => HTMLInputElement[];
  setEvaluation: (e: Evaluation) => void;
} {
  const [evaluation, setEvaluation] = createSignal(evaluated(null, outages));
  host = document.createElement('div');
  document.body.append(host);
  const off = new Set<number>();
  const props = {
    get evaluation() {
      return evaluation();
    },
    off,
    onToggle: () => {},
  };
  dispose = render(
    () => [createComponent(ExclusionSwitches, props), createComponent(OutageSwitches, props)],
    host,
  );
  return {
    checkboxes: () => [...host!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')],
    setEvaluation,
  };
}

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

describe('the what-if switches', () => {
  it('keep the focused switch when the same records are evaluated again', async () => {
    const { checkboxes, setEvaluation } = mount();
    // Two maintenance records, then the first 25 of the 40 outages.
    expect(checkboxes()).toHaveLength(27);
    const record = checkboxes()[1]!;
    const outage = checkboxes()[5]!;
    record.focus();
    setEvaluation(evaluated('e'.repeat(64)));
    await nextFrame();
    expect(record.isConnected).toBe(true);
    expect(document.activeElement).toBe(record);
    outage.focus();
    setEvaluation(evaluated('f'.repeat(64)));
    await nextFrame();
    expect(outage.isConnected).toBe(true);
    expect(document.activeElement).toBe(outage);
  });

  it('show a long list a hundred outages at a time, the focus on the first of each', async () => {
    const { checkboxes } = mount(150);
    const more = () =>
      [...host!.querySelectorAll('button')].find((b) => /^Show \d+ more$/.test(b.textContent ?? ''));
    expect(more()?.textContent).toBe('Show 100 more');
    more()!.focus();
    more()!.click();
    await nextFrame();
    // Two maintenance records, then 125 outages.
    expect(checkboxes()).toHaveLength(127);
    expect(document.activeElement).toBe(checkboxes()[27]);
    expect(more()?.textContent).toBe('Show 25 more');
    more()!.focus();
    more()!.click();
    await nextFrame();
    expect(checkboxes()).toHaveLength(152);
    expect(more()).toBeUndefined();
    // The 126th outage: 125 hours and 30 minutes after 1 June 00:00 UTC, in Cairo's summer time.
    expect(document.activeElement).toBe(checkboxes()[127]);
    expect(document.activeElement?.closest('label')?.textContent).toContain('Jun 6, 2026, 08:30');
  });

  it('hand the focus from Show more to the first outage it brought', async () => {
    const { checkboxes } = mount();
    const more = [...host!.querySelectorAll('button')].find((b) => b.textContent === 'Show 15 more')!;
    more.focus();
    more.click();
    await nextFrame();
    expect(more.isConnected).toBe(false);
    expect(checkboxes()).toHaveLength(42);
    // The 26th outage: 25 hours and 30 minutes after 1 June 00:00 UTC.
    expect(document.activeElement).toBe(checkboxes()[27]);
    expect(document.activeElement?.closest('label')?.textContent).toContain('Jun 2, 2026, 04:30');
  });
});
