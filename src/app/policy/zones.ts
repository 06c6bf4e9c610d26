// Finding a time zone the way a contract names it: by city ("New York"), country ("Egypt",
// "مصر"), the zone's everyday name ("Eastern Time") or an abbreviation ("EST", "IST").
// Built from what the browser's Intl knows, plus a few words it does not give.

/**
 * Names the CLDR data behind Intl still lists for zones the IANA database has since
 * renamed (its file `backward` keeps the old names as links, e.g. "Link Asia/Kolkata
 * Asia/Calcutta"): the policy stores the current name.
 */
const RENAMED: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Godthab': 'America/Nuuk',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Africa/Asmera': 'Africa/Asmara',
};

// Winter and summer names of one set of zones.
const EASTERN_EUROPE = [
  'Africa/Cairo',
  'Europe/Athens',
  'Europe/Bucharest',
  'Europe/Helsinki',
  'Europe/Kyiv',
  'Asia/Beirut',
] as const;
const CENTRAL_EUROPE = [
  'Europe/Berlin',
  'Europe/Paris',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Amsterdam',
  'Europe/Stockholm',
] as const;

/**
 * Abbreviations contracts write that Intl spells only as "GMT+2" outside the United
 * States (its short names for US zones, EST and the like, come from Intl itself).
 * Each names the zones where it is the everyday abbreviation.
 */
const ABBREVIATIONS: Record<string, readonly string[]> = {
  UTC: ['UTC'],
  GMT: ['UTC', 'Europe/London', 'Europe/Dublin'],
  BST: ['Europe/London'],
  IST: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
  EET: EASTERN_EUROPE,
  EEST: EASTERN_EUROPE,
  CET: CENTRAL_EUROPE,
  CEST: CENTRAL_EUROPE,
  WET: ['Europe/Lisbon', 'Atlantic/Canary'],
  MSK: ['Europe/Moscow'],
  GST: ['Asia/Dubai'],
  AST: ['Asia/Riyadh', 'America/Puerto_Rico', 'America/Halifax'],
  PKT: ['Asia/Karachi'],
  SGT: ['Asia/Singapore'],
  HKT: ['Asia/Hong_Kong'],
  JST: ['Asia/Tokyo'],
  KST: ['Asia/Seoul'],
  AEST: ['Australia/Sydney', 'Australia/Melbourne', 'Australia/Brisbane'],
  AEDT: ['Australia/Sydney', 'Australia/Melbourne'],
  NZST: ['Pacific/Auckland'],
  SAST: ['Africa/Johannesburg'],
  WAT: ['Africa/Lagos'],
  EAT: ['Africa/Nairobi'],
};

export interface ZoneEntry {
  /** The IANA name the policy stores. */
  zone: string;
  /** The city part of the name, in words ("New York"). */
  city: string;
  /** The country or countries it is used in, in the interface language. */
  countries: string[];
  /** Its everyday name in the interface language ("Eastern Time"). */
  name: string;
  /** Lower-case words it can be found by, best first. */
  words: string[];
}

/** Lower case without accents or underscores, so "São Paulo" is found by "sao paulo". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[_/]+/g, ' ').toLowerCase().trim();
}

const WINTER = Date.UTC(2026, 0, 15);
const SUMMER = Date.UTC(2026, 6, 15);

function zoneName(
  zone: string,
  locale: string,
  style: 'longGeneric' | 'long' | 'short',
  at = WINTER,
): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style }).formatToParts(at);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** Every two-letter region Intl names, with the zones it lists for it. */
function zonesByRegion(locale: string): Map<string, string[]> {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const out = new Map<string, string[]>();
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++)
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      const name = names.of(code);
      if (!name) continue;
      const loc = new Intl.Locale(`und-${code}`) as Intl.Locale & {
        getTimeZones?: () => string[] | undefined;
        timeZones?: string[];
      };
      for (const zone of loc.getTimeZones?.() ?? loc.timeZones ?? []) {
        const key = RENAMED[zone] ?? zone;
        const list = out.get(key);
        if (list) list.push(name);
        else out.set(key, [name]);
      }
    }
  return out;
}

const cache = new Map<string, ZoneEntry[]>();

/** Every zone the browser knows, with the words it can be found by in `locale` and in English. */
function zoneEntries(locale: string): ZoneEntry[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const zones = new Set(Intl.supportedValuesOf('timeZone').map((z) => RENAMED[z] ?? z));
  zones.add('UTC');
  const countries = zonesByRegion(locale);
  const englishCountries = locale === 'en' ? countries : zonesByRegion('en');
  const abbreviations = new Map<string, string[]>();
  for (const [abbr, list] of Object.entries(ABBREVIATIONS))
    for (const z of list) abbreviations.set(z, [...(abbreviations.get(z) ?? []), abbr]);
  const entries = [...zones].sort().map((zone) => {
    const city = zone === 'UTC' ? 'UTC' : (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
    // Where Intl has no everyday name it writes an offset ("GMT+00:00"); its long name may be better.
    const generic = zoneName(zone, locale, 'longGeneric');
    const name = /\d/.test(generic) || generic === '' ? zoneName(zone, locale, 'long') || generic : generic;
    // Intl's short names are letters only for a few regions (EST, EDT in en-US); "GMT+2" is no help.
    const shorts = [zoneName(zone, 'en-US', 'short'), zoneName(zone, 'en-US', 'short', SUMMER)];
    const words = [
      ...(abbreviations.get(zone) ?? []),
      ...shorts.filter((s) => /^[A-Z]{2,5}$/.test(s)),
      city,
      ...(countries.get(zone) ?? []),
      ...(englishCountries.get(zone) ?? []),
      name,
      zoneName(zone, 'en', 'longGeneric'),
      zoneName(zone, 'en', 'long'),
      zone,
    ];
    return {
      zone,
      city,
      countries: countries.get(zone) ?? [],
      name,
      words: [...new Set(words.filter((w) => w !== '').map(fold))],
    };
  });
  cache.set(locale, entries);
  return entries;
}

/** How well a zone matches: 0 a whole word list entry, 1 a word starting with the query, 2 anywhere; null none. */
function rank(entry: ZoneEntry, query: string): number | null {
  let best: number | null = null;
  for (const w of entry.words) {
    const r =
      w === query ? 0 : w.startsWith(query) || w.includes(` ${query}`) ? 1 : w.includes(query) ? 2 : null;
    if (r !== null && (best === null || r < best)) best = r;
    if (best === 0) break;
  }
  return best;
}

/** The zones matching what the user typed, best first (at most `limit`). */
export function searchZones(query: string, locale: string, limit = 50): ZoneEntry[] {
  const q = fold(query);
  if (q === '') return [];
  const found: { entry: ZoneEntry; r: number }[] = [];
  for (const entry of zoneEntries(locale)) {
    const r = rank(entry, q);
    if (r !== null) found.push({ entry, r });
  }
  found.sort((a, b) => a.r - b.r || a.entry.city.localeCompare(b.entry.city));
  return found.slice(0, limit).map((f) => f.entry);
}

/** A zone's entry, for showing the chosen one; null for a name the browser does not know. */
export function zoneEntry(zone: string, locale: string): ZoneEntry | null {
  return zoneEntries(locale).find((e) => e.zone === (RENAMED[zone] ?? zone)) ?? null;
}
