// The whole policy as JSON text, for what a form is clumsy at (a pasted document, many
// fields at once); applying it goes through the same checks as the form.

import { createSignal } from 'solid-js';
import { parseJsonText } from '../../engine/json-text';
import { t } from '../state/locale';

export function JsonEditor(props: { draft: unknown; onApply: (doc: unknown) => void }) {
  const [text, setText] = createSignal('');
  const [error, setError] = createSignal('');
  return (
    <details
      class="panel json-editor"
      onToggle={(e) => {
        if (e.currentTarget.open) setText(JSON.stringify(props.draft, null, 2));
      }}
    >
      <summary>{t('polJsonTitle')}</summary>
      <label for="policy-json" class="visually-hidden">
        {t('polJsonTitle')}
      </label>
      <textarea
        id="policy-json"
        rows={16}
        spellcheck={false}
        dir="ltr"
        value={text()}
        onInput={(e) => setText(e.currentTarget.value)}
        aria-describedby="policy-json-err"
      />
      <p id="policy-json-err" class="error" role="alert">
        {error()}
      </p>
      <div class="button-row">
        <button
          type="button"
          onClick={() => {
            try {
              props.onApply(parseJsonText(text()));
              setError('');
            } catch (e) {
              setError(t('polJsonInvalid', { message: (e as Error).message }));
            }
          }}
        >
          {t('polJsonApply')}
        </button>
        <button type="button" onClick={() => setText(JSON.stringify(props.draft, null, 2))}>
          {t('polJsonReload')}
        </button>
      </div>
    </details>
  );
}
