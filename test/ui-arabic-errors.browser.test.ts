// Failures that reach the reader from shared modules (storage, the import worker, a policy
// link, a bundle, the service worker, the letter and the calendar export) speak the page's
// language: on an Arabic page each is worded in Arabic, names and figures kept as written.
import { createComponent, type JSX } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../src/app/shell/app.css';
import { jobFailureText } from '../src/app/import/failure';
import { JobResult } from '../src/app/import/JobResult';
import type { ImportJob } from '../src/app/import/queue';
import { StorageSettings } from '../src/app/settings/StorageSettings';
import { OpenBundle } from '../src/app/share/OpenBundle';
import { policyLink } from '../src/app/share/policy-link';
import { errorText } from '../src/app/shell/errors';
import { SharedPolicy } from '../src/app/shell/SharedPolicy';
import { worded } from '../src/app/shell/worded';
import { appStore } from '../src/app/state/db';
import { setLocale } from '../src/app/state/locale';
import { createImportBridge } from '../src/app/worker-bridge';
import { type Policy, PolicyError, parsePolicy } from '../src/engine/policy';
import { PRESETS } from '../src/engine/presets';
import { type BundleOpenOutcome, openBundleFile, StorageError } from '../src/storage';

let dispose: (() => void) | undefined;
let host: HTMLElement;

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
  await setLocale('en');
});

const button = (name: string) => {
  const found = [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const until = (check: () => unknown, timeout = 5000) =>
  vi.waitFor(() => expect(check()).toBeTruthy(), { timeout });

describe('storage failures on an Arabic page', () => {
  it('say a full disk in Arabic when a policy from a link cannot be saved', async () => {
    await setLocale('ar');
    const app = await appStore();
    const before = await app.counts();
    const policy = parsePolicy(PRESETS['clarus-lis']!);
    policy.name = 'Clarus from a link';
    location.hash = new URL(await policyLink(policy, 'https://example.test/')).hash;
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    app.db.contracts.hook('creating', refuse);
    try {
      mount(() => createComponent(SharedPolicy, {}));
      await until(() => host.querySelector('[data-testid=confirm-shared-policy]'), 20_000);
      button('إنشاء عقد بهذه السياسة').click();
      await until(() => host.querySelector('[role=alert]')?.textContent);
      expect(host.querySelector('[role=alert]')?.textContent).toBe(
        'التخزين ممتلئ: رفض المتصفح تخزين المزيد أثناء حفظ العقد. لم يُحفظ شيء؛ أفرغ مساحة على هذا الجهاز أو احذف بيانات (مجموعات بيانات أو تقارير قديمة)، ثم حاول مجددًا.',
      );
      expect(await app.counts()).toEqual(before);
    } finally {
      app.db.contracts.hook('creating').unsubscribe(refuse);
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('word every kind of storage failure, names and sizes kept', async () => {
    await setLocale('ar');
    const quota = new StorageError({
      problem: 'quota',
      task: 'saveDataset',
      name: 'uptime.csv',
      neededMb: 9,
      leftMb: 6,
    });
    expect(errorText(quota)).toBe(
      'التخزين ممتلئ: يحتاج حفظ «\u2068uptime.csv\u2069» إلى نحو 9 ميغابايت ولم يبقَ للتطبيق على هذا الجهاز إلا 6 ميغابايت. لم يُحفظ شيء؛ أفرغ مساحة على هذا الجهاز أو احذف بيانات (مجموعات بيانات أو تقارير قديمة)، ثم حاول مجددًا.',
    );
    expect(errorText(new StorageError({ problem: 'in-use', policy: 'Gold', contracts: ['A', 'B'] }))).toBe(
      'السياسة «\u2068Gold\u2069» يستخدمها العقدان «\u2068A\u2069» و«\u2068B\u2069»؛ أعطِ هذين العقدين سياسة أخرى أولًا.',
    );
    expect(errorText(new StorageError({ problem: 'missing', thing: 'contract', id: '7' }))).toBe(
      'لا يوجد عقد \u20687\u2069 (هل حُذف؟).',
    );
    expect(
      errorText(new StorageError({ problem: 'database', task: 'deleteAll', reason: 'Internal error.' })),
    ).toBe('فشل التخزين أثناء حذف كل البيانات: \u2068Internal error.\u2069');
    // A failure the import worker reports crosses as data and is worded on the page.
    const fault = { problem: 'quota', task: 'saveFile', name: 'a.csv', neededMb: 3 } as const;
    expect(jobFailureText({ type: 'storage', problem: 'quota', fault, message: '' })).toBe(
      'التخزين ممتلئ: يحتاج حفظ «\u2068a.csv\u2069» إلى نحو 3 ميغابايت، أكثر مما يتسع له هذا الجهاز الآن. لم يُحفظ شيء؛ أفرغ مساحة على هذا الجهاز أو احذف بيانات (مجموعات بيانات أو تقارير قديمة)، ثم حاول مجددًا.',
    );
    await setLocale('en');
    expect(errorText(quota)).toBe(quota.message);
  });
});

describe('policy problems on an Arabic page', () => {
  it('say why a shared link holds no usable policy in Arabic, the field path kept whole', async () => {
    await setLocale('ar');
    const broken = { ...parsePolicy(PRESETS['clarus-lis']!), target: 150 } as Policy;
    location.hash = new URL(await policyLink(broken, 'https://example.test/')).hash;
    try {
      mount(() => createComponent(SharedPolicy, {}));
      await until(() => host.querySelector('[role=alert] p')?.textContent?.includes('المتوقع'));
      expect(host.querySelector('[role=alert] p')?.textContent).toBe(
        'لا يحمل هذا الرابط سياسة صالحة: \u2068target\u2069: المتوقع رقم من 0 إلى 100',
      );
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('word an evaluation refused for its policy', async () => {
    await setLocale('ar');
    const problems = ['target: expected a number from 0 to 100', 'surprise: unknown field'];
    const line = () => jobFailureText({ type: 'policy', problems, message: '' });
    await until(() => line().includes('المتوقع'));
    expect(line()).toBe(
      'السياسة غير صالحة: \u2068target\u2069: المتوقع رقم من 0 إلى 100؛ \u2068surprise\u2069: حقل غير معروف',
    );
    await setLocale('en');
    expect(line()).toBe(
      'The policy is not valid: target: expected a number from 0 to 100; surprise: unknown field',
    );
  });
});

describe('import failures that are not about a file’s lines, on an Arabic page', () => {
  it('say a cancelled import and a stopped worker in Arabic, keeping English for logs', async () => {
    await setLocale('ar');
    const bridge = createImportBridge();
    const cancel = new AbortController();
    cancel.abort();
    const file = new File(['time,status\n'], 'uptime (May).csv');
    const cancelled = await bridge
      .importFile(file, 1, {} as never, { signal: cancel.signal })
      .catch((e) => e);
    expect(cancelled).toBeInstanceOf(DOMException);
    expect((cancelled as DOMException).name).toBe('AbortError');
    expect((cancelled as Error).message).toBe(
      'The import of “uptime (May).csv” was cancelled: nothing was stored.',
    );
    expect(errorText(cancelled)).toBe('أُلغي استيراد «\u2068uptime (May).csv\u2069»: لم يُخزَّن شيء.');
    // A job the worker could not finish shows its failure on the job's card.
    const job = { status: 'failed', outcome: null, error: cancelled } as unknown as ImportJob;
    mount(() => createComponent(JobResult, { job, onReplace: () => {}, onSkip: () => {} }));
    expect(host.querySelector('[role=alert]')?.textContent).toBe(
      'أُلغي استيراد «\u2068uptime (May).csv\u2069»: لم يُخزَّن شيء.',
    );
    // An evaluation cut off with the worker, reported as an unexpected failure.
    const sniffing = bridge.sniffFile(new File(['x'], 'a.csv'));
    bridge.stop();
    const stopped = await sniffing.catch((e) => e);
    expect(jobFailureText({ type: 'unexpected', message: (stopped as Error).message, error: stopped })).toBe(
      'أُوقف عامل الاستيراد: لم يُخزِّن الاستيراد الذي كان يجريه شيئًا.',
    );
  });
});

describe('bundle refusals on an Arabic page', () => {
  it('say why a file is no bundle, and a full disk while importing one, in Arabic', async () => {
    await setLocale('ar');
    const outcomes: BundleOpenOutcome[] = [
      { status: 'refused', problems: ['x'], refusal: { code: 'notJson' } },
      {
        status: 'refused',
        problems: ['x'],
        refusal: { code: 'newer', format: 'sla-bundle/9', reads: ['sla-bundle/1', 'sla-bundle/2'] },
      },
      {
        status: 'refused',
        problems: ['x'],
        fault: { problem: 'quota', task: 'importBundle', name: 'Clarus' },
      },
    ];
    const open = vi.fn(async () => outcomes.shift()!);
    mount(() => createComponent(OpenBundle, { locale: 'ar', openBundle: open, onImported: () => {} }));
    const input = host.querySelector<HTMLInputElement>('[data-testid=bundle-file]')!;
    const said: string[] = [];
    for (let i = 0; i < 3; i++) {
      const dt = new DataTransfer();
      dt.items.add(new File(['x'], `b${i}.json`));
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => open.mock.calls.length === i + 1 && host.querySelector('[role=alert]'));
      said.push(host.querySelector('[role=alert]')!.textContent ?? '');
    }
    expect(said).toEqual([
      'لم تُستورد هذه الحزمة: هذا الملف ليس حزمة عقد: محتواه ليس JSON صالحًا.',
      'لم تُستورد هذه الحزمة: هذه الحزمة بصيغة «\u2068sla-bundle/9\u2069»، صنعها إصدار أحدث من SLA Witness؛ يقرأ هذا الإصدار \u2068"sla-bundle/1"\u2069 و\u2068"sla-bundle/2"\u2069.',
      'لم تُستورد هذه الحزمة: التخزين ممتلئ: رفض المتصفح تخزين المزيد أثناء استيراد حزمة «\u2068Clarus\u2069». لم يُحفظ شيء؛ أفرغ مساحة على هذا الجهاز أو احذف بيانات (مجموعات بيانات أو تقارير قديمة)، ثم حاول مجددًا.',
    ]);
  });

  it('carries a whole-file refusal as data from the reader', async () => {
    const outcome = await openBundleFile(undefined as never, new Blob(['{"format":"sla-bundle/9"}']));
    expect(outcome).toEqual({
      status: 'refused',
      problems: [
        'format: this bundle is "sla-bundle/9", made by a newer version of SLA Witness; this version reads "sla-bundle/1" and "sla-bundle/2" and "sla-bundle/3".',
      ],
      refusal: {
        code: 'newer',
        format: 'sla-bundle/9',
        reads: ['sla-bundle/1', 'sla-bundle/2', 'sla-bundle/3'],
      },
    });
  });
});

describe('errors shown through errorText on an Arabic page', () => {
  it('say a failed delete of all data in Arabic', async () => {
    await setLocale('ar');
    const deleteAllData = vi.fn(async () => {
      throw new StorageError({ problem: 'database', task: 'deleteAll', reason: 'Internal error.' });
    });
    mount(() =>
      createComponent(StorageSettings, {
        locale: 'ar',
        storage: {},
        deleteAllData,
        requestPersistence: async () => 'unsupported',
      }),
    );
    const input = host.querySelector<HTMLInputElement>('form input')!;
    input.value = 'حذف';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    button('حذف كل البيانات').click();
    await until(() => host.querySelector('[role=alert]')?.textContent);
    expect(host.querySelector('[role=alert]')?.textContent).toBe(
      'لم يُحذف شيء: فشل التخزين أثناء حذف كل البيانات: \u2068Internal error.\u2069',
    );
  });

  it('word a policy refused on saving, and a calendar file that could not be made', async () => {
    await setLocale('ar');
    const refused = new PolicyError(['plans[1].id: "gold" is used twice']);
    const wanted = new PolicyError(['target: expected a number from 0 to 100']);
    await until(() => errorText(wanted).includes('المتوقع'));
    expect(errorText(wanted)).toBe('\u2068target\u2069: المتوقع رقم من 0 إلى 100');
    expect(errorText(refused)).toBe('\u2068plans[1].id\u2069: المعرّف "gold" مستخدم مرتين');
    const ics = worded((english) => new Error(english), { key: 'icsFailed' });
    expect(ics.message).toBe(
      'The calendar file was not made: this page could not load its calendar writer (offline, or the app was updated). Reload the page and try again.',
    );
    expect(errorText(ics)).toBe(
      'لم يُنشأ ملف التقويم: تعذّر على هذه الصفحة تحميل كاتب التقويم (دون اتصال، أو حُدِّث التطبيق). أعد تحميل الصفحة ثم حاول مجددًا.',
    );
  });
});
