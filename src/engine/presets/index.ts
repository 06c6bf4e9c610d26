// The built-in presets by id, in the order the app lists them.
import { lookupTable } from '../json-keys';
import type { Policy } from '../policy';
import { clarusLis } from './clarus-lis';
import { elevatefinance } from './elevatefinance';
import { kipu } from './kipu';
import { medos } from './medos';
import { patientiq } from './patientiq';

export const PRESET_IDS = ['medos', 'clarus-lis', 'elevatefinance', 'kipu', 'patientiq'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const PRESETS: Readonly<Record<string, Policy>> = lookupTable({
  medos,
  'clarus-lis': clarusLis,
  elevatefinance,
  kipu,
  patientiq,
});
