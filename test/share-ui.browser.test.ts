// The sharing and storage components in real Chromium: confirming a shared policy, sharing
// with and without a share sheet, opening a bundle with a same-name question, and the
// storage panel's persistence, usage and typed-confirmation delete.
import { createComponent, type JSX } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import '../src/app/shell/app.css';
import { StorageSettings } from '../src/app/settings/StorageSettings';
import { formatBytes, storageInfo } from '../src/app/settings/storage-info';
import { ConfirmSharedPolicy } from '../src/app/share/ConfirmSharedPolicy';
import { OpenBundle } from '../src/app/share/OpenBundle';
import { policyFromFragment, policyLink } from '../src/app/share/policy-link';
import { ShareContract } from '../src/app/share/ShareContract';
import { shareFile, shareLink } from '../src/app/share/share';
import { SharedPolicy } from '../src/app/shell/SharedPolicy';
import { appStore } from '../src/app/state/db';
import { createImportBridge } from '../src/app/worker-bridge';
import { type Policy, parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { exportContractBundle, type Store } from '../src/storage';
import { freshStore } from './fixtures/storage/helpers';

let dispose: (() => void) | undefined;
let host: HTMLElement;
const stores: Store[] = [];

function mount(view: () => JSX.Element): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  dispose = render(view, host);
  return host;
}
afterEach(async () => {
  dispose?.();
  host?.remove();
  dispose = undefined;
  for (const s of stores.splice(0)) await s.deleteAllData().finally(() => s.close());
});

async function store(): Promise<Store> {
  const s = await freshStore();
  stores.push(s);
  return s;
}

const button = (name: string | RegExp) => {
  const found = [...host.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const type = (input: HTMLInputElement, text: string) => {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
};
const until = (check: () => unknown) => vi.waitFor(() => expect(check()).toBeTruthy(), { timeout: 5000 });
const clarus = () => parsePolicy(PRESETS['clarus-lis']!);

describe('ConfirmSharedPolicy', () => {
  it('shows the name and key terms of a policy from a link and saves only on confirm', async () => {
    const link = await policyLink(clarus(), 'https://example.test/app/');
    const policy = (await policyFromFragment(new URL(link).hash)) as Policy;
    const onConfirm = vi.fn(async (_p: Policy, _name: string) => {});
    const onCancel = vi.fn();
    mount(() => createComponent(ConfirmSharedPolicy, { policy, locale: 'en', onConfirm, onCancel }));
    const text = host.textContent!;
    expect(text).toContain(policy.name);
    expect(text).toContain('99.9 % per month');
    expect(text).toContain('Africa/Cairo');
    expect(text).toMatch(/Service credit.*bands, up to 50 % of the fee/);
    expect(onConfirm).not.toHaveBeenCalled();

    const name = host.querySelector('input')!;
    type(name, '  ');
    button('Create a contract with this policy').click();
    await until(() => host.querySelector('[role=alert]')?.textContent === 'Give the contract a name.');
    type(name, 'Clarus (from Mona)');
    button('Create a contract with this policy').click();
    await until(() => onConfirm.mock.calls.length === 1);
    expect(onConfirm.mock.calls[0]![1]).toBe('Clarus (from Mona)');
    expect(onConfirm.mock.calls[0]![0]).toEqual(policy);
    button('Do not save').click();
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('shows and suggests a link’s name without its bidi and control characters, cut at 200 characters', async () => {
    const onConfirm = vi.fn(async () => {});
    const policy = clarus();
    policy.name = `\u202Egnp.exe\u0007 <b>x</b>${'W'.repeat(300)}`;
    policy.source = 'Acme\u202E\u2066 SLA';
    mount(() =>
      createComponent(ConfirmSharedPolicy, { policy, locale: 'en', onConfirm, onCancel: () => {} }),
    );
    const shown = `gnp.exe <b>x</b>${'W'.repeat(184)}…`;
    expect(host.querySelector('strong')?.textContent).toBe(shown);
    expect(host.querySelector('b')).toBeNull();
    expect(host.querySelector<HTMLInputElement>('input[type=text]')?.value).toBe(shown);
    expect(host.textContent).toContain('Written from: Acme SLA');
    button('Create a contract with this policy').click();
    await until(() => onConfirm.mock.calls.length === 1);
    expect(onConfirm).toHaveBeenCalledWith(policy, shown);
  });

  it('keeps the prompt and shows the error when saving fails; speaks Arabic', async () => {
    const onConfirm = vi.fn(async () => {
      throw new Error('Storage is full');
    });
    mount(() =>
      createComponent(ConfirmSharedPolicy, { policy: clarus(), locale: 'ar', onConfirm, onCancel: () => {} }),
    );
    expect(host.textContent).toContain('هدف التوفر');
    // Digits follow the browser's Arabic locale data (Latin in Debian's Chromium).
    expect(host.textContent).toMatch(/(99\.9|٩٩٫٩) % لكل شهر/);
    button('إنشاء عقد بهذه السياسة').click();
    await until(() => host.querySelector('[role=alert]')?.textContent === 'Storage is full');
    expect(host.querySelector('[data-testid=confirm-shared-policy]')).not.toBeNull();
  });
});

describe('saving a policy from a link on a full disk', () => {
  it('stores neither the policy nor its contract, and says the disk is full', async () => {
    const app = await appStore();
    const before = await app.counts();
    const policy = clarus();
    policy.name = 'Clarus from a link';
    location.hash = new URL(await policyLink(policy, 'https://example.test/')).hash;
    // The policy is written; the contract that follows it is refused.
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    app.db.contracts.hook('creating', refuse);
    try {
      mount(() => createComponent(SharedPolicy, {}));
      // The offer loads its terms' words on first use: a cold module load can take a while.
      await vi.waitFor(
        () => expect(host.querySelector('[data-testid=confirm-shared-policy]')).not.toBeNull(),
        {
          timeout: 20_000,
        },
      );
      button('Create a contract with this policy').click();
      await until(() => host.querySelector('[role=alert]')?.textContent);
      expect(host.querySelector('[role=alert]')?.textContent).toBe(
        'Storage is full: the browser refused to store more while saving the contract. Nothing was saved; free space on this device or delete data (old datasets or reports), then try again.',
      );
      expect(await app.counts()).toEqual(before);
    } finally {
      app.db.contracts.hook('creating').unsubscribe(refuse);
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});

describe('ConfirmSharedPolicy: what the link would change', () => {
  const show = (policy: Policy, locale = 'en') =>
    mount(() =>
      createComponent(ConfirmSharedPolicy, { policy, locale, onConfirm: async () => {}, onCancel: () => {} }),
    );
  const term = (label: string) =>
    [...host.querySelectorAll('dl.terms > div')]
      .find((g) => g.querySelector('dt')!.textContent === label)!
      .querySelector('dd')!.textContent;

  it('shows what is left out of downtime, with its notice, and how minutes without data count', async () => {
    show(clarus());
    expect(term('Not counted as downtime')).toBe(
      'planned maintenance, announced 72 h ahead\nemergency maintenance\nthird-party causes\nforce majeure\nthe customer’s own causes',
    );
    expect(term('Minutes without data')).toBe('count as up');
    expect(host.querySelector('[data-testid=shared-policy-namesake]')!.textContent).toBe(
      'The same terms as the built-in “Clarus LIS” preset.',
    );
    // Every other term (down codes, formula, windows) is there in sentences, as the editor reads them.
    await until(() => host.querySelector('[data-testid=shared-policy-sentences]'));
    const sentences = host.querySelector('[data-testid=shared-policy-sentences]')!.textContent!;
    expect(sentences).toContain('Minutes without monitoring data count as up.');
    expect(sentences).toContain('There is no regular maintenance window.');
  });

  it("warns when a policy under a preset's name changes its terms, and shows a link that excludes everything", async () => {
    const base = clarus();
    const every = { excluded: true, notice: null };
    const hostile: Policy = {
      ...base,
      exclusions: {
        ...base.exclusions,
        kinds: {
          planned: {
            excluded: true,
            notice: {
              kind: 'byDuration',
              tiers: [
                { fromMinutes: 60, hours: 72 },
                { fromMinutes: 0, hours: 24 },
              ],
            },
          },
          emergency: every,
          'third-party': every,
          'force-majeure': every,
          customer: every,
          other: { excluded: true, notice: { kind: 'businessDays', days: 5 } },
        },
        windows: [
          { start: '00:00', end: '23:59', weekdays: [], note: '' },
          { start: '02:00', end: '04:00', weekdays: [7], note: '' },
        ],
      },
      nodata: 'exclude',
    };
    show(hostile);
    expect(host.querySelector('[data-testid=shared-policy-namesake]')!.textContent).toBe(
      'Named like the built-in “Clarus LIS” preset, but its terms differ from it: compare them with your contract before you save it.',
    );
    expect(term('Not counted as downtime')).toBe(
      'planned maintenance, announced 24/72 h by its length ahead\nemergency maintenance\nthird-party causes\nforce majeure\nthe customer’s own causes\nother causes, announced 5 business days ahead\n2 recurring maintenance windows',
    );
    expect(term('Minutes without data')).toBe('left out of the calculation');
    dispose?.();
    host.remove();
    show(
      {
        ...base,
        name: 'My own',
        exclusions: {
          ...base.exclusions,
          kinds: {
            ...base.exclusions.kinds,
            planned: { excluded: false, notice: null },
            emergency: { excluded: false, notice: null },
            'third-party': { excluded: false, notice: null },
            'force-majeure': { excluded: false, notice: null },
            customer: { excluded: false, notice: null },
          },
        },
      },
      'ar',
    );
    expect(host.querySelector('[data-testid=shared-policy-namesake]')).toBeNull();
    expect(term('لا يُحتسب تعطلًا')).toBe('لا شيء: كل انقطاع يُحتسب');
  });
});

describe('ConfirmSharedPolicy layout', () => {
  /** Each key term's label and value, with where they sit on the screen. */
  const terms = () =>
    [...host.querySelectorAll('dl.terms > div')].map((group) => {
      const [dt, dd] = [group.querySelector('dt')!, group.querySelector('dd')!];
      return {
        label: dt.textContent,
        value: dd.textContent,
        dt: dt.getBoundingClientRect(),
        dd: dd.getBoundingClientRect(),
      };
    });
  // The shell sets the page's direction from the language; here the test does.
  const show = (locale: string) => {
    document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
    return mount(() =>
      createComponent(ConfirmSharedPolicy, {
        policy: clarus(),
        locale,
        onConfirm: async () => {},
        onCancel: () => {},
      }),
    );
  };
  const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));

  afterEach(() => {
    document.documentElement.dir = 'ltr';
  });

  it('keeps each label on the row of its own value at 1280 px, in English and Arabic', async () => {
    await page.viewport(1280, 800);
    for (const locale of ['en', 'ar']) {
      show(locale);
      await settle();
      const list = terms();
      expect(list.map((t) => t.label)).toEqual(
        locale === 'en'
          ? [
              'Availability target',
              'Time zone',
              'Downtime counts from',
              'Service credit',
              'Claim',
              'Not counted as downtime',
              'Minutes without data',
              'Termination rights',
              'Interpretation notes',
            ]
          : [
              'هدف التوفر',
              expect.any(String),
              expect.any(String),
              expect.any(String),
              expect.any(String),
              expect.any(String),
              expect.any(String),
              expect.any(String),
              expect.any(String),
            ],
      );
      for (const t of list) {
        // Same row, label first in the reading direction, value not under another label.
        expect(Math.abs(t.dt.top - t.dd.top)).toBeLessThan(2);
        if (locale === 'en') expect(t.dt.right).toBeLessThanOrEqual(t.dd.left);
        else expect(t.dd.right).toBeLessThanOrEqual(t.dt.left);
      }
      // Clarus's one termination rule, counted in words.
      expect(list[7]!.value).toBe(locale === 'en' ? 'one rule' : 'قاعدة واحدة');
      // One term a row: each starts below the one before.
      for (let i = 1; i < list.length; i++)
        expect(list[i]!.dt.top).toBeGreaterThan(list[i - 1]!.dd.bottom - 1);
      await page.screenshot({ path: `../test-results/shared-policy-1280-${locale}.png` });
      dispose?.();
      host.remove();
    }
  });

  it('puts each value under its label on a 360 px phone, without overflow', async () => {
    await page.viewport(360, 740);
    for (const locale of ['en', 'ar']) {
      show(locale);
      await settle();
      for (const t of terms()) {
        expect(t.dd.top).toBeGreaterThanOrEqual(t.dt.bottom - 1);
        expect(t.dd.right).toBeLessThanOrEqual(360);
      }
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(360);
      await page.screenshot({ path: `../test-results/shared-policy-360-${locale}.png` });
      dispose?.();
      host.remove();
    }
  });
});

describe('sharing', () => {
  it('uses the share sheet for a file it accepts, and downloads otherwise', async () => {
    const blob = new Blob(['x'], { type: 'application/gzip' });
    const share = vi.fn(async (_d: ShareData) => {});
    expect(await shareFile(blob, 'a.sla-bundle.json.gz', 'A', { share, canShare: () => true })).toBe(
      'shared',
    );
    expect(share.mock.calls[0]![0].files![0]!.name).toBe('a.sla-bundle.json.gz');
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    try {
      expect(await shareFile(blob, 'a.gz', 'A', { share, canShare: () => false })).toBe('downloaded');
      const abort = vi.fn(async () => {
        throw new DOMException('closed', 'AbortError');
      });
      expect(await shareFile(blob, 'a.gz', 'A', { share: abort, canShare: () => true })).toBe('cancelled');
      expect(clicked).toHaveBeenCalledOnce();
    } finally {
      clicked.mockRestore();
    }
  });

  it('shares a link, else copies it, else shows it', async () => {
    const share = vi.fn(async () => {});
    expect(await shareLink('https://x.test/#policy=a', 'P', { share })).toBe('shared');
    const writeText = vi.fn(async () => {});
    expect(await shareLink('https://x.test/#policy=a', 'P', { clipboard: { writeText } })).toBe('copied');
    expect(writeText).toHaveBeenCalledWith('https://x.test/#policy=a');
    expect(await shareLink('https://x.test/#policy=a', 'P', {})).toBe('manual');
  });

  it('ShareContract shows the link when it can neither share nor copy', async () => {
    const onError = vi.fn();
    mount(() =>
      createComponent(ShareContract, {
        locale: 'en',
        contractName: 'Clarus',
        exportBundle: async () => new Blob(['x']),
        policyLink: () => policyLink(clarus(), location.href),
        onError,
        target: {},
      }),
    );
    button('Share policy link').click();
    await until(() => host.querySelector<HTMLInputElement>('.share-link input')?.value.includes('#policy='));
    expect(onError).not.toHaveBeenCalled();
  });
});

describe('OpenBundle', () => {
  it('imports a bundle file, asks on a same-name contract, and reports a broken file', async () => {
    const from = await store();
    const contractId = await from.addContract({
      name: 'Clarus',
      policy: { kind: 'preset', presetId: 'clarus-lis' },
      timezone: 'Africa/Cairo',
      fee: null,
      currency: 'EGP',
      tier: null,
      effectiveDate: null,
    });
    const file = new File([await exportContractBundle(from, contractId)], 'clarus.sla-bundle.json.gz');
    const to = await store();
    const onImported = vi.fn();
    // As in the app: the import worker reads, checks and stores the file.
    const worker = createImportBridge({ storeName: to.name });
    mount(() =>
      createComponent(OpenBundle, {
        locale: 'en',
        openBundle: (f, onConflict) => worker.openBundle(f, onConflict),
        onImported,
      }),
    );
    const input = host.querySelector<HTMLInputElement>('[data-testid=bundle-file]')!;
    const drop = (f: File) => {
      const dt = new DataTransfer();
      dt.items.add(f);
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    drop(file);
    await until(() => onImported.mock.calls.length === 1);
    expect(onImported.mock.calls[0]![1]).toBe('Clarus');

    drop(file);
    await until(() => host.querySelector('[role=alertdialog]'));
    expect(host.textContent).toContain('A contract named “Clarus” already exists');
    expect((await to.listContracts()).length).toBe(1);
    button('Keep both').click();
    await until(() => onImported.mock.calls.length === 2);
    expect(onImported.mock.calls[1]![1]).toBe('Clarus (2)');

    drop(new File(['{"format":"sla-bundle/1"}'], 'broken.json'));
    await until(() => host.querySelector('[role=alert]'));
    expect(host.querySelector('[role=alert]')!.textContent).toBe(
      'This bundle was not imported: exportedAt: missing; contract: missing; policy: missing; datasets: missing; series: missing; checkTimes: missing; events: missing; exclusions: missing; mergedGaps: missing',
    );
    expect((await to.listContracts()).length).toBe(2);
    worker.stop();
  });
});

describe('StorageSettings', () => {
  it('reads the real navigator.storage in Chromium', async () => {
    const info = await storageInfo();
    expect(typeof info.persisted).toBe('boolean');
    expect(info.usageBytes).toBeGreaterThanOrEqual(0);
    expect(info.quotaBytes).toBeGreaterThan(0);
  });

  it('formats sizes in the locale', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(1_400_000, 'en')).toBe('1.4 MB');
    expect(formatBytes(2_000_000_000, 'en')).toBe('2 GB');
    expect(formatBytes(1_400_000, 'ar')).toMatch(/^(1\.4|١٫٤) م\.ب$/);
  });

  it('shows persistence and usage, asks again, and deletes all data after the typed word', async () => {
    const s = await store();
    await s.addContract({
      name: 'to delete',
      policy: { kind: 'preset', presetId: 'kipu' },
      timezone: 'UTC',
      fee: null,
      currency: 'USD',
      tier: null,
      effectiveDate: null,
    });
    let persisted = false;
    const storage = {
      persisted: async () => persisted,
      estimate: async () => ({ usage: 1_400_000, quota: 2_000_000_000 }),
    };
    const requestPersistence = vi.fn(async () => {
      persisted = true;
      return 'granted' as const;
    });
    const onDeleted = vi.fn();
    mount(() =>
      createComponent(StorageSettings, {
        locale: 'en',
        storage,
        requestPersistence,
        deleteAllData: () => s.deleteAllData(),
        onDeleted,
      }),
    );
    await until(
      () => host.querySelector('[data-testid=persistence]')?.getAttribute('data-state') === 'denied',
    );
    expect(host.querySelector('[data-testid=usage]')!.textContent).toBe(
      '1.4 MB of about 2 GB available to this app (0.1\u00a0%)',
    );
    button('Ask the browser again').click();
    await until(
      () => host.querySelector('[data-testid=persistence]')?.getAttribute('data-state') === 'granted',
    );
    expect(host.textContent).toContain('The browser agreed');

    const del = button('Delete all data');
    const confirm = host.querySelector<HTMLInputElement>('form input')!;
    expect(del.disabled).toBe(true);
    type(confirm, 'delet');
    expect(del.disabled).toBe(true);
    type(confirm, 'delete');
    expect(del.disabled).toBe(false);
    del.click();
    await until(() => onDeleted.mock.calls.length === 1);
    expect(host.textContent).toContain('All data on this device was deleted.');
    expect(await s.listContracts()).toEqual([]);
  });

  it('asks for the Arabic word in Arabic and says what failed', async () => {
    const deleteAllData = vi.fn(async () => {
      throw new Error('blocked');
    });
    mount(() =>
      createComponent(StorageSettings, {
        locale: 'ar',
        storage: {},
        deleteAllData,
        requestPersistence: async () => 'unsupported',
      }),
    );
    await until(
      () => host.querySelector('[data-testid=persistence]')?.getAttribute('data-state') === 'unsupported',
    );
    expect(host.querySelector('[data-testid=usage]')!.textContent).toBe(
      'لا يذكر هذا المتصفح المساحة المستخدمة.',
    );
    const del = button('حذف كل البيانات');
    type(host.querySelector<HTMLInputElement>('form input')!, 'DELETE');
    expect(del.disabled).toBe(true);
    type(host.querySelector<HTMLInputElement>('form input')!, 'حذف');
    del.click();
    await until(() => host.querySelector('[role=alert]')?.textContent === 'لم يُحذف شيء: blocked');
  });
});
