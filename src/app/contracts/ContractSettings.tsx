// A contract's own terms: name, time zone, fee and currency, plan tier, effective date;
// each saved as soon as it is valid (and the dashboard re-evaluates); its business
// calendar; sharing; delete.
import { createSignal, type JSX, lazy, Show, Suspense } from 'solid-js';
import { effectivePolicy } from '../../engine/policy';
import { isValidZone, parseDate } from '../../engine/time';
import { showError } from '../shell/errors';
import { type ContractChanges, updateContract } from '../state/db';
import { deleteWithUndo } from '../state/deletes';
import { t } from '../state/locale';
import { navigate } from '../state/route';
import type { ContractSession } from '../state/session';
import { typedNumber } from '../typed-number';
import { ContractShare } from './ContractShare';

// The calendar editor brings the holiday lists (date-holidays, ical.js) only when shown.
const CalendarSettings = lazy(() =>
  import('../calendar/CalendarSettings').then((m) => ({ default: m.CalendarSettings })),
);

type Parse = (text: string) => { ok: true; changes: ContractChanges } | { ok: false; error: string };

function Field(props: {
  contractId: number;
  id: string;
  label: string;
  help?: string;
  value: string;
  type?: string;
  inputmode?: JSX.HTMLAttributes<HTMLInputElement>['inputmode'];
  list?: string;
  placeholder?: string;
  parse: Parse;
}) {
  const [error, setError] = createSignal('');
  return (
    <label for={props.id}>
      <span>{props.label}</span>
      <input
        id={props.id}
        type={props.type ?? 'text'}
        inputmode={props.inputmode}
        list={props.list}
        placeholder={props.placeholder}
        value={props.value}
        aria-invalid={error() !== ''}
        aria-describedby={`${props.id}-help`}
        onChange={async (e) => {
          const result = props.parse(e.currentTarget.value.trim());
          if (!result.ok) return setError(result.error);
          setError('');
          await updateContract(props.contractId, result.changes).catch(showError);
        }}
      />
      <small id={`${props.id}-help`} class={error() ? 'error' : 'muted'}>
        {error() || props.help}
      </small>
    </label>
  );
}

export function ContractSettings(props: { session: ContractSession }) {
  const s = props.session;
  const policyZone = () => {
    const p = s.policy();
    return p ? effectivePolicy(p).timezone : 'UTC';
  };
  const fid = (name: string) => `contract-${s.id()}-${name}`;
  return (
    <Show when={s.contract()}>
      {(c) => (
        <>
          <form class="panel" onSubmit={(e) => e.preventDefault()} aria-labelledby="terms-h">
            <h2 id="terms-h">{t('setTitle')}</h2>
            <p class="muted">{t('setText')}</p>
            <div class="form-grid">
              <Field
                contractId={c().id}
                id={fid('name')}
                label={t('conName')}
                value={c().name}
                parse={(v) =>
                  v ? { ok: true, changes: { name: v } } : { ok: false, error: t('setNameEmpty') }
                }
              />
              <Field
                contractId={c().id}
                id={fid('zone')}
                placeholder={policyZone()}
                label={t('setZone')}
                list="zone-list"
                value={c().timezone}
                help={t('setZoneHelp', { zone: policyZone() })}
                parse={(v) =>
                  v === '' || isValidZone(v)
                    ? { ok: true, changes: { timezone: v } }
                    : { ok: false, error: t('impZoneInvalid') }
                }
              />
              <Field
                contractId={c().id}
                id={fid('fee')}
                label={t('setFee')}
                inputmode="decimal"
                value={c().fee === null ? '' : String(c().fee)}
                help={t('setFeeHelp', {
                  per: t(s.policy()?.fee.per === 'year' ? 'setPerYear' : 'setPerMonth'),
                })}
                parse={(v) => {
                  if (v === '') return { ok: true, changes: { fee: null } };
                  const n = typedNumber(v, 'thousands');
                  return Number.isFinite(n) && n >= 0
                    ? { ok: true, changes: { fee: n } }
                    : { ok: false, error: t('setFeeInvalid') };
                }}
              />
              <Field
                contractId={c().id}
                id={fid('currency')}
                label={t('setCurrency')}
                value={c().currency}
                parse={(v) =>
                  /^[A-Za-z]{3}$/.test(v)
                    ? { ok: true, changes: { currency: v.toUpperCase() } }
                    : { ok: false, error: t('setCurrencyInvalid') }
                }
              />
              <Field
                contractId={c().id}
                id={fid('tier')}
                label={t('setTier')}
                value={c().tier ?? ''}
                help={t('setTierHelp')}
                parse={(v) => ({ ok: true, changes: { tier: v === '' ? null : v } })}
              />
              <Field
                contractId={c().id}
                id={fid('effective')}
                label={t('setEffective')}
                type="date"
                value={c().effectiveDate ?? ''}
                parse={(v) =>
                  v === '' || parseDate(v)
                    ? { ok: true, changes: { effectiveDate: v === '' ? null : v } }
                    : { ok: false, error: t('setDateInvalid') }
                }
              />
            </div>
          </form>
          <Suspense fallback={<p class="muted">{t('appLoading')}</p>}>
            <CalendarSettings session={s} />
          </Suspense>
          <ContractShare session={s} />
          <section class="panel danger" aria-labelledby="delete-h">
            <h2 id="delete-h">{t('setDeleteTitle')}</h2>
            <p class="muted">{t('setDeleteText')}</p>
            <button
              type="button"
              onClick={() => {
                deleteWithUndo(c().id, c().name, showError);
                navigate({ page: 'list' });
              }}
            >
              {t('conDelete')}
            </button>
          </section>
        </>
      )}
    </Show>
  );
}
