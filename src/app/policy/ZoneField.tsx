// The contract's time zone chosen by searching what a contract or a person calls it
// ("Eastern Time", "EST", "Cairo", "Egypt"), never by typing an IANA name.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { dirOf } from '../i18n';
import { locale } from '../state/locale';
import { fieldId } from './form';
import { type LeafProps, Row } from './leaves';
import { getAt } from './paths';
import { t } from './words';
import { searchZones, type ZoneEntry, zoneEntry } from './zones';

/**
 * "New York, United States — Eastern Time (America/New_York)". In Arabic the city and the
 * zone's name, written in Latin letters, are each isolated, so that the Arabic commas and the
 * parentheses around them stay where the sentence puts them.
 */
function zoneText(e: ZoneEntry, loc: string): string {
  const rtl = loc.startsWith('ar');
  const own = (text: string) => (rtl ? `\u2068${text}\u2069` : text);
  const comma = rtl ? '، ' : ', ';
  const where =
    e.countries.length && e.city !== e.countries[0] ? `${own(e.city)}${comma}${e.countries[0]}` : own(e.city);
  const sep = rtl ? '، ' : ' — ';
  return `${where}${e.name ? `${sep}${e.name}` : ''} (${own(e.zone)})`;
}

export function ZoneField(props: LeafProps) {
  const zone = () => String(getAt(props.ctx.draft(), props.path) ?? '');
  const [query, setQuery] = createSignal('');
  const found = createMemo(() => searchZones(query(), locale()));
  const chosen = () => {
    const e = zoneEntry(zone(), locale());
    return e ? zoneText(e, locale()) : zone();
  };
  const listId = () => `${fieldId(props.path)}-results`;
  return (
    <Row
      {...props}
      control={
        <div class="zone-picker">
          <p class="zone-chosen" data-testid="zone-chosen">
            {t('polZoneChosen')} <strong dir={dirOf(locale())}>{chosen()}</strong>
          </p>
          <input
            id={fieldId(props.path)}
            type="search"
            autocomplete="off"
            placeholder={t('polZoneSearch')}
            value={query()}
            aria-controls={query().trim() !== '' ? listId() : undefined}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          <Show when={query().trim() !== ''}>
            <ul id={listId()} class="zone-results" aria-label={t('polZoneResults')}>
              <For each={found()} fallback={<li class="muted">{t('polZoneNone')}</li>}>
                {(e) => (
                  <li>
                    <button
                      type="button"
                      class="zone-option"
                      aria-pressed={e.zone === zone()}
                      onClick={() => {
                        props.ctx.change(props.path, e.zone);
                        setQuery('');
                      }}
                    >
                      {zoneText(e, locale())}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </div>
      }
    />
  );
}
