// The policy form's single-value fields: number, text, choice, true/false, a list of
// plain values, and an optional field that is not set.
import { createEffect, createSignal, For, type JSX, on, Show, untrack } from 'solid-js';
import { t } from '../state/locale';
import { typedNumber } from '../typed-number';
import { Beside } from './Cite';
import { describedBy, type FormCtx, fieldId } from './form';
import { Help } from './Help';
import { CHOICES, LONG_TEXT, metaShape, WHEN_SET, whenSetKey } from './meta';
import { RemoveField } from './Optional';
import { getAt, type Path, pathText, shapeOf } from './paths';
import { answerOf, parentKind, wordsOf } from './words';

export interface LeafProps {
  ctx: FormCtx;
  path: Path;
}

const invalid = (ctx: FormCtx, path: Path) => ctx.byPath().has(pathText(path));

/** aria-describedby for a leaf: its explanation and its problems. */
function described(ctx: FormCtx, path: Path): string | undefined {
  const w = wordsOf(ctx, path);
  return describedBy(ctx, path, Boolean(w.help || w.example));
}

/** The value a nullable field takes when set, or undefined when it may not be null. */
export function nullableKey(ctx: FormCtx, path: Path): string | undefined {
  return whenSetKey(shapeOf(path), parentKind(ctx, path));
}

/** Label, control, clear button for nullable fields, remove for optional ones, and what sits beside it. */
export function Row(props: LeafProps & { control: JSX.Element; local?: string }) {
  const nullable = () => nullableKey(props.ctx, props.path) !== undefined;
  const words = () => wordsOf(props.ctx, props.path);
  return (
    <div class="field" classList={{ invalid: invalid(props.ctx, props.path) }}>
      <label for={fieldId(props.path)}>{words().label}</label>
      <Help id={fieldId(props.path)} help={words().help} example={words().example} />
      <div class="field-control">
        {props.control}
        <Show when={nullable()}>
          <button type="button" class="small" onClick={() => props.ctx.change(props.path, null)}>
            {t('polClear')}
            <span class="visually-hidden"> {words().label}</span>
          </button>
        </Show>
        <RemoveField ctx={props.ctx} path={props.path} />
      </div>
      <Show when={props.local}>
        <p class="field-errors">{props.local}</p>
      </Show>
      <Beside ctx={props.ctx} path={props.path} id={fieldId(props.path)} />
    </div>
  );
}

export function NumberField(props: LeafProps) {
  const value = () => getAt(props.ctx.draft(), props.path) as number;
  const [text, setText] = createSignal(String(value()));
  const [local, setLocal] = createSignal('');
  // The text follows the value when the value changes from elsewhere (a preset, a reading
  // switched), never while the user types: a field cleared to type a new number would
  // otherwise get the old one back, and the next digit added to it.
  createEffect(
    on(value, (v) => {
      if (typedNumber(untrack(text), 'decimal') !== v) setText(String(v));
      setLocal('');
    }),
  );
  return (
    <Row
      {...props}
      local={local()}
      control={
        <input
          id={fieldId(props.path)}
          type="text"
          inputmode="decimal"
          value={text()}
          aria-invalid={invalid(props.ctx, props.path) || local() !== ''}
          aria-describedby={described(props.ctx, props.path)}
          onInput={(e) => {
            const raw = e.currentTarget.value;
            setText(raw);
            const n = typedNumber(raw, 'decimal');
            if (!Number.isFinite(n)) return setLocal(t('polNotNumber'));
            setLocal('');
            props.ctx.change(props.path, n);
          }}
        />
      }
    />
  );
}

export function TextField(props: LeafProps) {
  const value = () => String(getAt(props.ctx.draft(), props.path) ?? '');
  const common = () => ({
    id: fieldId(props.path),
    value: value(),
    dir: 'auto' as const,
    'aria-invalid': invalid(props.ctx, props.path),
    'aria-describedby': described(props.ctx, props.path),
    onInput: (e: { currentTarget: { value: string } }) => props.ctx.change(props.path, e.currentTarget.value),
  });
  return (
    <Row
      {...props}
      control={
        LONG_TEXT.test(shapeOf(props.path)) ? (
          <textarea rows={2} {...common()} />
        ) : (
          <input type="text" {...common()} />
        )
      }
    />
  );
}

export function ChoiceField(props: LeafProps) {
  const written = () => getAt(props.ctx.draft(), props.path);
  const value = () => String(written());
  const options = () => {
    const list = CHOICES[metaShape(shapeOf(props.path))] ?? [];
    return list.includes(value()) ? list : [value(), ...list];
  };
  return (
    <Row
      {...props}
      control={
        <select
          id={fieldId(props.path)}
          value={value()}
          aria-invalid={invalid(props.ctx, props.path)}
          aria-describedby={described(props.ctx, props.path)}
          onChange={(e) => {
            // A choice among numbers (an interval's minutes) stays a number.
            const chosen = e.currentTarget.value;
            props.ctx.change(props.path, typeof written() === 'number' ? Number(chosen) : chosen);
          }}
        >
          <For each={options()}>
            {(o) => (
              <option value={o} selected={o === value()}>
                {answerOf(props.path, o, false, parentKind(props.ctx, props.path))}
              </option>
            )}
          </For>
        </select>
      }
    />
  );
}

export function BoolField(props: LeafProps) {
  return (
    <Row
      {...props}
      control={
        <input
          id={fieldId(props.path)}
          type="checkbox"
          checked={getAt(props.ctx.draft(), props.path) === true}
          aria-describedby={described(props.ctx, props.path)}
          onChange={(e) => props.ctx.change(props.path, e.currentTarget.checked)}
        />
      }
    />
  );
}

/** A list of plain values (plan tiers, weekdays) as one comma-separated text. */
export function PlainListField(props: LeafProps & { numbers: boolean }) {
  const value = () => (getAt(props.ctx.draft(), props.path) as unknown[]).join(', ');
  return (
    <Row
      {...props}
      control={
        <input
          id={fieldId(props.path)}
          type="text"
          value={value()}
          aria-invalid={invalid(props.ctx, props.path)}
          aria-describedby={described(props.ctx, props.path)}
          onChange={(e) => {
            const parts = e.currentTarget.value
              .split(',')
              .map((s) => s.trim())
              .filter((s) => s !== '');
            props.ctx.change(props.path, props.numbers ? parts.map(Number) : parts);
          }}
        />
      }
    />
  );
}

export function NullField(props: LeafProps) {
  return (
    <div class="field">
      <span class="label-like" id={`${fieldId(props.path)}-l`}>
        {wordsOf(props.ctx, props.path).label}
      </span>
      <Help
        id={fieldId(props.path)}
        help={wordsOf(props.ctx, props.path).help}
        example={wordsOf(props.ctx, props.path).example}
      />
      <div class="field-control">
        <span class="muted">{t('polNotSet')}</span>
        <button
          type="button"
          class="small"
          aria-describedby={`${fieldId(props.path)}-l`}
          onClick={() => {
            const key = nullableKey(props.ctx, props.path);
            props.ctx.change(props.path, structuredClone(key === undefined ? '' : WHEN_SET[key]));
          }}
        >
          {t('polSet')}
        </button>
      </div>
      <Beside ctx={props.ctx} path={props.path} id={fieldId(props.path)} />
    </div>
  );
}
