// One promise of the policy (its clause, what starts the clock, when it is kept, the rule,
// the evidence to keep) with the recorded events the report judged for it.
import { type JSX, Show } from 'solid-js';
import type { Obligation } from '../../engine/policy';
import { t } from '../state/locale';
import { refocusCard } from './card-focus';
import { ruleText } from './entries';

export function ObligationCard(props: {
  obligation: Obligation;
  /** Its title in the reader's language where it is a preset's own; else its own words. */
  title: string;
  /** Its clock's start, what keeps it and the evidence, in the same way. */
  fact: (f: 'startsWhen' | 'fulfilledWhen' | 'evidence') => string;
  count: number;
  children?: JSX.Element;
}) {
  const o = () => props.obligation;
  const hid = () => `ob-${o().id}-h`;
  return (
    <article
      class="card obligation"
      aria-labelledby={hid()}
      data-obligation={o().id}
      tabindex="-1"
      ref={(el) => refocusCard(el, o().id)}
    >
      <h3 id={hid()} dir="auto">
        {props.title}
      </h3>
      <blockquote class="clause" lang="en" dir="auto">
        {o().clause}
      </blockquote>
      <dl class="ob-facts">
        <div>
          <dt>{t('obStarts')}</dt>
          <dd dir="auto">{props.fact('startsWhen')}</dd>
        </div>
        <div>
          <dt>{t('obFulfilledWhen')}</dt>
          <dd dir="auto">{props.fact('fulfilledWhen')}</dd>
        </div>
        <div>
          <dt>{t('obRule')}</dt>
          <dd>{ruleText(o().rule)}</dd>
        </div>
        <Show when={o().evidence}>
          <div>
            <dt>{t('obEvidence')}</dt>
            <dd dir="auto">{props.fact('evidence')}</dd>
          </div>
        </Show>
      </dl>
      <h4>{t('obEntries', { n: props.count })}</h4>
      <Show when={props.count} fallback={<p class="muted">{t('obNoEntries')}</p>}>
        {props.children}
      </Show>
    </article>
  );
}
