// The IANA zones this browser knows, once per page, for every zone field's suggestions.
import { For } from 'solid-js';

const zones = (): string[] => {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  return ['UTC', ...(intl.supportedValuesOf?.('timeZone') ?? [])];
};

export function ZoneList() {
  return (
    <datalist id="zone-list">
      <For each={zones()}>{(z) => <option value={z} />}</For>
    </datalist>
  );
}
