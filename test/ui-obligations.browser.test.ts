// The obligations view in Chromium for the Clarus LIS sample (obligations.csv and one
// event entered by hand): the policy's promises beside the engine's judgement, adding an
// event in the contract's zone, deleting a hand-entered one, English and Arabic.
import { createComponent, createSignal } from 'solid-js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { translator } from '../src/app/i18n';
import { ObligationsView, type ObligationsViewProps } from '../src/app/obligations/ObligationsView';
import { setLocale } from '../src/app/state/locale';
import type { Evaluation } from '../src/engine/model';
import type { ObligationEntry } from '../src/engine/obligations';
import { effectivePolicy } from '../src/engine/policy';
import type { NewObligationEntry, ObligationEntryRow } from '../src/storage';
import '../src/app/shell/app.css';
import {
  clarus,
  mount,
  nextFrame,
  pageFits,
  sampleEvaluation,
  shoot,
  text,
  unmount,
} from './support/clarus-sample';

/** An RTO event entered by hand, as the store keeps it: restored after 11 hours. */
const byHand: ObligationEntry = {
  obligation: 'rto',
  startedAtMs: Date.parse('2026-11-20T09:00:00+02:00'),
  fulfilledAtMs: Date.parse('2026-11-20T20:00:00+02:00'),
  note: 'Second disaster',
  source: 'entered by hand',
  line: 0,
};
const stored: ObligationEntryRow[] = [{ ...byHand, id: 7, contractId: 1, datasetId: null }];

let evaluation: Evaluation;
beforeAll(async () => {
  evaluation = await sampleEvaluation('clarus-lis', { extraEntries: [byHand] });
});
afterEach(() => {
  unmount();
  setLocale('en');
});

function view(props: Partial<ObligationsViewProps> = {}) {
  const added: NewObligationEntry[] = [];
  const deleted: number[] = [];
  const root = mount(() =>
    createComponent(ObligationsView, {
      obligations: effectivePolicy(clarus).obligations,
      preset: 'clarus-lis',
      zone: 'Africa/Cairo',
      evaluation,
      entries: stored,
      citations: clarus.citations,
      onAdd: async (e) => void added.push(e),
      onDelete: async (id) => void deleted.push(id),
      ...props,
    }),
  );
  return { root, added, deleted };
}

const card = (root: Element, id: string) => root.querySelector(`article[data-obligation="${id}"]`)!;
const rows = (el: Element) => [...el.querySelectorAll('tbody tr')].map(text);
const set = (root: Element, id: string, value: string) => {
  const el = root.querySelector(`[data-testid="${id}"]`) as HTMLInputElement | HTMLSelectElement;
  el.value = value;
  el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input'));
};
const submit = (root: Element) =>
  (root.querySelector('[data-testid="obligation-form"] button[type="submit"]') as HTMLButtonElement).click();

describe('obligations view for Clarus LIS', () => {
  it('shows each promise with its clause, clock and rule beside the judged events', () => {
    const { root } = view();
    const breach = card(root, 'breach-notification');
    // Nothing here was entered by hand, so there is nothing to delete.
    expect(text(breach.querySelector('thead'))).toBe('Clock startedDeadlineFulfilledStatusMarginNoteSource');
    expect(text(breach.querySelector('h3'))).toBe('Notify you of a personal-data breach within 72 hours');
    expect(text(breach)).toContain('§15 Security, Data Protection & Breach Notification');
    expect(text(breach)).toContain('Clock starts whenClarus becomes aware of the breach');
    expect(text(breach)).toContain('Rulewithin 72 h of the start');
    expect(text(breach)).toContain('2 recorded events');
    const [met, pending] = rows(breach);
    expect(met).toMatch(/Sep 25, 2026, 14:00Sep 28, 2026, 14:00Sep 27, 2026, 10:00met1 d 4 h/);
    expect(met).toContain('obligations.csv:2');
    expect(pending).toMatch(/Nov 19, 2026, 20:00Nov 22, 2026, 20:00—pending20 h/);
  });

  it('shows the data-loss window of the recovery-point promise', () => {
    const { root } = view();
    const rpo = card(root, 'rpo');
    expect(text(rpo)).toContain('at most 24 h of data lost');
    expect(text(rpo.querySelector('thead'))).toBe(
      'Clock startedLast good backupStatusMarginData lostNoteSource',
    );
    // Incident 12 Oct 10:15, last good backup 11 Oct 02:00: 32 h 15 min lost, 8 h 15 min too many.
    expect(rows(rpo)[0]).toMatch(/Oct 12, 2026, 10:15Oct 11, 2026, 02:00missed−8 h 15 min1 d 8 h 15 min/);
  });

  it('lets a hand-entered event be deleted, but not one from a file', () => {
    const { root, deleted } = view();
    const rto = card(root, 'rto');
    const [fromFile, hand] = [...rto.querySelectorAll('tbody tr')];
    expect(text(fromFile)).toMatch(/met.*obligations\.csv:4/);
    expect(fromFile!.querySelector('button')).toBeNull();
    expect(text(hand)).toMatch(/Nov 20, 2026, 09:00Nov 20, 2026, 17:00Nov 20, 2026, 20:00missed−3 h/);
    expect(text(hand)).toContain('by hand');
    const del = hand!.querySelector('button')!;
    expect(del.getAttribute('aria-label')).toBe('Delete the event of Nov 20, 2026, 09:00');
    del.click();
    expect(deleted).toEqual([7]);
  });

  it('keeps the focus on the promise’s card when a deleted event’s row goes', async () => {
    const without = await sampleEvaluation('clarus-lis');
    const [shown, setShown] = createSignal<{ evaluation: Evaluation; entries: ObligationEntryRow[] }>({
      evaluation,
      entries: stored,
    });
    const deleted: number[] = [];
    const root = mount(() =>
      createComponent(ObligationsView, {
        obligations: effectivePolicy(clarus).obligations,
        preset: 'clarus-lis',
        zone: 'Africa/Cairo',
        get evaluation() {
          return shown().evaluation;
        },
        get entries() {
          return shown().entries;
        },
        citations: clarus.citations,
        onAdd: async () => {},
        onDelete: async (id) => void deleted.push(id),
      }),
    );
    const rto = card(root, 'rto');
    const del = rto.querySelector<HTMLButtonElement>('tbody button')!;
    del.focus();
    del.click();
    expect(deleted).toEqual([7]);
    expect(document.activeElement).toBe(rto);
    setShown({ evaluation: without, entries: [] });
    await nextFrame();
    const after = card(root, 'rto');
    expect(rows(after)).toHaveLength(1);
    expect(after.querySelector('tbody button')).toBeNull();
    expect(document.activeElement).toBe(after);
  });

  it('records an event by hand with times read in the contract’s zone', async () => {
    const { root, added } = view();
    set(root, 'obligation-which', 'breach-notification');
    submit(root);
    await nextFrame();
    expect(text(root.querySelector('#ob-add-err'))).toBe('Enter when the clock started.');
    // Egypt's clocks jump from 00:00 to 01:00 on the last Friday of April.
    set(root, 'obligation-started', '2026-04-24T00:30');
    submit(root);
    await nextFrame();
    expect(text(root.querySelector('#ob-add-err'))).toBe(
      'That time does not exist in Africa/Cairo: the clocks skip it when summer time begins.',
    );
    set(root, 'obligation-started', '2026-11-20T08:00');
    // A notice sent before the breach was known cannot be kept within its 72 hours.
    set(root, 'obligation-fulfilled', '2026-11-20T07:59');
    submit(root);
    await nextFrame();
    expect(text(root.querySelector('#ob-add-err'))).toBe(
      'It was kept before its clock started: a deadline runs from when the clock started.',
    );
    expect(added).toEqual([]);
    set(root, 'obligation-fulfilled', '2026-11-21T09:30');
    set(root, 'obligation-note', 'Phishing incident');
    submit(root);
    await nextFrame();
    expect(added).toEqual([
      {
        obligation: 'breach-notification',
        startedAtMs: Date.parse('2026-11-20T08:00:00+02:00'),
        fulfilledAtMs: Date.parse('2026-11-21T09:30:00+02:00'),
        note: 'Phishing incident',
      },
    ]);
    expect((root.querySelector('[data-testid="obligation-started"]') as HTMLInputElement).value).toBe('');
  });

  it('says in Arabic why a typed time is none: a summer-time gap, a year out of range', async () => {
    setLocale('ar');
    const { root } = view();
    set(root, 'obligation-started', '2026-04-24T00:30');
    submit(root);
    await nextFrame();
    expect(text(root.querySelector('#ob-add-err'))).toBe(
      'هذا الوقت غير موجود في Africa/Cairo: تتخطاه الساعات عند بدء التوقيت الصيفي.',
    );
    set(root, 'obligation-started', '1969-12-31T23:00');
    submit(root);
    await nextFrame();
    expect(text(root.querySelector('#ob-add-err'))).toBe('أدخل وقتًا بين 1970 و2199.');
  });

  it('lists stored events before any report judged them, and says the policy may have none', () => {
    let { root } = view({ evaluation: null });
    expect(text(root)).toContain('Recorded events are judged once the contract has been evaluated.');
    expect(text(card(root, 'rto'))).toContain('1 recorded event');
    expect(text(card(root, 'rto'))).toContain('Nov 20, 2026, 09:00 Second disaster');
    ({ root } = view({ obligations: [] }));
    expect(text(root)).toContain('This contract’s policy lists no other promises.');
  });

  it('shows a new report’s judgement in place', async () => {
    const [current, setCurrent] = createSignal<Evaluation>(await sampleEvaluation('clarus-lis'));
    const root = mount(() =>
      createComponent(ObligationsView, {
        obligations: effectivePolicy(clarus).obligations,
        preset: 'clarus-lis',
        zone: 'Africa/Cairo',
        get evaluation() {
          return current();
        },
        entries: [],
        citations: {},
        onAdd: async () => {},
        onDelete: async () => {},
      }),
    );
    expect(text(card(root, 'rto'))).toContain('1 recorded event');
    setCurrent(evaluation);
    await nextFrame();
    expect(text(card(root, 'rto'))).toContain('2 recorded events');
  });

  it('fits 360 px in English and in Arabic, right to left', async () => {
    await page.viewport(360, 740);
    let { root } = view();
    await nextFrame();
    expect(pageFits()).toBe(true);
    await shoot('ui-obligations-360');
    setLocale('ar');
    ({ root } = view());
    await nextFrame();
    expect(root.querySelector('.sla-dashboard')!.getAttribute('dir')).toBe('rtl');
    expect(text(root)).toContain('تسجيل حدث يدويًا');
    expect(text(card(root, 'rto'))).toContain('خلال 8 س من البداية');
    // A preset's own promises are titled in Arabic, on the card and in the form's list.
    const breachTitle = translator('ar')('oblClarusBreach');
    expect(text(card(root, 'breach-notification').querySelector('h3'))).toBe(breachTitle);
    expect(text(root.querySelector('[data-testid="obligation-which"] option'))).toBe(breachTitle);
    // So are what starts its clock, what keeps it and the evidence to keep.
    expect([...card(root, 'rto').querySelectorAll('.ob-facts dd')].map(text)).toEqual([
      'تُعلَن الكارثة',
      'تُستعاد الخدمة',
      'خلال 8 س من البداية',
      'إعلان الكارثة، ومراقبتك التي تبيّن متى عادت الخدمة.',
    ]);
    expect(pageFits()).toBe(true);
    await shoot('ui-obligations-360-ar');
    await page.viewport(1280, 800);
    setLocale('en');
    view();
    await nextFrame();
    await shoot('ui-obligations-1280');
  });
});
