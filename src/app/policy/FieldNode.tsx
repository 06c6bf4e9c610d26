// The generic policy form: any field of the document rendered by its value — groups
// and lists recurse, variant groups get a kind switch, leaves get their control.
import { type Component, createMemo, createSignal, For, Index, Match, Show, Switch } from 'solid-js';
import { AnswerField } from './AnswerField';
import { Beside } from './Cite';
import { type FormCtx, fieldId } from './form';
import { Help } from './Help';
import { KindsField } from './KindsField';
import {
  BoolField,
  ChoiceField,
  NullField,
  NumberField,
  nullableKey,
  PlainListField,
  TextField,
} from './leaves';
import { MonthField } from './MonthField';
import { CHOICES, metaShape, NEW_ITEM, newItemWithId, optionalKeys, VARIANTS } from './meta';
import { NewWindow } from './NewWindow';
import { AbsentField, RemoveField } from './Optional';
import { PlanField } from './PlanField';
import { getAt, type Path, shapeOf } from './paths';
import { WeekdayField, WeekdaysField } from './Weekdays';
import { answerOf, t, wordsOf } from './words';
import { ZoneField } from './ZoneField';

const PLAIN_LISTS: Record<string, 'text' | 'number'> = {
  'eligibility.noCreditTiers': 'text',
  'obligations[].fromTickets.severities': 'text',
  'scopes[].monitors': 'text',
};

/** Fields with a control of their own rather than the one their value suggests. */
const OWN_CONTROLS: Record<string, Component<{ ctx: FormCtx; path: Path }>> = {
  timezone: ZoneField,
  'exclusions.windows[].weekdays': WeekdaysField,
  'calendar.weekly[].weekday': WeekdayField,
  'periodStart.month': MonthField,
  'exclusions.caps[].kinds': KindsField,
  'credit.levels[].excludedKinds': KindsField,
  plan: PlanField,
  'eligibility.conditions[].answer': AnswerField,
};

/** Own controls that also stand for the field's absence or null ("no plan", "not answered yet"). */
const OWN_EVEN_UNSET = new Set(['plan', 'eligibility.conditions[].answer']);

/** Lists whose new item is asked for before it is added (it would change the result at once). */
// Method signatures: each form hands back its own list's item type.
const ASK_FIRST: Record<string, Component<{ onAdd(item: unknown): void; onCancel(): void }>> = {
  'exclusions.windows': NewWindow,
};

type NodeKind =
  | 'own'
  | 'absent'
  | 'null'
  | 'plainList'
  | 'list'
  | 'group'
  | 'boolean'
  | 'number'
  | 'choice'
  | 'text';

function kindOf(value: unknown, shape: string): NodeKind {
  if (shape in OWN_CONTROLS && ((value !== null && value !== undefined) || OWN_EVEN_UNSET.has(shape)))
    return 'own';
  if (value === undefined) return 'absent';
  if (value === null) return 'null';
  if (Array.isArray(value)) return shape in PLAIN_LISTS ? 'plainList' : 'list';
  if (typeof value === 'object') return 'group';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return shape in CHOICES ? 'choice' : 'number';
  return shape in CHOICES ? 'choice' : 'text';
}

export function FieldNode(props: { ctx: FormCtx; path: Path }) {
  const shape = () => metaShape(shapeOf(props.path));
  const kind = createMemo(() => kindOf(getAt(props.ctx.draft(), props.path), shape()));
  return (
    <Switch>
      <Match when={kind() === 'own'}>{OWN_CONTROLS[shape()]!(props)}</Match>
      <Match when={kind() === 'absent'}>
        <AbsentField {...props} />
      </Match>
      <Match when={kind() === 'null'}>
        <NullField {...props} />
      </Match>
      <Match when={kind() === 'plainList'}>
        <PlainListField {...props} numbers={PLAIN_LISTS[shape()] === 'number'} />
      </Match>
      <Match when={kind() === 'list'}>
        <ListGroup {...props} />
      </Match>
      <Match when={kind() === 'group'}>
        <Group {...props} />
      </Match>
      <Match when={kind() === 'boolean'}>
        <BoolField {...props} />
      </Match>
      <Match when={kind() === 'number'}>
        <NumberField {...props} />
      </Match>
      <Match when={kind() === 'choice'}>
        <ChoiceField {...props} />
      </Match>
      <Match when={kind() === 'text'}>
        <TextField {...props} />
      </Match>
    </Switch>
  );
}

function Legend(props: { ctx: FormCtx; path: Path }) {
  const nullable = () => nullableKey(props.ctx, props.path) !== undefined;
  const words = () => wordsOf(props.ctx, props.path);
  return (
    <>
      <legend>
        {words().label}
        <Show when={nullable()}>
          {' '}
          <button type="button" class="small" onClick={() => props.ctx.change(props.path, null)}>
            {t('polClear')}
          </button>
        </Show>
        <RemoveField ctx={props.ctx} path={props.path} />
      </legend>
      <Help id={fieldId(props.path)} help={words().help} example={words().example} />
    </>
  );
}

function Group(props: { ctx: FormCtx; path: Path }) {
  const value = () => getAt(props.ctx.draft(), props.path) as Record<string, unknown>;
  const variants = () => VARIANTS[metaShape(shapeOf(props.path))];
  // Keys as one string, so the list re-renders only when fields come or go; the optional
  // fields the group lacks follow, each with its "Add".
  const keyText = createMemo(() => {
    const present = Object.keys(value() ?? {});
    const kind = value()?.kind;
    const optional = optionalKeys(shapeOf(props.path), typeof kind === 'string' ? kind : undefined);
    return [...present, ...optional.filter((k) => !present.includes(k))].join('\u0000');
  });
  const keys = () => (keyText() ? keyText().split('\u0000') : []);
  const id = () => fieldId(props.path);
  return (
    <fieldset class="pgroup" classList={{ top: props.path.length === 1 }}>
      <Legend {...props} />
      <Beside ctx={props.ctx} path={props.path} id={id()} />
      <Show when={variants()}>
        {(v) => (
          <div class="field">
            <label for={`${id()}-kind`}>{t('polKind')}</label>
            <select
              id={`${id()}-kind`}
              onChange={(e) => props.ctx.change(props.path, structuredClone(v()[e.currentTarget.value]))}
            >
              <For each={Object.keys(v())}>
                {(k) => (
                  <option value={k} selected={k === value().kind}>
                    {answerOf(props.path, k, true)}
                  </option>
                )}
              </For>
            </select>
          </div>
        )}
      </Show>
      <For each={keys()}>
        {(key) => (
          <Show when={!(variants() && key === 'kind')}>
            <FieldNode ctx={props.ctx} path={[...props.path, key]} />
          </Show>
        )}
      </For>
    </fieldset>
  );
}

function ListGroup(props: { ctx: FormCtx; path: Path }) {
  const items = () => getAt(props.ctx.draft(), props.path) as unknown[];
  const shape = () => metaShape(shapeOf(props.path));
  const ask = () => ASK_FIRST[shape()];
  const [asking, setAsking] = createSignal(false);
  const append = (item: unknown) => props.ctx.change(props.path, [...items(), structuredClone(item)]);
  const add = () => {
    if (ask()) return setAsking(true);
    append(newItemWithId(shape(), items()) ?? NEW_ITEM[shape()] ?? items()[items().length - 1] ?? '');
  };
  return (
    <fieldset class="pgroup list" classList={{ top: props.path.length === 1 }}>
      <Legend {...props} />
      <Beside ctx={props.ctx} path={props.path} id={fieldId(props.path)} />
      <Show when={items().length === 0}>
        <p class="muted small">{t('polEmptyList')}</p>
      </Show>
      <Index each={items()}>
        {(_, i) => (
          <div class="pitem">
            <FieldNode ctx={props.ctx} path={[...props.path, i]} />
            <button
              type="button"
              class="small"
              onClick={() => props.ctx.change([...props.path, i], undefined)}
            >
              {t('polRemoveItem')}
              <span class="visually-hidden">
                {' '}
                {wordsOf(props.ctx, props.path).label} {i + 1}
              </span>
            </button>
          </div>
        )}
      </Index>
      <Show
        when={asking() && ask()}
        fallback={
          <button type="button" class="small" onClick={add}>
            {t('polAddItem')}
            <span class="visually-hidden"> {wordsOf(props.ctx, props.path).label}</span>
          </button>
        }
      >
        {(Ask) =>
          Ask()({
            onAdd: (item: unknown) => {
              append(item);
              setAsking(false);
            },
            onCancel: () => setAsking(false),
          })
        }
      </Show>
    </fieldset>
  );
}
