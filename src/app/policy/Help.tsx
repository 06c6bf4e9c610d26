// A field's one-line explanation and an example of how a contract words it.
import { Show } from 'solid-js';
import { t } from './words';

export function Help(props: { id: string; help?: string; example?: string }) {
  return (
    <Show when={props.help || props.example}>
      <div class="field-help" id={`${props.id}-help`}>
        <Show when={props.help}>
          <p>{props.help}</p>
        </Show>
        <Show when={props.example}>
          <p class="field-example">
            {t('polExample')}{' '}
            <span lang="en" dir="auto">
              {props.example}
            </span>
          </p>
        </Show>
      </div>
    </Show>
  );
}
