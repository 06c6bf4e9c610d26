// A one-line summary of a contract's imports shown above every tab, so an import that
// runs in the background (sample data) is visible wherever the user is.
import { Show } from 'solid-js';
import { t } from '../state/locale';
import { hrefOf } from '../state/route';
import { jobsOf } from './queue';

export function ImportStatus(props: { contractId: number }) {
  const jobs = () => jobsOf(props.contractId);
  const active = () =>
    jobs().filter((j) => j.status === 'running' || j.status === 'queued' || j.status === 'sniffing');
  const attention = () => jobs().filter((j) => ['review', 'duplicate', 'failed'].includes(j.status));
  const done = () => jobs().filter((j) => j.status === 'imported').length;
  return (
    <Show when={active().length > 0 || attention().length > 0}>
      <p class="import-status" data-testid="import-status" data-active={active().length}>
        <Show when={active().length > 0}>
          <span class="spinner" aria-hidden="true" />{' '}
          {t('impActive', {
            n: active().length,
            done: done(),
          })}{' '}
        </Show>
        <Show when={attention().length > 0}>
          <a href={hrefOf({ page: 'contract', id: props.contractId, tab: 'data' })}>
            {t('impAttention', { n: attention().length })}
          </a>
        </Show>
      </p>
    </Show>
  );
}
