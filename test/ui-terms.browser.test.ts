// The dashboard's parts for the policy language's newer terms, on Google Cloud Functions'
// example policy and its sample executions (test/cli-example-policies.test.ts works the
// figures out by hand): each function's own period table, credit and claim; and, added to
// that policy here, plans, a condition the customer answers and a remedy. An answer or a
// plan is saved into the policy and the dashboard shows the new evaluation.
import { createComponent, createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { Dashboard } from '../src/app/components/Dashboard';
import type { Evaluation } from '../src/engine/model';
import { type Policy, parsePolicy } from '../src/engine/policy';
import '../src/app/shell/app.css';
import { appeared, mount, pageFits, shoot, text, unmount } from './support/clarus-sample';
import { evaluateCsvModel } from './support/evaluate-csv';

afterEach(unmount);

const AS_OF = '2026-04-15';

async function gcf(change: (p: Policy) => void = () => {}): Promise<Policy> {
  const policy: Policy = await (await fetch('/policies/google-cloud-functions.json')).json();
  // Each function's monthly bill, as the command-line test gives them.
  policy.scopes![0]!.fee!.amount = 200;
  policy.scopes![1]!.fee!.amount = 50;
  change(policy);
  return parsePolicy(policy);
}

let executions: Uint8Array | null = null;
async function evaluation(policy: Policy): Promise<Evaluation> {
  executions ??= new Uint8Array(
    await (await fetch('/test/fixtures/policies/gcf-executions.csv')).arrayBuffer(),
  );
  return evaluateCsvModel(policy, [{ name: 'gcf-executions.csv', kind: 'probes', csv: executions }], AS_OF);
}

/** The dashboard on a policy, saving changes by evaluating the changed policy again. */
async function live(policy: Policy, locale = 'en') {
  const [current, setCurrent] = createSignal(policy);
  const [shown, setShown] = createSignal(await evaluation(policy));
  const saved: Policy[] = [];
  const root = mount(() =>
    createComponent(Dashboard, {
      get evaluation() {
        return shown();
      },
      locale,
      citations: policy.citations,
      get policy() {
        return current();
      },
      onPolicy: async (next: Policy) => {
        saved.push(next);
        setCurrent(next);
        setShown(await evaluation(next));
      },
    }),
  );
  // The parts for these terms load on first use.
  await expect.poll(() => root.querySelector('[data-testid="scopes"]'), { timeout: 5000 }).not.toBeNull();
  await expect.poll(() => root.querySelector('[data-testid="scope-note"]'), { timeout: 5000 }).not.toBeNull();
  return { root, saved };
}

const until = async (check: () => unknown) => expect.poll(check, { timeout: 5000 }).toBeTruthy();

/** The example policy with two plans, a condition the customer answers and a remedy, for these parts. */
const withTerms = (p: Policy) => {
  p.plans = [
    { id: 'standard', name: 'Standard' },
    { id: 'strict', name: 'Strict', target: 99.99 },
  ];
  p.plan = 'standard';
  p.eligibility.conditions = [{ id: 'paid-up', text: 'All invoices paid', answer: null }];
  p.remedies = [{ id: 'rca', description: 'Root cause analysis within 5 business days' }];
};

const cells = (row: Element | null | undefined) =>
  [...(row?.querySelectorAll('th, td') ?? [])].map((c) => text(c).trim());
const scopeRow = (root: Element, scope: string) => root.querySelector(`[data-scope="${scope}"] tbody tr`);

describe('a contract measured per scope', () => {
  it('says so by the headline and gives each scope its own periods, credit and claim', async () => {
    const { root } = await live(await gcf());
    expect(text(root.querySelector('[data-testid="scope-note"]'))).toBe(
      'This contract is measured per scope: each of its 2 scopes has its own uptime, credit and claim in its table below. The tiles and the month-by-month table take every monitor together.',
    );
    // The headline names each scope's credit beside the whole service's.
    expect(text(root.querySelector('[data-testid="scope-credits"]'))).toBe(
      'By scope: \u2068Cloud Function “checkout”\u2069: 10 % · $20.00; \u2068Cloud Function “thumbnails”\u2069: 0 %',
    );
    const checkout = root.querySelector('[data-scope="checkout"]')!;
    expect(text(checkout.querySelector('h3'))).toBe('Cloud Function “checkout”');
    expect(text(checkout.querySelector('.scope-terms'))).toBe(
      'Target 99.5 % per monthMonitors: checkout1 outage, 1 counted as Downtime',
    );
    // 240 minutes down of 44 640: 99.4624 %, in "99% to < 99.5%": 10 % of its 200 USD bill.
    expect(cells(scopeRow(root, 'checkout'))).toEqual([
      'March 2026 partial',
      '99.46 %',
      'No',
      '4 h',
      '0 min',
      '30 d 17 h 30 min',
      '10 % · $20.00',
      'Apr 30, 2026',
      'open, 16 days left',
    ]);
    expect(cells(scopeRow(root, 'thumbnails'))).toEqual([
      'March 2026 partial',
      '99.97 %',
      'Yes',
      '15 min',
      '0 min',
      '30 d 15 h 30 min',
      '0 %',
      '—',
      '—',
    ]);
    // The claims panel lists the scope's claim; the two functions together, which the
    // contract does not credit, have none.
    const claims = [...root.querySelectorAll('[data-testid="claims-panel"] li[data-claim="2026-03"]')];
    expect(claims.map((li) => text(li.querySelector('.claim-what')))).toEqual([
      '\u2068Cloud Function “checkout”\u2069: March 202610 % · $20.00',
    ]);
  });

  it('names the monitors that belong to no scope and what each scope takes', async () => {
    // The second function's scope takes names starting "thumb-", which "thumbnails" is not.
    const { root } = await live(
      await gcf((p) => {
        p.scopes![1]!.monitors = ['thumb-*'];
      }),
    );
    await until(() => root.querySelector('[data-testid="scope-unscoped"]'));
    expect(text(root.querySelector('[data-testid="scope-unscoped"]'))).toBe(
      'The monitor \u2068thumbnails\u2069 belongs to no scope, so its outages earn no credit here: a scope takes only monitors named \u2068checkout\u2069 or \u2068thumb-*\u2069. Rename the monitor in the file, or edit the scopes on the Policy tab.',
    );
    expect(text(root.querySelector('[data-scope="thumbnails"] .scope-terms'))).toContain(
      'No imported monitor belongs to this scope yet. It takes monitors named \u2068thumb-*\u2069.',
    );
  });

  it('adds no such note when every monitor is in a scope', async () => {
    const { root } = await live(await gcf());
    expect(root.querySelector('[data-testid="scope-unscoped"]')).toBeNull();
  });

  it('writes a scope’s claim letter on the scope’s own outages', async () => {
    const { root } = await live(await gcf());
    root.querySelector<HTMLButtonElement>('[data-letter-for="period-checkout-2026-03"]')!.click();
    const letter = await appeared('[data-letter="period-2026-03"]');
    expect(text(letter.querySelector('[data-testid="letter-scope"]'))).toBe(
      'This claim is for \u2068Cloud Function “checkout”\u2069, measured on its own monitors: \u2068checkout\u2069.',
    );
    const outages = [...letter.querySelectorAll('.letter-outages tbody tr')].map(cells);
    expect(outages).toEqual([
      ['Mar 10, 2026, 10:30 GMT+00:00', 'Mar 10, 2026, 14:30 GMT+00:00', '4 h', 'Yes', '4 h', '0 min'],
    ]);
    expect(text(letter.querySelector('.letter-outages tfoot'))).toContain('4 h');
  });
});

describe('plans, conditions and remedies', () => {
  it('saves the answer to a condition and shows the new verdict; an unanswered one stays open', async () => {
    const { root, saved } = await live(await gcf(withTerms));
    const item = () => root.querySelector('[data-condition="paid-up"]')!;
    await until(() => item());
    expect(item().getAttribute('data-answer')).toBe('open');
    expect(text(item().querySelector('legend'))).toBe('All invoices paid');
    expect(text(item().querySelector('.condition-state'))).toBe(
      'Open: credits are shown as if it holds, until you answer.',
    );
    expect(cells(scopeRow(root, 'checkout'))[6]).toBe('10 % · $20.00');

    item().querySelector<HTMLInputElement>('input[value="no"]')!.click();
    await until(() => item().getAttribute('data-answer') === 'no');
    expect(saved.at(-1)!.eligibility.conditions).toEqual([
      { id: 'paid-up', text: 'All invoices paid', answer: false },
    ]);
    expect(text(item().querySelector('.condition-state'))).toBe('Does not hold: no credit is owed.');
    expect(text(root.querySelector('.tiles'))).toContain('All invoices paid (your answer: no)');
    expect(cells(scopeRow(root, 'checkout'))[6]).toBe('0 %');

    item().querySelector<HTMLInputElement>('input[value="open"]')!.click();
    await until(() => item().getAttribute('data-answer') === 'open');
    expect(saved.at(-1)!.eligibility.conditions![0]!.answer).toBeNull();
    expect(cells(scopeRow(root, 'checkout'))[6]).toBe('10 % · $20.00');
  });

  it('picks the plan the contract is on, and its target applies', async () => {
    const { root, saved } = await live(await gcf(withTerms));
    const select = () => root.querySelector<HTMLSelectElement>('[data-testid="plan-picker"] select')!;
    await until(() => select());
    expect([...select().options].map((o) => [o.value, o.text])).toEqual([
      ['', 'No plan: the policy’s own terms'],
      ['standard', 'Standard'],
      ['strict', 'Strict'],
    ]);
    expect(select().value).toBe('standard');
    select().value = 'strict';
    select().dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => text(root.querySelector('.dash-head')).includes('Target 99.99 %'));
    expect(saved.at(-1)!.plan).toBe('strict');
    // 15 minutes down is 99.9664 %: within 99.5 %, not within 99.99 %.
    expect(cells(scopeRow(root, 'thumbnails'))[2]).toBe('No');
  });

  it('lists the remedies owed for a missed period, in the claims panel and the letter', async () => {
    // The whole service credited too, so that its missed March has a letter.
    const { root } = await live(
      await gcf((p) => {
        withTerms(p);
        p.credit = structuredClone(p.scopes![0]!.credit!);
      }),
    );
    const list = () => root.querySelector('[data-testid="remedies"]');
    await until(() => list());
    expect(text(list()!.querySelector('h4'))).toBe('Remedies owed besides credits');
    expect([...list()!.querySelectorAll('li')].map((li) => text(li))).toEqual([
      'March 2026 Root cause analysis within 5 business days',
    ]);
    root
      .querySelector<HTMLButtonElement>('[data-testid="claims-panel"] [data-letter-for="period-2026-03"]')!
      .click();
    const letter = await appeared('[data-letter="period-2026-03"]');
    expect(text(letter)).toContain('Because March 2026 missed its target, the contract also owes:');
    expect(text(letter.querySelector('[data-testid="letter-remedies"]'))).toBe(
      'Root cause analysis within 5 business days',
    );
  });
  it('offers the letter for a missed period that owes a remedy and no credit', async () => {
    // The contract credits only its functions: the whole service's missed March owes the remedy alone.
    const { root } = await live(await gcf(withTerms));
    const list = () => root.querySelector('[data-testid="remedies"]');
    await until(() => list());
    expect([...list()!.querySelectorAll('li')].map((li) => text(li))).toEqual([
      'March 2026 Root cause analysis within 5 business days',
    ]);
    // Checkout's own March owes a credit, but the missed March that owes the remedy does not.
    expect(text(list()!.querySelector('h4'))).toBe('Remedies owed');
    const panel = root.querySelector('[data-testid="claims-panel"]')!;
    expect(text(panel.querySelector('li[data-claim="2026-03"].claim-remedy'))).toBe(
      'March 2026—No credit; remedies are owed (listed below)Claim letter',
    );
    // Checkout's claim is the one deadline to put in a calendar.
    expect(text(panel.querySelector('.calendar-export button'))).toBe(
      'Add the deadline to my calendar (.ics)',
    );
    panel.querySelector<HTMLButtonElement>('[data-letter-for="period-2026-03"]')!.click();
    const letter = await appeared('[data-letter="period-2026-03"]');
    expect(text(letter.querySelector('[data-claim-status]'))).toBe(
      'We claim the remedies the agreement provides because March 2026 missed its target. The records show no service credit due for it.',
    );
    expect(text(letter)).not.toContain('We claim the service credit');
    expect(text(letter)).toContain('Remedies owedBecause March 2026 missed its target, the contract owes:');
    expect(text(letter.querySelector('[data-testid="letter-remedies"]'))).toBe(
      'Root cause analysis within 5 business days',
    );
  });

  it('owing a remedy alone, has no deadline for the calendar and says so in Arabic too', async () => {
    // With the condition answered no, checkout's credit is gone: March owes the remedy alone.
    const remedyOnly = (p: Policy) => {
      withTerms(p);
      p.eligibility.conditions![0]!.answer = false;
    };
    for (const [locale, heading, status] of [
      ['en', 'Remedies owed', 'March 2026—No credit; remedies are owed (listed below)Claim letter'],
      ['ar-EG', 'تعويضات مستحقة', 'مارس ٢٠٢٦—لا رصيد؛ تعويضات مستحقة (مذكورة أدناه)خطاب المطالبة'],
    ] as const) {
      const { root } = await live(await gcf(remedyOnly), locale);
      const list = () => root.querySelector('[data-testid="remedies"]');
      await until(() => list());
      expect(text(list()!.querySelector('h4'))).toBe(heading);
      const panel = root.querySelector('[data-testid="claims-panel"]')!;
      expect([...panel.querySelectorAll('li[data-claim]')].map((li) => text(li))).toEqual([status]);
      expect(panel.querySelector('.calendar-export')).toBeNull();
      unmount();
    }
  });
});

describe('on a phone, a laptop and in Arabic', () => {
  for (const [width, locale] of [
    [360, 'en'],
    [1280, 'en'],
    [360, 'ar-EG'],
    [1280, 'ar-EG'],
  ] as const)
    it(`fits ${width} px in ${locale}`, async () => {
      await page.viewport(width, 800);
      const { root } = await live(await gcf(withTerms), locale);
      await until(() => root.querySelector('[data-testid="conditions"]'));
      await until(() => root.querySelector('[data-testid="plan-picker"]'));
      expect(pageFits()).toBe(true);
      if (locale !== 'en') {
        expect(text(root.querySelector('[data-testid="scope-note"]'))).toContain('يُقاس هذا العقد لكل نطاق');
        expect(text(root.querySelector('[data-condition="paid-up"]'))).toContain('لم تتم الإجابة بعد');
      }
      await shoot(`ui-terms-${width}-${locale}`);
    });
});
