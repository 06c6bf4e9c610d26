// Terms a policy may leave out have no value to render: in their place the form shows
// what the term is and an "Add" that starts it from a value changing nothing by itself;
// once added, a "Remove" takes it out again.
import { Show } from 'solid-js';
import { Beside } from './Cite';
import { type FormCtx, fieldId } from './form';
import { Help } from './Help';
import { optionalStart } from './meta';
import { type Path, shapeOf } from './paths';
import { parentKind, t, wordsOf } from './words';

/** The starting value of an optional field being added. */
function startOf(ctx: FormCtx, path: Path): unknown {
  return optionalStart(shapeOf(path), parentKind(ctx, path))?.(ctx.draft() as Record<string, unknown>);
}

/** Whether the field at a path may be left out, and so can be removed. */
const canRemove = (ctx: FormCtx, path: Path) =>
  optionalStart(shapeOf(path), parentKind(ctx, path)) !== undefined;

/** An optional field the policy does not have: what it is, and how to add it. */
export function AbsentField(props: { ctx: FormCtx; path: Path }) {
  const words = () => wordsOf(props.ctx, props.path);
  const id = () => fieldId(props.path);
  return (
    <div class="field absent" data-absent={id()}>
      <span class="label-like" id={`${id()}-l`}>
        {words().label}
      </span>
      <Help id={id()} help={words().help} example={words().example} />
      <div class="field-control">
        <span class="muted">{t('polNotInPolicy')}</span>
        <button
          type="button"
          class="small"
          aria-describedby={`${id()}-l`}
          onClick={() => props.ctx.change(props.path, startOf(props.ctx, props.path))}
        >
          {t('polAddItem')}
          <span class="visually-hidden"> {words().label}</span>
        </button>
      </div>
      <Beside ctx={props.ctx} path={props.path} id={id()} />
    </div>
  );
}

/** "Remove" for an optional field that is there. */
export function RemoveField(props: { ctx: FormCtx; path: Path }) {
  return (
    <Show when={canRemove(props.ctx, props.path)}>
      {' '}
      <button type="button" class="small" onClick={() => props.ctx.change(props.path, undefined)}>
        {t('polRemoveItem')}
        <span class="visually-hidden"> {wordsOf(props.ctx, props.path).label}</span>
      </button>
    </Show>
  );
}
