// The policy form's time-zone search: a zone is found by its city, its country (in
// English or Arabic), its everyday name and the abbreviations contracts write.
import { describe, expect, it } from 'vitest';
import { searchZones, zoneEntry } from '../src/app/policy/zones';

const zones = (query: string, locale = 'en') => searchZones(query, locale).map((e) => e.zone);

describe('searchZones', () => {
  it('finds a zone by its city, with or without accents and case', () => {
    expect(zones('New York')).toEqual(['America/New_York']);
    expect(zones('cairo')).toEqual(['Africa/Cairo']);
    expect(zones('Sao Paulo')).toEqual(['America/Sao_Paulo']);
  });

  it('finds a zone by its country, in the interface language and in English', () => {
    expect(zones('Egypt')).toEqual(['Africa/Cairo']);
    expect(zones('مصر', 'ar')).toEqual(['Africa/Cairo']);
    expect(zones('Egypt', 'ar')).toEqual(['Africa/Cairo']);
    expect(zones('India')[0]).toBe('Asia/Kolkata');
  });

  it('finds a zone by its everyday name and its abbreviations', () => {
    expect(zones('Eastern Time')).toContain('America/New_York');
    expect(zones('Eastern')).toContain('America/New_York');
    expect(zones('Eastern')).toContain('Africa/Cairo');
    expect(zones('EST')).toContain('America/New_York');
    expect(zones('EDT')).toContain('America/New_York');
    expect(zones('IST').slice(0, 3).sort()).toEqual(['Asia/Jerusalem', 'Asia/Kolkata', 'Europe/Dublin']);
    expect(zones('EET')).toContain('Africa/Cairo');
    expect(zones('UTC')).toEqual(['UTC']);
  });

  it('puts whole-word matches before partial ones, and finds nothing for nothing', () => {
    expect(zones('Kolkata')).toEqual(['Asia/Kolkata']);
    expect(zones('  ')).toEqual([]);
    expect(zones('Atlantis')).toEqual([]);
  });
});

describe('zoneEntry', () => {
  it('names a zone by city, country and everyday name, and stores the current IANA name', () => {
    const ny = zoneEntry('America/New_York', 'en')!;
    expect([ny.city, ny.countries, ny.name]).toEqual(['New York', ['United States'], 'Eastern Time']);
    expect(zoneEntry('Asia/Calcutta', 'en')!.zone).toBe('Asia/Kolkata');
    expect(zoneEntry('Europe/Kiev', 'en')!.zone).toBe('Europe/Kyiv');
    expect(zoneEntry('Asia/Kolkata', 'ar')!.countries).toEqual(['الهند']);
    expect(zoneEntry('Mars/Olympus', 'en')).toBeNull();
  });
});
