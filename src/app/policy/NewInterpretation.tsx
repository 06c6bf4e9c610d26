// A new interpretation note written in the form: the clause that can be read two ways,
// the question, and for one field the value each reading gives it. The policy's current
// value is the first reading, so adding the note changes no result until the user
// chooses the other.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { type Policy, PolicyError, parsePolicy } from '../../engine/policy';
import { locale } from '../state/locale';
import { typedNumber } from '../typed-number';
import { choiceWords } from './choice-text';
import { fieldWords } from './field-text';
import { CHOICES } from './meta';
import { getAt, labelOf } from './paths';
import { problemsText } from './problem-text';
import { t } from './words';

/** Fields an interpretation can set: single values, by their dot path. */
const LEFT_OUT = /^(schema|id|name|source|citations|interpretations|obligations)(\.|$)|(^|\.)kind$/;

function leafPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [];
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
  return prefix && !LEFT_OUT.test(prefix) ? [prefix] : [];
}

/** "How must a credit be claimed? › Days". */
function pathLabel(path: string, loc: string): string {
  const keys = path.split('.');
  return keys
    .map((_, i) => {
      const shape = keys.slice(0, i + 1).join('.');
      return fieldWords(shape, loc)?.label ?? labelOf(keys[i]!);
    })
    .join(' › ');
}

/** The text the user typed as the field's type: a number, true/false or text. */
function typed(text: string, like: unknown): unknown {
  if (typeof like === 'number') return typedNumber(text, 'decimal');
  if (typeof like === 'boolean') return text === 'true';
  return text;
}

export function NewInterpretation(props: { policy: Policy; onAdd: (next: Policy) => void }) {
  const [field, setField] = createSignal('');
  const [question, setQuestion] = createSignal('');
  const [clause, setClause] = createSignal('');
  const [labels, setLabels] = createSignal(['', '']);
  const [other, setOther] = createSignal('');
  const [problem, setProblem] = createSignal('');
  const fields = createMemo(() => leafPaths(props.policy));
  const current = () => getAt(props.policy, field().split('.'));
  const choices = () => CHOICES[field()];
  const setLabel = (i: number, text: string) => setLabels((l) => l.map((x, j) => (j === i ? text : x)));

  function add() {
    const id = `reading-${props.policy.interpretations.length + 1}`;
    const next = structuredClone(props.policy);
    next.interpretations.push({
      id,
      clause: clause().trim(),
      question: question().trim(),
      chosen: 'first',
      options: [
        { id: 'first', label: labels()[0]!.trim(), patch: { [field()]: current() } },
        { id: 'second', label: labels()[1]!.trim(), patch: { [field()]: typed(other(), current()) } },
      ],
    });
    try {
      parsePolicy(next);
    } catch (e) {
      return setProblem(e instanceof PolicyError ? problemsText(e.problems, locale()) : (e as Error).message);
    }
    setProblem('');
    setField('');
    setQuestion('');
    setClause('');
    setLabels(['', '']);
    setOther('');
    props.onAdd(next);
  }

  const ready = () => field() !== '' && question().trim() !== '' && labels().every((l) => l.trim() !== '');
  return (
    <details class="new-item interp-new" data-testid="new-interpretation">
      <summary>{t('polInterpAdd')}</summary>
      <p class="muted small">{t('polInterpAddText')}</p>
      <label class="stack">
        <span>{t('polInterpClause')}</span>
        <textarea rows={2} dir="auto" value={clause()} onInput={(e) => setClause(e.currentTarget.value)} />
      </label>
      <label class="stack">
        <span>{t('polInterpQuestion')}</span>
        <input
          type="text"
          dir="auto"
          value={question()}
          onInput={(e) => setQuestion(e.currentTarget.value)}
        />
      </label>
      <div class="stack">
        <label for="new-interp-field">{t('polInterpField')}</label>
        <select id="new-interp-field" onChange={(e) => setField(e.currentTarget.value)}>
          <option value="" selected={field() === ''}>
            {t('polInterpPick')}
          </option>
          <For each={fields()}>
            {(f) => (
              <option value={f} selected={f === field()}>
                {pathLabel(f, locale())}
              </option>
            )}
          </For>
        </select>
      </div>
      <Show when={field()}>
        <div class="form-grid">
          <label class="stack">
            <span>{t('polInterpFirst', { value: choiceWords(field(), String(current()), locale()) })}</span>
            <input
              type="text"
              dir="auto"
              value={labels()[0]}
              onInput={(e) => setLabel(0, e.currentTarget.value)}
            />
          </label>
          <label class="stack">
            <span>{t('polInterpSecond')}</span>
            <input
              type="text"
              dir="auto"
              value={labels()[1]}
              onInput={(e) => setLabel(1, e.currentTarget.value)}
            />
          </label>
          <div class="stack">
            <label for="new-interp-value">{t('polInterpSecondValue')}</label>
            <Show
              when={choices() ?? (typeof current() === 'boolean' ? ['true', 'false'] : null)}
              fallback={
                <input
                  type="text"
                  dir="auto"
                  value={other()}
                  onInput={(e) => setOther(e.currentTarget.value)}
                />
              }
            >
              {(list) => (
                <select id="new-interp-value" onChange={(e) => setOther(e.currentTarget.value)}>
                  <option value="" selected={other() === ''}>
                    {t('polInterpPick')}
                  </option>
                  <For each={list()}>
                    {(o) => (
                      <option value={o} selected={o === other()}>
                        {typeof current() === 'boolean'
                          ? t(o === 'true' ? 'yes' : 'no')
                          : choiceWords(field(), o, locale())}
                      </option>
                    )}
                  </For>
                </select>
              )}
            </Show>
          </div>
        </div>
      </Show>
      <p class="error" role="alert">
        {problem()}
      </p>
      <div class="button-row">
        <button type="button" class="primary" disabled={!ready()} onClick={add}>
          {t('polInterpAddButton')}
        </button>
      </div>
    </details>
  );
}
