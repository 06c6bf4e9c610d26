// A Vite plugin that keeps date-holidays light (STACK.md, pitfall 10): the built app and
// command line get, in place of src/ingest/holiday-data.ts, a module that loads one small
// chunk per country — that country's rules from date-holidays' data and moment-timezone's
// packed data for the zones it names — with the holiday names every country shares, and
// moment-timezone itself without its 730 kB of data for every zone of the world. The
// rules are date-holidays' own, so the holidays are the same (test/holiday-data.test.ts
// compares every country).
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const DATA_MODULE = /[\\/]src[\\/]ingest[\\/]holiday-data\.ts$/;
const COUNTRY_PREFIX = 'virtual:sla-holidays/holiday-rules-';
/** The holiday names every country's rules refer to, as one chunk they share. */
const NAMES_ID = 'virtual:sla-holidays/names';
/** The countries whose chunks the service worker precaches: those of the built-in presets. */
export const PRECACHED_HOLIDAY_COUNTRIES = ['EG', 'IN', 'US'];
/** A country's chunk in the build, `assets/holiday-rules-EG-<hash>.js`. */
export const HOLIDAY_CHUNK = /holiday-rules-[A-Z]{2}-[\w-]+\.js$/;

interface HolidaysData {
  version: string;
  license: string;
  holidays: Record<string, object>;
  names: object;
}

interface PackedZones {
  version: string;
  zones: string[];
  links: string[];
}

/**
 * The zones a country's holidays need: UTC, which country-holidays.ts hands the parser
 * (the local dates do not depend on it, and it spares converting every holiday's start
 * and end into the country's zone), and any zone a rule names ("… in America/Santiago").
 */
function zonesOf(rules: object): Set<string> {
  const zones = new Set<string>(['UTC']);
  for (const m of JSON.stringify(rules).matchAll(/ in ([A-Z][A-Za-z_]+\/[A-Za-z_/+-]+)/g)) zones.add(m[1]!);
  return zones;
}

/** The country and every country whose days its rules take in (`_days: "US"`, `_days: ["DE", "states", "BY"]`). */
function countriesFor(all: HolidaysData, country: string): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const v of value) visit(v);
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) {
        if (key === '_days') add(String(Array.isArray(v) ? v[0] : v));
        else visit(v);
      }
  };
  const add = (c: string) => {
    if (found.has(c) || !all.holidays[c]) return;
    found.add(c);
    visit(all.holidays[c]);
  };
  add(country);
  return [...found];
}

/** moment-timezone's packed data for just these zones (a link brings its target along). */
function packedZones(all: PackedZones, names: Set<string>): PackedZones {
  const links = all.links.filter((l) => names.has(l.split('|')[1]!));
  const wanted = new Set([...names, ...links.map((l) => l.split('|')[0]!)]);
  return { version: all.version, zones: all.zones.filter((z) => wanted.has(z.split('|')[0]!)), links };
}

export function holidayDataPlugin(): Plugin {
  let data: HolidaysData | null = null;
  let zones: PackedZones | null = null;
  const load = () => {
    data ??= require('date-holidays/data').data as HolidaysData;
    zones ??= require('moment-timezone/data/packed/latest.json') as PackedZones;
    return { data, zones };
  };
  let building = false;
  return {
    name: 'sla-witness-holiday-data',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    async resolveId(id, importer, options) {
      if (id.startsWith(COUNTRY_PREFIX) || id === NAMES_ID) return `\0${id}`;
      // Built, moment-timezone comes without its data, and each country chunk loads the
      // zones it needs. The dev server and tests keep the whole package (its dependency
      // optimiser bundles date-holidays-parser with it).
      if (building && id === 'moment-timezone')
        return this.resolve('moment-timezone/moment-timezone.js', importer, { ...options, skipSelf: true });
      return null;
    },
    load(id) {
      if (DATA_MODULE.test(id)) {
        const countries = Object.keys(load().data.holidays);
        const loaders = countries
          .map((c) => `  ${JSON.stringify(c)}: () => import(${JSON.stringify(COUNTRY_PREFIX + c)}),`)
          .join('\n');
        return [
          "import moment from 'moment-timezone';",
          `const countries = {\n${loaders}\n};`,
          'export async function countryHolidayData(country) {',
          '  const load = countries[String(country).toUpperCase()];',
          '  if (!load) return { version: "", license: "", holidays: {}, names: {} };',
          // The names are asked beside the rules, not by them: on a slow link a chunk that
          // imports another costs one more round trip before the first holiday is known.
          `  const [{ data, zones }, { default: names }] = await Promise.all([load(), import(${JSON.stringify(NAMES_ID)})]);`,
          '  moment.tz.load(zones);',
          '  return { ...data, names };',
          '}',
        ].join('\n');
      }
      if (id === `\0${NAMES_ID}`) return `export default ${JSON.stringify(load().data.names)};\n`;
      if (id.startsWith(`\0${COUNTRY_PREFIX}`)) {
        const country = id.slice(COUNTRY_PREFIX.length + 1);
        const { data: all, zones: allZones } = load();
        const rules = all.holidays[country]!;
        const holidays = Object.fromEntries(countriesFor(all, country).map((c) => [c, all.holidays[c]]));
        const head = { version: all.version, license: all.license };
        return [
          `export const data = { ...${JSON.stringify(head)}, holidays: ${JSON.stringify(holidays)} };`,
          `export const zones = ${JSON.stringify(packedZones(allZones, zonesOf(rules)))};`,
        ].join('\n');
      }
      return null;
    },
  };
}
