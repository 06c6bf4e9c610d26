// "Try it with sample data": pick a preset, get a contract with its sample files imported.
import { createSignal, For } from 'solid-js';
import { trySample } from '../import/samples';
import { errorText } from '../shell/errors';
import { t } from '../state/locale';
import { PRESET_IDS, PRESETS } from '../state/policies';
import { navigate } from '../state/route';

export function TrySample(props: { primary?: boolean }) {
  const [preset, setPreset] = createSignal<string>(PRESET_IDS[1]);
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  async function go(e: SubmitEvent) {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const name = t('conSampleName', { name: PRESETS[preset()]!.name });
      const id = await trySample(preset(), name);
      navigate({ page: 'contract', id, tab: 'dashboard' });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="panel try-sample" onSubmit={go} aria-labelledby="try-sample-h">
      <h2 id="try-sample-h">{t('conTryTitle')}</h2>
      <p class="muted">{t('conTryText')}</p>
      <div class="form-grid">
        <label>
          <span>{t('conTryPreset')}</span>
          <select
            value={preset()}
            onChange={(e) => setPreset(e.currentTarget.value)}
            data-testid="sample-preset"
          >
            <For each={PRESET_IDS}>{(id) => <option value={id}>{PRESETS[id]!.name}</option>}</For>
          </select>
        </label>
      </div>
      <p class="error" role="alert">
        {error()}
      </p>
      <button type="submit" class={props.primary ? 'primary' : ''} disabled={busy()}>
        {t('conTryButton')}
      </button>
    </form>
  );
}
