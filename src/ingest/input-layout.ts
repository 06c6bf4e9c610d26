// How a file was recognised and which zone its zone-less times were read in, as the report
// lists it under `inputs[].layout`: made here for the command line and the app alike, from
// the one detection (detect.ts) and the kind and zone finally chosen.
import type { InputLayout } from '../engine/report';
import type { Detection, ZoneConvention } from './detect';

/** What of a detection the layout is written from (the app's Sniff carries the same). */
export interface DetectedFile {
  format: Detection['format'];
  guess: Detection['guess'];
  records: Detection['records'];
  zone: ZoneConvention;
}

export interface ChosenReading {
  kind: string;
  /** The zone zone-less times are read in. */
  sourceZone: string;
  /** The user named that zone (`--source-tz`, or a zone picked at import). */
  zoneChosen: boolean;
}

export function inputLayout(d: DetectedFile, chosen: ChosenReading): InputLayout {
  const guess = d.guess;
  const layout = guess?.layout ?? null;
  const sameKind = guess !== null && guess.kind === chosen.kind;
  // Another kind than the one detected: the user's (or the flag's) choice.
  const changed = d.records ? chosen.kind !== d.records : guess !== null && !sameKind;
  return {
    id: layout?.id ?? null,
    name:
      layout?.name ?? (d.records ? `${d.records} file` : `${d.format.toUpperCase()} mapped by column names`),
    source: layout?.source ?? null,
    detected: changed ? 'forced' : (guess?.confidence ?? (d.records ? 'columns' : 'guess')),
    timeZone: {
      zone: chosen.sourceZone,
      basis: chosen.zoneChosen ? 'source-tz' : d.zone === 'layout' ? 'layout' : 'contract',
      allTimesZoned: d.zone === 'in-file',
    },
    // Read as the vendor's own record only where it is read as the layout's kind.
    ...(layout?.vendorRecord && sameKind ? { vendorRecord: true as const } : {}),
  };
}
