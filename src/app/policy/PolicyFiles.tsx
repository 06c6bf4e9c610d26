// Where the contract's policy lives and what can be done with it: follow a preset or a
// saved custom policy, save or duplicate as custom, export and import as JSON.
import { createSignal, For, Show } from 'solid-js';
import { parseJsonText } from '../../engine/json-text';
import type { Policy } from '../../engine/policy';
import { MAX_WHOLE_FILE_BYTES, tooLargeToRead } from '../../ingest/whole-files';
import type { PolicyRow } from '../../storage';
import { downloadText } from '../components/download';
import { policyLink } from '../share/policy-link';
import { errorText } from '../shell/errors';
import { showToast } from '../shell/toasts';
import { addPolicyFor, updateContract } from '../state/db';
import { createLive } from '../state/live';
import { t } from '../state/locale';
import { PRESET_IDS, PRESETS } from '../state/policies';
import type { ContractSession } from '../state/session';
import type { PolicyDraft } from './draft';

export function PolicyFiles(props: { session: ContractSession; draft: PolicyDraft }) {
  const customs = createLive(
    () => 0,
    (store) => store.listPolicies(),
    [] as PolicyRow[],
  );
  const [error, setError] = createSignal('');
  const [link, setLink] = createSignal('');
  let fileInput!: HTMLInputElement;
  const source = () => props.session.contract()?.policy;
  const sourceValue = () => {
    const s = source();
    return s?.kind === 'preset'
      ? `preset:${s.presetId}`
      : s?.kind === 'custom'
        ? `custom:${s.policyId}`
        : 'embedded';
  };
  const id = () => props.session.id();

  /** `name` lists the saved policy; the policy keeps its own, which letters address. */
  async function saveAsCustom(policy: Policy, name: string) {
    const now = Date.now();
    await addPolicyFor(id(), { name, policy, createdAt: now, updatedAt: now });
    showToast({ text: t('polSaved', { name }) });
  }

  const run = (work: () => Promise<void>) =>
    work().then(
      () => setError(''),
      (e) => setError(errorText(e)),
    );

  async function choose(value: string) {
    const [kind, ref] = value.split(':') as [string, string];
    if (kind === 'preset') await updateContract(id(), { policy: { kind: 'preset', presetId: ref } });
    if (kind === 'custom') await updateContract(id(), { policy: { kind: 'custom', policyId: Number(ref) } });
  }

  async function importFile(file: File) {
    if (file.size > MAX_WHOLE_FILE_BYTES)
      throw new Error(`${file.name}: ${tooLargeToRead('policy file', file.size)}`);
    let doc: unknown;
    try {
      doc = parseJsonText(await file.text());
    } catch (e) {
      throw new Error(t('polJsonInvalid', { message: (e as Error).message }));
    }
    props.draft.replace(doc, { imported: true });
    const valid = props.draft.valid();
    if (valid) await saveAsCustom(valid, valid.name);
    else showToast({ text: t('polImportProblems', { n: props.draft.problems().length }) });
  }

  return (
    <section class="panel" aria-labelledby="policy-source-h">
      <h2 id="policy-source-h">{t('polSourceTitle')}</h2>
      <div class="form-grid">
        <label>
          <span>{t('polFollows')}</span>
          {/* Each option says whether it is chosen: the saved policies arrive after the
              select is drawn, and a value set before its option exists falls to the first. */}
          <select value={sourceValue()} onChange={(e) => run(() => choose(e.currentTarget.value))}>
            <Show when={source()?.kind === 'embedded'}>
              <option value="embedded" selected={sourceValue() === 'embedded'}>
                {t('polOwnCopy')}
              </option>
            </Show>
            <optgroup label={t('polPresets')}>
              <For each={PRESET_IDS}>
                {(p) => (
                  <option value={`preset:${p}`} selected={sourceValue() === `preset:${p}`}>
                    {PRESETS[p]!.name}
                  </option>
                )}
              </For>
            </optgroup>
            <Show when={customs.value().length > 0}>
              <optgroup label={t('polCustoms')}>
                <For each={customs.value()}>
                  {(c) => (
                    <option value={`custom:${c.id}`} selected={sourceValue() === `custom:${c.id}`}>
                      {c.name}
                    </option>
                  )}
                </For>
              </optgroup>
            </Show>
          </select>
        </label>
      </div>
      <p class="muted small">
        {source()?.kind === 'preset'
          ? t('polIsPreset')
          : source()?.kind === 'custom'
            ? t('polIsCustom')
            : t('polIsOwn')}
      </p>
      <div class="button-row">
        <button
          type="button"
          disabled={!props.draft.valid()}
          onClick={() =>
            run(() =>
              saveAsCustom(props.draft.valid()!, t('polCopyName', { name: props.draft.valid()!.name })),
            )
          }
        >
          {source()?.kind === 'custom' ? t('polDuplicate') : t('polSaveCustom')}
        </button>
        <button
          type="button"
          onClick={() => {
            const d = props.draft.draft() as { id?: string } | null;
            downloadText(
              `${d?.id ?? 'policy'}.policy.json`,
              `${JSON.stringify(d, null, 2)}\n`,
              'application/json',
            );
          }}
        >
          {t('polExport')}
        </button>
        <button
          type="button"
          disabled={!props.draft.valid()}
          onClick={() =>
            run(async () => {
              const url = await policyLink(props.draft.valid()!, location.href);
              setLink(url);
              await navigator.clipboard?.writeText(url).then(
                () => showToast({ text: t('polShareCopied') }),
                () => undefined,
              );
            })
          }
        >
          {t('polShare')}
        </button>
        <label class="button file-button">
          {t('polImport')}
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            data-testid="policy-file"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (f) void run(() => importFile(f));
            }}
          />
        </label>
      </div>
      <Show when={link()}>
        <label class="share-link">
          <span>{t('polShareLink')}</span>
          <input type="text" readonly value={link()} onFocus={(e) => e.currentTarget.select()} />
        </label>
      </Show>
      <Show when={props.draft.imported()}>
        <p class="warn">{t('polImportedDraft')}</p>
        <button
          type="button"
          class="primary"
          disabled={!props.draft.valid()}
          onClick={() => run(() => saveAsCustom(props.draft.valid()!, props.draft.valid()!.name))}
        >
          {t('polSaveImported')}
        </button>
      </Show>
      <p class="error" role="alert">
        {error()}
      </p>
    </section>
  );
}
