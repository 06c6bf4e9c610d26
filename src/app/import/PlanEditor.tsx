// Reviewing one file before import: what detection found, the kind, which column plays
// each role, and the zone of times written without one — all editable. A tickets file's
// and an obligation log's roles are their own columns (`opened_at`, `started_at`).
import { For, Show } from 'solid-js';
import { isValidZone } from '../../engine/time';
import type { FileKind } from '../../ingest/columns';
import { isolate } from '../format';
import { own, ownList, readerReason } from '../shell/own';
import { t } from '../state/locale';
import type { ImportKind } from '../worker-bridge';
import { PreviewTable } from './PreviewTable';
import { type ImportJob, planProblems, setOverride, setPlan } from './queue';
import { effectiveColumns, isRecordKind, recordColumns, rolesOf } from './sniff';

// Every kind can be chosen by hand: a tickets file whose headers detection did not know is still one.
const KINDS: ImportKind[] = ['probes', 'states', 'events', 'exclusions', 'tickets', 'obligations'];

export function PlanEditor(props: { job: ImportJob }) {
  const j = () => props.job;
  const id = (part: string) => `job-${j().id}-${part}`;
  const header = () => j().sniff?.header ?? [];
  const minuteKind = (): FileKind | null => {
    const k = j().kind;
    return isRecordKind(k) ? null : k;
  };
  const record = () => {
    const k = j().kind;
    return isRecordKind(k) ? recordColumns(k) : null;
  };
  const roles = (): string[] => {
    const k = minuteKind();
    return k ? rolesOf(k) : (record()?.roles ?? []);
  };
  const mapped = (): Record<string, string> => {
    const k = minuteKind();
    return k
      ? effectiveColumns(header(), k, j().overrides).columns
      : (record()?.chosen(header(), j().overrides) ?? {});
  };
  const required = () => new Set<string>(record()?.required ?? requiredRoles(minuteKind()));
  const zoneOk = () => isValidZone(j().sourceZone);
  // A known exporter whose times carry no zone the file names (Grafana's dashboard zone).
  const zoneAsked = () => (j().sniff?.zone === 'local' ? (j().sniff?.guess?.layout?.name ?? null) : null);
  // A zone the user typed in place of the one proposed answers the question, as the report records it.
  const zoneChosen = () => zoneOk() && j().sourceZone !== j().proposedZone;
  return (
    <div class="plan">
      <p class="muted small" data-testid="detect-reason">
        <Show when={j().sniff?.guess}>
          {(g) => (
            <>
              {g().confidence === 'guess' ? `⚠ ${t('impGuess')} ` : ''}
              {g().layout && g().confidence === 'layout'
                ? t('impDetectedLayout', { name: own(g().layout!.name) })
                : t('impDetected', { reason: readerReason(g().reason) })}
            </>
          )}
        </Show>
        <Show when={j().sniff?.records}>
          {(r) =>
            t('impDetected', {
              reason: `${t(`impKind_${r()}`)} (${ownList(header().map((h) => h.trim()))})`,
            })
          }
        </Show>
      </p>
      <div class="form-grid">
        <label>
          <span>{t('impKind')}</span>
          <select
            value={j().kind}
            onChange={(e) => setPlan(j().id, { kind: e.currentTarget.value as ImportKind, overrides: {} })}
          >
            <For each={KINDS}>{(k) => <option value={k}>{t(`impKind_${k}`)}</option>}</For>
          </select>
        </label>
        <label>
          <span>{t('impSourceZone')}</span>
          <input
            type="text"
            list="zone-list"
            value={j().sourceZone}
            aria-invalid={!zoneOk()}
            aria-describedby={id('zone-help')}
            onChange={(e) => setPlan(j().id, { sourceZone: e.currentTarget.value.trim() })}
          />
          <small id={id('zone-help')} class={zoneOk() ? 'muted' : 'error'}>
            {zoneOk() ? t('impSourceZoneHelp') : t('impZoneInvalid')}
          </small>
          <Show when={zoneAsked()}>
            {(layout) => (
              <Show
                when={zoneChosen()}
                fallback={
                  <small class="warn" data-testid="zone-ask">
                    {t('impZoneAsk', { layout: own(layout()) })}
                  </small>
                }
              >
                <small class="muted" data-testid="zone-set">
                  {t('impZoneSet', { layout: own(layout()), zone: isolate(j().sourceZone) })}
                </small>
              </Show>
            )}
          </Show>
        </label>
      </div>
      <Show when={roles().length > 0}>
        <fieldset class="mapping">
          <legend>
            {t('impMapping')} <span class="muted small">({t('impRequiredNote')})</span>
          </legend>
          <div class="form-grid">
            <For each={roles()}>
              {(role) => (
                <label>
                  <span>
                    {t(`role_${role}` as 'role_time')}
                    {required().has(role) ? ' *' : ''}
                  </span>
                  <select
                    value={mapped()[role] ?? ''}
                    data-role={role}
                    onChange={(e) => setOverride(j().id, role, e.currentTarget.value)}
                  >
                    <option value="">{t('impNotUsed')}</option>
                    <For each={header()}>{(h) => <option value={h.trim()}>{h.trim()}</option>}</For>
                  </select>
                </label>
              )}
            </For>
          </div>
        </fieldset>
      </Show>
      <Show when={j().where.length > 0 || j().whereNot.length > 0}>
        <p class="small">
          <For each={j().where}>
            {(w) => (
              <span class="chip">{t('impWhere', { column: own(w.column), values: ownList(w.values) })}</span>
            )}
          </For>
          <For each={j().whereNot}>
            {(w) => (
              <span class="chip">
                {t('impWhereNot', { column: own(w.column), values: ownList(w.values) })}
              </span>
            )}
          </For>
          <Show when={j().whereNot.length > 0}>
            <button type="button" class="small" onClick={() => setPlan(j().id, { whereNot: [] })}>
              {t('impKeepAll')}
            </button>
          </Show>
        </p>
      </Show>
      <Show when={planProblems(j()).length > 0}>
        <ul class="error" role="alert">
          <For each={planProblems(j())}>{(p) => <li>{p}</li>}</For>
        </ul>
      </Show>
      <PreviewTable
        header={header()}
        rows={j().sniff?.rows ?? []}
        mapped={mapped()}
        allUsed={minuteKind() === null}
        caption={t('impPreview', { file: j().file.name })}
        zone={zoneOk() ? j().sourceZone : j().proposedZone}
      />
    </div>
  );
}

function requiredRoles(kind: FileKind | null): string[] {
  // Roles of which at least one per group is needed; marked with *.
  if (kind === null) return [];
  return kind === 'exclusions' ? ['start', 'kind'] : kind === 'events' ? ['start'] : ['time'];
}
