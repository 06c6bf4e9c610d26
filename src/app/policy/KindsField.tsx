// The record kinds a cap limits together, or an incident level leaves out, ticked by
// their plain names rather than typed as schema words.
import { For } from 'solid-js';
import { locale } from '../state/locale';
import { Beside } from './Cite';
import { kindName } from './field-text';
import { type FormCtx, fieldId } from './form';
import { Help } from './Help';
import { KIND_LISTS, metaShape } from './meta';
import { getAt, type Path, shapeOf } from './paths';
import { wordsOf } from './words';

export function KindsField(props: { ctx: FormCtx; path: Path }) {
  const kinds = () => KIND_LISTS[metaShape(shapeOf(props.path))] ?? [];
  const chosen = () => (getAt(props.ctx.draft(), props.path) as string[] | undefined) ?? [];
  const words = () => wordsOf(props.ctx, props.path);
  const id = () => fieldId(props.path);
  // Kept in the schema's order, so the saved list does not depend on the order of ticks.
  const toggle = (kind: string, on: boolean) =>
    props.ctx.change(
      props.path,
      kinds().filter((k) => (k === kind ? on : chosen().includes(k))),
    );
  return (
    <fieldset class="field weekday-field" id={id()}>
      <legend>{words().label}</legend>
      <Help id={id()} help={words().help} example={words().example} />
      <div class="weekday-boxes">
        <For each={kinds()}>
          {(kind) => (
            <label class="weekday-box">
              <input
                type="checkbox"
                checked={chosen().includes(kind)}
                onChange={(e) => toggle(kind, e.currentTarget.checked)}
              />
              {kindName(kind, locale())}
            </label>
          )}
        </For>
      </div>
      <Beside ctx={props.ctx} path={props.path} id={id()} />
    </fieldset>
  );
}
