// Creating a contract: from a built-in preset (the contract follows it), from an example
// policy of a published SLA (the contract keeps its own copy) or blank (a minimal valid
// custom policy, saved so it can be edited and reused).
import { createSignal, For } from 'solid-js';
import { errorText } from '../shell/errors';
import { addContract, addContractWithPolicy } from '../state/db';
import { t } from '../state/locale';
import { blankPolicy, newContractRow, PRESET_IDS, PRESETS } from '../state/policies';
import { navigate } from '../state/route';
import { EXAMPLE_POLICIES, type ExamplePolicyId, fetchExamplePolicy } from './example-policies';

const EXAMPLE = 'example:';
const exampleOf = (choice: string) =>
  choice.startsWith(EXAMPLE) ? (choice.slice(EXAMPLE.length) as ExamplePolicyId) : null;

export function NewContract() {
  const [preset, setPreset] = createSignal<string>(PRESET_IDS[0]);
  const [name, setName] = createSignal('');
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  async function create(e: SubmitEvent) {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      let id: number;
      const example = exampleOf(preset());
      if (example) {
        const policy = await fetchExamplePolicy(example);
        id = await addContract(newContractRow(name() || policy.name, { kind: 'embedded', policy }, policy));
      } else if (preset() === 'blank') {
        const policy = blankPolicy();
        const now = Date.now();
        id = await addContractWithPolicy(
          { name: policy.name, policy, createdAt: now, updatedAt: now },
          (policyId) => newContractRow(name() || policy.name, { kind: 'custom', policyId }, policy),
        );
      } else {
        const policy = PRESETS[preset()]!;
        id = await addContract(
          newContractRow(name() || policy.name, { kind: 'preset', presetId: preset() }, policy),
        );
      }
      setName('');
      navigate({ page: 'contract', id, tab: preset() === 'blank' ? 'policy' : 'data' });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="panel" onSubmit={create} aria-labelledby="new-contract-h">
      <h2 id="new-contract-h">{t('conNewTitle')}</h2>
      <div class="form-grid">
        <label>
          <span>{t('conNewFrom')}</span>
          <select value={preset()} onChange={(e) => setPreset(e.currentTarget.value)}>
            <optgroup label={t('conPresets')}>
              <For each={PRESET_IDS}>{(id) => <option value={id}>{PRESETS[id]!.name}</option>}</For>
            </optgroup>
            <optgroup label={t('conExamples')}>
              <For each={EXAMPLE_POLICIES}>
                {(x) => <option value={`${EXAMPLE}${x.id}`}>{x.name}</option>}
              </For>
            </optgroup>
            <option value="blank">{t('conBlank')}</option>
          </select>
        </label>
        <label>
          <span>{t('conName')}</span>
          <input
            type="text"
            value={name()}
            placeholder={
              preset() === 'blank'
                ? 'Custom SLA'
                : (EXAMPLE_POLICIES.find((x) => `${EXAMPLE}${x.id}` === preset())?.name ??
                  PRESETS[preset()]!.name)
            }
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
      </div>
      <p class="error" role="alert">
        {error()}
      </p>
      <button type="submit" class="primary" disabled={busy()}>
        {t('conCreate')}
      </button>
    </form>
  );
}
